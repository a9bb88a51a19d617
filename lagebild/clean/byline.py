"""The author named by a byline line of a page dump: "Von Erika Muster", "21. Jan 2022 // Erika Muster",
"Veröffentlicht am 03.02.2022 von Erika Muster", "Erika Muster, 21. Jan. 2015", "Autoren A und B".

Hand-written because the dump has lost the markup (rel="author", meta tags) that trafilatura and
htmldate read a byline from; what is left is the line's wording. A name is taken only where the line
says it is an author (a marker word such as "von", "by", "Autor", "durch") or where the line is a
date stamp whose only other words have the shape of a personal name. A bare name line without a
date or marker is left alone: in German, any two capitalised nouns look like a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from lagebild.clean.vocab import stopwords

_DATE_PARTS = re.compile(
    r"(?ix)"
    # no \b after a four-digit year: dumps glue a repeated date onto it ("17/11/201917/11/2019")
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}\b)"  # 21.01.2022
    r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}\b)"  # 17/11/2019
    r"|\b\d{4}-\d{2}-\d{2}"
    r"|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?,?\s+\d{4}"
    r"|\b(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\b\d{1,2}:\d{2}(?:\s*(?:uhr|h|am|pm))?\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b,?"
)
# Words that introduce the author, and ones that follow the name ("Erika Muster Autorin").
_LEAD = re.compile(
    r"(?i)^(?:(?:ein(?:e)?\s+)?(?:beitrag|bericht|kommentar|artikel|gastbeitrag|gastkommentar|analyse|reportage"
    r"|kolumne|glosse|essay|rezension|leitartikel|porträt)\s+"
    r"|(?:veröffentlicht|publiziert|erschienen|geschrieben|verfasst|gepostet|eingetragen|aktualisiert|posted|written"
    r"|published)"
    r"(?:\s+(?:in|unter)\s+\S+)?\s*(?:am|on)?\s*)?"
    r"(?P<marker>von|vom|by|durch|autor(?:in|en)?|author|text|texte|interview|redakteur(?:in)?|herausgeber(?:in)?)"
    r"(?:\s*:?\s+|(?=[A-ZÄÖÜ]))(?P<rest>.+)$"  # "vonChris Jung": the dump glued the marker to the name
)
# The verb of a byline standing alone once its date is cut out: "Veröffentlicht am", "Posted on".
_VERB_ONLY = re.compile(
    r"(?i)^(?:veröffentlicht|publiziert|erschienen|geschrieben|verfasst|gepostet|eingetragen|posted|written|published)"
    r"(?:\s+(?:am|on))?$"
)
# Markers that also start ordinary phrases ("von Bund und Ländern"): without a verb before them
# ("veröffentlicht von"), a name after them needs two words.
_WEAK_MARKERS = frozenset({"von", "vom", "durch", "text", "texte"})
_TRAIL = re.compile(r"(?i)^(?P<rest>.+?)\s+(?:autor(?:in)?|author|redakteur(?:in)?)$")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "da", "di", "le", "la", "und", "and"})
_TITLES = frozenset({"dr.", "prof.", "dipl.-ing.", "mag."})
# What follows a name to say who wrote: a role ("Erika Muster, Redakteurin Politik", "Jane Doe | Staff Writer",
# "Erika Muster (Medizinredakteurin)") or a news agency ("Erika Muster, dpa"). Roles are matched as word endings, so
# compounds ("Wirtschaftsredakteurin", "Gastautor") count too.
_ROLE_ENDINGS = (
    "redakteur", "redakteurin", "autor", "autorin", "reporter", "reporterin", "korrespondent", "korrespondentin",
    "journalist", "journalistin", "kolumnist", "kolumnistin", "volontär", "volontärin", "editor", "writer",
    "correspondent", "columnist",
)  # fmt: skip
_AGENCIES = frozenset("dpa afp ap reuters kna epd sid apa sda keystone-sda dts ddp ots upi ansa efe".split())
# "Von unserem Korrespondenten Erika Muster": the role between the marker and the name.
_OUR_ROLE = re.compile(r"(?i)^unsere[mnr]?\s+\S+\s+(?=[A-ZÄÖÜ])")
_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?$")
_USER_NAME = re.compile(r"^(?=.*[A-Z0-9_])[\w.\-]{3,30}(?<!\.)$")  # "HansG", "happyface313", not "einem"
# A blog's lower-case user name ("damianduchamps", "marc"), taken only alone after a marker that is no plain "von"
# ("Posted in Gardening by marc", "Verfasst von: marc", "By marc"), and never a function word ("by the").
_LOWER_USER = re.compile(r"^[a-z][a-z0-9._\-]{2,29}$")
# Words that close the marker's part after the name: "by marc on August 3", "von marc am 3. Mai".
_AFTER_NAME = re.compile(r"\s+(?:on|am|um|at|in)$", re.IGNORECASE)
# Words that are no part of a name: the line goes on with a label, a month or a link ("Twitter Account").
_NOT_NAMES = frozenset(
    "Team Support Uhr Minuten Min Lesezeit Kommentare Kommentar Kategorien Kategorie Tags Foto Fotos Bild Bilder "
    "Quelle "
    "Redaktion Admin Gast Lesedauer Aktualisiert Update Mehr Alle Home Startseite Januar Februar März April "
    "Mai Juni Juli August September Oktober November Dezember On Am Um Im In Mit Für Und Auf Bei Twitter "
    "Facebook Instagram Account Profil Artikel Beitrag Beiträge".split()
)
# Job titles between the marker and the name ("Autor: Rechtsanwalt Erika Muster"); not part of the name.
_ROLES = frozenset(
    """rechtsanwalt rechtsanwältin redakteur redakteurin journalist journalistin fotograf fotografin
    korrespondent korrespondentin reporter reporterin gastautor gastautorin""".split()
)
# A marker standing alone on its line, the name on the next one ("Von" / "Erika Muster", "AUTOR/IN").
_MARKER_LINE = re.compile(
    r"(?i)^(?:(?:über (?:die|den)|zu[mr]|der|die|about the) )?"  # an author box's heading: "Über die Autorin"
    r"(?:von|by|autor(?:in|en|innen)?|autor\s*/\s*in|autor\*in|author|text|verfasst von)\s*:?$"
)
# A user name as forums and blogs show it, two capitalised words run together ("MikeNils"), which a town
# in a dateline ("Berlin, 12.03.2031") or a product ("iPhone", "COVID19") is not.
_HANDLE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]+)+$")
# A newsroom desk that signs a piece in place of a person ("Redaktion - 12.03.2031"); taken only beside a date.
_DESKS = frozenset(("Redaktion", "Online-Redaktion", "Onlineredaktion", "Nachrichtenredaktion", "Newsdesk"))
_ARTICLES = frozenset("der die das den dem des ein eine einer eines the a an".split())
_SEPARATORS = re.compile(r"\s*(?:\||//|~|·|•|–|—|\s-\s|,|/|\(|\))\s*")
# A blog theme's "Author" label run together with what stands around it once the markup is gone: "Posted on
# 28. Juli 2031AuthorErika Muster4 Kommentare". The name ends at a digit or a separator.
_GLUED_MARKER = re.compile(
    r"(?<=[0-9a-zäöüß])(?:Autor(?:in)?|Author|Verfasser(?:in)?)(?=[A-ZÄÖÜ])(?P<rest>[^\d|·•,/]+)"
)


_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\xad", "")).strip()


def _name_in(words: list[str], *, marked: bool) -> str | None:
    """The leading run of name-shaped words: 2-4 words, or one username-like word after a marker."""
    out: list[str] = []
    while marked and len(words) > 2 and words[0].lower() in _ROLES:
        words = words[1:]
    for w in words:
        lw = w.lower()
        if lw in _TITLES and all(x.lower() in _TITLES for x in out):  # "Prof. Dr. Erika Muster"
            out.append(w)
            continue
        if out and lw in _PARTICLES:
            out.append(w)
            continue
        if _NAME_WORD.match(w) and w not in _NOT_NAMES and not w.endswith("."):
            out.append(w)
            if sum(x.lower() not in _PARTICLES and x.lower() not in _TITLES for x in out) == 3:
                break
            continue
        if marked and not out and len(words) == 1 and _USER_NAME.match(w) and not w.isdigit():
            return w  # "By happyface313": a user name, alone after a marker
        if marked and not out and len(words) == 1 and _LOWER_USER.match(w) and w not in stopwords():
            return w  # "Posted by marc": a lower-case user name alone after a marker
        break
    while out and (out[-1].lower() in _PARTICLES or out[-1].lower() in _TITLES):
        out.pop()
    plain = [w for w in out if w.lower() not in _TITLES and w.lower() not in _PARTICLES]
    if len(plain) >= 2 or (marked and len(plain) == 1 and len(plain[0]) >= 3):
        return " ".join(out)
    return None


def _names_in(rest: str, *, marked: bool) -> str | None:
    """One name, or two joined by "und"/"and" ("Autoren Erika Muster und Max Beispiel")."""
    m = re.match(r"^(?P<first>.+?)\s+(?P<sep>und|and|&)\s+(?P<second>.+)$", rest)
    if m is None:
        return _name_in(rest.split(), marked=marked)
    first_words = m.group("first").split()
    name = _name_in(first_words, marked=marked)
    if name and name == " ".join(first_words):
        other = _name_in(m.group("second").split(), marked=False)
        if other:
            return f"{name} {m.group('sep')} {other}"
    return name or _name_in(rest.split(), marked=marked)


@lru_cache(maxsize=1 << 14)
def find_author(line: str, *, strict: bool = False) -> str | None:
    """The author's name if `line` is a byline, else None.

    `strict` takes only a name after an explicit marker ("Geschrieben von", "Autorin:"), not after a
    bare "von" and not a name beside a date: for lines further from the headline, where dated
    teasers and phrases like "Vom Bahnhof Musterstadt" are common. Cached: the headline search and
    the byline search read the same short lines, and an outlet's pages repeat them."""
    text = _clean(line)
    if not text or len(text) > 160 or text.endswith("?"):
        return None  # a question is no byline: "AUTORENWer schreibt für uns?" is a menu entry
    undated = _DATE_PARTS.sub(" | ", text)
    had_date = undated != text
    parts = [p for p in _SEPARATORS.split(undated) if p and p.strip()]
    verb_before = False  # "Publiziert am <date> von uriebe": the date split the verb from its "von"
    for k, part in enumerate(parts):
        part = part.strip(" :")
        lead = _LEAD.match(part)
        credited = k + 1 < len(parts) and _credits_writer(parts[k + 1])
        if lead:
            weak = lead.start("marker") == 0 and lead.group("marker").lower() in _WEAK_MARKERS and not verb_before
            weak = weak and not credited  # "Von Erika Muster, dpa": the agency makes the "von" a byline's
            rest = _OUR_ROLE.sub("", _AFTER_NAME.sub("", lead.group("rest")))
            name = None if strict and weak else _names_in(rest, marked=not weak)
            if name:
                return name
        elif credited:
            name = _names_in(part, marked=False)
            if name and len(name.split()) == len(part.split()):
                return name  # "Erika Muster, dpa", "Erika Muster (Redakteurin)": the name has its role beside it
        verb_before = bool(_VERB_ONLY.match(part))
        if strict:
            continue
        trail = _TRAIL.match(part)
        if trail:
            words = trail.group("rest").split()
            name = _name_in(words, marked=True)
            if name and name.count(" ") <= 3 and len(name.split()) == len(words):  # not "Über die Autorin"
                return name
    glued = _GLUED_MARKER.search(text)
    if glued:
        name = _name_in(glued.group("rest").split(), marked=True)
        if name:
            return name
    if had_date and not strict:  # a date stamp with a name-shaped remainder: "28. Jan. 2022 Paula Balov"
        for part in parts:
            words = part.strip(" :").split()
            if 2 <= len(words) <= 4:
                name = _whole_name(words)
                if name:
                    return name
            elif len(words) == 1 and _HANDLE.match(words[0]):
                return words[0]  # "MikeNils 18.10.2031, 15:07 Uhr": a user name beside the date
            elif len(words) == 1 and words[0] in _DESKS:
                return words[0]  # "Redaktion - 31. Januar 2031": the newsroom signs, as the page writes it
    return None


