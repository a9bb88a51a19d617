"""Line labels for a plain-text page dump: which lines are the article and what role each plays.

The method follows the idea of jusText and of Finn et al.'s Body Text Extraction, adapted to dumps
that have lost their markup: every line gets local cues (length, function-word density, sentence
punctuation, chrome vocabulary, glued navigation), the article body is the contiguous run of lines
with the best content score, and the title is found above it by shape, by a date line under it and
by the words of the URL. Everything before the title and after the body is page chrome unless it is
a provenance note, a prose piece in front of the run (product, recipe and "about" pages), or one of the
few things a text ends with that the score misses: a list it announces with a colon, the rest of a
sentence broken over two lines, a closing sentence, the greeting that signs a post. No weights are
learnt from third-party pages; the thresholds are few and generic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from lagebild.clean import dates
from lagebild.clean.byline import bare_name, find_author, name_shaped
from lagebild.clean.lines import LineInfo, describe, is_emoticon
from lagebild.clean.outlet import find_outlet
from lagebild.clean.provenance import has_image_credit, line_provenance
from lagebild.clean.vocab import (
    author_line_regex,
    comment_header_regex,
    comment_start_regex,
    reply_button_regex,
    stopwords,
)
from lagebild.records import LineLabel, Provenance

_LEADING_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:\d{1,2}:\d{2}\s*(?:Uhr)?)?\s*[A-ZÄÖÜ„\"]")
# who stands where in a photo: "(l.)", "(r.)", "v.l.n.r.", "Abbildung 4:" mark captions
_PICTURE_SIDES = re.compile(
    r"\((?:l|r|M|li|re|Mitte)\.\)|\bv\.\s?l\.\s?n\.\s?r\.|^(?:Abbildung|Abb\.|Bild|Foto)\s*\d+\s*:"
)
# A line with a web address ("Mehr erfahren Sie hier: www.amt.example"), or a contact line with a phone
# number or an e-mail address.
_NO_HEADLINE = re.compile(r"(?:https?://|\bwww\.)\S+|\b(?:Tel|Telefon|Fax)\.?:?\s*[+(]?\d|\S@\S+\.[a-z]{2,}")
# The tagline a wiki sets under each page's headline: "Aus Probewiki", "From Wikipedia, the free encyclopedia".
_WIKI_TAGLINE = re.compile(r"^(?:Aus|From) \S*(?i:wiki)")
# Links to the previous or next post or back to a list: "← Ältere Beiträge", "‹ Voriger Titel", "« Voriger Titel",
# "Nächster Titel ›", "Nächster Titel »", "<Alle Beiträge", "Weitere Fragen >" (a quote is set »so« or „so“).
_PAGER = re.compile(r"^(?:[←‹«]\s|<\s?(?=\w))|\s[→›»>]$")
# A breadcrumb trail's label: "Sie sind hier: Startseite / Region / ...".
_TRAIL_LABEL = re.compile(r"^(?i:sie sind hier|you are here)\s*:")
# "Jacke: Beispielmarke", "Ort: Musterhalle": a fact given as label and value, part of a list in the text.
_LABEL_VALUE = re.compile(r"^[^\W\d_][\w\-]*:\s+\S")
# The greeting that signs a blog post: "Eure Erika", "Liebe Grüße, Erika", "xoxo Erika", "Bis bald!"; not a
# form's label ("Deine Meinung", "Dein Kommentar").
_SIGN_OFF = re.compile(
    r"^(?i:(?:xo)+x*|x+|eure?|deine?|liebe grü(?:ß|ss)e|lg|viele grüße|herzliche grüße|beste grüße|herzlichst"
    r"|bis bald|bis zum nächsten mal|alles liebe|cheers|love)\b[\s,!.]*"
    r"(?!(?i:meinung|kommentar|antwort|nachricht|name|e-mail|daten)\b)(?:[A-ZÄÖÜ][\w.\-]*\s*){0,2}[!.♥<3\s]*$"
)
_IMAGE_DEBRIS = ("Vergrößern des Bildes", "Bild vergrößern", "Zur Bildergalerie", "Bildergalerie")
# A picture's credit on a line of its own: "© Agentur | Erika Muster", "Foto: Max Muster/Agentur", "(c) Agentur".
_CREDIT_LINE = re.compile(r"^(?:©|\(c\)\s|(?i:fotos?|bilder?|photos?|quelle|credits?|copyright)\s*:)")
CREDIT_LINE_MAX_WORDS = 12


@dataclass
class Labeled:
    """A dump line with its label, the text to keep and what was cut off it."""

    info: LineInfo
    label: LineLabel = "boilerplate"
    provenance: Provenance | None = None
    kind: str = "short"  # local class: good, near, short, bad, date, author, credit, prov
    comment: str = ""  # "start" opens a comment section, "header" may head a comment, "reply" is a reply button


@dataclass
class Labeling:
    lines: list[Labeled] = field(default_factory=list)
    title_index: int | None = None  # index into `lines`
    body: tuple[int, int] | None = None  # first and last index into `lines` of the body run
    outlet: str | None = None  # the site's name as its chrome writes it (see `outlet.find_outlet`)


def _pager_or_trail(text: str) -> bool:
    if text[:1] in "←‹«<" or text[-1:] in "→›»>":
        return bool(_PAGER.search(text))
    return text[:1] in "SsYy" and bool(_TRAIL_LABEL.match(text))


def _may_show_sides(text: str) -> bool:
    """A cheap test before `_PICTURE_SIDES`, which runs on almost every line: each of its shapes has one of
    these characters."""
    return "(" in text or "v." in text or ":" in text


def _local_kind(info: LineInfo) -> tuple[str, Provenance | None]:
    prov = line_provenance(info.text)
    if prov is not None:
        return "prov", prov
    if info.widget or info.end_marker or (info.words <= 16 and _pager_or_trail(info.text)):
        return "bad", None
    if has_image_credit(info.text) and info.words <= 60:
        return "credit", None
    if info.words <= 16 and dates.is_dateline(info.text):
        return "date", None
    if info.words <= 12 and author_line_regex().match(info.text):
        return "author", None
    if info.chrome:
        return "bad", None
    if (info.debris and any(d in _IMAGE_DEBRIS for d in info.debris)) or (
        info.words <= 40 and _may_show_sides(info.text) and _PICTURE_SIDES.search(info.text)
    ):
        return "credit", None
    if _LEADING_DATE.match(info.text):
        return "near", None  # "26.01.2022 Teaser text ...": an entry of a list of articles or comments
    if (info.chars >= 80 and info.stop_ratio >= 0.2 and info.sentence_end) or (
        info.chars >= 150 and info.stop_ratio >= 0.15
    ):
        return "good", None
    if info.chars >= 40 and info.stop_ratio >= 0.15 and (info.sentence_end or info.stop_ratio >= 0.3):
        return "near", None
    return "short", None


@dataclass(frozen=True)
class Weights:
    """Content score of a line by its local class: what the body run maximises (tuned on half the
    benchmark pages, see bench/cleaning.py)."""

    end_marker: float = -25.0
    repeated: float = -3.0
    good_per_char: float = 1 / 40
    good_base: float = 0.0
    near: float = 0.5
    bad_min: float = 3.0
    meta: float = -1.0
    short_tiny: float = -1.5  # one to three words
    short: float = -1.0


WEIGHTS = Weights()
# Pieces of text in front of the main run (see `_lead_runs`), tuned on half the benchmark pages.
LEAD_MAX_GAP = 60  # lines between the piece and the main run
LEAD_MIN_STOP = 0.32  # function-word share of its prose lines
LEAD_MIN_SCORE = 4.0  # its content score, about 160 characters of prose
FAR_HEAD_LINES = 6  # lines under a far headline read as its head (deck, lede); below that only prose pieces
TITLE_CAPTION_PENALTY = 2.0  # a line right over a picture credit ("© Agentur") is the picture's caption
TITLE_CAPS_PENALTY = 1.5  # a line written in capitals ("OUTDOOR LOVERS") is rarely the headline
TITLE_NAME_PENALTY = 3.0  # a name over the date beside a longer headline is its byline (`_name_over_date`)
TITLE_COLON_PENALTY = 2.0  # a line ending in a colon introduces a list or a quote; it is rarely the headline
TITLE_SENTENCE_MAX_WORDS = 12  # a headline written as a sentence with its full stop is short
COMMENT_MIN_ARTICLE = 3.0  # content score the body must keep in front of a comment section to be cut there
REPEATED_PROSE_WORDS = 20  # a line this long shown twice close together is a paragraph rendered twice
TWICE_MAX_GAP = 5
REPEATED_BODY_WORDS = 40  # lines between the two copies


def _score(item: Labeled, w: Weights = WEIGHTS) -> float:
    info, kind = item.info, item.kind
    if info.end_marker:
        return w.end_marker
    if info.repeated and kind in ("good", "near", "short"):
        return w.repeated
    if kind == "good":
        return min(info.chars, 800) * w.good_per_char + w.good_base
    if kind == "near":
        return w.near
    if kind == "bad":
        return -max(w.bad_min, min(info.chars, 800) * w.good_per_char)
    if kind in ("date", "author", "credit", "prov"):
        return w.meta
    return w.short_tiny if info.words <= 3 else w.short


def _mark_repeats(items: list[Labeled]) -> None:
    """Text that a page shows again is navigation, a teaser or a slider, rarely the article's paragraph."""
    seen: dict[str, int] = {}
    for it in items:
        if it.info.words >= 2:
            seen[it.info.text] = seen.get(it.info.text, 0) + 1
    for it in items:
        it.info.repeated = seen.get(it.info.text, 0) >= 2
    # A long paragraph shown twice a few lines apart is one text rendered twice (a mobile and a desktop
    # copy, a teaser over the full text); its first copy is the article's, the second one is debris.
    last: dict[str, int] = {}
    for k, it in enumerate(items):
        text = it.info.text
        if seen.get(text) == 2 and it.kind == "good" and it.info.words >= REPEATED_PROSE_WORDS:
            if text in last and k - last[text] <= TWICE_MAX_GAP:
                items[last[text]].info.repeated = False
            last[text] = k


