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
    author_from_byline: bool = False  # `author` came from the page's byline elements, not its meta tags or JSON-LD
    other_author: str | None = None  # the meta tags' author where the JSON-LD names someone else
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


# htmldate passes strings its own rules cannot read to dateparser with all 400+ locales, and dateparser
# compiles every candidate locale's splitting regexes on first use: about 2.5 s of CPU in each ingest
# worker, more than 50 pages cost. Restricted to the languages of the news lagebild is built for, the
# first use costs a fifth of that; htmldate's own rules (numeric dates, month names of every language)
# run before dateparser and are not affected.
_DATEPARSER_LANGUAGES = (
    "de en fr es it nl pt pl tr ru uk cs da sv nb fi hu ro el ar zh ja".split()
)


@functools.cache
def _dateparser():  # type: ignore[no-untyped-def]
    from dateparser import DateDataParser  # type: ignore[attr-defined]

    return DateDataParser(  # htmldate's settings (htmldate.extractors.get_external_parser), fewer languages
        languages=_DATEPARSER_LANGUAGES,
        settings={
            "NORMALIZE": True,
            "PARSERS": ["custom-formats", "absolute-time"],
            "PREFER_DATES_FROM": "past",
            "PREFER_LOCALE_DATE_ORDER": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )


def _guess_date(tree: etree._Element, url: str | None) -> str | None:
    """htmldate's guess (URL, header, page elements) for pages that state no date; never later than today."""
    from htmldate import extractors, find_date

    if hasattr(extractors, "get_external_parser"):  # looked up at call time by htmldate's _external_date
        extractors.get_external_parser = _dateparser

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


# trafilatura's author expressions and author-discard expressions (trafilatura.xpaths, whitespace
# collapsed) as `_AuthorWalk` evaluates them; any other version is evaluated as XPath.
_AUTHOR_PATHS = (
    "//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][ "
    "@rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or "
    "@data-testid='AuthorCard' or @data-testid='AuthorURL' or re:test(@class, 'author-?name|AuthorName|authorName')]"
    "|//author",
    "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ @class='byline' or "
    "@class='username' or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or "
    "re:test(@id, 'author|zuozhe|bianji|xiaobian') or re:test(@class, "
    "'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, '[Aa]uthor') or "
    "re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
)
_DISCARD_PATHS = (
    ".//*[self::a or self::div or self::section or self::span][ @id='comments' or @class='comments' or "
    "@class='title' or @class='date' or re:test(@id, '^comments|comment-?list|ProductReviews') or "
    "re:test(@class, '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer') or contains(@data-component, 'Figure')]",
    "//time|//figure",
)
_A1_TAGS = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_A1_CLASS = re.compile("author-?name|AuthorName|authorName")
_A2_TAGS = frozenset(("a", "div", "h3", "h4", "p", "span"))
_A2_CLASSES = frozenset(("byline", "username", "byl", "BBL"))
_A2_ID = re.compile("author|zuozhe|bianji|xiaobian")
_A2_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_A3_ID = re.compile("[Aa]uthor")
_A3_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
_D_TAGS = frozenset(("a", "div", "section", "span"))
_D_ID = re.compile("^comments|comment-?list|ProductReviews")
_D_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)"
    "|print|category|meta-date|meta-reviewer"
)


def _collapse(path: str) -> str:
    return " ".join(path.split())


@functools.cache
def _walk_matches_trafilatura() -> bool:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    return (
        tuple(_collapse(x.path) for x in AUTHOR_XPATHS) == _AUTHOR_PATHS
        and tuple(_collapse(x.path) for x in AUTHOR_DISCARD_XPATHS) == _DISCARD_PATHS
    )


@functools.lru_cache(maxsize=8192)
def _class_tests(cls: str) -> tuple[bool, bool, bool, bool]:
    """The `re:test(@class, ...)` of the discard and the three author expressions; pages repeat classes."""
    return (
        bool(_D_CLASS.search(cls)) or cls in ("comments", "title", "date"),
        bool(_A1_CLASS.search(cls)) or cls == "author",
        bool(_A2_CLASS.search(cls)) or cls in _A2_CLASSES,
        bool(_A3_CLASS.search(cls)),
    )


@functools.lru_cache(maxsize=8192)
def _id_tests(ident: str) -> tuple[bool, bool, bool, bool]:
    """The `re:test(@id, ...)` and `@id=...` tests of the discard and the three author expressions."""
    return (
        ident == "comments" or bool(_D_ID.search(ident)),
        ident == "author",
        bool(_A2_ID.search(ident)),
        bool(_A3_ID.search(ident)),
    )


_NO_HIT = (False, False, False, False)


def _author_candidates(tree: etree._Element) -> tuple[list[list[etree._Element]], set[etree._Element]]:
    """The elements each author expression selects (document order) and those the discard ones select.

    One walk over the page in Python instead of five XPath passes: lxml runs every `re:test` of
    those expressions as a Python callback per element, which made the author search cost about
    as much as a tenth of the whole HTML cleaning.
    """
    found: list[list[etree._Element]] = [[], [], []]
    discard: set[etree._Element] = set()
    for el in tree.getroottree().getroot().iter(etree.Element):
        tag = el.tag
        if tag in ("time", "figure"):
            discard.add(el)
        if tag == "author":
            found[0].append(el)
        cls = el.get("class")
        ident = el.get("id")
        itemprop = el.get("itemprop") or ""
        component = el.get("data-component") or ""
        if not (cls or ident or itemprop or component or tag in _A1_TAGS):
            continue  # every other test needs one of these attributes
        c = _class_tests(cls) if cls else _NO_HIT
        i = _id_tests(ident) if ident else _NO_HIT
        if tag in _D_TAGS and (c[0] or i[0] or "Figure" in component):
            discard.add(el)
        if tag in _A1_TAGS and (
            c[1]
            or i[1]
            or el.get("rel") == "author"
            or itemprop == "author name"
            or el.get("data-testid") in ("AuthorCard", "AuthorURL")
            or any("".join(child.itertext()) == "me" for child in el.iterchildren("rel"))
        ):
            found[0].append(el)
        if tag in _A2_TAGS and (c[2] or i[2] or "author" in itemprop):
            found[1].append(el)
        if c[3] or i[3] or "Byline" in component or "author" in itemprop:
            found[2].append(el)
    return found, discard


