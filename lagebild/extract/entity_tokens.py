"""Word tokens with offsets, as the entity ruler, short-form scan and role rules see them.

Hand-written rather than spaCy's tokenizer: the ruler needs the raw separator between two words
(space or hyphen, so "Kim Jong-un" and "Biden-Regierung" can be matched) and glued words from scraped
text ("PutinVergrößern") split at the case change; a regex pass does both and costs microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*(?:['’](?!\w))?")
_CAMEL = re.compile(r"(?<=[a-zäöüß]{2})(?=[A-ZÄÖÜ][a-zäöüß])")
_SPACE = re.compile(r"[ \t\u00a0\u202f]+")
_HYPHEN = re.compile(r"[ \u00a0]?[-‐‑][ \u00a0]?")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def separator(text: str, left: Token, right: Token) -> str | None:
    """How two adjacent words are joined: " ", "-", "" or the literal punctuation; None across lines."""
    gap = text[left.end : right.start]
    if gap == "":
        return ""
    if _SPACE.fullmatch(gap):
        return " "
    if _HYPHEN.fullmatch(gap):
        return "-"
    if "\n" in gap or len(gap) > 3:
        return None
    return gap


def camel_prefix(token: str) -> int | None:
    """Length of the first word in a glued token ("PutinVergrößern" -> 5), None if not glued."""
    m = _CAMEL.search(token)
    return m.start() if m and m.start() >= 3 else None


def genitive_variants(token: str) -> list[tuple[str, int]]:
    """(form, chars of the token the mention keeps) for a name possibly in the genitive.

    German -s/-es stays part of the mention ("Putins"); an English clitic 's does not ("Russia's").
    """
    out: list[tuple[str, int]] = []
    n = len(token)
    if token.endswith(("'s", "’s")) and n > 4:
        out.append((token[:-2], n - 2))
    elif token.endswith(("'", "’")) and n > 3:
        out.append((token[:-1], n - 1))
    elif token[:1].isupper() and token.endswith("s") and n > 3:
        out.append((token[:-1], n))
        if token.endswith("es") and n > 5:
            out.append((token[:-2], n))
    return out