def _best_run(scores: list[float]) -> tuple[int, int] | None:
    """Maximum-sum contiguous run (Kadane): the densest stretch of article-like lines."""
    best, best_run = 0.0, None
    cur, start = 0.0, 0
    for i, s in enumerate(scores):
        if cur < 0:
            cur, start = 0.0, i
        cur += s
        if cur > best:
            best, best_run = cur, (start, i)
    return best_run


def _fold(text: str) -> str:
    # soft hyphens ("Deutsch\xadland") would split a word in two and miss the URL's words
    text = text.replace("\xad", "").lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _token_key(token: str) -> str:
    """A folded word as both sides can spell it: URLs write "Ratschläge" as "ratschlaege" or as
    "ratschlage", so the umlaut's "e" is dropped on both sides."""
    return token.replace("ae", "a").replace("oe", "o").replace("ue", "u") if "e" in token else token


def _slug_tokens(url: str | None) -> set[str]:
    if not url or not url.lower().startswith(("http://", "https://", "hard::")):
        return set()  # a local file's path names folders, not the story
    path = re.sub(r"^[a-z]+://[^/]+", "", unquote(url).lower())
    return {_token_key(t) for t in re.split(r"[^a-z0-9äöüß]+", _fold(path)) if len(t) >= 3 and not t.isdigit()}


@lru_cache(maxsize=1 << 15)
def _title_tokens(text: str) -> tuple[str, ...]:
    """Folded words of three or more letters: what a line and a URL are compared by (cached: the
    headline search asks for the same lines several times)."""
    return tuple(_token_key(t) for t in re.split(r"[^a-z0-9]+", _fold(text)) if len(t) >= 3)


def _story_path(url: str) -> list[str]:
    """The URL path's folders up to the one that names the story: trailing IDs ("/19837156"), blanks and
    the query are not the story's name."""
    path = re.sub(r"^[a-z]+://[^/]+", "", unquote(url).lower()).split("?")[0].split("#")[0]
    segments = [seg.strip() for seg in path.split("/") if seg.strip()]
    while segments and not re.search(r"[^\W\d_]", segments[-1]):
        segments.pop()
    return segments


SECTION_MAX_WORDS = 3  # a folder named by more words than this is a story's slug, not a section


