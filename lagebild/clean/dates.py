"""Dates and reading times in the meta lines of a page ("Aktualisiert am 25.05.2024Lesedauer: 2 Min.").

Meta lines use a handful of fixed shapes, so a few patterns are faster and more predictable than a
general date parser (dateparser costs milliseconds per call and guesses on free text); the general
date phrases inside article text are the analyze stage's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "january": 1, "februar": 2, "feb": 2, "february": 2, "märz": 3,
    "maerz": 3, "mär": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6,
    "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# not a version number with its build glued on ("[1.9.22_1171]", "2.10.4.1")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d_]|\.\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# "30/10/23", "17/11/2031": day first, as European sites write it (a month over 12 makes it no date at all)
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# The first three letters of every month name in `_MONTHS`, under the same case folding as the patterns that
# read the names; the month patterns run only on a line that has one of them.
_MONTH_START = re.compile(
    r"(?=[jfmasond])(?:j(?:an|än|u[nl])|feb|m(?:är|ae|ar|a[iy])|a(?:pr|ug)|sep|o(?:kt|ct)|nov|de[zc])", re.IGNORECASE
)
# "Bern, 17.08.2031 - Rede der Ministerin beim Städtetag": a press release opens its text with place and
# date; the words after the dash (a phrase, with lower-case words) are the text, not a byline.
_PLACE_DATE_TEXT = re.compile(
    r"^[A-ZÄÖÜ][\w./ -]{1,40},\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+[A-ZÄÖÜa-zäöü]+\.?\s+\d{4})"
    r"\s+[-–—]\s+(?=(?:\S+\s+){3,}\S)(?=.*\s[a-zäöüß]{2,}\s)"
)
_UPDATED = re.compile(
    r"aktualisiert|aktualisierung|updated|zuletzt (am )?geändert|zuletzt bearbeitet|last modified|stand:?\s*$"
    r"|geändert am",
    re.IGNORECASE,
)
# The words a page puts in front of its own publication or update date.
_STAMP_WORDS = (
    r"veröffentlicht|publiziert|aktualisiert|erschienen|erstellt|eingetragen|verfasst|geschrieben|gepostet"
    r"|geändert|stand|datum|zuletzt|letzte aktualisierung|letzte änderung|online seit|pressemitteilung vom"
    r"|pressemeldung vom|meldung vom|artikel vom|beitrag vom|published|updated|posted|last (updated|modified)"
    r"|date|first published|created"
)
_STAMP = re.compile(rf"^\W*({_STAMP_WORDS})\b", re.IGNORECASE)
_STAMP_ANYWHERE = re.compile(rf"\b({_STAMP_WORDS})\b", re.IGNORECASE)
# /2012/12/11/, /2017/7/12/, -2021-01-17-, /20220127-: dates that blogs and CMSs put in the path.
_URL_YMD = re.compile(r"(?<![0-9])((?:19|20)\d{2})([/_-])(\d{1,2})\2(\d{1,2})(?![0-9])")
_URL_COMPACT = re.compile(r"(?<![0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?![0-9])")
_MIN = re.compile("min", re.IGNORECASE)
_DIGIT_DASH = re.compile(r"\d-\d")
# "14:03", "14:03 Uhr", "vor 5 Minuten": a time stamp alone on its line
_TIME_ONLY = re.compile(r"(vor )?\d{1,2}:\d{2}( Uhr)?|vor \d+ (minuten|stunden|tagen)", re.IGNORECASE)
_READING = re.compile(
    r"(?:lesedauer|lesezeit|reading time)\s*:?\s*(?:ca\.\s*)?(\d{1,3})\s*(?:min|minuten)"
    r"|(\d{1,3})\s*(?:min\.?|minuten)\s*(?:lesedauer|lesezeit|read)",
    re.IGNORECASE,
)


@dataclass
class DateHit:
    iso: str
    start: int
    end: int
    updated: bool  # the phrase says "updated" rather than "published"


def _valid(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d).isoformat() if 1990 <= y <= 2100 else None
    except ValueError:
        return None


def find_dates(text: str) -> list[DateHit]:
    """All calendar dates in a meta line, in order, each marked as update or publication."""
    hits: list[DateHit] = []
    for rx, order in _date_rules(text):
        for m in rx.finditer(text):
            a, b, c = m.groups()
            if order == "dmy":
                iso = _valid(int(c), int(b), int(a))
            elif order == "ymd":
                iso = _valid(int(a), int(b), int(c))
            elif order == "dMy":
                iso = _valid(int(c), _MONTHS[b.lower()], int(a))
            else:
                iso = _valid(int(c), _MONTHS[a.lower()], int(b))
            if iso and not any(h.start <= m.start() < h.end for h in hits):
                before = text[max(0, m.start() - 40) : m.start()]
                hits.append(DateHit(iso, m.start(), m.end(), bool(_UPDATED.search(before))))
    hits.sort(key=lambda h: h.start)
    return hits


def _date_rules(text: str) -> list[tuple[re.Pattern[str], str]]:
    """The date patterns that can match `text`, in the order that decides overlaps. Most lines with a digit
    are no date ("12 Kommentare", "Seite 2"): the separator a pattern needs ("." "-" "/") or the first letters
    of a month name rule a pattern out far cheaper than running it (find_dates runs on every short line)."""
    rules: list[tuple[re.Pattern[str], str]] = []
    if "." in text:
        rules.append((_NUMERIC, "dmy"))
    if "-" in text and _DIGIT_DASH.search(text):  # hyphens join words far more often than date parts
        rules.append((_ISO, "ymd"))
    if _MONTH_START.search(text):
        rules += ((_DAY_MONTH, "dMy"), (_MONTH_DAY, "Mdy"))
    if "/" in text:
        rules.append((_SLASHED, "dmy"))
    return rules


def opens_with_place_and_date(text: str) -> bool:
    """ "Bern, 17.08.2031 - Rede der Ministerin ...": the start of a press release's text."""
    return _DIGIT.search(text[:60]) is not None and _PLACE_DATE_TEXT.match(text) is not None


