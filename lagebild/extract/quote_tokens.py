"""Tokens with character offsets and cached lemmas, the unit the quote rules look at.

A regex tokenizer is enough here: the rules need words, punctuation and offsets, not a full
tokenisation, and it costs nothing to load. Lemmas come from simplemma (German and English tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

# A dot joins word parts ("ndr.de", "u.a") but not a sentence end missing its space ("Papst.Der"). A regnal
# number after a name keeps its dot when the sentence goes on ("Königin Elisabeth II., die ...", "Papst
# Benedikt XVI. sagte"): it is an ordinal, part of the name, not a full stop.
_TOKEN = re.compile(r"(?<=[A-Za-zäöüßÄÖÜ] )[IVX]{1,5}\.(?=,| [a-zäöüß(])"
                    r"|\d+(?:[:.,]\d+)+|\w+(?:(?:[-'’&]|\.(?![A-ZÄÖÜ][a-zäöüß]{2}))\w+)*|[^\w\s]")


_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|asch|at|an|ibn|bin|abu|abd)-[A-ZÄÖÜ]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_cap(self) -> bool:
        """Capitalised like a noun or name; Arabic names with a lower-case article count ("el-Baradei")."""
        return self.text[:1].isupper() or _ARTICLE_NAME.match(self.text) is not None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of text[start:end], offsets into `text`."""
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str = "de") -> str:
    """Lower-cased lemma; cached because the same cue forms recur in every article."""
    low = word.lower()
    try:
        return str(simplemma.lemmatize(low, lang=lang)).lower()
    except ValueError:  # unknown language code: fall back to the word itself
        return low


@lru_cache(maxsize=65536)
def noun_like(word: str) -> bool:
    """Whether a capitalised word can head a noun phrase: simplemma keeps nouns capitalised.

    A cheap stand-in for a German POS tagger (none ships offline): "Besorgt", "Offiziell", "Dagegen"
    lemmatise to lower case, nouns and unknown names do not. Participles like "Relativierend" are
    unknown to the tables, so the ending decides.
    """
    if not word[:1].isupper():
        return False
    if word.lower().endswith(("end", "endes")) and len(word) > 6 and not simplemma.is_known(word, "de"):
        return False
    try:
        lem = str(simplemma.lemmatize(word, lang="de"))
    except ValueError:
        return True
    return lem[:1].isupper()