def _section_slugs(url: str | None) -> list[set[str]]:
    """Tokens of each folder of the URL path but the story's: section names ("/umwelt-und-klima/...")."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return []
    sections = [set(_title_tokens(seg)) for seg in _story_path(url)[:-1]]
    return [sec for sec in sections if len(sec) <= SECTION_MAX_WORDS]


def _names_section(toks: tuple[str, ...], sections: list[set[str]] | None) -> bool:
    """The line is (part of) a folder name of the URL, e.g. "Umwelt & Klima" under /umwelt-und-klima/, or
    a trail of them ("Volleyball | MTV Stuttgart" under /volleyball/mtv-stuttgart/)."""
    if not sections:
        return False
    words = set(toks)
    return any(words <= sec for sec in sections) or words <= set().union(*sections)


def _site_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(text))


def _never_title(info: LineInfo, site: str) -> bool:
    """A byline ("Von Lena Muster", "By Jane Doe"), the site's own name, a wiki's tagline under the headline
    ("Aus Probewiki", "From Wikipedia, the free encyclopedia"), a bare web address, a contact line
    ("Musterweg 1, Tel. 0123 45 67") or the place and date opening a text is never the headline."""
    return (
        bool(author_line_regex().match(info.text))
        or (info.text.startswith(("Aus ", "From ")) and _WIKI_TAGLINE.match(info.text) is not None)
        or bool(site and info.words <= 6 and _site_key(info.text) == site)
        or (_may_be_contact(info.text) and _NO_HEADLINE.search(info.text) is not None)
        or ("," in info.text[:45] and dates.opens_with_place_and_date(info.text))
    )


def _may_be_contact(text: str) -> bool:
    """A cheap test before `_NO_HEADLINE`: most lines have none of its marks."""
    return "@" in text or "Tel" in text or "Fax" in text or "http" in text or "www." in text


def _title_score(
    items: list[Labeled],
    i: int,
    body_start: int,
    slug: set[str],
    meta_title: str | None,
    site: str = "",
    sections: list[set[str]] | None = None,
) -> float:
    info = items[i].info
    if not _headline_shaped(items, i, site, bool(meta_title)):
        return float("-inf")
    score = 1.0
    if info.text.endswith(":"):
        score -= TITLE_COLON_PENALTY  # "Vertretung in Deutschland:", "Suche nach:" introduce what follows
    if i == 0 and info.blank_after:
        score += 1.0  # dumps that open with the headline, set apart by a blank line
    if info.text.isupper():
        score -= TITLE_CAPS_PENALTY  # a logo, a label or a brand set in capitals; styled capitals leave no trace
    if 4 <= info.words <= 16:
        score += 0.5
    if meta_title:
        from rapidfuzz import fuzz

        score += 10 * fuzz.ratio(_fold(info.text), _fold(meta_title)) / 100
    if slug:
        toks = _title_tokens(info.text)
        if toks and _names_section(toks, sections):
            score -= 1.0  # the name of a section the URL files the article under ("Umwelt & Klima")
        elif toks:
            # F1 of the line's words against the URL's: precision alone gives a two-word kicker with one URL word
            # ("Vorsorge Schlaf") half the credit that a headline with all of them gets
            score += 4 * _slug_fit(info, slug)
    for step, j in enumerate(range(i + 1, min(i + 4, len(items)))):
        if items[j].kind in ("date", "author"):
            score += 3 - 0.5 * step
            break
    if i + 1 < len(items) and _credit_line(items[i + 1].info):
        score -= TITLE_CAPTION_PENALTY  # a line over a picture's credit is the picture's caption
    if info.words <= 3 and _name_over_date(items, i, site):
        score -= TITLE_NAME_PENALTY
    dist = body_start - i
    if dist > 0:
        score += max(0.0, 2 - 0.25 * (dist - 1))
        if any(items[j].kind == "good" for j in range(i + 1, body_start)):
            score -= 1.5
    else:
        score += 2.0 if dist == 0 else 0.0
        # inside the body run: only a headline with a date line under it is a title, not a subhead
        if any(items[j].kind == "good" for j in range(body_start, i)):
            score -= 2.5
    return score


def _headline_shaped(items: list[Labeled], i: int, site: str, known_title: bool = False) -> bool:
    """Whether the line may be a headline at all, wherever it stands: no byline, credit, site name, list item
    or sentence of text."""
    info = items[i].info
    if _never_title(info, site):
        return False
    shape_ok = items[i].kind in ("short", "near") or (items[i].kind == "good" and not info.sentence_end)
    if not shape_ok or info.bullet or not (info.headline_like or known_title or _dated_sentence_title(items, i)):
        return False
    return not (info.words <= BYLINE_MAX_WORDS and _byline_or_credit(info))


BYLINE_MAX_WORDS = 8  # longer lines are not read as a byline or a picture credit by `_byline_or_credit`


def _byline_or_credit(info: LineInfo) -> bool:
    """A byline without "Von" ("Erika Muster", "durch Erika Muster", "Veröffentlicht von erika") or a picture's
    credit ("Foto: Erika Muster"): both stand where a headline does, over the date or right over the text."""
    return _credit_line(info) or find_author(info.text) is not None or bare_name(info.text) is not None


def _name_over_date(items: list[Labeled], i: int, site: str) -> bool:
    """A name ("Erika Muster") right over the date line, with a longer headline-shaped line right over the name
    or right under the date: the byline of that headline, set without "Von" (any two capitalised words look like
    a name, so the headline beside the pair is what makes it one)."""
    if i + 1 >= len(items) or items[i + 1].kind != "date" or name_shaped(items[i].info.text) is None:
        return False
    return any(
        0 <= j < len(items) and items[j].info.words >= 4 and _headline_shaped(items, j, site) for j in (i - 1, i + 2)
    )


def _dated_sentence_title(items: list[Labeled], i: int) -> bool:
    """A short sentence with its full stop right over the date or byline line: blogs and columns give posts
    sentence headlines ("Warum ich lieber Rad fahre.")."""
    info = items[i].info
    return (
        3 <= info.words <= TITLE_SENTENCE_MAX_WORDS
        and info.text.endswith(".")
        and not info.text.endswith("..")
        and i + 1 < len(items)
        and items[i + 1].kind in ("date", "author")
    )


def _credit_line(info: LineInfo) -> bool:
    """A picture's credit standing alone under its caption: "© Agentur | Erika Muster", "Foto: Max Muster"."""
    return info.words <= CREDIT_LINE_MAX_WORDS and _CREDIT_LINE.match(info.text) is not None


def _over_credit(items: list[Labeled], j: int) -> bool:
    """A short line right over a picture's credit line is that picture's caption, not text; a question or a
    line ending in a colon is a subhead with the picture under it."""
    return (
        items[j].kind in ("short", "near")
        and not items[j].info.text.endswith(("?", ":"))
        and j + 1 < len(items)
        and items[j + 1].info.index == items[j].info.index + 1
        and _credit_line(items[j + 1].info)
    )


def _title_match(
    info: LineInfo, slug: set[str], meta_title: str | None, sections: list[set[str]] | None = None
) -> float:
    """How well a line matches the page's known title or URL words (0..1); a section name is no match."""
    if meta_title:
        from rapidfuzz import fuzz

        return float(fuzz.ratio(_fold(info.text), _fold(meta_title))) / 100
    toks = _title_tokens(info.text)
    if len(toks) < 2 or not slug or _names_section(toks, sections):
        return 0.0
    hits = sum(t in slug for t in toks)
    return hits / len(toks) if hits >= 2 else 0.0


# Anchor lines whose fit to the URL's last folder is within this of the best fit compete on their body's
# score; the others are dropped (tuned on half the benchmark pages).
FIT_SLACK = 0.08
SLUG_FIT_MIN = 0.7
_FILE_SUFFIXES = frozenset(("html", "htm", "php", "aspx", "shtml"))


def _last_slug(url: str | None) -> set[str]:
    """Words of the URL's last path segment, the one that names the story ("/produkte/blaue-tasse-gross/")."""
    segs = _story_path(url) if url else []
    if not segs:
        return set()
    return {t for t in _title_tokens(segs[-1]) if not t.isdigit() and t not in _FILE_SUFFIXES}