def is_dateline(text: str) -> bool:
    """A short line that is mostly a date, a time or a reading time."""
    words = text.split()
    if len(words) > 16 or not _DIGIT.search(text):
        return False
    if reading_time(text) is not None:
        return True
    hits = find_dates(text)
    if not hits:
        return bool(_TIME_ONLY.fullmatch(text))
    if _PLACE_DATE_TEXT.match(text):
        return False
    rest = text
    for h in reversed(hits):
        rest = rest[: h.start] + rest[h.end :]
    # what is left besides the date must be short: "Aktualisiert am", "| 14:03 Uhr", an author name
    return len(rest.split()) <= 10


def reading_time(text: str) -> int | None:
    if _MIN.search(text) is None:  # both shapes say "min": a literal scan rules out most lines
        return None
    m = _READING.search(text)
    if not m:
        return None
    value = int(m.group(1) or m.group(2))
    return value if 0 < value < 300 else None


def is_stamp(text: str) -> bool:
    """A line that announces itself as the page's publication or update stamp."""
    return bool(_STAMP.match(text))


def stamp_dates(text: str) -> list[DateHit]:
    """Dates that a stamp phrase introduces anywhere in a short line ("Diese Seite wurde zuletzt am
    29. Januar 2020 geändert", "Verfasst von: X | 31. Dezember 2008"), not dates the text talks about."""
    if len(text) > 160 or not _DIGIT.search(text):
        return []
    m = _STAMP_ANYWHERE.search(text)
    if m is None:
        return []
    return [h for h in find_dates(text) if h.start >= m.start() or len(text.split()) <= 12]


def url_date(url: str | None) -> str | None:
    """The date in a URL's path (blogs and many CMSs put the publication day there), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.IGNORECASE).split("?")[0]
    m = _URL_YMD.search(path)
    if m:
        return _valid(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    m = _URL_COMPACT.search(path)
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
