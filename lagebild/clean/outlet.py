"""The outlet a plain-text page dump comes from, read off its own chrome.

A dump names its site in a few fixed places: the masthead at the top (often twice, as logo text and
as link text), a "Name – tagline" line, a copyright line in the footer ("© 2031 Name Verlag GmbH") and
a legal note ("Name ist ein Angebot der ..."). Each alone can name someone else (a publisher, a
photographer, a partner site), so a name is only taken when two places agree or the URL's host
confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlparse

from lagebild.clean.vocab import is_widget_line, stopwords

_TAGLINE = re.compile(r"^(?P<name>[\w.\-&]+(?: [\w.\-&]+){0,3})\s+[-–|:]\s+\S.{2,80}$")
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:by\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[-–,]?\s*)?"
    r"(?P<name>[^\d©|,.:;][^©|,:;]{1,60}?)"
    r"(?:\s*[-–,.]?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*[,|/]\s*.*|\s+[–-]\s+.*|\.\s.*|\.)?$",
    re.IGNORECASE,
)
_OFFER = re.compile(r"^(?P<name>[\w.\-& ]{2,40}?) ist ein (?:Angebot|Produkt|Portal|Dienst) (?:der|des|von)\b")
# Legal forms and publisher words that follow a site's name in a copyright line.
_LEGAL_TAIL = re.compile(
    r"(?:\s+(?:GmbH|AG|KG|SE|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|Co\.?|&|\+|Verlag|Verlagsgesellschaft|Mediengruppe"
    r"|Medien ?gruppe|Media Group|Online|Alle Rechte vorbehalten|All rights reserved))+\.?$",
    re.IGNORECASE,
)
_HEAD_LINES = 8


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9äöüß]", "", name.lower())


def _short_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and len(text) <= 50 and (text[:1].isupper() or text[:1].isdigit())


def _distinctive(name: str) -> bool:
    """A repeated head line may name the site on its own only when it cannot be a menu word."""
    if is_widget_line(name) or name.lower() in stopwords():
        return False
    if name[-1:] in "!?.:" or name.isupper() and " " not in name:
        return False
    return len(name.split()) >= 2 or any(c.isdigit() or c in ".-&" or c.isupper() for c in name[1:])


def _clean(name: str) -> str:
    return _LEGAL_TAIL.sub("", name.strip(" .-–|")).strip(" .-–|")


def _host_key(url: str | None) -> str:
    host = urlparse(url or "").netloc.lower().removeprefix("www.").split(":")[0]
    return _key(host.rsplit(".", 1)[0]) if "." in host else _key(host)


def _footer_names(lines: Sequence[str]) -> list[str]:
    names: list[str] = []
    for line in lines:
        if len(line) > 160:
            continue
        m = _OFFER.match(line) if " ist ein " in line else None  # the pattern's literal: most lines lack it
        if m:
            names.append(_clean(m.group("name")))
            continue
        low = line[:12].lower()
        if "©" in low or "(c)" in low or "copyright" in low:
            m = _COPYRIGHT.match(line.strip())
            if m:
                names.append(_clean(m.group("name")))
    return [n for n in names if n and len(_key(n)) >= 3]


def find_outlet(lines: Sequence[str], url: str | None = None) -> str | None:
    """The site's name as the page writes it, or None when no two places (or the host) agree on one.

    `lines` are the page's non-blank lines in order; only the first few and the copyright or legal
    notes are looked at.
    """
    host = _host_key(url)
    head = [ln.strip() for ln in lines[:_HEAD_LINES]]
    head_names: list[tuple[str, str]] = []  # (name, how it was found)
    for line in head:
        m = _TAGLINE.match(line)
        if m:
            head_names.append((_clean(m.group("name")), "tagline"))
        elif _short_name(line):
            head_names.append((_clean(line), "line"))
    keys = [_key(n) for n, _ in head_names]
    # a masthead shown twice in a row, e.g. as logo text and as link text (menus repeat too, but apart)
    for a, b in zip(head[:6], head[1:6], strict=False):
        if a != b or head.count(a) != 2:
            continue
        m = _TAGLINE.match(a)
        name = _clean(m.group("name")) if m else _clean(a)
        if (m or _short_name(a)) and name and _distinctive(m.group("name") if m else a):
            return name
    footer = _footer_names(lines)
    for name in footer:
        key = _key(name)
        for head_name, head_key in zip((n for n, _ in head_names), keys, strict=True):
            if head_key and (head_key == key or (len(key) >= 4 and head_key.startswith(key))):
                return head_name if head_key == key else name
    if host:
        named = [(n, _key(n)) for n, _ in head_names] + [(n, _key(n)) for n in footer]
        for name, key in named:
            if key == host:
                return name
        for name, key in named:  # "CDU-Fraktion" on cdu-fraktion-erfurt.de, not "Singapur" on singapur-reiseinfo.de
            prefix = key.startswith(host) or host.startswith(key)
            if len(key) >= 4 and prefix and min(len(key), len(host)) >= 0.6 * max(len(key), len(host)):
                return name
    return None