def _slug_fit(info: LineInfo, last: set[str]) -> float:
    """F1 of the line's words against the story's slug words. A shop or recipe page repeats a few of
    the slug's words in many lines ("20 g Mini-Marshmallows", "Kundenbewertungen für ..."); the
    headline has all of them and little else."""
    toks = _title_tokens(info.text)
    if not toks or not last:
        return 0.0
    prec = sum(t in last for t in toks) / len(toks)
    rec = len(last.intersection(toks)) / len(last)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def _covers_slug(info: LineInfo, last: set[str], sections: list[set[str]]) -> bool:
    """A headline with a kicker in front ("Seuchen und Klima – Wie Rodung neue Epidemien fördert") has
    few of its words in a short slug, but it has all of the slug's words."""
    toks = _title_tokens(info.text)
    hits = len(last.intersection(toks))
    return hits >= 2 and _slug_fit(info, last) >= SLUG_FIT_MIN and not _names_section(toks, sections)


def _run_from(
    prefix: list[float], suffix_max: list[tuple[float, int]], lo: int, hi: int
) -> tuple[float, tuple[int, int] | None]:
    """Best run that starts in [lo, hi): the body that follows a title (prefix sums make it O(hi - lo))."""
    best, best_run = 0.0, None
    for s in range(lo, min(hi, len(prefix) - 1)):
        top, end = suffix_max[s + 1]
        if top - prefix[s] > best:
            best, best_run = top - prefix[s], (s, end - 1)
    return best, best_run


def _run_tables(scores: list[float]) -> tuple[list[float], list[tuple[float, int]]]:
    """Prefix sums of the scores and, for each position, the best prefix sum at or after it: `_run_from`'s tables."""
    prefix = [0.0]
    for sc in scores:
        prefix.append(prefix[-1] + sc)
    suffix_max: list[tuple[float, int]] = [(0.0, 0)] * len(prefix)
    top = (float("-inf"), len(prefix) - 1)
    for k in range(len(prefix) - 1, -1, -1):
        if prefix[k] > top[0]:
            top = (prefix[k], k)
        suffix_max[k] = top
    return prefix, suffix_max


HEAD_DATE_LINES = 3  # lines under a headline where its date or byline line stands
HEAD_BODY_LINES = 10  # lines under a headline where its text starts


SPLIT_TEXT_GAP = 3  # lines between two runs that are pieces of one text
DATED_RUN_SHARE = 0.3  # of the densest run's score that a run under a dated headline must reach to replace it


def _dated_run(items: list[Labeled], scores: list[float], site: str, main: tuple[int, int]) -> tuple[int, int] | None:
    """Where no URL words or known title anchor the headline (a folder of .txt files has no URL): the run of text
    under a headline-shaped line with its date or byline line right under it, where the densest run has no such
    head. News pages open the article with that block (headline, byline, date, text); the densest run of prose
    alone may be a cookie notice, a comment thread or a legal text further down."""
    dated = [k for k, it in enumerate(items) if it.kind in ("date", "author")]
    runs: list[tuple[int, int]] | None = None
    best: tuple[float, tuple[int, int]] | None = None
    for i in sorted({j for k in dated for j in range(max(0, k - HEAD_DATE_LINES), k)}):  # the few lines over a date
        if items[i].kind in ("date", "author") or not _headline_shaped(items, i, site):
            continue
        if main[0] <= i <= main[1]:
            continue  # a dated line inside the text: a subhead, a quoted post
        if runs is None:  # built only on pages that have such a block
            runs = _runs(scores, 0, len(scores))
        run = next((r for r in runs if i < r[0] <= i + HEAD_BODY_LINES), None)
        if run is not None and any(items[k].info.end_marker or items[k].comment for k in range(i + 1, run[0])):
            continue  # a comment's first line over the next comment's header ("Erika sagt:", date)
        if run is not None and (run == main or 0 < main[0] - run[1] <= SPLIT_TEXT_GAP):
            return None  # the densest run has its head, or the run is a first piece of it (a widget split the text)
        if run is not None:
            total = sum(scores[run[0] : run[1] + 1])
            if best is None or total > best[0]:
                best = (total, run)
    if best is None or best[0] < DATED_RUN_SHARE * sum(scores[main[0] : main[1] + 1]):
        return None
    return best[1]


def _anchored(
    items: list[Labeled], scores: list[float], meta: dict[str, Any], site: str = ""
) -> tuple[int, tuple[int, int]] | None:
    """A line that matches the URL slug or the given title, followed by a body: the surest anchor."""
    slug = _slug_tokens(meta.get("url"))
    meta_title = meta.get("title") or None
    if not slug and not meta_title:
        return None
    sections = _section_slugs(meta.get("url"))
    prefix, suffix_max = _run_tables(scores)
    cands: list[tuple[float, float, int, tuple[int, int]]] = []
    last_slug = _last_slug(meta.get("url"))
    for i, it in enumerate(items):
        if it.kind not in ("short", "near", "good") or it.info.words > 30 or it.info.bullet:
            continue
        match = _title_match(it.info, slug, meta_title, sections)
        if match < (0.85 if meta_title else 0.6) and (meta_title or not _covers_slug(it.info, last_slug, sections)):
            continue
        if _never_title(it.info, site):  # after the word match: it rules out the few lines that match
            continue
        fit = _slug_fit(it.info, last_slug) if not meta_title else match
        if it.info.text.isupper():
            fit /= 2  # a logo or label in capitals that spells the URL's words ("PROBE & CO" on /probe-co-2031/)
        total, run = _run_from(prefix, suffix_max, i + 1, i + 10)
        if run is not None:
            cands.append((fit, total, i, run))
    if not cands:
        return None
    best_fit = max(c[0] for c in cands)
    best = max((c for c in cands if c[0] >= best_fit - FIT_SLACK), key=lambda c: c[1])
    return best[2], best[3]


TITLE_LOOKBACK = 15  # lines above the body run where a headline is looked for by its shape


def _slug_headline(items: list[Labeled], start: int, meta: dict[str, Any], site: str) -> int | None:
    """The line above the body run that spells the URL's story slug, however far above: shop and recipe
    pages put prices, options and ingredients between the name and the text."""
    last = _last_slug(meta.get("url"))
    if meta.get("title") or not last:
        return None
    if len(last) == 1:
        # A one-word slug under a folder ("/kurse/einzeltraining/", "/downloads/probecrypt_1234.html") names a
        # product or a service; the line that is that word alone, nearest above the text, is its name (menus
        # further up name it too). A top-level folder ("/blog/") is a section's index page, not one item.
        if len(_story_path(meta.get("url") or "")) < 2:
            return None
        for i in range(start - 1, max(0, start - TITLE_LOOKBACK) - 1, -1):
            it = items[i]
            if it.kind == "short" and set(_title_tokens(it.info.text)) == last and not _never_title(it.info, site):
                return i
        return None
    best, best_i = 0.9, None
    for i in range(max(0, start - LEAD_MAX_GAP), start):
        it = items[i]
        if it.kind not in ("short", "near", "good") or it.info.words > 30 or _never_title(it.info, site):
            continue
        fit = _slug_fit(it.info, last)
        if fit >= best and len(last.intersection(_title_tokens(it.info.text))) >= 2:
            best, best_i = fit, i
    return best_i