def byline_author(tree: etree._Element) -> str | None:
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

    rewritten = _author_discard()
    if rewritten is None:
        return tm.extract_author(tree)  # type: ignore[no-any-return]
    up, down = rewritten
    if _walk_matches_trafilatura():
        found, discard = _author_candidates(tree)

        def discarded(el: etree._Element) -> bool:
            return el in discard or any(a in discard for a in el.iterancestors())

        def holds_discarded(el: etree._Element) -> bool:
            return any(d in discard for d in el.iterdescendants())

        candidates: Iterator[etree._Element] = (el for group in found for el in group)
    else:

        def discarded(el: etree._Element) -> bool:
            return any(test(el) for test in up)

        def holds_discarded(el: etree._Element) -> bool:
            return any(test(el) for test in down)

        candidates = (el for expression in AUTHOR_XPATHS for el in expression(tree))
    for el in candidates:
        if discarded(el):
            continue
        if holds_discarded(el):
            el = prune_unwanted_nodes(deepcopy(el), down)
        content = trim(" ".join(el.itertext()))
        if content and 2 < len(content) < 120:
            return normalize_authors(None, content)  # type: ignore[no-any-return]
    return None


# An e-mail address written so that harvesters miss it ("erika[at]beispiel.de", "erika (at) beispiel (dot) de"):
# trafilatura drops a plain address as an author but reads this one as a name ("Erikabeispiel De").
_DISGUISED_EMAIL = re.compile(
    r"(?i)^\s*[\w.+-]+\s*(?:[\[({]\s*(?:at|ät|@)\s*[\])}]|\s(?:at)\s)\s*[\w-]+"
    r"(?:\s*(?:\.|[\[({]\s*(?:dot|punkt)\s*[\])}]|\s(?:dot|punkt)\s)\s*[\w-]+)+\s*$"
)


def _disguised_emails(tree: etree._Element) -> set[str]:
    """The author values trafilatura reads from meta author tags that hold a disguised e-mail address."""
    from trafilatura.json_metadata import normalize_authors

    found: set[str] = set()
    for el in tree.iterfind(".//meta"):
        key = (el.get("name") or el.get("property") or "").lower()
        content = el.get("content") or ""
        if ("author" in key or "creator" in key) and _DISGUISED_EMAIL.match(content):
            found.add(normalize_authors(None, content) or "")
    return found


def _tags_and_json(tags: str | None, ld: str | None) -> tuple[str | None, str | None]:
    """(author, other author) from the meta tags' and the JSON-LD's "; "-separated author values.

    trafilatura joins the two. Where they share a name they are one list (both kept, as it does); where
    they name different people, the meta tag is mostly the site's webmaster or its standing author for
    every page, and the JSON-LD names the article's author, so the JSON-LD's comes first and the tag's
    is kept only as the other candidate."""
    if not tags or not ld:
        return tags or ld, None
    tag_names = [n.strip() for n in tags.split(";") if n.strip()]
    ld_names = [n.strip() for n in ld.split(";") if n.strip()]
    tag_keys = {n.casefold() for n in tag_names}
    if not tag_keys & {n.casefold() for n in ld_names}:
        return ld, tags
    return "; ".join(tag_names + [n for n in ld_names if n.casefold() not in tag_keys]), None


def page_metadata(tree: etree._Element, url: str | None = None, *, guess_date: bool = True) -> PageMeta:
    """Metadata of a page parsed by `trafilatura.utils.load_html` (lxml.html tree); the tree is not changed.

    Without `guess_date`, `published` is only what the page states explicitly: htmldate's guess costs
    about a fifth of cleaning a page that states no date, wasted when the caller knows the date.
    """
    from courlan import extract_domain
    from trafilatura import metadata as tm

    doc = tm.examine_meta(tree)
    if doc.author and (" " not in doc.author or doc.author in _disguised_emails(tree)):
        doc.author = None  # a single word is a handle or a site name, as trafilatura treats it; an address no name
    tag_author, doc.author = doc.author, None
    # trafilatura's JSON-LD reader has bugs on odd shapes (it guards them the same way); the rest still works
    with contextlib.suppress(Exception):
        doc = tm.extract_meta_json(tree, doc)
    doc.author, other_author = _tags_and_json(tag_author, doc.author)
    doc.title = doc.title or tm.extract_title(tree)
    from_byline = not doc.author
    doc.author = doc.author or byline_author(tree)
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
        author_from_byline=from_byline and bool(doc.author),
        other_author=other_author,
        sitename=doc.sitename or None,
        url=doc.url or None,
        hostname=doc.hostname or None,
        published=published or (_guess_date(tree, doc.url or url) if guess_date else None),
        updated=updated,
    )
