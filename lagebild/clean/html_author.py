"""The author an HTML page names, with the debris of byline widgets and comment boxes cut away.

trafilatura's byline search returns what a byline element holds: "Zeige alle Beiträge von Erika
Muster", "Interview Erika Muster", the site's own name ("Beispielblatt", "Die Beispielzeitung"), a
commenter's "Max said; On August 3", initials after a name ("Erika Muster; EM"), or the headline. Each
part of the author list is kept only when it reads as a name once its marker is cut, so a page gives
no author rather than a wrong one.
"""

from __future__ import annotations

import re

from lagebild.clean.byline import bare_name
from lagebild.clean.html_title import LEADING_ARTICLE, clean_text, names_site, text_key

# What byline widgets put before the name.
_MARKER = re.compile(
    r"(?i)^(?:(?:zeige\s+)?(?:alle\s+)?(?:beiträge|artikel|posts|articles|stories)\s+(?:von|by)"
    r"|(?:view\s+)?all\s+posts\s+by|(?:posted|written|verfasst|geschrieben|veröffentlicht)\s+(?:by|von)"
    r"|von|by|interview|text|autor(?:in)?|author|redaktion)\s*:?\s+"
)
# Words that make a part a comment's header or a credit, never a name.
_NOT_NAME_WORDS = frozenset(
    "said says sagt sagte schreibt schrieb wrote meint antwortet replied designed design photo foto fotos "
    "name admin administrator anonymous anonym gast guest user stand aktualisiert updated datum".split()
)
_PARTICLES = frozenset("von van de der den da di du le la zu und and & y".split())
_INITIALS = re.compile(r"^[A-ZÄÖÜ]{1,3}$")
MAX_NAME_WORDS = 6


def _name_of(part: str, sites: list[str], headline: str | None) -> str | None:
    text = clean_text(part).strip(" ,;:|·-–—")
    if not text:
        return None
    if headline and text_key(text) == text_key(headline):
        return None  # the headline, read from a link to the article
    text = _MARKER.sub("", text, count=1).strip(" ,;:")
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    if any(w.lower().strip(".,") in _NOT_NAME_WORDS or any(c.isdigit() for c in w) for w in words if len(words) > 1):
        return None  # "Max said", "On August 3", "Fuchsy designed"
    if len(words) == 1 and words[0].lower() in _NOT_NAME_WORDS:
        return None  # a form label ("Name") or a placeholder account ("admin")
    if len(words) > 1 and any(not w[:1].isupper() and w.lower() not in _PARTICLES for w in words):
        return None  # several words with lower-case ones: a phrase, not a name
    return text


def _site_only(name: str, sites: list[str]) -> bool:
    """The site's own name where a theme puts the author ("Die Beispielzeitung", "Beispiel.de").

    A personal site is named after its author ("Erika Muster", a blogger's handle), so a person's name
    or a one-word handle that spells the site stays."""
    if not (names_site(name, sites) or names_site(LEADING_ARTICLE.sub("", name), sites)):
        return False
    return len(name.split()) > 1 and bare_name(name) is None


def tidy_author(value: str | None, sites: list[str], headline: str | None = None) -> str | None:
    """The names in a "; "-separated author value; initials only when no full name stands beside them."""
    if not value:
        return None
    names = [n for n in (_name_of(p, sites, headline) for p in value.split(";")) if n]
    people = [n for n in names if not names_site(n, sites)]
    names = people if people and len(people) < len(names) else [n for n in names if not _site_only(n, sites)]
    full = [n for n in names if not _INITIALS.match(n)]
    kept = full or names
    return "; ".join(dict.fromkeys(kept)) or None