TITLE_VERSION_LINES = 3  # how far from the chosen headline its other version may stand
TITLE_VERSION_OVERLAP = 0.5  # share of the chosen headline's words the other version has


def _unrepeated_version(items: list[Labeled], title: int, start: int, site: str) -> int:
    """Pages often show a headline twice: the one the article carries and a shorter teaser or sharing version
    that also appears in other places on the page (and often in the URL). Where the chosen headline is such a
    repeated line and a non-repeated line a few lines away shares most of its words, the latter is the
    article's own headline ("Für den HSV in der Oberliga?: Jansen kämpft ..." repeated, "Ex-Nationalspieler
    in der Oberliga: Marcell Jansen kämpft ..." once; "Titel" once and "Titel 3.17 5 12" with a rating glued
    on). A version that has the chosen headline's words in a row and more is the headline with a kicker glued on."""
    info = items[title].info
    if not info.repeated:
        return title
    seq = _title_tokens(info.text)
    own = set(seq)
    if len(own) < 2:
        return title
    best, best_j = TITLE_VERSION_OVERLAP, title
    for j in range(max(0, title - TITLE_VERSION_LINES), min(len(items), title + TITLE_VERSION_LINES + 1)):
        it = items[j]
        if j == title or j >= max(start, title + 1) or it.info.repeated or it.info.bullet:
            continue
        if it.kind not in ("short", "near") or it.info.words < 4 or not it.info.headline_like:
            continue
        if _never_title(it.info, site):
            continue
        other = _title_tokens(it.info.text)
        if len(other) > len(seq) and any(other[k : k + len(seq)] == seq for k in range(len(other) - len(seq) + 1)):
            continue  # the same headline with a kicker or a credit glued on: no better version
        share = len(own.intersection(other)) / len(own)
        if share > best:
            best, best_j = share, j
    return best_j


KICKER_MAX_WORDS = 3  # words of a kicker glued in front of a headline ("Holocaust-Gedenktag Erinnerung an ...")


def _without_kicker_version(items: list[Labeled], title: int, site: str) -> int:
    """Pages often set the headline twice next to each other: once with its kicker glued in front (the dump
    runs the kicker's span into the headline: "Holocaust-Gedenktag Erinnerung an die Opfer") and once alone.
    Where the chosen headline is a neighbour's words with one to three more words in front, the neighbour is
    the headline and the longer line its kicker and headline run together."""
    seq = _title_tokens(items[title].info.text)
    for j in range(max(0, title - TITLE_VERSION_LINES), min(len(items), title + TITLE_VERSION_LINES + 1)):
        it = items[j]
        if j == title or it.kind not in ("short", "near") or it.info.bullet or not it.info.headline_like:
            continue
        other = _title_tokens(it.info.text)
        extra = len(seq) - len(other)
        glued = len(other) >= 3 and 1 <= extra <= KICKER_MAX_WORDS and seq[extra:] == other
        if glued and not _never_title(it.info, site):
            return j
    return title


def _find_title(items: list[Labeled], body_start: int, meta: dict[str, Any], site: str = "") -> int | None:
    slug = _slug_tokens(meta.get("url"))
    meta_title = meta.get("title") or None
    lo = 0 if meta_title else max(0, body_start - 15)
    hi = len(items) if meta_title else min(len(items), body_start + 8)
    best, best_i = 1.5, None  # a bare short line far from the body is not enough
    sections = _section_slugs(meta.get("url"))
    for i in range(lo, hi):
        s = _title_score(items, i, body_start, slug, meta_title, site, sections)
        if s > best:
            best, best_i = s, i
    return best_i


def _label_head(items: list[Labeled], title: int, start: int) -> None:
    """Lines between the title and the body run: meta lines, captions, a deck or summary bullets."""
    bullets_follow = any(items[j].info.bullet for j in range(title + 1, min(start + 4, len(items))))
    for j in range(title + 1, start):
        it = items[j]
        if it.info.text == items[title].info.text:
            it.label = "boilerplate"  # the headline shown twice (a mobile and a desktop copy)
        elif it.kind in ("date", "author"):
            it.label = "dateline"
        elif it.kind == "credit" or _over_credit(items, j):
            it.label = "caption"
        elif it.kind == "bad":
            it.label = "boilerplate"
        elif (
            it.info.bullet and _lone_bullet(items, j) and not any(items[k].label == "lede" for k in range(title + 1, j))
        ):
            it.label = "lede"  # one dash-led line under the headline is its deck, not a list of points
        elif it.info.bullet:
            it.label = "bullet"
        elif bullets_follow:
            it.label = "caption"
        elif it.kind in ("good", "near") and not any(items[k].label == "lede" for k in range(title + 1, j)):
            it.label = "lede"
        elif it.kind in ("good", "near") or it.info.words >= 4:
            it.label = "body"
        else:
            it.label = "boilerplate"


def _lone_bullet(items: list[Labeled], j: int) -> bool:
    """A deck: one dash-led line of six or more words ("• Publiziert vor einer Stunde" is a stamp)."""
    if items[j].info.words < 6:
        return False
    return not any(0 <= k < len(items) and items[k].info.bullet for k in (j - 1, j + 1))


def _is_caption_pair(items: list[Labeled], j: int) -> bool:
    """Blank-line separated dumps: a short image title and one caption sentence form their own group."""
    a = items[j].info
    if j + 1 >= len(items) or not a.blank_before or a.blank_after:
        return False
    b = items[j + 1].info
    return (
        b.blank_after
        and a.headline_like
        and a.words <= 6
        and b.sentences <= 1
        and b.words <= 30
        and b.index == a.index + 1
    )


def _label_body(items: list[Labeled], start: int, end: int, has_lede: bool, summary: bool = True) -> None:
    lede_done = has_lede
    shown: set[str] = set()
    j = start
    while j <= end:
        it = items[j]
        nxt = items[j + 1] if j + 1 < len(items) else None
        if it.kind == "bad" or (it.info.repeated and it.kind in ("good", "near") and not _first_long_copy(it, shown)):
            it.label = "boilerplate"
        elif it.kind in ("date", "author"):
            # a date line under the headline is meta; one inside the text ("Einsendeschluss: ...") is text
            meta_line = (not lede_done or dates.is_stamp(it.info.text)) and it.info.words <= 12
            it.label = "dateline" if meta_line else "body"
        elif it.kind == "credit" or _over_credit(items, j):
            it.label = "caption"
        elif it.info.bullet and not lede_done and summary and not _lone_bullet(items, j):
            it.label = "bullet"
        elif it.info.bullet and not lede_done and summary:
            it.label = "lede"  # one dash-led line under the headline is its deck, not a list of points
            lede_done = True
        elif it.info.bullet:
            it.label = "body"
        elif _is_caption_pair(items, j) and j + 1 <= end:
            it.label = "caption"
            items[j + 1].label = "caption"
            j += 2
            continue
        elif (
            it.info.headline_like
            and it.info.words <= 14
            and nxt is not None
            and nxt.kind in ("good", "near")
            and lede_done
        ):
            it.label = "subhead"
        elif not lede_done and it.kind in ("good", "near"):
            it.label = "lede"
            lede_done = True
        elif _stray_label(it, nxt) and not _in_fact_list(items, j) and not _in_short_list(items, j, start):
            it.label = "boilerplate"
        else:
            it.label = "body"
        j += 1


