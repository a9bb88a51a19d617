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
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]{3,}")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/(.+)$")  # web.archive.org/web/<timestamp>/<original URL>
MAX_HEADLINE_WORDS = 40
MAX_SITE_WORDS = 6
MIN_SHARED_WORDS = 2  # a reworded title tag must share at least this many words with the headline
MIN_SHARED_SHARE = 0.6  # ... and this share of its own words


def clean_text(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def _key(text: str) -> str:
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
    return [k for k in dict.fromkeys(keys) if len(k) >= 3]


def _names_site(part: str, sites: list[str]) -> bool:
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
    while len(keep) > 1 and _names_site(keep[-1], sites):
        keep.pop()
    while len(keep) > 1 and _names_site(keep[0], sites):
        keep.pop(0)
    if keep == parts:
        return title.strip()
    # what stays between the site parts is one piece of the original, separators and all
    start = title.find(keep[0])
    end = title.rfind(keep[-1]) + len(keep[-1])
    return title[start:end].strip() if 0 <= start < end else title.strip()


def _heading_texts(tree: etree._Element) -> list[str]:
    """Each <h1>'s text and, for an <h1> made of several elements, each element's text (kicker + headline)."""
    texts: list[str] = []
    for h1 in tree.iter("h1"):
        whole = clean_text("".join(h1.itertext()))
        if not whole or len(whole.split()) > MAX_HEADLINE_WORDS:
            continue
        texts.append(whole)
        children = [clean_text("".join(c.itertext())) for c in h1 if isinstance(c.tag, str)]
        children = [c for c in children if c and c != whole]
        if len(children) >= 2:
            texts.extend(children)
        if len(texts) >= 12:
            break
    return list(dict.fromkeys(texts))


def _confirmation(heading: str, title: str, core: str) -> float:
    """How strongly a title tag (`core`: the tag without its site parts) confirms a heading's text."""
    h, t, c = _key(heading), _key(title), _key(core)
    if not h:
        return 0.0
    if h in (t, c):
        return 4.0
    for sep in (" | ", " - ", " · ", " : ", ": ", ' " ', " ' ", " / ", " ~ ", " :: ", " • "):
        if t.startswith(h + sep):
            return 3.0  # the leading part: "Headline | Site"
        if t.endswith(sep + h):
            return 2.5  # a trailing part: "Site » Headline", or the site's own name
    if h in t:
        return 2.0
    lead = _key(_parts(core)[0]) if core else ""
    if len(lead.split()) >= 2 and lead in h:
        return 1.5  # a kicker or a subtitle on the heading around the tag's headline
    t_words = set(_WORD.findall(c))
    shared = t_words & set(_WORD.findall(h))
    if len(shared) >= MIN_SHARED_WORDS and len(shared) >= MIN_SHARED_SHARE * len(t_words):
        return 1.0  # the same headline reworded for search results
    return 0.0


def choose_headline(tree: etree._Element, url: str | None = None) -> str | None:
    """The page's headline, or None when neither a heading nor a title tag gives one."""
    sites = site_keys(url, _meta_content(tree, '//meta[@property="og:site_name"]/@content'))
    tags = title_tags(tree)
    cores = [strip_site(t, sites) for t in tags]
    best, best_score = None, 0.0
    headings = [h for h in _heading_texts(tree) if not _names_site(h, sites)]  # not the logo's <h1>
    for heading in headings:
        score = max((_confirmation(heading, t, c) for t, c in zip(tags, cores, strict=True)), default=0.0)
        if score > best_score:
            best, best_score = heading, score
    if best is not None and best_score < 2.0:
        best = _without_kicker(best, cores) or best
    if best is not None:
        return best
    if len(headings) == 1 and not _meta_content(tree, '//meta[@property="og:title"]/@content'):
        return headings[0]  # one heading on a page that states no headline for sharing: trafilatura's choice too
    return cores[0] if cores else None


def _without_kicker(heading: str, cores: list[str]) -> str | None:
    """ "Immobilienkrise Rene Benko-Firma …" under the title tag "Rene Benko-Firma …": the kicker is cut,
    the heading's own spelling (dashes, quotes) kept."""
    words = heading.split()
    h = _key(heading).split()
    for core in cores:
        c = _key(core).split()
        if len(h) == len(words) and 2 <= len(c) < len(h) and h[-len(c) :] == c:
            return " ".join(words[-len(c) :])
    return None


def _meta_content(tree: etree._Element, xpath: str) -> str | None:
    try:
        values = tree.xpath(xpath)
    except etree.XPathError:
        return None
    return clean_text(str(values[0])) if values else None


def title_tags(tree: etree._Element) -> list[str]:
    """og:title, twitter:title and <title>, in that order of trust."""
    found: list[str] = []
    for xpath in (
        '//meta[@property="og:title"]/@content',
        '//meta[@name="twitter:title" or @property="twitter:title"]/@content',
        "(//title)[1]",
    ):
        try:
            values = tree.xpath(xpath)
        except etree.XPathError:
            continue
        if values:
            value = values[0]
            text = clean_text(value if isinstance(value, str) else "".join(value.itertext()))
            if text:
                found.append(text)
    return found