def _credits_writer(part: str) -> bool:
    """The part after a name says who wrote: a role ("Redakteurin Politik", "Staff Writer") or an agency ("dpa")."""
    words = part.strip(" .:").lower().split()
    if not words:
        return False
    return words[0] in _AGENCIES or any(w.rstrip(".,").endswith(_ROLE_ENDINGS) for w in words[:2])


def is_role_line(line: str) -> bool:
    """A short line that says who wrote, the name on the line beside it: "Redakteurin", "Redakteur Politik", "dpa"."""
    text = _clean(line)
    return len(text) <= 40 and len(text.split()) <= 4 and _credits_writer(text)


def is_marker_line(line: str) -> bool:
    """A byline marker alone on its line ("Von", "Autorin:"): the author's name is on the next line."""
    return bool(_MARKER_LINE.match(_clean(line)))


def name_after_marker(line: str) -> str | None:
    """The name on the line after a lone marker: "Erika Muster", "Erika Muster (Redakteurin)"."""
    text = _clean(line)
    if not text or len(text) > 120:
        return None
    head = _SEPARATORS.split(text, maxsplit=1)[0].strip()
    words = head.split()
    if not words or words[0].lower() in _ARTICLES:
        return None  # "Die Fähre": a noun phrase, not a name
    return _whole_name(words)


