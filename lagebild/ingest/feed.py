"""RSS and Atom feeds: every entry becomes one document, carrying the feed's metadata as hints.

feedparser does the format work (RSS 0.9x/1.0/2.0, Atom, content:encoded, dates); defusedxml checks the
bytes first, because a feed is untrusted XML and entity expansion ("billion laughs") or external
entities must never be resolved.
"""

from __future__ import annotations

import calendar
import io
import re
import xml.sax
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml
import feedparser
from defusedxml import ElementTree as SafeElementTree

from lagebild.ingest.document import HTML, TEXT, make_document
from lagebild.ingest.errors import IngestError
from lagebild.ingest.jsonl import Fetcher
from lagebild.records import Failure, RawDocument

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def check_xml_safety(data: bytes) -> bool:
    """Refuse entity declarations and external references; True when the XML is well-formed."""
    try:
        SafeElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise IngestError(
            f"feed declares XML entities or external references ({type(exc).__name__}); they are refused "
            "because they can expand without bound ('billion laughs') or read other files"
        ) from exc
    except ParseError:
        if _ENTITY_DECL.search(data):  # malformed *and* declares entities: refuse rather than guess
            raise IngestError("malformed feed that declares XML entities; refused") from None
        return False
    return True


def _iso(parsed: Any, raw: Any) -> str | None:
    if parsed:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
    return str(raw) if raw else None


def _embedded(entry: Any) -> tuple[str, str] | None:
    """The richest content an entry carries, and whether it is HTML or plain text."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    for item in sorted(candidates, key=lambda c: "html" not in str(c.get("type", ""))):
        value = item.get("value")
        if isinstance(value, str) and value.strip():
            return value, HTML if "html" in str(item.get("type", "")) else TEXT
    return None


def _entry_meta(entry: Any, feed: Any) -> dict[str, Any]:
    return {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "published": _iso(entry.get("published_parsed"), entry.get("published")),
        # dict.get: FeedParserDict.get falls back from `updated` to `published`, which is not an update
        "updated": _iso(dict.get(entry, "updated_parsed"), dict.get(entry, "updated")),
        "author": entry.get("author"),
        "outlet": feed.get("title"),
        "language": entry.get("language") or feed.get("language"),
        "source_id": entry.get("id"),
        "charset": "utf-8",
    }


def _entry_documents(entry: Any, feed: Any, where: str, fetcher: Fetcher | None) -> Iterator[RawDocument | Failure]:
    meta = _entry_meta(entry, feed)
    link = meta["url"]
    embedded = _embedded(entry)
    full_text = bool(entry.get("content"))  # content:encoded or Atom content, not just a teaser
    if link and fetcher is not None and not full_text:
        fetched = list(fetcher(link, where, meta))
        yield from fetched
        if any(isinstance(item, RawDocument) for item in fetched):
            return  # the page itself is the better input; otherwise fall back to the teaser
    if embedded:
        value, media_type = embedded
        yield make_document(value.encode("utf-8"), media_type, where, meta=meta, origin_url=link)
    elif fetcher is None:
        hint = f"; pass --fetch to download {link}" if link else ""
        yield Failure(where, f"feed entry carries no content{hint}")


def iter_feed(data: bytes, source: str, fetcher: Fetcher | None = None) -> Iterator[RawDocument | Failure]:
    """Documents of every entry; a malformed feed yields what a lenient parse recovers plus a Failure.

    With a `fetcher` (`--fetch`), entries that carry only a teaser or nothing at all are replaced by the
    page they link to; entries with full embedded content are used as they are.
    """
    well_formed = check_xml_safety(data)
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    broken = not well_formed or isinstance(problem, xml.sax.SAXException)
    if not parsed.entries:
        reason = f"malformed feed: {problem}" if broken else "feed has no entries"
        raise IngestError(reason)
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#entry-{number}"
        try:
            yield from _entry_documents(entry, parsed.feed, where, fetcher)
        except IngestError as exc:
            yield Failure(where, exc.reason)
    if broken:
        yield Failure(
            source,
            f"malformed feed ({problem or 'not well-formed XML'}); {len(parsed.entries)} entries were "
            "recovered by lenient parsing and may be incomplete",
        )
