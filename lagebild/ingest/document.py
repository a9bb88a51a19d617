"""Plain-text dumps and HTML pages: one file (or one fetched page, one container entry) is one document.

The bytes are kept exactly as they arrived so cleaning can be re-run later; decoding is only tried here
so that undecodable input is reported at ingest rather than as garbage further down the pipeline.
"""

from __future__ import annotations

from typing import Any

from lagebild.ingest.decode import decode_bytes
from lagebild.records import RawDocument

TEXT = "text/plain"
HTML = "text/html"


def make_document(
    data: bytes,
    media_type: str,
    source: str,
    *,
    meta: dict[str, Any] | None = None,
    origin_url: str | None = None,
    fetched_at: str | None = None,
) -> RawDocument:
    """A `RawDocument` whose bytes are known to decode; raises IngestError otherwise."""
    meta = {key: value for key, value in (meta or {}).items() if value not in (None, "")}
    decode_bytes(data, meta.get("charset"))
    return RawDocument(
        data=data, media_type=media_type, source=source, origin_url=origin_url, fetched_at=fetched_at, meta=meta
    )
