"""Clean one HTML page into an `Article` with trafilatura, keeping the structure trafilatura finds.

The page is parsed once; trafilatura finds the main text on that tree and `html_meta` reads title,
author, site name and dates from it (explicit meta and JSON-LD dates first). This module turns
trafilatura's XML body into typed blocks (subheads, paragraphs, list items, quotes), drops the widget and chrome
lines trafilatura lets through ("Loading...", share rows, copyright lines), and falls back to the
text-dump cleaner on a rendered dump when trafilatura finds nothing. Hostile markup is defused
before parsing: oversized attributes and scripts are cut, oversized pages are refused.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import urlparse

import lxml.html
from lxml import etree

from lagebild.clean.errors import CleanError
from lagebild.clean.html_author import tidy_author
from lagebild.clean.html_dump import iter_dump, parse_html, render_dump
from lagebild.clean.html_meta import PageMeta, byline_author, page_metadata
from lagebild.clean.html_title import choose_headline, clean_text, site_keys
from lagebild.clean.labeler import label_items
from lagebild.clean.language import guess_language
from lagebild.clean.lines import describe
from lagebild.clean.provenance import line_provenance, split_image_credit
from lagebild.clean.text_dump import author_of, build_article
from lagebild.clean.xpath_regex import rewrite_lists
from lagebild.records import Article, Block, BlockKind, Provenance

MAX_HTML_CHARS = 15_000_000
_BIG_ATTR = re.compile(r"""(\s[\w:.-]+\s*=\s*)(?:"[^"]{4000,}"|'[^']{4000,}')""")
_BIG_VALUE = re.compile(r"""=\s*(?:"[^"]{4000,}"|'[^']{4000,}')""")  # what every _BIG_ATTR match contains
_BIG_SCRIPT = re.compile(r"(<(script|style)\b[^>]*>)[^<]{100000,}(</\2>)", re.IGNORECASE)
_JSON_SCRIPTS = frozenset(("application/ld+json", "application/settings+json"))
_INERT = ("style", "svg", "template", "iframe", "object", "embed", "canvas", "audio", "video", "map", "noscript")


def _defuse(html: str) -> str:
    """Cut what makes parsers and trafilatura slow without changing the visible text."""
    if len(html) > MAX_HTML_CHARS:
        raise CleanError(
            f"HTML page too large ({len(html):,} characters, limit {MAX_HTML_CHARS:,}); "
            "split the file or extract the article markup first"
        )
    if len(html) > 200_000:
        if _BIG_VALUE.search(html):  # scans from each "=" only; most large pages have no such value
            html = _BIG_ATTR.sub(r'\1""', html)
        html = _BIG_SCRIPT.sub(r"\1\3", html)
    return html


def _text(el: etree._Element) -> str:
    return clean_text("".join(el.itertext()))