def without_role(name: str) -> str:
    """ "Rechtsanwalt Erika Muster" -> "Erika Muster": a job title in front of the name is no part of it."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in _ROLES:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names from the knowledge base's hand-edited list (lagebild/kb/data/given_names.txt)."""
    text = resources.files("lagebild.kb").joinpath("data", "given_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split())


def bare_name(line: str) -> str | None:
    """ "Erika Muster" alone on its line, the first word a common given name: how many sites set the byline
    under the headline without "Von". Any two capitalised German nouns look like a name, so the given name
    is what makes it one; callers look only just under the headline."""
    words = _clean(line).split()
    if not 2 <= len(words) <= 4 or words[0] not in given_names():
        return None
    return _whole_name(words)


def name_shaped(line: str) -> str | None:
    """ "Erika Muster" alone on its line, two or three name-shaped words and no "und": a person's name or any
    pair of capitalised nouns ("Erneuerbare Energien"). Callers need other evidence that it names the author."""
    words = _clean(line).split()
    if not 2 <= len(words) <= 3 or any(w.lower() in _PARTICLES or w.lower() in stopwords() for w in words):
        return None
    return _whole_name(words)


def names_list(line: str) -> str | None:
    """ "Erika Muster, Max Beispiel" or "Erika Muster und Max Beispiel" alone on its line: two or more whole names
    and nothing else, how sites set a byline of several authors without "Von". One name alone is not enough
    (any two capitalised nouns look like one); callers look only just under the headline."""
    text = _clean(line)
    parts = [p.strip() for p in re.split(r",|\s(?:und|and|&)\s", text)]
    if not 2 <= len(parts) <= 4:
        return None
    return text if all(name_shaped(p) for p in parts) else None  # as the page writes them


def _whole_name(words: list[str]) -> str | None:
    """The name these words make when every one of them belongs to it (unmarked: no "von" before them)."""
    name = _name_in(words, marked=False)
    return name if name and len(name.split()) == len(words) else None
