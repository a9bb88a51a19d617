"""Turn one `RawDocument` into an `Article`: decode, pick the cleaner for its kind, apply input hints.

Hints that came with the input (a feed's link and date, a JSONL line's `outlet`) win over what the
cleaner guesses from the page, because the caller knew them for certain.
"""

from __future__ import annotations

import json
from typing import Any

from lagebild.errors import LagebildError
from lagebild.records import Article, RawDocument

CLEANER_VERSION = "14"


class CleanFailure(LagebildError):
    """A document that decoded but yields no usable article."""


def _decode(raw: RawDocument) -> str:
    from lagebild.ingest.decode import decode_bytes

    return decode_bytes(raw.data, raw.meta.get("charset"))


def _is_html(raw: RawDocument, text: str) -> bool:
    if "html" in raw.media_type:
        return True
    if raw.media_type.startswith("text/plain"):
        return False
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def clean_document(raw: RawDocument) -> Article:
    """Clean any supported raw document; raises `CleanFailure` with a one-line reason."""
    from lagebild.clean.html import clean_html
    from lagebild.clean.text_dump import clean_text_dump
    from lagebild.clean.walls import wall_reason

    meta: dict[str, Any] = dict(raw.meta)
    text = _decode(raw)
    if raw.media_type == "application/json":  # a JSONL record kept whole
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CleanFailure(f"not valid JSON: {exc}") from exc
        text = record.get("html") or record.get("text") or ""
        meta.update({k: record[k] for k in ("url", "outlet", "published", "language", "title") if record.get(k)})
        if record.get("id") is not None:
            meta["source_id"] = str(record["id"])
        is_html = bool(record.get("html"))
    else:
        is_html = _is_html(raw, text)
    if not text.strip():
        raise CleanFailure("document has no text")
    meta.setdefault("url", raw.origin_url)
    article = clean_html(text, meta) if is_html else clean_text_dump(text, meta)
    if not article.text.strip():
        raise CleanFailure("no article text left after removing boilerplate")
    wall = wall_reason(article.title or "", article.text)
    if wall:
        raise CleanFailure(f"not an article: {wall}")
    _apply_hints(article, meta)
    article.raw_sha256 = raw.sha256
    return article


def _apply_hints(article: Article, meta: dict[str, Any]) -> None:
    for key in ("outlet", "language", "url", "source_id", "author"):
        if meta.get(key):
            setattr(article, key, str(meta[key]))
    published = meta.get("published")
    if published:
        article.published = str(published)
