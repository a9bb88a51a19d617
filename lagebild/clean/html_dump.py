"""Render HTML to a plain-text dump (one visible block per line) for the text-dump cleaner.

This is the fallback when trafilatura finds no main text: the dump cleaner then works on the same
kind of input a scraper would have produced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

_DROP = frozenset(("script", "style", "noscript", "template", "svg", "head", "iframe", "select", "textarea"))
_BLOCK = frozenset(
    """p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 td th tr table section article header footer nav aside figure
    figcaption main blockquote pre address form fieldset legend details summary hr br body center option
    button label caption tbody thead tfoot""".split()
)
_WS = re.compile(r"\s+")


def render_dump(root: etree._Element) -> list[str]:
    """Visible text of a parsed page, one line per block element, in document order."""
    return list(iter_dump(root))


def iter_dump(root: etree._Element) -> Iterator[str]:
    """The lines of `render_dump` one by one, so a caller that needs only the first part stops early.

    lxml's `iterwalk` walks the tree in C (no Python stack, so hostile nesting cannot exhaust it) and
    skips the subtrees of dropped elements.
    """
    current: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        tag = tag.lower() if isinstance(tag, str) else ""  # comments and processing instructions: no tag
        if tag in _DROP or not tag:
            if event == "start":
                walker.skip_subtree()
            elif el.tail:
                current.append(el.tail)
            continue
        if tag in _BLOCK and current:
            text = _WS.sub(" ", "".join(current)).strip()
            current.clear()
            if text:
                yield text
        if event == "start":
            if el.text:
                current.append(el.text)
        elif el.tail:
            current.append(el.tail)
    text = _WS.sub(" ", "".join(current)).strip()
    if text:
        yield text


def parse_html(html: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
