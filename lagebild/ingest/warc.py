"""WARC archives (Common Crawl CC-NEWS and the like): each HTML response record is one document.

warcio parses records; what it does not do is carry on after a broken one, so on a parse error the
reader reports that record and scans forward to the next record boundary (a gzip member or a
`WARC/1.` line) itself. The size limit applies per record: news WARCs are routinely a gigabyte.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from lagebild.ingest.document import HTML, TEXT, make_document
from lagebild.ingest.errors import IngestError
from lagebild.records import Failure, RawDocument

# warcio reports some malformations as plain AttributeError/TypeError (e.g. a response record without
# WARC-Target-URI), so those count as parse errors here too.
_PARSE_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, AttributeError, TypeError, KeyError)
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_SCAN_CHUNK = 1 << 20
_MEDIA_TYPES = {"text/html": HTML, "application/xhtml+xml": HTML, "text/plain": TEXT}


def _content_type(record: ArcWarcRecord) -> tuple[str, str | None]:
    header = record.http_headers.get_header("Content-Type") if record.http_headers else None
    if not header:
        return "", None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def _record_document(record: ArcWarcRecord, where: str, max_bytes: int) -> RawDocument | None:
    """The document in one record, None for records that are not news pages (requests, images, 404s)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    kind, charset = _content_type(record)
    media_type = _MEDIA_TYPES.get(kind)
    if media_type is None:
        return None
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > max_bytes:
        raise IngestError(f"record is {length:,} bytes, over the {max_bytes:,}-byte limit; raise --max-bytes")
    data = record.content_stream().read(max_bytes + 1)
    if not data.strip():
        raise IngestError("response record has an empty body")
    url = record.rec_headers.get_header("WARC-Target-URI")
    meta: dict[str, Any] = {
        "url": url,
        "charset": charset,
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
    }
    fetched_at = record.rec_headers.get_header("WARC-Date")
    return make_document(data, media_type, where, meta=meta, origin_url=url, fetched_at=fetched_at)


def _brief(exc: Exception) -> str:
    """warcio quotes the offending line, which may be compressed bytes: keep it short and printable."""
    if isinstance(exc, AttributeError | TypeError | KeyError):
        return "the record's headers are incomplete (e.g. no WARC-Target-URI)"
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return "".join(ch if ch.isprintable() else "?" for ch in line)[:120]


def _first_record_parses(stream: IO[bytes], offset: int) -> bool:
    stream.seek(offset)
    try:
        next(iter(ArchiveIterator(stream)))
    except (StopIteration, *_PARSE_ERRORS):
        return False
    return True


def _resync(stream: IO[bytes], start: int, gzipped: bool) -> int | None:
    """Offset of the next record that parses after `start`, scanning the file in chunks."""
    marker = _GZIP_MEMBER if gzipped else _WARC_LINE
    skip = 0 if gzipped else 1  # the WARC marker includes the newline before the record
    position = start
    while True:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + len(marker))
        if len(chunk) < len(marker):
            return None
        found = chunk.find(marker)
        while found != -1:
            candidate = position + found + skip
            if candidate > start - 1 and _first_record_parses(stream, candidate):
                return candidate
            found = chunk.find(marker, found + 1)
        position += _SCAN_CHUNK


def iter_warc(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Documents of a seekable WARC or WARC.gz stream; each broken record becomes one Failure."""
    stream.seek(0)
    gzipped = stream.read(2) == b"\x1f\x8b"
    offset: int | None = 0
    number = 0
    while offset is not None:
        stream.seek(offset)
        archive = ArchiveIterator(stream)
        body_failed = False  # the record whose body just failed is not reported twice
        while True:
            try:
                # warcio prints warnings about bad Content-Length straight to stderr, quoting raw bytes; the
                # record after such a one fails to parse and is reported below, so the print is dropped.
                with contextlib.redirect_stderr(io.StringIO()):
                    record = next(archive)
            except StopIteration:
                return
            except _PARSE_ERRORS as exc:
                if not body_failed:
                    number += 1
                    reason = f"malformed WARC record at byte {archive.offset}: {_brief(exc)}"
                    yield Failure(f"{source}#record-{number}", reason)
                offset = _resync(stream, archive.offset + 1, gzipped)
                break
            number += 1
            where = f"{source}#record-{number}"
            body_failed = False
            try:
                document = _record_document(record, where, max_bytes)
            except IngestError as exc:
                yield Failure(where, exc.reason)
                continue
            except _PARSE_ERRORS as exc:
                body_failed = True
                yield Failure(where, f"malformed WARC record body: {_brief(exc)}")
                continue
            if document is not None:
                yield document