def _lines_of(el: etree._Element) -> list[str]:
    """Split a trafilatura paragraph at its <lb/> line breaks."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append(child.tail or "")
        else:
            parts[-1] += "".join(child.itertext()) + (child.tail or "")
    return [t for t in (clean_text(p) for p in parts) if t]


_CHROME_MAX_WORDS = 40  # a longer paragraph is kept even with a chrome phrase in it


def _keep_line(text: str, removed: list[str], provenance: list[Provenance]) -> bool:
    prov = line_provenance(text)
    if prov is not None:
        provenance.append(prov)
        return False
    info = describe(0, text, chrome_max_words=_CHROME_MAX_WORDS)
    if info.widget or (info.chrome and info.words <= _CHROME_MAX_WORDS):
        removed.append(text)
        return False
    return True


def _body_elements(body: etree._Element) -> list[etree._Element | str]:
    """Block elements in reading order, plus loose text trafilatura leaves between them."""
    out: list[etree._Element | str] = []
    if body.text and body.text.strip():
        out.append(body.text)
    for child in body:
        out.extend(child.iter("head", "p", "item", "quote", "row", "graphic"))
        if child.tail and child.tail.strip():
            out.append(child.tail)
    return out


def _body_blocks(body: etree._Element, removed: list[str], provenance: list[Provenance]) -> list[Block]:
    blocks: list[Block] = []
    for el in _body_elements(body):
        if isinstance(el, str):
            loose = [t for t in (clean_text(x) for x in el.split("\n")) if t and _keep_line(t, removed, provenance)]
            if loose:
                blocks.append(Block(kind="body", text="\n".join(loose)))
            continue
        if el.tag in ("p", "quote") and any(a.tag in ("item", "quote", "row") for a in el.iterancestors()):
            continue  # its text is part of a list item, quote or table row
        if el.tag == "head":
            kind: BlockKind = "subhead"
            texts = [_text(el)]
        elif el.tag == "graphic":
            kind, texts = "caption", [el.get("title") or el.get("alt") or ""]
        elif el.tag == "row":
            kind = "body"
            texts = [" | ".join(t for t in (_text(c) for c in el) if t)]
        else:
            kind, texts = "body", _lines_of(el)
        # table rows look like menus to the line cues ("a | b | c"); trafilatura already chose the table
        kept = [t for t in texts if t and (el.tag == "row" or _keep_line(t, removed, provenance))]
        if kept:
            blocks.append(Block(kind=kind, text="\n".join(kept)))
    first_body = next((b for b in blocks if b.kind == "body"), None)
    if first_body is not None and blocks.index(first_body) <= 1:
        first_body.kind = "lede"
    return blocks


_CAPTION_MAX_CHARS = 600
_MATCH_CHARS = 40  # a paragraph is found in the page by this many characters of its start


def _figure_captions(
    tree: etree._Element, blocks: list[Block], removed: list[str], provenance: list[Provenance]
) -> list[Block]:
    """Captions of the pictures inside the article's text, read from <figcaption>.

    trafilatura keeps an image's alt text at most and drops its <figcaption>, yet a caption often
    carries facts (who is pictured, where) and its credit names the photographer and agency. The
    article's part of the page is the smallest element holding its first and last paragraphs; a
    figure outside it (a teaser, a gallery of other stories) is not the article's. The credit at a
    caption's end becomes a provenance record, as in the dump cleaner.
    """
    figcaptions = list(tree.iter("figcaption"))
    texts = [b.text for b in blocks if b.kind in ("lede", "body")]
    if not figcaptions or not texts:
        return []
    container = _common_ancestor(_paragraph_element(tree, texts[0]), _paragraph_element(tree, texts[-1]))
    if container is None:
        return []
    inside = set(container.iter("figcaption"))
    out: list[Block] = []
    seen: set[str] = set()
    for el in figcaptions:
        if el not in inside:
            continue
        text = clean_text(" ".join(el.itertext()))
        if not text or len(text) > _CAPTION_MAX_CHARS or text in seen:
            continue
        seen.add(text)
        if not _keep_line(text, removed, provenance):
            continue
        text, credit = split_image_credit(text)
        if credit is not None:
            provenance.append(credit)
        if credit is None or text != credit.text:
            out.append(Block(kind="caption", text=text))
    return out


def _paragraph_element(tree: etree._Element, text: str) -> etree._Element | None:
    key = text[:_MATCH_CHARS]
    probe = key.split(" ", 1)[0]  # a cheap test before the text is normalised
    for el in tree.iter("p", "div", "li", "blockquote", "td"):
        own = el.text
        if own and probe in own and clean_text(own)[:_MATCH_CHARS] == key:
            return el
    for el in tree.iter("p"):
        if clean_text("".join(el.itertext()))[:_MATCH_CHARS] == key:
            return el
    return None


def _common_ancestor(a: etree._Element | None, b: etree._Element | None) -> etree._Element | None:
    if a is None or b is None:
        return None
    above_a = {id(a): a, **{id(x): x for x in a.iterancestors()}}
    for x in (b, *b.iterancestors()):
        if id(x) in above_a:
            return None if x.tag in ("html", "body") and a is not b else x
    return None


_KICKER_MAX_WORDS = 8


def _without_repeated_title(blocks: list[Block], title: str) -> list[Block]:
    """Drop the heading at the top of the text that only repeats the title; a short line above it is the kicker.

    trafilatura keeps the article's <h1> as a heading, and the title is read from the same <h1> (or
    from <title>, which repeats it), so the headline would stand twice: as the title and as the first
    subhead. What stands above that <h1> inside the article is the kicker ("Port of Kessmund"), which
    would otherwise become the lede, and the lede is then the first paragraph under the headline.
    """
    key = " ".join(title.casefold().split())
    head = next(
        (i for i, b in enumerate(blocks[:3]) if b.kind == "subhead" and " ".join(b.text.casefold().split()) == key),
        None,
    )
    if head is None or any(b.kind == "subhead" for b in blocks[:head]):
        return blocks
    above, below = blocks[:head], blocks[head + 1 :]
    if len(above) == 1 and len(above[0].text.split()) <= _KICKER_MAX_WORDS and not above[0].text.endswith("."):
        above = [Block(kind="kicker", text=above[0].text)]
    elif above:
        return [*above, *below]  # more than a kicker above the headline: keep the reading order as it is
    for b in below:
        if b.kind == "lede":
            b.kind = "body"
    first_body = next((b for b in below if b.kind == "body"), None)
    if first_body is not None and below.index(first_body) <= 1:
        first_body.kind = "lede"
    return [*above, *below]


def _outlet(page: PageMeta, meta: dict[str, Any]) -> str | None:
    if meta.get("outlet"):
        return str(meta["outlet"])
    if page.sitename:
        return page.sitename
    host = urlparse(meta.get("url") or "").netloc.lower().removeprefix("www.")
    return host or page.hostname


def _fallback(tree: etree._Element | None, meta: dict[str, Any]) -> Article:
    lines = render_dump(tree) if tree is not None else []
    if not lines:
        raise CleanError("HTML page has no visible text; it may be a script-only page or not HTML at all")
    return build_article(label_items(lines, meta), meta)


@functools.cache
def _html_parser() -> etree.HTMLParser:
    """trafilatura's parser settings (`trafilatura.utils.HTML_PARSER`), with lxml.html's element
    classes chosen in C.

    lxml.html picks the class of every element object it hands out in a Python callback, thousands
    of times per page (every XPath result and tree walk in trafilatura, htmldate and here); a
    namespace-class lookup gives the same classes (forms, inputs, ... and `HtmlElement` for the
    rest) without the callback.
    """
    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    by_tag = lookup.get_namespace(None)
    for tag, cls in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = cls
    parser.set_element_class_lookup(lookup)
    return parser


def _parse(html: str) -> etree._Element | None:
    """One parse for metadata, main text and fallback, with trafilatura's parser settings.

    trafilatura's `load_html` parses the str, which costs about twice as much as parsing its UTF-8
    bytes with the same parser (explicit UTF-8, so in-page charset declarations cannot mislead it).
    """
    from trafilatura.utils import is_dubious_html, load_html, repair_faulty_html

    beginning = html[:50].lower()
    try:
        tree = lxml.html.fromstring(
            repair_faulty_html(html, beginning).encode("utf-8", "surrogatepass"), parser=_html_parser()
        )
    except (ValueError, TypeError, etree.LxmlError):
        tree = None
    if tree is None or len(tree) < 1 or (is_dubious_html(beginning) and len(tree) < 2):
        try:
            tree = load_html(html)  # its own fallbacks and rejection of non-HTML
        except (RecursionError, ValueError, TypeError, etree.LxmlError):
            tree = None
    return tree if tree is not None else parse_html(html)


def _strip_inert(tree: etree._Element) -> None:
    """Drop what trafilatura removes anyway (scripts, styles, media) so its copies and scans are smaller.

    JSON data stays: the metadata pass reads dates, authors and titles from it, and trafilatura's
    baseline rescue reads `articleBody`.
    """
    scripts = [el for el in tree.iter("script") if el.get("type") not in _JSON_SCRIPTS]
    for el in scripts:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:  # the text after a script is page text
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
    etree.strip_elements(tree, *_INERT, with_tail=False)


# trafilatura.xpaths lists left as they are: `html_meta` reads their expressions to decide on its own author search
_KEEP_XPATHS = frozenset(("AUTHOR_XPATHS", "AUTHOR_DISCARD_XPATHS"))


@functools.cache
def _native_trafilatura_xpaths() -> int:
    """Rewrite trafilatura's boilerplate expressions once per process so libxml2 runs their regex tests.

    They select the same elements (see `xpath_regex`); the lists are changed in place, so every
    trafilatura module that imported them sees the rewritten expressions.
    """
    from trafilatura import xpaths

    lists = [v for k, v in vars(xpaths).items() if isinstance(v, list) and k not in _KEEP_XPATHS]
    return rewrite_lists(lists)


def _extract(tree: etree._Element, url: str | None) -> etree._Element | None:
    """trafilatura's main-text body (XML) of the page, or None; the tree is copied, not changed."""
    import trafilatura

    _native_trafilatura_xpaths()
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            # recall mode plus our own widget filter beats trafilatura's default on both kept and removed
            favor_recall=True,
            fast=False,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
        )
    except (RecursionError, ValueError, TypeError, etree.LxmlError):
        return None  # trafilatura gives up on some broken pages: the fallback handles them
    return doc.body if doc is not None else None  # type: ignore[union-attr]


