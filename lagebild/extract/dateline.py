"""Wire datelines: "KESSMUND, May 6 (CWS) - ", "Berlin (dpa) - ", "LONDON (Reuters) – ".

A dateline says where, when and by whom a report was filed. It is no part of the first sentence's
statement, its date is not a date of the reported facts, and its credit names the agency whose text
the outlet carries. Quotes, sourcing and the story comparison all read it, so it is matched once here.
"""

from __future__ import annotations

import re

# The place in capitals ("KESSMUND"), or capitalised when a credit in brackets follows ("Berlin (dpa)");
# then an optional ", date", an optional "(credit)" and a dash.
_DATELINE = re.compile(
    r"[ \t\"„“]*"
    r"(?:[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{1,40}|[A-ZÄÖÜ][\w .'/-]{1,40}?(?=\s*(?:,[^()\n]{1,25})?\s*\())"
    r"(?:,\s*(?P<date>[^()\n]{1,25}?))?\s*"
    r"(?:\((?P<credit>[A-Za-z][\w.&/ -]{0,28}[\w.])\)\s*)?"
    r"[-–—]\s+"
)


def match_dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline that opens `text` at `pos`, if any; `.end()` is where the report's own words begin."""
    return _DATELINE.match(text, pos)


def dateline_credit(text: str, within: int = 800) -> tuple[str, int, int] | None:
    """(credit, start, end) of the first dateline credit at the start of a line in the first `within`
    characters: the dateline opens the report, not a later paragraph."""
    for line in re.finditer(r"(?m)^", text[:within]):
        m = _DATELINE.match(text, line.start())
        if m is not None and m.group("credit"):
            return m.group("credit"), m.start("credit"), m.end("credit")
    return None
