"""Date phrases in German and English news, resolved against the publication date, with offsets.

dateparser resolves absolute dates well but does not find phrases inside running text and does not
know news conventions ("am Freitag" in a report means the last Friday, "Anfang dieser Woche" is a
range), so our own phrase finder locates the phrases and dateparser handles the absolute forms.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

Granularity = Literal["day", "week", "month", "year"]

_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "december": 12,
    "jan.": 1,
    "feb.": 2,
    "sept.": 9,
    "sep.": 9,
    "okt.": 10,
    "oct.": 10,
    "nov.": 11,
    "dez.": 12,
    "dec.": 12,
}
_WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonntag": 6,
    "sonnabend": 5,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Counts in "two weeks ago", "vor drei Tagen".
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10}
_COUNT_RE = r"\d{1,3}|" + "|".join(sorted(_COUNTS, key=len, reverse=True))
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_PART_RE = r"Anfang|Mitte|Ende|early|mid|late|Beginning of|end of"
_REL_PREFIX = r"bis|seit|ab|vor|nach|until|since|by|before|after"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("day_month", re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_RE})(?:\s+(\d{{4}}))?(?![\w])", re.I)),
    ("month_day_en", re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(\d{{4}}))?\b", re.I)),
    ("part_month", re.compile(rf"\b({_PART_RE})[- ]({_MONTH_RE})(?:\s+(\d{{4}}))?(?![\w])", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH_RE})\s+(\d{{4}})\b", re.I)),
    (
        "this_week",
        re.compile(
            r"\b(?:(Anfang|Mitte|Ende)\s+)?(?:dieser|der|this|last|vergangene[nr]?|letzte[nr]?|nächste[nr]?|next"
            r"|kommende[nr]?)\s+"
            r"(Woche|week)\b|\b(early|late)\s+(this|last|next)\s+week\b",
            re.I,
        ),
    ),
    (
        "this_month",
        re.compile(
            r"\b(Anfang|Mitte|Ende)\s+(des|dieses|des vergangenen|des letzten)\s+Monats\b"
            r"|\b(earlier|later|early|late)\s+this\s+month\b",
            re.I,
        ),
    ),
    ("weekday", re.compile(rf"\b(?:am|on|last|vergangenen|letzten|next|this|nächsten|kommenden)\s+({_WEEKDAY_RE})"
                           r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?\b", re.I)),
    # "Thursday night", "Friday morning", "Dienstagabend": a weekday with its time of day needs no preposition
    ("weekday", re.compile(rf"\b({_WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night)\b"
                           r"|(?:morgen|vormittag|mittag|nachmittag|abend|nacht)\b)", re.I)),
    ("weekend", re.compile(r"\b(?:over\s+the|this|last|next|coming|at\s+the|am|an\s+diesem|am\s+vergangenen"
                           r"|am\s+letzten|am\s+kommenden|am\s+nächsten|vergangenes|letztes|dieses|nächstes"
                           r"|kommendes)\s+(weekend|Wochenende)\b", re.I)),
    # "bis Freitag", "by Thursday", "seit Montag": the preposition is the relation, the weekday the date
    ("weekday_rel", re.compile(rf"\b(?:bis|ab|seit|until|by|since)\s+({_WEEKDAY_RE})\b", re.I)),
    (
        "rel_unit",
        re.compile(
            r"\b(last|next|this|vergangene[nrs]?|letzte[nrs]?|nächste[nrs]?|kommende[nrs]?|diese[mnrs]?|im\s+vergangenen"
            r"|im\s+letzten|im\s+nächsten|im\s+kommenden)\s+(month|year|Monat|Monats|Jahr|Jahres)\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            rf"\b(?:({_COUNT_RE})\s+(day|week|month|year)s?\s+ago"
            rf"|vor\s+({_COUNT_RE})\s+(Tag|Woche|Monat|Jahr)(?:en|e|n)?)\b",
            re.I,
        ),
    ),
    ("deictic", re.compile(r"\b(heute|gestern|morgen|vorgestern|today|yesterday|tomorrow)\b", re.I)),
    ("year", re.compile(r"\b(?:(?:im\s+Jahr(?:e)?|in|seit|bis|Anfang|Ende|since|until|by)\s+)(\d{4})\b", re.I)),
    ("bare_month", re.compile(rf"\b(?:im|in|seit|bis|since|until|by)\s+({_MONTH_RE})(?![\w])", re.I)),
]
_RELATION_NAMES = {
    "bis": "until",
    "until": "until",
    "by": "until",
    "seit": "since",
    "since": "since",
    "ab": "since",
    "vor": "before",
    "before": "before",
    "nach": "after",
    "after": "after",
}
_RELATION = re.compile(rf"\b({_REL_PREFIX})\s+(?:zum\s+|Ende\s+|Anfang\s+)?$", re.I)


@dataclass
class Timex:
    """A date phrase, resolved to a date range [start, end] (equal for a single day)."""

    start: int
    end: int
    text: str
    kind: str
    value_start: str | None  # ISO date
    value_end: str | None
    granularity: Granularity
    relation: str | None = None  # "until", "since", ... from a preceding "bis", "seit"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _part_range(part: str, y: int, m: int) -> tuple[date, date]:
    p = part.lower()
    last = _month_end(y, m).day
    if p in ("anfang", "early", "beginning of", "earlier"):
        return date(y, m, 1), date(y, m, 10)
    if p in ("mitte", "mid"):
        return date(y, m, 11), date(y, m, 20)
    return date(y, m, 21), date(y, m, last)


def _past_year_for(month: int, ref: date) -> int:
    """A month named without a year in a report means its latest occurrence up to the report."""
    return ref.year if month <= ref.month else ref.year - 1


@lru_cache(maxsize=4096)
def _dateparse(text: str, ref_iso: str) -> date | None:
    import dateparser

    ref = datetime.fromisoformat(ref_iso)
    parsed = dateparser.parse(
        text,
        languages=["de", "en"],
        settings={"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]},
    )
    return parsed.date() if parsed else None


def _resolve(kind: str, m: re.Match[str], ref: date) -> tuple[date, date, Granularity] | None:
    g = m.groups()
    if kind == "numeric":
        d = date(int(g[2]), int(g[1]), int(g[0]))
        return d, d, "day"
    if kind == "iso":
        d = date(int(g[0]), int(g[1]), int(g[2]))
        return d, d, "day"
    if kind in ("day_month", "month_day_en"):
        day_s, month_s, year_s = (g[0], g[1], g[2]) if kind == "day_month" else (g[1], g[0], g[2])
        month = _MONTHS[month_s.lower()]
        year = int(year_s) if year_s else _past_year_for(month, ref)
        parsed = _dateparse(f"{int(day_s)} {month_s} {year}", ref.isoformat())
        d = parsed or date(year, month, int(day_s))
        return d, d, "day"
    if kind == "part_month":
        month = _MONTHS[g[1].lower()]
        year = int(g[2]) if g[2] else _past_year_for(month, ref)
        a, b = _part_range(g[0], year, month)
        return a, b, "month"
    if kind == "month_year":
        month, year = _MONTHS[g[0].lower()], int(g[1])
        return date(year, month, 1), _month_end(year, month), "month"
    if kind == "bare_month":
        month = _MONTHS[g[0].lower()]
        year = _past_year_for(month, ref)
        return date(year, month, 1), _month_end(year, month), "month"
    if kind == "this_week":
        text = m.group(0).lower()
        monday = ref - timedelta(days=ref.weekday())
        if any(w in text for w in ("vergangen", "letzte", "last")):
            monday -= timedelta(days=7)
        elif any(w in text for w in ("nächste", "next", "kommende")):
            monday += timedelta(days=7)
        part = (g[0] or g[2] or "").lower()
        if part in ("anfang", "early"):
            return monday, monday + timedelta(days=2), "week"
        if part in ("ende", "late"):
            return monday + timedelta(days=4), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    if kind == "this_month":
        part = (g[0] or g[2] or "").lower()
        a, b = _part_range(part, ref.year, ref.month)
        if (g[1] or "").lower() in ("des vergangenen", "des letzten"):
            prev = ref.replace(day=1) - timedelta(days=1)
            a, b = _part_range(part, prev.year, prev.month)
        return a, b, "month"
    if kind in ("weekday", "weekday_rel"):
        wd = _WEEKDAYS[g[0].lower()]
        deadline = kind == "weekday_rel" and m.group(0).split()[0].lower() in ("bis", "ab", "until", "by")
        if _next(m):  # "next Monday", "kommenden Freitag": after the report's day
            d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif deadline or _ahead(m):  # "by Thursday", "bis Dienstagmorgen": ahead, or the report's own day
            d = ref + timedelta(days=(wd - ref.weekday()) % 7)
        else:  # a report's weekday is the last one up to the day it appeared
            d = ref - timedelta(days=(ref.weekday() - wd) % 7)
        return d, d, "day"
    if kind == "weekend":
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if _ahead(m):
            saturday = ref + timedelta(days=(5 - ref.weekday()) % 7)
        return saturday, saturday + timedelta(days=1), "week"
    if kind == "rel_unit":
        step = _step(g[0])
        if g[1].lower().startswith("mon"):
            first = ref.replace(day=1)
            for _ in range(abs(step)):
                first = (first - timedelta(days=1)).replace(day=1) if step < 0 else _month_end(first.year,
                                                                                              first.month) + \
                    timedelta(days=1)
            return first, _month_end(first.year, first.month), "month"
        y = ref.year + step
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "ago":
        count_s, unit = (g[0], g[1]) if g[0] else (g[2], g[3])
        n = int(count_s) if count_s.isdigit() else _COUNTS[count_s.lower()]
        unit = unit.lower()
        if unit in ("day", "tag"):
            d = ref - timedelta(days=n)
            return d, d, "day"
        if unit in ("week", "woche"):
            d = ref - timedelta(weeks=n)
            monday = d - timedelta(days=d.weekday())
            return monday, monday + timedelta(days=6), "week"
        if unit in ("month", "monat"):
            first = ref.replace(day=1)
            for _ in range(n):
                first = (first - timedelta(days=1)).replace(day=1)
            return first, _month_end(first.year, first.month), "month"
        return date(ref.year - n, 1, 1), date(ref.year - n, 12, 31), "year"
    if kind == "deictic":
        offset = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2, "morgen": 1, "tomorrow": 1}[
            g[0].lower()
        ]
        d = ref + timedelta(days=offset)
        return d, d, "day"
    if kind == "year":
        y = int(g[0])
        if not 1800 <= y <= 2200:
            return None
        return date(y, 1, 1), date(y, 12, 31), "year"
    return None


# Words before a weekday or weekend that point ahead of the report, not back.
_AHEAD_BEFORE = re.compile(r"\b(?:by|until|bis|ab|next|coming|nächsten|kommenden)\s+(?:\w+\s+)?$", re.I)
_AHEAD_IN = re.compile(r"\b(?:next|coming|nächsten|kommenden)\b", re.I)


_NEXT_BEFORE = re.compile(r"\b(?:next|coming|nächsten|kommenden)\s+(?:\w+\s+)?$", re.I)


def _next(m: re.Match[str]) -> bool:
    return bool(_AHEAD_IN.search(m.group(0)) or _NEXT_BEFORE.search(m.string, max(0, m.start() - 16), m.start()))


def _ahead(m: re.Match[str]) -> bool:
    return bool(_AHEAD_IN.search(m.group(0)) or _AHEAD_BEFORE.search(m.string, max(0, m.start() - 16), m.start()))


def _step(word: str) -> int:
    """-1 for last year's or month's, +1 for next, 0 for this."""
    w = word.lower()
    if any(x in w for x in ("last", "vergangen", "letzt")):
        return -1
    if any(x in w for x in ("next", "nächst", "kommend")):
        return 1
    return 0


def find_timexes(text: str, published: str | date | None = None) -> list[Timex]:
    """Date phrases with offsets; relative ones are resolved only when `published` is an ISO date."""
    if not isinstance(text, str):
        raise TypeError(f"find_timexes expects str, got {type(text).__name__}")
    ref: date | None
    if isinstance(published, str):
        try:
            ref = datetime.fromisoformat(published.strip()[:10]).date()
        except ValueError:
            ref = None  # a non-ISO date from upstream: relative phrases stay unresolved, nothing is lost
    else:
        ref = published
    taken: list[tuple[int, int]] = []
    out: list[Timex] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if kind in ("year", "weekday_rel"):  # keep the date words only, the preposition is the relation
                start = m.start(1)
            resolved = None
            absolute = kind in ("numeric", "iso", "month_year", "year") or (
                kind in ("day_month", "month_day_en", "part_month") and m.groups()[-1]
            )
            if ref is not None or absolute:
                try:
                    resolved = _resolve(kind, m, ref or date.today())
                except ValueError:
                    continue  # "31.02.2024" and the like
                if resolved is None:
                    continue
            rel = _RELATION.search(text, max(0, m.start() - 12), m.start()) if kind != "year" else None
            relation = _RELATION_NAMES.get(rel.group(1).lower()) if rel else None
            if kind in ("year", "weekday_rel"):
                relation = _RELATION_NAMES.get(m.group(0).split()[0].lower())
            taken.append((start, end))
            out.append(
                Timex(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="weekday" if kind == "weekday_rel" else kind,
                    value_start=resolved[0].isoformat() if resolved else None,
                    value_end=resolved[1].isoformat() if resolved else None,
                    granularity=resolved[2] if resolved else "day",
                    relation=relation,
                )
            )
    return sorted(out, key=lambda t: t.start)
