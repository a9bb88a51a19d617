"""Render HTML to a plain-text dump (one visible block per line) for the text-dump cleaner.

This is the fallback when trafilatura finds no main text: the dump cleaner then works on the same
kind of input a scraper would have produced. The walk is iterative, so hostile nesting cannot
exhaust the Python stack.
"""

from __future__ import annotations

import re

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
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _WS.sub(" ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    # (element, entering) pairs; tails are emitted when leaving an element
    stack: list[tuple[etree._Element, bool]] = [(root, True)]
    while stack:
        el, entering = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if entering:
            if tag in _DROP or not tag:
                if el.tail:
                    current.append(el.tail)
                continue
            if tag in _BLOCK:
                flush()
            if el.text:
                current.append(el.text)
            stack.append((el, False))
            stack.extend((child, True) for child in reversed(el))
        else:
            if tag in _BLOCK:
                flush()
            if el.tail:
                current.append(el.tail)
    flush()
    return lines


def parse_html(html: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
