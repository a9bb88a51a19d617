"""Batch jobs over the store: ingest files, re-clean stored raw input.

Commits happen every `commit_every` documents, so a killed run loses at most the open batch and a
re-run skips everything already stored (raw documents are keyed by their bytes' hash).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from lagebild.clean.dispatch import CLEANER_VERSION, clean_document
from lagebild.errors import LagebildError
from lagebild.records import Article, Failure, RawDocument
from lagebild.store import Store
from lagebild.store.repository import ArticleValues

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    """What a batch did; `failures` are also in the quarantine table."""

    seen: int = 0
    new_articles: list[int] = field(default_factory=list)
    unchanged: int = 0  # raw input stored before: nothing to do
    duplicates: int = 0  # new raw input whose clean article was already stored
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "seen": self.seen,
            "new_articles": self.new_articles,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "failures": [{"source": f.source, "stage": f.stage, "reason": f.reason} for f in self.failures],
        }


def ingest_documents(
    store: Store,
    items: Iterable[RawDocument | Failure],
    *,
    commit_every: int = 50,
    workers: int | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Store raw documents and their clean articles; quarantine whatever fails, never stop the batch.

    Cleaning runs in a process pool (it is CPU-bound: trafilatura, line labelling); the store is
    written by this process alone, one batch per commit. The next batch is handed to the pool before
    the current one is stored, so the workers do not wait while this process reads and writes.
    """
    report = IngestReport()
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    pool: ProcessPoolExecutor | None = None
    pending: _Batch | None = None
    try:
        with store.connect() as conn:
            for chunk in _chunks(items, commit_every):
                batch = _Batch(chunk)
                known = store.stored_raw(conn, [i.sha256 for i in chunk if isinstance(i, RawDocument)])
                if pending is not None:
                    known |= {raw.sha256 for raw in pending.todo}  # in flight: stored with its own batch
                for item in chunk:
                    if isinstance(item, Failure):
                        batch.failures.append(item)
                    elif item.sha256 in known:
                        batch.unchanged += 1
                    else:
                        known.add(item.sha256)  # the same bytes twice: cleaned once
                        batch.todo.append(item)
                if pool is None and workers > 1 and len(batch.todo) >= 8:
                    warm_up({raw.media_type for raw in batch.todo})  # forked workers inherit what it loads
                    pool, batch.results = _start_pool(workers, batch.todo)
                elif pool is not None:
                    batch.results = pool.map(_clean_values, batch.todo, chunksize=8)
                else:
                    batch.results = map(_clean_values, batch.todo)
                if pending is not None:
                    _finish(store, conn, pending, report, progress)
                pending = batch
            if pending is not None:
                _finish(store, conn, pending, report, progress)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return report


def _start_pool(workers: int, todo: list[RawDocument]) -> tuple[ProcessPoolExecutor, Iterator[ArticleValues | Failure]]:
    """Fork the cleaning workers with the first batch handed to them.

    Frozen objects are left alone by the workers' garbage collector, so it neither spends CPU on the
    inherited parsers, models and stoplists nor copies their memory pages. A fork pool starts all
    its workers on the first submit, so after `map` this process can collect as before.
    """
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_worker_gc)
        try:
            return pool, pool.map(_clean_values, todo, chunksize=8)
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    finally:
        gc.unfreeze()


WORKER_GC_THRESHOLD = 20_000  # allocations between young-generation collections in a cleaning worker (Python: 700)


def _worker_gc() -> None:
    """Collect less often in the cleaning workers. Cleaning allocates many short-lived objects (a line's
    cues, a page's labels) that reference counting frees anyway, while each collection walks what is still
    alive, the per-line caches included: with Python's default threshold the collector took about 0.45 ms
    of the 12 ms a plain-text page costs on the ingest benchmark, with this one 0.02 ms. Cleaning makes few
    reference cycles: the workers' peak memory stays the same (146 MB plain text, 236 MB HTML)."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, older, oldest)


@dataclass
class _Batch:
    """One commit's worth of input: what failed at reading, what was stored before, what is cleaning."""

    chunk: list[RawDocument | Failure]
    failures: list[Failure] = field(default_factory=list)
    unchanged: int = 0
    todo: list[RawDocument] = field(default_factory=list)
    results: Iterator[ArticleValues | Failure] = field(default_factory=lambda: iter(()))


def _finish(store: Store, conn: Connection, batch: _Batch, report: IngestReport, progress: Progress | None) -> None:
    """Store one batch and commit it: its quarantined failures, raw documents and articles together."""
    report.seen += len(batch.chunk)
    report.unchanged += batch.unchanged
    for failure in batch.failures:
        report.failures.append(failure)
        store.quarantine(conn, failure)
    _store_batch(store, conn, batch.todo, list(batch.results), report)
    conn.commit()
    if progress:
        for item in batch.chunk:
            progress(item.source)