def _metadata(tree: etree._Element | None, url: str | None, *, guess_date: bool = True) -> PageMeta:
    if tree is None:
        return PageMeta()
    try:
        return page_metadata(tree, url, guess_date=guess_date)
    except (RecursionError, ValueError, TypeError, etree.LxmlError):
        return PageMeta()  # metadata is optional; the text still counts


def _headline(tree: etree._Element, page: PageMeta, url: str | None) -> str | None:
    try:
        return choose_headline(tree, url or page.url)
    except (RecursionError, ValueError, etree.LxmlError):
        return None  # the title tags' reading stands


def _author(tree: etree._Element, page: PageMeta, url: str | None) -> str | None:
    """The first author source whose value reads as a name: meta tags and JSON-LD (the JSON-LD first where
    they disagree), then the byline elements.

    trafilatura reads the byline elements only when the meta tags and JSON-LD name nobody, so a CMS's
    placeholder account ("Admin") or the site's own name there hides the byline the page shows."""
    sites = site_keys(url or page.url, page.sitename)
    author = tidy_author(page.author, sites, page.title) or tidy_author(page.other_author, sites, page.title)
    if author is None and page.author and not page.author_from_byline:
        try:
            author = tidy_author(byline_author(tree), sites, page.title)
        except (RecursionError, ValueError, TypeError, etree.LxmlError):
            return None
    return author