def _first_long_copy(it: Labeled, shown: set[str]) -> bool:
    """A long paragraph the page shows again elsewhere (a description tab and a meta box, a teaser of
    this very text): its first copy inside the body run is the article's own."""
    if it.kind != "good" or it.info.words < REPEATED_BODY_WORDS or it.info.text in shown:
        return False
    shown.add(it.info.text)
    return True


def _stray_label(it: Labeled, nxt: Labeled | None) -> bool:
    """A two- or three-word label inside the body that introduces nothing: a leftover widget or link."""
    info = it.info
    return (
        it.kind == "short"
        and info.words <= 3
        and not info.sentence_end
        and not any(c.isdigit() for c in info.text)
        and (nxt is None or nxt.kind not in ("good", "near"))
        and (nxt is None or not nxt.info.bullet)
        and not _signs_off(info.text)
    )


def _signs_off(text: str) -> bool:
    """A greeting or a smiley that closes a post ("Eure Erika", "Bis bald!", "=)")."""
    return bool(_SIGN_OFF.match(text)) or is_emoticon(text)


def _in_short_list(items: list[Labeled], j: int, start: int) -> bool:
    """A short line between two other short lines of the text ("neue Rechtschreibung" / "Zitate kursiv" /
    "Fußnoten sparsam setzen") is an item of a list, not a leftover widget label."""
    return j - 1 >= start and j + 1 < len(items) and _short_item(items[j - 1]) and _short_item(items[j + 1])


def _short_item(it: Labeled) -> bool:
    return it.kind in ("short", "near") and not it.info.repeated and it.info.words >= 2


def _in_fact_list(items: list[Labeled], j: int) -> bool:
    """One of two or more "label: value" lines in a row ("Jacke: Beispielmarke", "Rock: Musterlabel"): a
    list of facts in the text, not a widget label."""
    if not _LABEL_VALUE.match(items[j].info.text):
        return False
    return any(0 <= k < len(items) and _LABEL_VALUE.match(items[k].info.text) for k in (j - 1, j + 1))


def _trim_teasers(items: list[Labeled], start: int, end: int) -> int:
    """Cut a tail of related-article teasers: short headline, one short paragraph, repeated."""
    plain = _teaser_cut(items, start, end, 0)
    # teasers that carry their own labels above the headline (a section, a like count: "Wildtiere",
    # "66 Likes") count only where every teaser has as many of them
    for labels in (1, 2):
        cut = _teaser_cut(items, start, end, labels)
        if cut < plain:
            return cut
    return plain


def _teaser_cut(items: list[Labeled], start: int, end: int, labels: int) -> int:
    j, pairs, cut = end, 0, end + 1
    while j - 1 >= start:
        para, head = items[j], items[j - 1]
        if not (
            para.kind in ("good", "near")
            and para.info.chars <= 300
            and head.kind in ("short", "near")
            and head.info.headline_like
            and head.info.words <= 16
        ):
            break
        if labels and not all(j - 1 - k > start and _teaser_label(items[j - 1 - k]) for k in range(1, labels + 1)):
            break
        pairs, cut, j = pairs + 1, j - 1 - labels, j - 2 - labels
    return cut - 1 if pairs >= 2 and cut > start + 1 else end


def _teaser_label(it: Labeled) -> bool:
    return it.kind == "short" and it.info.words <= 3 and not it.info.sentence_end


def _extend_tail(items: list[Labeled], start: int, end: int) -> int:
    """Take in a closing sentence the run just missed, e.g. after a short image title at the end, or the
    end of a sentence the page broke over two lines ("... sende sie bis Ostern an die" / "Gemeinde.")."""
    if end + 1 < len(items) and _broken_off(items[end]) and _sentence_rest(items[end + 1]):
        return end + 1
    for k in range(end + 1, min(end + 4, len(items))):  # a greeting that signs the post: "Eure Erika", "xx Erika"
        it = items[k]
        if it.kind != "short" or it.info.repeated or it.comment:
            break
        if it.info.words <= 4 and _signs_off(it.info.text):
            return k
    for k in (end + 1, end + 2):
        if k >= len(items):
            break
        it = items[k]
        if it.kind in ("good", "near") and it.info.sentence_end and not it.info.repeated and not it.comment:
            if k == end + 2 and not _skippable(items[end + 1], items, start, end):
                break
            return k
        if not _skippable(it, items, start, end):
            break
    return end


def _skippable(it: Labeled, items: list[Labeled], start: int, end: int) -> bool:
    """A short line, or a quote the text already showed (a pull quote repeated under it), may stand
    between the run and its closing sentence."""
    if it.kind == "short":
        return True
    return it.info.repeated and any(items[k].info.text == it.info.text for k in range(start, end + 1))


def _broken_off(it: Labeled) -> bool:
    """A line of text that stops on a function word ("an die", "mit dem"): its sentence goes on below."""
    info = it.info
    if it.kind not in ("good", "near") or info.sentence_end or not info.text[-1:].isalpha():
        return False
    return info.text.rsplit(None, 1)[-1].lower() in stopwords()


def _sentence_rest(it: Labeled) -> bool:
    info = it.info
    return it.kind in ("short", "near") and info.sentence_end and not info.repeated and not it.comment


LIST_MAX_ITEMS = 12  # items of a list announced at the end of the text


def _list_intro(it: Labeled) -> bool:
    """A line that announces what follows: "Die Studie finden Sie hier:", "Achtung Redaktion:". A short one
    must end in a noun: "Rezept bewerten:", "Artikel teilen:" label a widget's buttons."""
    info = it.info
    if not info.text.endswith(":") or info.words < 2 or info.repeated or it.comment:
        return False
    if info.words <= 3 and not info.text.split()[-1][:1].isupper():
        return False
    return it.kind in ("short", "near", "good")


def _list_item(it: Labeled) -> bool:
    info = it.info
    return it.kind in ("short", "near") and info.words >= 1 and not info.repeated and not it.comment


