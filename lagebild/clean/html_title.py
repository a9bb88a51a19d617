"""The headline of an HTML page: the visible <h1> that the page's own title tags confirm.

Title tags (`<title>`, og:title, twitter:title) are written for search results and browser tabs: they
carry the site's name ("… | Site", "Site » …"), a section name or an SEO rewording, and the visible
headline is often longer or worded differently. The visible headline is an <h1>, but pages also use
<h1> for the logo, the section or a kicker glued to the headline. So an <h1> (or one of its parts) is
taken when a title tag confirms it: the same text, a part of it between separators, or most of its
words; failing that, the title tag without the parts that name the site. trafilatura's title reader
takes the first of og:title, <title> and <h1> without comparing them, and no library does the
comparison, hence this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from lxml import etree

# A separator between a title tag's parts: a pipe, dash, bullet or guillemet with spaces around it.
_SEPARATOR = re.compile(r"\s+(?:[|·•»«›‹~–—:/-]|::)\s+")
_SITE_SEPARATOR = re.compile(_SEPARATOR.pattern + r"|(?<=\S):\s+")  # also "Site.de: Headline"
_FOLD = str.maketrans(
    {
        "„": '"', "“": '"', "”": '"', "‟": '"', "»": '"', "«": '"', "‚": "'", "‘": "'", "’": "'", "›": "'",
        "‹": "'", "–": "-", "—": "-", "‐": "-", "‑": "-", "\xa0": " ",
    }
)  # fmt: skip
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphens and zero-width marks
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]{3,}")
_NOT_ALNUM = re.compile(r"[\W_]+")
LEADING_ARTICLE = re.compile(r"(?i)^(?:der|die|das|the)\s+")
_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/(.+)$")  # web.archive.org/web/<timestamp>/<original URL>
MAX_HEADLINE_WORDS = 40
MAX_SITE_WORDS = 6
MIN_SHARED_WORDS = 2  # a reworded title tag must share at least this many words with the headline
MIN_SHARED_SHARE = 0.6  # ... and this share of its own words


def clean_text(text: str) -> str:
    """Text as a reader sees it: no soft hyphens or zero-width marks, spacing collapsed."""
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def text_key(text: str) -> str:
    """Text compared without case, quote style, dash style, ellipsis style or spacing."""
    return _WS.sub(" ", text.translate(_FOLD).replace("…", "...").lower()).strip(" .")


_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})  # how domains write umlauts


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower().translate(_SPELLED_OUT))


def site_keys(url: str | None, sitename: str | None) -> list[str]:
    """Letters and digits of the names a site goes by: its domain's main label and its stated name."""
    keys: list[str] = []
    if url:
        parsed = urlparse(url if "//" in url else "//" + url)
        archived = _ARCHIVED.match(parsed.path or "") if parsed.hostname == "web.archive.org" else None
        if archived:
            inner = archived.group(1)
            parsed = urlparse(inner if "//" in inner else "//" + inner)
        labels = [p for p in (parsed.hostname or "").split(".") if p and p != "www"]
        if len(labels) >= 2:
            keys.append(_squash(labels[-2]))  # "de.globalvoices.org" -> "globalvoices"
    if sitename:
        keys.append(_squash(sitename))
        keys.append(_squash(LEADING_ARTICLE.sub("", sitename)))  # "Der Beispielbote" is "Beispielbote" too
    return [k for k in dict.fromkeys(keys) if len(k) >= 3]


def names_site(part: str, sites: list[str]) -> bool:
    """A short title part that spells the site's name ("MDR.DE", "Time 4 talks", "Piratenpartei Österreichs")."""
    if len(part.split()) > MAX_SITE_WORDS:
        return False
    squashed = _squash(part)
    return bool(squashed) and any(
        squashed.startswith(s) or (len(squashed) >= 4 and s.startswith(squashed)) for s in sites
    )


def _parts(title: str, separator: re.Pattern[str] = _SEPARATOR) -> list[str]:
    return [p for p in separator.split(title) if p.strip()]


def strip_site(title: str, sites: list[str]) -> str:
    """The title tag without the parts at either end that name the site."""
    parts = _parts(title, _SITE_SEPARATOR)
    if len(parts) < 2:
        return title.strip()
    keep = list(parts)
    while len(keep) > 1 and names_site(keep[-1], sites):
        keep.pop()
    while len(keep) > 1 and names_site(keep[0], sites):
        keep.pop(0)
    if keep == parts:
        return title.strip()
    # what stays between the site parts is one piece of the original, separators and all
    start = title.find(keep[0])
    end = title.rfind(keep[-1]) + len(keep[-1])
    return title[start:end].strip() if 0 <= start < end else title.strip()


