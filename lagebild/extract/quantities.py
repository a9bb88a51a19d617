"""Quantities in German and English news text, normalised to intervals with character offsets.

Two outlets rarely write a figure the same way ("mehr als eine Million", "Millionen von",
"more than 1m"), so comparison needs each figure as an interval plus the noun it counts. No library
covers German number phrases with qualifiers, so this is a small hand-written phrase grammar.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from typing import Any, Literal

Qualifier = Literal["exact", "more_than", "less_than", "about", "at_least", "up_to", "several", "almost"]

_QUALIFIERS: dict[str, Qualifier] = {
    "mehr als": "more_than",
    "über": "more_than",
    "more than": "more_than",
    "over": "more_than",
    "weniger als": "less_than",
    "unter": "less_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "rund": "about",
    "etwa": "about",
    "circa": "about",
    "ca.": "about",
    "ungefähr": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "mindestens": "at_least",
    "at least": "at_least",
    "bis zu": "up_to",
    "up to": "up_to",
    "fast": "almost",
    "knapp": "almost",
    "nahezu": "almost",
    "beinahe": "almost",
    "nearly": "almost",
    "almost": "almost",
}
_SMALL = {
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "einem": 1,
    "einen": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "hundert": 100,
    "tausend": 1000,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1000,
    "dutzend": 12,
    "dozen": 12,
}
_ONLY_WITH_SCALE = {"ein", "eine", "einer", "einem", "einen", "a", "an", "one"}
_SCALES = {
    "million": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "mn": 1e6,
    "trillion": 1e12,
    "tausend": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "hundert": 1e2,
    "hundred": 1e2,
    "hundreds": 1e2,
}
# A bare plural scale word ("Millionen von ...", "thousands of ...") means "several" of that scale.
_VAGUE = {
    "millionen": 1e6,
    "millions": 1e6,
    "milliarden": 1e9,
    "billions": 1e9,
    "tausende": 1e3,
    "thousands": 1e3,
    "hunderte": 1e2,
    "hundreds": 1e2,
    "dutzende": 12,
    "dozens": 12,
}
_PERCENT = {"%", "prozent", "percent", "per cent"}
# Money in either language meets under one code: "45 Millionen Euro", "€45 million", "45 million euros".
_CURRENCY_WORDS = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy",
                   "euro": "eur", "euros": "eur", "eur": "eur", "dollar": "usd", "dollars": "usd", "us-dollar": "usd",
                   "usd": "usd", "pfund": "gbp", "pound": "gbp", "pounds": "gbp", "gbp": "gbp", "franken": "chf",
                   "francs": "chf", "chf": "chf", "yen": "jpy", "rubel": "rub", "rubles": "rub", "roubles": "rub"}
CURRENCY_CODES = frozenset(_CURRENCY_WORDS.values())
# Units of measure in both languages under one symbol, so "150 Millimeter" and "140 millimetres" meet and
# "three metres" never meets "140 millimetres" (a different unit, not a different count).
_MEASURES = {
    **dict.fromkeys(("kilometer", "kilometern", "kilometre", "kilometres", "kilometers", "km"), "km"),
    **dict.fromkeys(("meter", "metern", "metre", "metres", "meters", "m"), "m"),
    **dict.fromkeys(("zentimeter", "zentimetern", "centimetre", "centimetres", "centimeters", "cm"), "cm"),
    **dict.fromkeys(("millimeter", "millimetern", "millimetre", "millimetres", "millimeters", "mm"), "mm"),
    **dict.fromkeys(("kilogramm", "kilogram", "kilograms", "kilogrammes", "kilo", "kilos", "kg"), "kg"),
    **dict.fromkeys(("gramm", "gram", "grams", "grammes", "g"), "g"),
    **dict.fromkeys(("tonne", "tonnen", "tonnes", "tons", "ton", "t"), "t"),
    **dict.fromkeys(("liter", "litern", "litre", "litres", "liters", "l"), "l"),
    **dict.fromkeys(("sekunde", "sekunden", "second", "seconds"), "s"),
    **dict.fromkeys(("minute", "minuten", "minutes"), "min"),
    **dict.fromkeys(("stunde", "stunden", "hour", "hours"), "h"),
    **dict.fromkeys(("tag", "tage", "tagen", "day", "days"), "day"),
    **dict.fromkeys(("woche", "wochen", "week", "weeks"), "week"),
    **dict.fromkeys(("monat", "monate", "monaten", "month", "months"), "month"),
    **dict.fromkeys(("grad", "degree", "degrees"), "deg"),
    **dict.fromkeys(("hektar", "hectare", "hectares"), "ha"),
    **dict.fromkeys(("quadratkilometer", "quadratkilometern", "km²"), "km2"),
}
MEASURE_CODES = frozenset(_MEASURES.values())
_SKIP_AFTER = {"von", "of", "der", "die", "des", "den", "dem", "the"}

_QUAL_RE = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_WORDNUM_RE = "|".join(sorted(_SMALL, key=len, reverse=True))
_SCALE_RE = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted(_VAGUE, key=len, reverse=True))
_NUM = r"\d{1,3}(?:[.,\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_PATTERN = re.compile(
    rf"(?<![\w.,])(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?:(?P<vague>{_VAGUE_RE})\b"
    rf"|(?:(?P<cur>US\$|\$|€|£|¥)\s?)?(?P<num>{_NUM}|\b(?:{_WORDNUM_RE})\b)(?:\s*(?P<scale>{_SCALE_RE})(?![\w]))?"
    r"(?:\s*(?P<pct>%|Prozent\b|percent\b|per cent\b))?)",
    re.IGNORECASE,
)
_PART = re.compile(r"\s+(?:der|von|of|of the|aus)\s+(?:(rund|etwa|about|around|some)\s+)?(\d+)\b", re.I)
_DATE_LIKE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_BREAK = set('.;:!?\n()"„“”,')
_STOP_UNIT = set(
    "und oder and or to in im am an auf für for mit with bis aus from the a sind are were was have has "
    "jahre jahren jahr years year mal times".split()
)


@dataclass
class Quantity:
    """One figure: [low, high] bounds (None = open), the counted noun, and its offsets."""

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    percent: bool = False
    unit: str | None = None
    unit_key: str | None = None
    of_total: float | None = None  # "21 der rund 50": value 21 of a total of about 50

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _parse_number(raw: str, language: str) -> float | None:
    low = raw.lower()
    if low in _SMALL:
        return float(_SMALL[low])
    s = raw.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) and not (language == "en" and "." in s):
        return float(re.sub(r"[.,]", "", s))
    if language == "en":
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(".", "").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def unit_key(word: str) -> str:
    """Fold inflection so "Artilleriegeschosse" and "Artilleriegeschossen", "shell"/"shells" meet."""
    w = word.lower()
    if w in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[w]
    if w in _MEASURES:
        return _MEASURES[w]
    for suffix in ("en", "es", "n", "e", "s"):
        if len(w) > 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _unit_after(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """The counted noun after a figure.

    German: the first capitalised word (adjectives are lower-case: "sechs hochrangige US-Beamte").
    English: the next word, or the one after it when that looks like the plural head noun
    ("artillery shells").
    """
    found: list[re.Match[str]] = []
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        if any(c in text[pos if not found else found[-1].end() : m.start()] for c in _BREAK):
            break
        w = m.group(0).lower()
        if w in _SKIP_AFTER and not found:
            continue
        if w in _STOP_UNIT:
            break
        found.append(m)
        if len(found) == 4:
            break
    if not found:
        return None, pos
    if language == "de":
        for m in found:
            if m.group(0)[0].isupper():
                return m.group(0), m.end()
        return None, pos
    if len(found) > 1 and found[1].group(0).lower().endswith("s") and not found[1].group(0)[0].isupper():
        return found[1].group(0), found[1].end()
    return found[0].group(0), found[0].end()


def _is_year(num: str, scale: str | None) -> bool:
    """A bare 4-digit 1800-2099 is a year: the timex finder owns it."""
    return not scale and re.fullmatch(r"1[89]\d\d|20\d\d", num) is not None


def find_quantities(text: str, language: str = "de") -> list[Quantity]:
    """All figures in `text` with offsets; years and dates are left to the timex finder."""
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    out: list[Quantity] = []
    for m in _PATTERN.finditer(text):
        if out and m.start() < out[-1].end:
            continue  # part of the previous figure ("21 der rund 50")
        qual_raw, num_raw, scale_raw, vague = m.group("qual"), m.group("num"), m.group("scale"), m.group("vague")
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,"):
            continue  # inside a word or a longer number
        pct = bool(m.group("pct"))
        low: float | None
        high: float | None
        qualifier: Qualifier = _QUALIFIERS.get((qual_raw or "").lower(), "exact")
        if vague:
            scale = _VAGUE[vague.lower()]
            value, low, high, qualifier = 2 * scale, 2 * scale, 10 * scale, "several"
            if qual_raw:  # "mehr als Tausende" is still "several thousand"
                qualifier = "several"
        else:
            assert num_raw is not None
            if _DATE_LIKE.match(text, m.start("num")) or _is_year(num_raw, scale_raw):
                continue
            if num_raw.lower() in _ONLY_WITH_SCALE and not scale_raw:
                continue
            base = _parse_number(num_raw, language)
            if base is None:
                continue
            if scale_raw and scale_raw.lower() == "m" and not num_raw[0].isdigit():
                continue
            value = base * (_SCALES[scale_raw.lower()] if scale_raw else 1.0)
            low, high = _bounds(value, qualifier)
        end = m.end()
        of_total = None
        part = _PART.match(text, end)
        if part and not pct:
            of_total = float(part.group(2))
            end = part.end()
        currency = m.group("cur")
        unit, unit_end = (None, end) if pct or currency else _unit_after(text, end, language)
        if currency:  # "$45 million": the symbol is the unit, whatever noun follows
            unit, unit_end = currency, end
        out.append(
            Quantity(
                start=m.start(),
                end=unit_end if unit else end,
                text=text[m.start() : unit_end if unit else end],
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                percent=pct,
                unit=unit,
                unit_key=unit_key(unit) if unit else None,
                of_total=of_total,
            )
        )
    return out


def _bounds(value: float, qualifier: Qualifier) -> tuple[float | None, float | None]:
    if qualifier == "more_than":
        return value, None
    if qualifier in ("less_than", "up_to"):
        return None, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "about":
        return value * 0.9, value * 1.1
    if qualifier == "almost":
        return value * 0.9, value
    return value, value


def compare_quantities(a: Quantity, b: Quantity) -> Literal["same", "tension", "conflict"]:
    """Same figure, a softer or sharper version of it (tension), or incompatible (conflict)."""
    lo_a, hi_a = a.low if a.low is not None else -math.inf, a.high if a.high is not None else math.inf
    lo_b, hi_b = b.low if b.low is not None else -math.inf, b.high if b.high is not None else math.inf
    if (lo_a, hi_a, a.qualifier) == (lo_b, hi_b, b.qualifier):
        return "same"
    if hi_a < lo_b or hi_b < lo_a:
        return "conflict"
    return "tension"