def _closing_list(items: list[Labeled], end: int) -> tuple[int, int] | None:
    """The items of a list the text announces with a colon at its end ("Meine liebsten Orte:", "Die Studie
    finden Sie hier:"): short lines the content score never reaches. Returns the first and last line of
    the list, its intro line included when that line sits just below the run."""
    first = end + 1
    if not items[end].info.text.endswith(":"):
        if first >= len(items) or not _list_intro(items[first]):
            return None
        first += 1
    last = first - 1
    while last + 1 < len(items) and last + 1 - first < LIST_MAX_ITEMS and _list_item(items[last + 1]):
        last += 1
    return (end + 1, last) if last >= first else None


# A fact given as label and value, the label one to three words: "Einsendeschluss: 3. Mai", "Ort: Stadthalle".
_FACT = re.compile(r"^[^\W\d_][\w\-/]*(?: [\w\-/]+){0,2}:\s+\S")


def _closing_facts(items: list[Labeled], end: int) -> int | None:
    """Two or more "label: value" lines just under the text ("Termin: 3. Mai 2031" / "Ort: Stadthalle" /
    "Eintritt: frei"): the facts an announcement, an offer or a press release ends with. A date among them
    is one of the facts, not the page's stamp. Returns the last fact's index."""
    last = end
    while (
        last + 1 < len(items)
        and last - end < LIST_MAX_ITEMS
        and items[last + 1].kind in ("short", "near", "date")
        and not items[last + 1].info.repeated
        and not items[last + 1].comment
        and _FACT.match(items[last + 1].info.text)
    ):
        last += 1
    return last if last - end >= 2 else None


_TEXT_LABELS = ("lede", "body", "subhead")


def _inner_lists(items: list[Labeled]) -> None:
    """A list between two parts of the text: one the text announces with a colon ("Details:" / "zweistöckig" /
    "aus Kiefernholz"), or a list of amounts ("Zutaten" / "350 g Mehl" / "2 EL Milch" / "Salz"). Shop, recipe
    and guide pages split their text around such lists, and the content score never reaches their short
    items. Taken only where text closes the list on both sides and it holds nothing but short, clean items
    (and the bare step numbers "1.", "2." of instructions)."""
    k = 1
    while k < len(items):
        if items[k - 1].label not in _TEXT_LABELS or not _in_list(items[k]):
            k += 1
            continue
        q = k
        while q + 1 < len(items) and _in_list(items[q + 1]):
            q += 1
        if q + 1 < len(items) and items[q + 1].label in _TEXT_LABELS and _takes_list(items, k, q):
            for j in range(k, q + 1):
                if not _step_number(items[j]):
                    items[j].label = "body"
        k = q + 1


def _in_list(it: Labeled) -> bool:
    return it.label in ("boilerplate", "body") and (_list_item(it) or _step_number(it))


def _takes_list(items: list[Labeled], first: int, last: int) -> bool:
    """Whether the short lines first..last, between two parts of the text, are a list of the text."""
    if all(items[j].label == "body" for j in range(first, last + 1)):
        return False  # nothing to take
    n = last - first + 1
    if _announces(items[first - 1], 2) or _announces(items[first], 1):
        return n <= LIST_MAX_ITEMS + 1
    amounts = sum(bool(_AMOUNT.match(items[j].info.text)) for j in range(first, last + 1))
    return n <= AMOUNT_LIST_MAX_LINES and amounts >= max(AMOUNT_LIST_MIN, n / 2)


# A line that starts with an amount: "350 g Mehl", "1 Pck. Backpulver", "½ TL Salz", "ca. 2 m Seil".
_AMOUNT = re.compile(r"^(?:ca\.\s*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])(?:\s*[-–]\s*\d+)?\s*[^\W\d_]")
AMOUNT_LIST_MIN = 3  # lines that start with an amount, and at least half of the list
AMOUNT_LIST_MAX_LINES = 30  # a list of amounts (ingredients, materials) may be longer than an announced one


_CREDIT_LABEL = re.compile(r"^(?i:fotos?|bilder|bild|quellen?|grafik|video|credits?)\s*:")


def _announces(it: Labeled, min_words: int) -> bool:
    """A line ending in a colon that introduces a list; "Foto:" introduces a credit."""
    info = it.info
    return info.text.endswith(":") and info.words >= min_words and not _CREDIT_LABEL.match(info.text)


def _step_number(it: Labeled) -> bool:
    """ "1.", "2.": the number of a step in instructions, set on its own line."""
    text = it.info.text
    return len(text) <= 3 and text[:1].isdigit() and text.rstrip(".").isdigit()


def _runs(scores: list[float], lo: int, hi: int) -> list[tuple[int, int]]:
    """All disjoint best runs of scores[lo:hi]: the best one, then the best ones left and right of it."""
    out: list[tuple[int, int]] = []
    todo = [(lo, hi)]
    while todo:
        a, b = todo.pop()
        run = _best_run(scores[a:b]) if b > a else None
        if run is not None:
            out.append((run[0] + a, run[1] + a))
            todo += [(a, run[0] + a), (run[1] + a + 1, b)]
    return sorted(out)


def _lead_runs(items: list[Labeled], scores: list[float], body_start: int, lo: int = 0) -> list[tuple[int, int]]:
    """Article text in front of the main run: product, recipe and "about" pages split their text into
    pieces, and the first pieces often sit above the longest one. A piece is taken when it reads like
    prose (function words, enough of it) and no end marker (comments, related links) stands between
    it and the main run. Pieces below the main run are not: there they are mostly teasers and notes."""
    ends = [k for k in range(lo, body_start) if items[k].info.end_marker]
    taken = []
    for a, b in _runs(scores, lo, body_start):
        goods = [items[k].info for k in range(a, b + 1) if items[k].kind == "good"]
        words = sum(g.words for g in goods)
        if not goods or words == 0 or body_start - b > LEAD_MAX_GAP or any(k > b for k in ends):
            continue
        stop = sum(g.stop_ratio * g.words for g in goods) / words
        if stop > LEAD_MIN_STOP and sum(scores[a : b + 1]) >= LEAD_MIN_SCORE:
            taken.append((a, b))
    return taken


def _label_pre_title(items: list[Labeled], title: int) -> None:
    above = items[title - 1] if title > 0 else None
    if (
        above is not None
        and above.info.index == items[title].info.index - 1
        and above.kind in ("short", "near")
        and above.info.headline_like
        and above.info.words <= 8
        and not any(mark in above.info.text for mark in ("|", "»", "›", " > "))  # a breadcrumb trail
        and not above.info.text.endswith(":")  # "Suche nach:", "Exklusiv:": a label, not a kicker
        and not above.info.repeated  # a menu entry or section name the page shows elsewhere too
    ):
        above.label = "kicker"


_CACHED_LINE_CHARS = 300  # longer lines are mostly article text, which does not recur


