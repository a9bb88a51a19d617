"""Recognise pages that are not articles at all: robot checks, rate-limit notices, cookie and
JavaScript walls, "access denied" and "page not found" pages.

Crawls are full of them (a CC-NEWS response can be the block page a site served the crawler), and
kept as articles they do harm beyond their own record: two unrelated block pages of one site are
near-identical, so they would form a story of their own. No extraction library flags them
(trafilatura happily returns the notice as the main text), so a short multilingual phrase list
decides. A wall leads with its notice; an article only mentions one in passing, further down
("Please enable JavaScript to view the comments" under a report), so the phrase must open the page,
or the page must be too short to carry a report besides it.
"""

from __future__ import annotations

import re

LEAD_CHARS = 300  # a wall notice opens the page ...
MAX_WALL_WORDS = 400  # ... which may go on with instructions ("Enabling cookies in Firefox: ..."),
SHORT_WORDS = 60  # and a page this short has no room for a report besides a notice anywhere in it

_PHRASES: dict[str, tuple[str, ...]] = {
    "rate-limit notice": (
        r"unusual traffic",
        r"too many requests",
        r"huge amount of connections",
        r"ogromn\w+ ilość połączeń",
        r"ungewöhnlich viele anfragen",
        r"zu viele anfragen",
    ),
    "robot check": (
        r"are you a robot",
        r"not a robot",
        r"verify (?:that )?you are (?:a )?human",
        r"checking (?:if the site connection is secure|your browser before accessing)",
        r"captcha",
        r"kein roboter",
        r"bestätigen sie, dass sie ein mensch sind",
        r"(?:ne )?(?:pas|n'êtes pas) un robot",
        r"no (?:eres|es) un robot",
        r"non sei un robot",
        r"nie jesteś robotem",
    ),
    "cookie wall": (
        r"cookies (?:must|need to) be enabled",
        r"(?:please )?enable cookies",
        r"cookies (?:aktivieren|zulassen)",
        r"aktivieren sie (?:bitte )?(?:ihre )?cookies",
        r"activer les cookies",
        r"habilit\w+ (?:las )?cookies",
        r"abilitare i cookie",
    ),
    "JavaScript wall": (
        r"(?:please )?enable javascript",
        r"javascript is (?:disabled|required)",
        r"javascript (?:aktivieren|einschalten)",
        r"aktivieren sie (?:bitte )?javascript",
        r"activer (?:le )?javascript",
        r"habilit\w+ javascript",
    ),
    "access-denied page": (
        r"access denied",
        r"403 forbidden",
        r"zugriff verweigert",
        r"accès refusé",
        r"acceso denegado",
        r"accesso negato",
        r"erişim engellendi",
    ),
    "not-found page": (
        r"404 not found",
        r"page not found",
        r"seite (?:wurde )?nicht gefunden",
        r"page introuvable",
        r"página no encontrada",
        r"pagina non trovata",
        r"sayfa bulunamadı",
    ),
}
# These two are headings of the error page; inside a line they are too often something else
# ("Access denied for user ..." in a PHP warning left on a blog page).
_HEADINGS = {"access-denied page", "not-found page"}
_PATTERNS = [
    (kind, re.compile((r"(?:^|\n)\W*(?:" if kind in _HEADINGS else "(?:") + "|".join(ps) + ")", re.IGNORECASE))
    for kind, ps in _PHRASES.items()
]
_WORD = re.compile(r"\w+")


def wall_reason(title: str, text: str) -> str | None:
    """What this page is instead of an article ("robot check", "cookie wall", ...), or None for an article."""
    words = len(_WORD.findall(text, 0, 6000))
    if words > MAX_WALL_WORDS:
        return None
    page = f"{title}\n{text}"
    for kind, pattern in _PATTERNS:
        # "Please enable JavaScript to view this video" is a player placeholder above many reports:
        # a JavaScript notice only marks a wall when there is hardly anything else on the page
        lead = LEAD_CHARS if kind != "JavaScript wall" else 0
        if pattern.search(page, 0, lead) or (words <= SHORT_WORDS and pattern.search(page)):
            return kind
    return None