_PLAIN = "text/plain"


def warm_up(media_types: Iterable[str] = ("text/html", _PLAIN)) -> None:
    """Load the lazily loaded cleaning resources these inputs need (parsers, language model, stoplists).

    Plain text needs neither trafilatura nor the date parser, which cost more to load than a few
    hundred plain-text articles cost to clean; any other kind may be (or carry) HTML.
    """
    html = any(not t.startswith(_PLAIN) for t in media_types)
    sample = "<html><body><article><h1>Probe</h1><p>Dies ist ein kurzer Satz zur Probe des Ablaufs.</p>"
    # long enough for the language detector to load its model (it skips very short texts)
    docs = [(_PLAIN, "Probe\n\nDies ist ein kurzer Satz zur Probe des Ablaufs, mit einem Nebensatz.")]
    if html:
        docs.append(("text/html", sample + "</article></body></html>"))
    for media_type, body in docs:
        _clean_safe(RawDocument(body.encode("utf-8"), media_type, "warm-up"))
    if html:
        _warm_date_parser()
        _warm_domain_list()


def _warm_date_parser() -> None:
    """htmldate's fallback parser (dateparser, all languages) compiles a pattern set per language on
    the first date string that no language reads, seconds of CPU that every forked worker would pay
    again; loaded once here, the workers share it."""
    try:
        from htmldate.extractors import get_external_parser
    except ImportError:
        return
    get_external_parser().get_date_data("Probe 12 Probe 2020")


def _warm_domain_list() -> None:
    """The public-suffix list that the site-name lookup loads on the first URL its quick pattern cannot split."""
    try:
        from courlan import extract_domain
    except ImportError:
        return
    extract_domain("http://localhost/probe")


def _chunks(items: Iterable[RawDocument | Failure], size: int) -> Iterator[list[RawDocument | Failure]]:
    chunk: list[RawDocument | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _clean_safe(raw: RawDocument) -> Article | Failure:
    """Clean in a worker; a cleaner bug becomes a quarantined failure with the evidence, not a crash."""
    try:
        return clean_document(raw)
    except LagebildError as exc:
        return Failure(raw.source, str(exc), "clean", raw.sha256, raw.data)
    except Exception as exc:
        return Failure(raw.source, f"cleaning failed: {type(exc).__name__}: {exc}", "clean", raw.sha256, raw.data)


def _clean_values(raw: RawDocument) -> ArticleValues | Failure:
    """`_clean_safe` with the article's row built in the worker: an encoded row pickles to the writing process
    at a fraction of the cost of the Article's blocks, and that process only inserts it."""
    result = _clean_safe(raw)
    return result if isinstance(result, Failure) else ArticleValues.of(result)


def _store_batch(
    store: Store,
    conn: Connection,
    todo: list[RawDocument],
    results: list[ArticleValues | Failure],
    report: IngestReport,
) -> None:
    cleaned: list[tuple[RawDocument, ArticleValues]] = []
    for raw, result in zip(todo, results, strict=True):
        if isinstance(result, Failure):
            report.failures.append(result)
            store.quarantine(conn, result)
        else:
            cleaned.append((raw, result))
    for article_id, created in store.add_ingested(conn, cleaned, CLEANER_VERSION):
        if created:
            report.new_articles.append(article_id)
        else:
            report.duplicates += 1


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    *,
    fetch: bool = False,
    allow_private: bool = False,
    max_bytes: int = 50_000_000,
    progress: Progress | None = None,
) -> IngestReport:
    from lagebild.ingest import iter_inputs

    items = iter_inputs(paths, fetch=fetch, allow_private=allow_private, max_bytes=max_bytes)
    return ingest_documents(store, items, progress=progress)


@dataclass
class RecleanReport:
    changed: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)


def reclean(store: Store, progress: Progress | None = None) -> RecleanReport:
    """Re-run cleaning on stored raw input; changed articles lose their (now stale) analysis."""
    report = RecleanReport()
    for article_id, sha in list(store.iter_article_raw()):
        if progress:
            progress(str(article_id))
        raw = store.get_raw(sha) if sha else None
        old = store.get_article(article_id)
        if raw is None or old is None:
            continue
        try:
            article = clean_document(raw)
        except Exception as exc:
            report.failures.append(Failure(raw.source, f"re-cleaning failed: {exc}", "clean", sha))
            continue
        if article.to_dict() == old.to_dict():
            report.unchanged += 1
            continue
        with store.begin() as conn:
            store.replace_article(conn, article_id, article, CLEANER_VERSION)
        report.changed += 1
    return report