def _comment_cue(info: LineInfo) -> str:
    """Whether the line opens a comment section or is a reply button. Read on the whole line, widget
    words included: "11 Kommentare" loses "Kommentare" to the glued-widget cut."""
    if info.words > 12 or info.chars > 160:
        return ""
    text = " ".join([info.text, *info.debris]) if info.debris else info.text
    # Every branch but one is anchored at the start; only "... [antworten]" can match further in, so
    # without a "[" a match at the start answers the same as a search through the line, at a fraction of it.
    m = _comment_regex().search(text) if "[" in text else _comment_regex().match(text)
    if m is None:
        return ""
    return "start" if m.group("start") is not None else "header" if m.group("header") is not None else "reply"


@lru_cache(maxsize=1)
def _comment_regex() -> re.Pattern[str]:
    """Comment heading or reply button in one search (they are tried on every short line)."""
    start, header, reply = comment_start_regex().pattern, comment_header_regex().pattern, reply_button_regex().pattern
    return re.compile(f"(?P<start>{start})|(?P<header>{header})|(?P<reply>{reply})", re.IGNORECASE)


def _cut_comments(items: list[Labeled], scores: list[float], start: int, end: int) -> int:
    """End the body where readers' comments begin: at a comment heading, or at the header line (name and
    date) of the first comment that has a reply button. Comments are prose, so the content score alone
    runs on through them. Only a cut that leaves article text in front of it is made."""
    stop = min(end + 3, len(items))  # the first reply button may close the run
    for k in range(start + 1, stop):
        cue = items[k].comment
        if k > end and cue != "reply":
            continue
        if cue == "header" and any(items[j].comment in ("header", "reply") for j in range(k + 1, stop)):
            cue = "start"  # "Erika sagt:" followed by more comments
        if cue == "reply":
            # the header is the reply line itself ("Erika am 3. Mai [antworten]") or a name-and-date line above
            head = next((j for j in range(k, max(start, k - 8), -1) if items[j].kind in ("date", "author")), None)
            if head is None or head > end:
                continue
            k = head
        elif cue != "start":
            continue
        if sum(scores[start:k]) >= COMMENT_MIN_ARTICLE:
            return k - 1
        return end
    return end


@lru_cache(maxsize=1 << 14)
def _line_cues(raw: str) -> tuple[LineInfo, str, Provenance | None, str]:
    """The cues and local class of a line, which depend on its text alone.

    Pages of one outlet repeat their menus, footers and widget lines, so a worker that cleans many
    pages describes most chrome lines once. Callers get a copy (`_fresh`), never the cached LineInfo.
    """
    info = describe(0, raw)
    kind, prov = _local_kind(info)
    return info, kind, prov, _comment_cue(info)


def _fresh(template: LineInfo, index: int) -> LineInfo:
    info = LineInfo.__new__(LineInfo)
    fields = template.__dict__.copy()  # a shallow copy: faster than copy.copy or updating a new instance's dict
    fields["index"] = index
    info.__dict__ = fields
    return info


def label_items(lines: list[str], meta: dict[str, Any] | None = None) -> Labeling:
    """Label every non-blank line; the core of `text_dump.label_lines` and `clean_text_dump`."""
    meta = meta or {}
    items: list[Labeled] = []
    prev_blank = True
    for idx, raw in enumerate(lines):
        if not raw.strip():
            prev_blank = True
            if items:
                items[-1].info.blank_after = True
            continue
        if len(raw) <= _CACHED_LINE_CHARS:
            template, kind, prov, comment = _line_cues(raw)
            info = _fresh(template, idx)
        else:
            info = describe(idx, raw)
            kind, prov = _local_kind(info)
            comment = _comment_cue(info)
        info.blank_before = prev_blank
        prev_blank = False
        items.append(Labeled(info=info, kind=kind, provenance=prov, comment=comment))
    if items:
        items[-1].info.blank_after = True
    result = Labeling(lines=items)
    if not items:
        return result
    _mark_repeats(items)
    scores = [_score(it) for it in items]
    run = _best_run(scores)
    start, end = run if run else (len(items), len(items) - 1)
    result.outlet = find_outlet([it.info.text for it in items], meta.get("url") or None)
    site = _site_key(result.outlet) if result.outlet else ""
    anchor = _anchored(items, scores, meta, site)
    if anchor is None and run is not None and not meta.get("title"):
        dated = _dated_run(items, scores, site, run)
        if dated is not None:
            start, end = dated
    title: int | None
    far_title = False  # a headline found by its slug far above the body run, with a shop's chrome between
    if anchor is not None and sum(scores[anchor[1][0] : anchor[1][1] + 1]) >= 0.3 * sum(scores[start : end + 1]):
        title, (start, end) = anchor
    elif (
        anchor is not None
        and anchor[0] < start
        and _slug_fit(items[anchor[0]].info, _last_slug(meta.get("url"))) >= 0.9
    ):
        title, far_title = anchor[0], True
    else:
        title = _slug_headline(items, start, meta, site)
        far_title = title is not None
        if title is None:
            title = _find_title(items, start, meta, site)
    shown_again: int | None = None  # the headline's other version, repeated on the page
    if title is not None:
        other = _unrepeated_version(items, title, start, site)
        if other == title:
            other = _without_kicker_version(items, title, site)
        if other != title:
            shown_again, title = title, other
    if title is not None:
        items[title].label = "title"
        result.title_index = title
        _label_pre_title(items, title)
        if title >= start:
            start = title + 1
            end = max(end, start - 1)
            first_bullet = next((j for j in range(start, min(start + 5, end + 1)) if items[j].info.bullet), None)
            if first_bullet is not None:  # title, image caption, summary bullets, then the lede
                _label_head(items, title, first_bullet)
                start = first_bullet
        elif far_title:
            _label_head(items, title, min(start, title + 1 + FAR_HEAD_LINES))
        else:
            _label_head(items, title, start)
        if shown_again is not None and items[shown_again].label in ("lede", "body", "kicker", "caption"):
            items[shown_again].label = "boilerplate"
    if start <= end:
        end = _cut_comments(items, scores, start, end)
        end = _trim_teasers(items, start, end)
        end = _extend_tail(items, start, end)
        has_lede = any(items[j].label == "lede" for j in range(len(items)))
        # summary bullets stand under a headline; without one, bullets opening the text are its first list
        _label_body(items, start, end, has_lede, summary=title is not None)
        closing = _closing_list(items, end)
        if closing is not None:
            for k in range(closing[0], closing[1] + 1):
                items[k].label = "body"
            end = closing[1]
        else:
            facts = _closing_facts(items, end)
            if facts is not None:
                for k in range(end + 1, facts + 1):
                    items[k].label = "body"
                end = facts
        result.body = (start, end)
        lead_end = min(start, title) if title is not None else start
        for a, b in _lead_runs(items, scores, lead_end):
            _label_body(items, a, b, True)
        if far_title and title is not None:  # pieces of text between a far headline and the body run
            for a, b in _lead_runs(items, scores, start, title + 1 + FAR_HEAD_LINES):
                _label_body(items, a, b, True)
        _inner_lists(items)
    for it in items:
        if it.kind == "prov":
            it.label = "provenance"
    return result