@dataclass
class _Marks:
    """What a page says its headline is: title tags, the site's stated name, the texts of its <h1>s."""

    tags: dict[str, str] = field(default_factory=dict)  # "og", "twitter", "title" -> text
    site_name: str | None = None
    headings: list[str] = field(default_factory=list)


_META_KEYS = {"og:title": "og", "twitter:title": "twitter"}


def _read_marks(tree: etree._Element) -> _Marks:
    """One walk over the page's <meta>, <title> and <h1> elements instead of one search per field."""
    marks = _Marks()
    for el in tree.iter("meta", "title", "h1"):
        if el.tag == "meta":
            key = el.get("property") or el.get("name") or ""
            content = el.get("content")
            if not content:
                continue
            if key in _META_KEYS:
                marks.tags.setdefault(_META_KEYS[key], clean_text(content))
            elif key == "og:site_name" and marks.site_name is None:
                marks.site_name = clean_text(content)
        elif el.tag == "title":
            marks.tags.setdefault("title", clean_text("".join(el.itertext())))
        elif len(marks.headings) < 12:
            _add_heading(el, marks.headings)
    marks.headings = list(dict.fromkeys(marks.headings))
    return marks


def _add_heading(h1: etree._Element, texts: list[str]) -> None:
    """An <h1>'s text and, for one made of several elements, each element's text (kicker + headline)."""
    whole = clean_text("".join(h1.itertext()))
    if not whole or len(whole.split()) > MAX_HEADLINE_WORDS:
        return
    texts.append(whole)
    children = [clean_text("".join(c.itertext())) for c in h1 if isinstance(c.tag, str)]
    children = [c for c in children if c and c != whole]
    if len(children) >= 2:
        texts.extend(children)


@dataclass(frozen=True)
class _Tag:
    """A title tag read once for comparing with every heading."""

    key: str  # the whole tag
    core: str  # without the parts that name the site
    lead: str  # the core's first part
    words: frozenset[str]  # the core's words

    @classmethod
    def of(cls, title: str, core: str) -> _Tag:
        lead = text_key(_parts(core)[0]) if core else ""
        c = text_key(core)
        return cls(text_key(title), c, lead, frozenset(_WORD.findall(c)))


def _confirmation(heading: str, tag: _Tag) -> float:
    """How strongly a title tag confirms a heading's text."""
    h, t = text_key(heading), tag.key
    if not h:
        return 0.0
    if h in (t, tag.core):
        return 4.0
    for sep in (" | ", " - ", " · ", " : ", ": ", ' " ', " ' ", " / ", " ~ ", " :: ", " • "):
        if t.startswith(h + sep):
            return 3.0  # the leading part: "Headline | Site"
        if t.endswith(sep + h):
            return 2.5  # a trailing part: "Site » Headline", or the site's own name
    if h in t:
        return 2.0
    if len(tag.lead.split()) >= 2 and tag.lead in h:
        return 1.5  # a kicker or a subtitle on the heading around the tag's headline
    shared = tag.words & set(_WORD.findall(h))
    if len(shared) >= MIN_SHARED_WORDS and len(shared) >= MIN_SHARED_SHARE * len(tag.words):
        return 1.0  # the same headline reworded for search results
    return 0.0


def choose_headline(tree: etree._Element, url: str | None = None) -> str | None:
    """The page's headline, or None when neither a heading nor a title tag gives one."""
    marks = _read_marks(tree)
    sites = site_keys(url, marks.site_name)
    tags = [t for t in (marks.tags.get(k) for k in ("og", "twitter", "title")) if t]  # in order of trust
    cores = [strip_site(t, sites) for t in tags]
    read = [_Tag.of(t, c) for t, c in zip(tags, cores, strict=True)]
    best, best_score = None, 0.0
    headings = [h for h in marks.headings if not names_site(h, sites)]  # not the logo's <h1>
    for heading in headings:
        score = max((_confirmation(heading, tag) for tag in read), default=0.0)
        if score > best_score:
            best, best_score = heading, score
    if best is not None and best_score < 2.0:
        best = _without_kicker(best, cores) or best
    if best is not None:
        return best
    if len(headings) == 1 and not marks.tags.get("og"):
        return headings[0]  # one heading on a page that states no headline for sharing: trafilatura's choice too
    return cores[0] if cores else None


def _without_kicker(heading: str, cores: list[str]) -> str | None:
    """ "Immobilienkrise Rene Benko-Firma …" under the title tag "Rene Benko-Firma …": the kicker is cut,
    the heading's own spelling (dashes, quotes) kept."""
    words = heading.split()
    h = text_key(heading).split()
    for core in cores:
        c = text_key(core).split()
        if len(h) == len(words) and 2 <= len(c) < len(h) and h[-len(c) :] == c:
            return " ".join(words[-len(c) :])
    return None
