"""Helpers shared by the quote rule tests: the quotes of one German sample sentence."""

from __future__ import annotations

from lagebild.extract.quotes import extract_quotes
from lagebild.records import Quote


def texts(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quote text, speaker text) of every quote: what a failing assertion shows."""
    return [(q.kind, q.text.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text, "de")]


def only(text: str, kind: str) -> Quote:
    """The one quote of `kind` in `text`; fails when there is none or more than one."""
    quotes = [q for q in extract_quotes(text, "de") if q.kind == kind]
    assert len(quotes) == 1, texts(text)
    return quotes[0]
