"""The ingest entry point: any mix of paths in, `RawDocument`s and `Failure`s out, never an exception.

Each file is sniffed (extensions lie), read through gzip when compressed, and handed to the reader for
its kind. WARC and JSON Lines are streamed, so `max_bytes` bounds one record or line there; every other
kind is read whole, so `max_bytes` bounds the file, checked before reading it.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import IO, Any, cast

from lagebild.ingest.document import HTML, TEXT, make_document
from lagebild.ingest.errors import IngestError
from lagebild.ingest.jsonl import Fetcher, iter_json, iter_jsonl
from lagebild.ingest.paths import expand_paths, inner_suffix
from lagebild.ingest.sniff import HEAD_BYTES, Sniffed, gzip_magic, sniff
from lagebild.records import Failure, RawDocument

FAILURE_DATA_CAP = 1_000_000  # bytes of a failed input kept for quarantine
Item = RawDocument | Failure


def human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.0f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} bytes"


def _too_big(size: int, max_bytes: int) -> IngestError:
    return IngestError(f"file is {human_size(size)}, over the {human_size(max_bytes)} limit; raise --max-bytes")


def _read_all(stream: IO[bytes], max_bytes: int, compressed: bool) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        what = "decompresses to" if compressed else "is"
        raise IngestError(f"file {what} over the {human_size(max_bytes)} limit; raise --max-bytes")
    return data


def iter_bytes(
    data: bytes,
    source: str,
    kind: Sniffed,
    *,
    max_bytes: int,
    fetcher: Fetcher | None = None,
    meta: dict[str, Any] | None = None,
    origin_url: str | None = None,
    fetched_at: str | None = None,
) -> Iterator[Item]:
    """Documents of one in-memory input (a small file or a fetched page), by its sniffed kind."""
    if kind.kind == "empty":
        raise IngestError("empty file, nothing to read")
    if kind.kind == "binary":
        raise IngestError(f"binary file ({kind.detail}), not a news document")
    if kind.kind in ("text", "html"):
        media_type = HTML if kind.kind == "html" else TEXT
        yield make_document(data, media_type, source, meta=meta, origin_url=origin_url, fetched_at=fetched_at)
    elif kind.kind == "feed":
        from lagebild.ingest.feed import iter_feed

        yield from iter_feed(data, source, fetcher)
    elif kind.kind == "json":
        yield from iter_json(data, source, fetcher)
    elif kind.kind == "xml":
        raise IngestError(f"XML document with root <{kind.detail}> is neither an RSS/Atom feed nor HTML")
    else:
        from lagebild.ingest.warc import iter_warc

        stream = io.BytesIO(data)
        yield from (
            iter_warc(stream, source, max_bytes)
            if kind.kind == "warc"
            else iter_jsonl(stream, source, max_bytes, fetcher)
        )


def fetch_url(url: str, **options: Any) -> RawDocument:
    """`lagebild.ingest.fetch.fetch_url`, imported on first use.

    The readers of feeds, WARC files and URLs import feedparser, warcio and httpx, a third of a
    second of CPU that a run over local text and HTML files would pay for nothing; they are
    imported where the input needs them.
    """
    from lagebild.ingest.fetch import fetch_url as fetch

    return fetch(url, **options)


def _gunzip_head(compressed: bytes) -> bytes:
    """The start of the first gzip member only: enough to sniff, and a later corrupt member (one bad
    WARC record) must not stop the file from being recognised."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        return decompressor.decompress(compressed, HEAD_BYTES)
    except zlib.error as exc:
        raise IngestError(f"corrupt gzip data at the start of the file: {exc}") from exc


def _iter_file(path: Path, max_bytes: int, fetcher: Fetcher | None) -> Iterator[Item]:
    source = str(path)
    size = path.stat().st_size
    extension = inner_suffix(path)
    with path.open("rb") as raw:
        head = raw.read(HEAD_BYTES)
        compressed = gzip_magic(head)
        stream: IO[bytes] = raw
        if compressed:
            head = _gunzip_head(head)
            raw.seek(0)
            stream = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
        kind = sniff(head, extension)
        if kind.kind == "warc":
            from lagebild.ingest.warc import iter_warc

            yield from iter_warc(raw, source, max_bytes)  # warcio reads gzip members itself
            return
        stream.seek(0)
        if kind.kind == "jsonl":
            yield from iter_jsonl(stream, source, max_bytes, fetcher)
            return
        if size > max_bytes:
            raise _too_big(size, max_bytes)
        data = _read_all(stream, max_bytes, compressed)
    yield from iter_bytes(data, source, kind, max_bytes=max_bytes, fetcher=fetcher)


def _iter_url(
    url: str,
    source: str,
    meta: dict[str, Any] | None,
    fetch: Callable[[str], RawDocument],
    max_bytes: int,
    fetcher: Fetcher | None,
) -> Iterator[Item]:
    page = fetch(url)
    # The container's hints describe the entry, but its charset described the container, not this page.
    hints = {**{k: v for k, v in (meta or {}).items() if k != "charset"}, **page.meta}
    kind = sniff(page.data[:HEAD_BYTES], "")
    yield from iter_bytes(
        page.data,
        source,
        kind,
        max_bytes=max_bytes,
        fetcher=fetcher,
        meta=hints,
        origin_url=page.origin_url,
        fetched_at=page.fetched_at,
    )


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Last line of defence: whatever one input does, it becomes a Failure and the batch goes on."""
    try:
        yield from items
    except IngestError as exc:
        yield Failure(source, exc.reason)
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Failure(source, f"corrupt or truncated gzip data: {exc or type(exc).__name__}")
    except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not end the whole batch
        yield Failure(source, f"unexpected {type(exc).__name__} while reading: {exc}")


def iter_inputs(
    paths: Sequence[str],
    *,
    fetch: bool = False,
    allow_private: bool = False,
    max_bytes: int = 50_000_000,
) -> Iterator[Item]:
    """RawDocuments and Failures for files, folders, globs and (with `fetch`) URLs, in a stable order.

    With `fetch`, feed entries and JSONL records that link to a page are downloaded too; without it
    nothing touches the network and URLs given as paths are reported as Failures.
    """
    get = partial(fetch_url, allow_private=allow_private, max_bytes=max_bytes)

    def fetch_linked(url: str, source: str, meta: dict[str, Any]) -> Iterator[Item]:
        yield from _guarded(url, _iter_url(url, source, meta, get, max_bytes, None))

    fetcher: Fetcher | None = fetch_linked if fetch else None
    for target in expand_paths(paths):
        if isinstance(target, Failure):
            yield target
        elif isinstance(target, str):
            if fetch:
                yield from _guarded(target, _iter_url(target, target, None, get, max_bytes, fetcher))
            else:
                yield Failure(target, "this is a URL; pass --fetch to download it")
        else:
            yield from _with_data(str(target), _guarded(str(target), _iter_file(target, max_bytes, fetcher)))


def _with_data(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Attach the (capped) bytes of a failed whole file, so it can be kept in quarantine."""
    for item in items:
        if isinstance(item, Failure) and item.data is None and item.source == source:
            try:
                with open(source, "rb") as handle:
                    item.data = handle.read(FAILURE_DATA_CAP)
            except OSError:
                pass
        yield item
