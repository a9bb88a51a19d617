"""Ingest over HTTP: an uploaded file, a URL to fetch, or a JSON Lines body.

Nothing here writes to the filesystem: uploads are read into memory (bounded by `max_bytes`) and go
through the same readers as `lagebild ingest`; the client's file name is only a label in `source`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from lagebild.api.errors import ApiError
from lagebild.records import Failure, RawDocument
from lagebild.store import Store

DEFAULT_MAX_UPLOAD = 20_000_000
_SAFE = re.compile(r"[^\w.\-]+")

Item = RawDocument | Failure


def upload_label(filename: str | None) -> str:
    """A display label for an uploaded file: base name only, no path parts, no odd characters."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name
    name = _SAFE.sub("_", name).strip("._")[:100]
    return f"upload:{name or 'file'}"


def _extension(label: str) -> str:
    suffix = PurePosixPath(label).suffix.lower()
    return suffix if len(suffix) <= 8 else ""


def _readers() -> Any:
    try:
        from lagebild.ingest import inputs, sniff
    except ImportError as exc:
        raise ApiError(503, f"ingest readers are not available in this installation: {exc}") from exc
    return inputs, sniff


def _guard(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """A reader that raises mid-way yields a Failure for the input instead of failing the request."""
    from lagebild.errors import LagebildError

    try:
        yield from items
    except LagebildError as exc:
        yield Failure(source, str(exc))


def items_from_bytes(data: bytes, filename: str | None, max_bytes: int, kind: str | None = None) -> Iterator[Item]:
    inputs, sniff = _readers()
    source = upload_label(filename)
    if len(data) > max_bytes:
        raise ApiError(413, f"upload is {len(data)} bytes, over the {max_bytes} byte limit")
    if data[:2] == b"\x1f\x8b":
        import gzip
        import io

        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(max_bytes + 1)
        except OSError as exc:
            return iter([Failure(source, f"broken gzip data: {exc}")])
        if len(data) > max_bytes:
            raise ApiError(413, f"upload decompresses to over the {max_bytes} byte limit")
    sniffed = sniff.Sniffed(kind) if kind else sniff.sniff(data[: sniff.HEAD_BYTES], _extension(source))
    return _guard(source, inputs.iter_bytes(data, source, sniffed, max_bytes=max_bytes))


def items_from_url(url: str, allow_private: bool, max_bytes: int) -> Iterator[Item]:
    _readers()
    from lagebild.ingest import iter_inputs

    if not re.match(r"(?i)^https?://", url.strip()):
        raise ApiError(400, f"not an http(s) URL: {url!r}")
    return iter_inputs([url.strip()], fetch=True, allow_private=allow_private, max_bytes=max_bytes)


def run_ingest(store: Store, items: Iterable[Item], analyze: bool) -> dict[str, Any]:
    """Store the items, then (optionally) analyse new articles and fold them into stories."""
    from lagebild.batch import ingest_documents

    report = ingest_documents(store, items, workers=1)  # small uploads: no process pool inside the server
    out: dict[str, Any] = report.to_dict()
    out["analysed"] = 0
    out["stories_touched"] = 0
    out["notes"] = []
    if analyze and report.new_articles:
        try:
            from lagebild.jobs import analyze_stored, update_stories

            out["analysed"] = analyze_stored(store, report.new_articles)
            out["stories_touched"] = update_stories(store)
        except Exception as exc:  # the articles are stored; analysis can be re-run from the CLI
            out["notes"].append(f"stored, but analysis failed ({type(exc).__name__}: {exc}); run `lagebild analyze`")
    return out