# How far around the article the rendered lines are labelled for a byline: the dump cleaner's byline search
# reads a few lines over the headline, a picture and share rows under it, and an author box under the text.
BYLINE_LINES_ABOVE = 10
BYLINE_LINES_BELOW = 20


def _byline_in_lines(tree: etree._Element, title: str | None, blocks: list[Block], url: str | None) -> str | None:
    """The byline the page shows as text ("Von Erika Muster", "Publiziert am ... von erika", a name beside
    the date under the headline) where no element or meta tag marks it: the dump cleaner's byline search on
    the page's rendered lines. Only the lines from just over the headline to just under the text that
    trafilatura found are labelled, which halves the cost on long pages."""
    last = next((b.text for b in reversed(blocks) if b.kind in ("body", "lede")), None)
    key = last.split("\n")[-1][:60] if last else None
    lines: list[str] = []
    top = end = None
    for text in iter_dump(tree):  # the page's lines up to just under the text: the rest is not read
        lines.append(text)
        if top is None and title and text == title:
            top = len(lines) - 1
        if top is not None and end is None and key and key in text:
            end = len(lines) - 1
        if end is not None and len(lines) >= end + BYLINE_LINES_BELOW:
            break
    if not lines:
        return None
    if top is not None and end is not None:
        lines = lines[max(0, top - BYLINE_LINES_ABOVE) : end + BYLINE_LINES_BELOW]
    return author_of(label_items(lines, {"url": url}), {"url": url})


def clean_html(html: str, meta: dict[str, Any] | None = None) -> Article:
    """Clean one HTML page; `meta` hints (outlet, url, published, language, source_id, title) win.

    Raises `CleanError` for empty, oversized or text-less pages.
    """
    meta = dict(meta or {})
    if isinstance(html, bytes):
        raise CleanError("expected HTML as text (str), got bytes; decode it with its declared charset first")
    if not html or not html.strip():
        raise CleanError("empty HTML document: there is nothing to clean")
    html = _defuse(html)
    tree = _parse(html)
    if tree is not None:
        _strip_inert(tree)
    # a publication date the input gave wins over the page's, so htmldate's costly guess would be thrown away
    page = _metadata(tree, meta.get("url"), guess_date=not meta.get("published"))
    if tree is not None:
        page.title = _headline(tree, page, meta.get("url")) or page.title
        page.author = _author(tree, page, meta.get("url"))
    body = _extract(tree, meta.get("url")) if tree is not None else None
    removed: list[str] = []
    provenance: list[Provenance] = []
    blocks = _body_blocks(body, removed, provenance) if body is not None else []
    if not any(b.kind in ("lede", "body") for b in blocks):
        article = _fallback(tree, meta)
        article.published = article.published or page.published
        article.updated = article.updated or page.updated
        article.author = article.author or page.author
        if article.title is None and page.title:
            article.blocks.insert(0, Block(kind="title", text=page.title))
            article.assemble()
        return article
    title = meta.get("title") or page.title
    if tree is not None and not meta.get("author") and (page.author is None or page.author_from_byline):
        # the byline elements are found by class names alone ("author" also marks a commenter, a teaser's
        # author, a theme's credit): a byline written as text near the headline beats them
        page.author = _byline_in_lines(tree, page.title, blocks, meta.get("url")) or page.author
    if tree is not None:
        blocks.extend(_figure_captions(tree, blocks, removed, provenance))
    if title:
        blocks = _without_repeated_title(blocks, str(title))
        blocks.insert(0, Block(kind="title", text=str(title)))
    article = Article(
        blocks=blocks,
        removed=removed,
        provenance=provenance,
        published=meta.get("published") or page.published,
        updated=page.updated,
        outlet=_outlet(page, meta),
        author=meta.get("author") or page.author,
        url=meta.get("url") or page.url,
        source_id=meta.get("source_id"),
    )
    article.language = meta.get("language") or guess_language(article.body_text)
    return article
