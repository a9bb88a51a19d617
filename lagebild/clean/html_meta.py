"""Metadata of one parsed HTML page: title, author, site name, canonical URL, publication and update dates.

trafilatura's own metadata pass also collects categories, tags and a licence (about a fifth of its
cost, unused here), and leaves the date to htmldate, which ignores dates after today (pre-dated and
fictional pages lose their date) and, failing that, guesses from years in the body. So this module
reuses trafilatura's field readers for title, author and site name, reads the dates the page states
explicitly (meta tags, JSON-LD, microdata) itself, and asks htmldate only when there are none.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree

from lagebild.clean.dates import find_dates

# Meta names/properties and JSON-LD keys that state when the page was first published or last changed.
# Taken from htmldate's lists (DATE_ATTRIBUTES, PROPERTY_MODIFIED), minus its loose ones ("meta", "date"
# from unknown vocabularies are kept: "date" is the common Dublin Core-ish spelling on German sites).
_PUBLISHED_KEYS = frozenset(
    """article:published_time article:published article:published_date article:publicationdate article:post_date
    article.published article.created og:article:published_time og:article:published og:published_time
    og:pubdate og:publish_date og:datepublished datepublished datecreated date_published date_created
    dateposted publishdate publish_date publish-date published_time published-date published_date
    publisheddate publication_date pubdate date dc.date dc.date.issued dc.date.created dc.created
    dc.date.publication dcterms.created dcterms.date dcterms.issued dc:date dc:created citation_date
    citation_publication_date parsely-pub-date sailthru.date cxenseparse:recs:publishtime
    originalpublicationdate displaydate rnews:datepublished shareaholic:article_published_time
    twt-published-at""".split()
)
_UPDATED_KEYS = frozenset(
    """article:modified_time article:modified article:modified_date article:post_modified og:updated_time
    og:modified_time og:article:modified_time datemodified dateupdate modified_time updated_time
    lastmodified last-modified dc.modified dcterms.modified modificationdate revision_date""".split()
)
_LD_TYPES = re.compile(r"Article|Posting|Report|WebPage|CreativeWork|Blog", re.IGNORECASE)
_ISO_DAY = re.compile(r"\s*((?:19|20|21)\d\d)-?(\d\d)-?(\d\d)(?!\d)")
_EPOCH = re.compile(r"\s*(\d{10})(?:\d{3})?\s*$")
_EARLIEST, _LATEST = 1990, 2100  # explicit dates outside this range are typos or placeholders


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    hostname: str | None = None
    published: str | None = None  # YYYY-MM-DD
    updated: str | None = None  # YYYY-MM-DD, only when the page states it


def parse_date(value: str | None) -> str | None:
    """An explicit date value (ISO 8601, RFC 2822, epoch seconds, "14.03.2025") as YYYY-MM-DD, else None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    day: datetime | None = None
    if m := _ISO_DAY.match(value):
        try:
            day = datetime(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    elif m := _EPOCH.match(value):
        day = datetime.fromtimestamp(int(m[1]), UTC)
    else:
        try:
            day = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            hits = find_dates(value[:100])
            return hits[0].iso if hits and _EARLIEST <= int(hits[0].iso[:4]) <= _LATEST else None
    return day.strftime("%Y-%m-%d") if _EARLIEST <= day.year <= _LATEST else None


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD block (top level, lists and @graph), depth-capped against hostile nesting."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), list | dict):
                yield from _ld_objects(data[key], depth + 1)


def _ld_dates(tree: etree._Element) -> tuple[str | None, str | None]:
    published = updated = None
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the other sources still count
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if kind and not _LD_TYPES.search(kinds):
                continue  # an Organization's foundingDate or an Event's dates are not the page's
            published = published or parse_date(_as_str(obj.get("datePublished") or obj.get("dateCreated")))
            updated = updated or parse_date(_as_str(obj.get("dateModified")))
    return published, updated


def _as_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def explicit_dates(tree: etree._Element) -> tuple[str | None, str | None]:
    """(published, updated) as the page states them in meta tags, JSON-LD or microdata; no guessing."""
    published = updated = None
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        if key in _PUBLISHED_KEYS and not published:
            published = parse_date(el.get("content") or el.get("datetime"))
        elif key in _UPDATED_KEYS and not updated:
            updated = parse_date(el.get("content") or el.get("datetime"))
    if not published or not updated:
        ld_published, ld_updated = _ld_dates(tree)
        published, updated = published or ld_published, updated or ld_updated
    if not published:
        for el in tree.xpath(".//*[@itemprop='datePublished' or @pubdate][@datetime or @content]"):
            if published := parse_date(el.get("datetime") or el.get("content")):
                break
    return published, updated or None


def _guess_date(tree: etree._Element, url: str | None) -> str | None:
    """htmldate's guess (URL, header, page elements) for pages that state no date; never later than today."""
    from htmldate import find_date

    try:
        # the fast search finds most dates at a tenth of the cost; the extensive one rescues most of the rest
        return find_date(tree, url=url, original_date=True, extensive_search=False) or find_date(
            tree, url=url, original_date=True, extensive_search=True
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError):
        return None


_EXSLT_RE = {"re": "http://exslt.org/regular-expressions"}  # trafilatura's expressions use re:test
_BRANCH_START = re.compile(r"(^|\|)\s*\.?//")


@functools.cache
def _author_discard() -> tuple[list[etree.XPath], list[etree.XPath]] | None:
    """trafilatura's author-discard expressions, as ancestor-or-self tests and as descendant searches.

    None when their shape is not the plain `//x[...]|//y` this rewrite understands.
    """
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    up: list[etree.XPath] = []
    down: list[etree.XPath] = []
    for xpath in AUTHOR_DISCARD_XPATHS:
        path = xpath.path.strip()
        if len(_BRANCH_START.findall(path)) != path.count("//") or not _BRANCH_START.match(path):
            return None
        up.append(etree.XPath(_BRANCH_START.sub(r"\1ancestor-or-self::", path), namespaces=_EXSLT_RE))
        down.append(etree.XPath(_BRANCH_START.sub(r"\1.//", path), namespaces=_EXSLT_RE))
    return up, down


def _author(tree: etree._Element) -> str | None:
    """trafilatura's `extract_author` without its copy of the whole page.

    trafilatura deep-copies the page and deletes every element its discard expressions match before
    it looks for bylines, which costs more than the search itself. Here the bylines are searched in
    the page as it is and a candidate is skipped when it or an ancestor would have been deleted;
    only a candidate with deleted parts inside is copied and pruned. Same result, a third of the work.
    """
    from copy import deepcopy

    from trafilatura import metadata as tm
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.utils import trim
    from trafilatura.xpaths import AUTHOR_XPATHS

    discard = _author_discard()
    if discard is None:
        return tm.extract_author(tree)  # type: ignore[no-any-return]
    up, down = discard
    for expression in AUTHOR_XPATHS:
        for el in expression(tree):
            if any(test(el) for test in up):
                continue
            if any(test(el) for test in down):
                el = prune_unwanted_nodes(deepcopy(el), down)
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)  # type: ignore[no-any-return]
    return None


