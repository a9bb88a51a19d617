"""JSON Lines corpora (and their `.json` cousins): one object per line, one document per object.

Corpus dumps run to gigabytes, so lines are streamed and each line is judged alone: a bad line becomes a
`Failure` naming its line number and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from lagebild.ingest.document import HTML, TEXT, make_document
from lagebild.ingest.errors import IngestError
from lagebild.records import Failure, RawDocument

# Fields copied into RawDocument.meta as hints for cleaning; `id` becomes `source_id`.
HINT_FIELDS = ("url", "outlet", "published", "language", "title", "author", "updated")

Fetcher = Callable[[str, str, dict[str, Any]], Iterator[RawDocument | Failure]]
_CHUNK = 1 << 20


def record_document(record: Any, source: str, fetcher: Fetcher | None = None) -> Iterator[RawDocument | Failure]:
    """The document one JSON record describes: its `html` (preferred, it is the rawer input) or `text`."""
    if not isinstance(record, dict):
        raise IngestError(f"expected a JSON object, found {type(record).__name__}")
    meta: dict[str, Any] = {key: record[key] for key in HINT_FIELDS if isinstance(record.get(key), str)}
    if record.get("id") is not None:
        meta["source_id"] = str(record["id"])
    meta["charset"] = "utf-8"
    html, text = record.get("html"), record.get("text")
    for value, media_type in ((html, HTML), (text, TEXT)):
        if isinstance(value, str) and value.strip():
            yield make_document(value.encode("utf-8"), media_type, source, meta=meta, origin_url=meta.get("url"))
            return
    if meta.get("url") and fetcher is not None:
        yield from fetcher(meta["url"], source, meta)
        return
    hint = "; it has a `url`, pass --fetch to download it" if meta.get("url") else ""
    raise IngestError(f"record has neither a `text` nor an `html` string{hint}")


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def iter_jsonl(
    stream: IO[bytes], source: str, max_bytes: int, fetcher: Fetcher | None = None
) -> Iterator[RawDocument | Failure]:
    """Stream records from binary `stream`; `max_bytes` bounds one line, not the file."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        where = f"{source}#line-{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Failure(where, f"line {number} is over the {max_bytes:,}-byte limit; raise --max-bytes")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
            yield from record_document(record, where, fetcher)
        except UnicodeDecodeError:
            yield Failure(where, f"line {number} is not valid UTF-8, as JSON Lines must be", data=line)
        except json.JSONDecodeError as exc:
            yield Failure(where, f"line {number} is not valid JSON: {exc.msg} at column {exc.colno}", data=line)
        except IngestError as exc:
            yield Failure(where, f"line {number}: {exc.reason}", data=line)


def iter_json(data: bytes, source: str, fetcher: Fetcher | None = None) -> Iterator[RawDocument | Failure]:
    """A whole-file JSON document: an array of records, or one record."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise IngestError("JSON file is not valid UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise IngestError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    if not isinstance(value, list):
        yield from record_document(value, source, fetcher)
        return
    for number, record in enumerate(value, start=1):
        where = f"{source}#item-{number}"
        try:
            yield from record_document(record, where, fetcher)
        except IngestError as exc:
            yield Failure(where, f"item {number}: {exc.reason}")
