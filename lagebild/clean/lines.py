"""Shape of one dump line: normalisation, glued-word repair and the cues the labeler decides on.

A scraper that drops markup glues inline texts together ("25.05.2024Lesedauer", "PutinVergrößern des
Bildes", "HomePolitikAusland"). No library repairs this for plain-text dumps, so it is done here with
a few patterns: widget words glued to the end of a line are cut off and kept as debris, and runs of
capitalised words glued without spaces are treated as a navigation trail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from lagebild.clean.vocab import end_marker_regex, has_chrome, is_widget_line, stopwords

_BULLET = re.compile(r"^\s*(?:[•·▪◦►▶●‣∙]|[-*–](?=\s))\s*")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_FIRST_CHAR = itemgetter(0)
_CAMEL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_SENT_END = re.compile(r"[.!?…:;][\"'“”«»‘’)\]]*$")
_SENT_INNER = re.compile(r"[a-zäöüß0-9)][.!?][\"'“”»)]?\s+[A-ZÄÖÜ„\"“]")

# Widget labels that scrapers glue onto the end of a caption, a date or a headline.
_GLUED_TAIL = re.compile(
    r"(?P<tail>(?:Vergrößern des Bildes|Bild vergrößern|Zur Bildergalerie|Bildergalerie|Lesedauer:?\s*\d+\s*"
    r"(?:Min(?:uten|\.)?|min)\.?|\d+\s*Min\.?\s*Lesezeit|Anzeige|Werbung|Weiterlesen|Mehr lesen|Mehr erfahren"
    r"|Loading\.\.\.|Embed|Teilen|Kommentare|News folgen|Read more|Advertisement|Play Video|Video abspielen"
    r"|Audio abspielen|Artikel anhören|Merken|Drucken))\s*$"
)
# A date glued to the following word: "25.05.2024Lesedauer".
_DATE_GLUE = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?: Uhr)?)(?=[A-ZÄÖÜ])")

_NAV_MARKS = re.compile("[|»›•·/>]")
# A line that is only a smiley or emoji ("=)", ";-)", "^^", "<3", "🥰🥰"): how many posts end, not a widget.
_EMOTICON = re.compile(
    r"^(?:[:;=8xX][-o^']?[)(DPpO3\]\[|/\\*]+|\^\^|<3+|[\U0001F300-\U0001FAFF\u2600-\u26FF\u2763\u2764\uFE0F\u200D]+)[!.]*$"
)

MAX_LINE_CHARS = 20_000  # a "line" longer than this is a whole page without breaks; it is cut for cue checks


def normalise(line: str) -> str:
    if "\u200b" in line or "\ufeff" in line:
        line = line.replace("\u200b", " ").replace("\ufeff", " ")
    return " ".join(line.split())  # str.split() knows Unicode spaces and is much faster than a regex


# How every `_GLUED_TAIL` match ends (lower-cased): lines ending otherwise skip the regex.
_TAIL_ENDINGS = (
    "bildes", "vergrößern", "galerie", "min", "min.", "minuten", "minuten.", "lesezeit", "anzeige", "werbung",
    "weiterlesen", "lesen", "erfahren", "loading...", "embed", "teilen", "kommentare", "folgen", "read more",
    "advertisement", "video", "abspielen", "anhören", "merken", "drucken",
)  # fmt: skip
_TAIL_START = re.compile(r"[a-zäöüß0-9.)\s](?=[A-Z0-9][\w.: ]{2,40}$)")
_DIGIT_CAP = re.compile(r"\d[A-ZÄÖÜ]")


def split_glued(text: str) -> tuple[str, list[str]]:
    """Cut widget words glued to the end of `text`; return the kept text and the cut-off debris.

    >>> split_glued("Kim Jong Un und Wladimir PutinVergrößern des Bildes")
    ('Kim Jong Un und Wladimir Putin', ['Vergrößern des Bildes'])
    """
    if _DIGIT_CAP.search(text):
        text = _DATE_GLUE.sub(r"\1 ", text)
    debris: list[str] = []
    if not text[-16:].rstrip().lower().endswith(_TAIL_ENDINGS):
        return text, debris
    for _ in range(3):  # at most a few widgets in a row
        offset = max(0, len(text) - 48)  # tails are short: search only the end of the line
        m = _GLUED_TAIL.search(text, offset)
        if not m or m.start() == 0:
            break
        head = text[: m.start()].rstrip()
        glued = not text[m.start() - 1].isspace()
        if not head or (not glued and len(head.split()) > 3 and not _is_meta_head(head)):
            break  # a real sentence ending in a word like "Anzeige" keeps it
        debris.insert(0, m.group("tail"))
        text = head
    return text, debris


def _is_meta_head(head: str) -> bool:
    return bool(re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}", head))


@dataclass
class LineInfo:
    """One non-blank line of a dump with the cues that decide its label."""

    index: int
    raw: str
    text: str
    debris: list[str] = field(default_factory=list)
    bullet: bool = False
    chars: int = 0
    words: int = 0
    stop_ratio: float = 0.0
    sentence_end: bool = False
    upper_ratio: float = 0.0
    widget: bool = False
    chrome: bool = False
    end_marker: bool = False
    blank_before: bool = False
    blank_after: bool = False
    repeated: bool = False  # the same text occurs again elsewhere on the page

    # Computed on first use, not by `describe`: few lines are ever asked for them (the nav shape reads `camel`
    # only on short lines with few function words, the labeler `sentences` only near the headline), and their
    # patterns cost about a tenth of describing a line. A copy of a described line (its __dict__) keeps them.
    @cached_property
    def sentences(self) -> int:
        """Sentence ends in the line: inner ones (a stop, then a capital) and the one at its end."""
        inner = len(_SENT_INNER.findall(self.text[:MAX_LINE_CHARS])) if self.words > 4 else 0
        return inner + self.sentence_end

    @cached_property
    def camel(self) -> int:
        """Lower-case letters glued to a capital ("HomePolitik") near the start: a menu run together."""
        return len(_CAMEL.findall(self.text[:200]))

    @property
    def headline_like(self) -> bool:
        """Short, no sentence full stop at the end: how titles, kickers and subheads look."""
        return (
            2 <= self.words <= 24
            and not self.widget
            and not self.chrome
            and not self.text.endswith((".", ",", ";", "…"))
            or (2 <= self.words <= 16 and self.text.endswith(("?", "!")))
        )


def describe(index: int, raw: str, *, chrome_max_words: int | None = None) -> LineInfo:
    """Compute the cues of one line; `raw` must be non-blank.

    With `chrome_max_words`, a longer line skips the chrome-phrase search (the costliest cue on
    running text) and gets `chrome` = `widget`: for callers that ignore chrome on long lines.
    """
    text = normalise(raw)
    bullet = False
    m = _BULLET.match(text)
    if m and len(text) > m.end():
        bullet = True
        text = text[m.end() :]
    text, debris = split_glued(text)
    words = _WORD.findall(text[:MAX_LINE_CHARS])
    n = len(words)
    lower_words = " ".join(words).lower().split()  # one call instead of one per word
    stops = sum(map(stopwords().__contains__, lower_words))
    upper = sum(map(str.isupper, map(_FIRST_CHAR, words)))  # iterated in C, no Python frame per word
    sentence_end = bool(_SENT_END.search(text[-12:]))
    info = LineInfo(
        index=index,
        raw=raw,
        text=text,
        debris=debris,
        bullet=bullet,
        chars=len(text),
        words=n,
        stop_ratio=stops / n if n else 0.0,
        sentence_end=sentence_end,
        upper_ratio=upper / n if n else 0.0,
    )
    info.widget = is_widget_line(text) or _is_nav_shape(info)
    skip_chrome = chrome_max_words is not None and n > chrome_max_words
    info.chrome = info.widget or (not skip_chrome and has_chrome(text, lower_words))
    info.end_marker = n <= 8 and bool(end_marker_regex().search(text[:200]))
    return info


def _is_nav_shape(info: LineInfo) -> bool:
    """Menus and breadcrumbs: capitalised words glued or separated by pipes, with no function words."""
    text = info.text
    if info.words == 0:
        return len(text) < 40 and not is_emoticon(text)  # numbers and symbols only, e.g. "1 2 3 »" or "(3)"
    if info.words <= 8 and info.stop_ratio < 0.2 and info.camel >= 2:
        return True
    if info.words >= 6 and info.upper_ratio == 1.0 and info.stop_ratio == 0.0 and not info.sentence_end:
        return not any(c.isdigit() for c in text)  # "Fitness Food Abnehmen Love Beauty Deals"
    if not _NAV_MARKS.search(text):  # one scan instead of one per mark
        return False
    parts = [p for p in re.split(r"\s*[|»›•·]\s*|\s[/>]\s", text) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and info.stop_ratio < 0.25


def is_emoticon(text: str) -> bool:
    """The whole line is a smiley or emoji: "=)", ";-)", "^^", "<3", "🥰🥰🥰"."""
    return len(text) <= 24 and bool(_EMOTICON.match(text))