def page_metadata(tree: etree._Element, url: str | None = None) -> PageMeta:
    """Metadata of a page parsed by `trafilatura.utils.load_html` (lxml.html tree); the tree is not changed."""
    from courlan import extract_domain
    from trafilatura import metadata as tm

    doc = tm.examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None  # a single word is a handle or a site name, as trafilatura treats it
    # trafilatura's JSON-LD reader has bugs on odd shapes (it guards them the same way); the rest still works
    with contextlib.suppress(Exception):
        doc = tm.extract_meta_json(tree, doc)
    doc.title = doc.title or tm.extract_title(tree)
    doc.author = doc.author or _author(tree)
    doc.url = doc.url or tm.extract_url(tree, url)
    if doc.url:
        doc.hostname = extract_domain(doc.url, fast=True)
    doc.sitename = doc.sitename or tm.extract_sitename(tree)
    if doc.sitename:
        doc.sitename = doc.sitename.lstrip("@")
        if doc.sitename and "." not in doc.sitename and not doc.sitename[0].isupper():
            doc.sitename = doc.sitename.title()
    doc.clean_and_trim()
    published, updated = explicit_dates(tree)
    return PageMeta(
        title=doc.title or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        url=doc.url or None,
        hostname=doc.hostname or None,
        published=published or _guess_date(tree, doc.url or url),
        updated=updated,
    )
