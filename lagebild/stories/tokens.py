"""Cheap word features shared by dedup, clustering and comparison.

Clustering must keep up with hundreds of articles per second on one core, so features here are
regex tokens, spaCy's stop-word lists and prefix stemming instead of a full NLP pipeline. A
7-character prefix folds German inflection and derivation ("Nordkorea", "Nordkoreas",
"nordkoreanische") into one key, which is all a same-story decision needs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
STEM_CHARS = 7


_COMBINING = re.compile(r"[\u0300-\u036f]")
_CAPS = re.compile(r"\b[^\W\d_a-zß][^\W_]{2,}")
_INITIAL = re.compile(r"(?:^|[.!?:\n\"„“«»]\s*)([^\W\d_a-zß][^\W_]{2,})")
_NUMBER = re.compile(r"\b\d{2,}\b")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """German + English stop words (spaCy's lists, folded): articles mix both, we never need them."""
    from spacy.lang.de.stop_words import STOP_WORDS as de
    from spacy.lang.en.stop_words import STOP_WORDS as en

    extra = {"sagte", "sagt", "heißt", "hieß", "laut", "said", "says", "according", "sei", "seien"}
    return frozenset(fold(w) for w in (*de, *en, *extra))


def fold(text: str) -> str:
    """Lower-case and strip accents so "Peskow"/"peskow", "Zürich"/"Zurich" meet (whole strings at once)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def stem(word: str) -> str:
    return word[:STEM_CHARS]


def content_terms(text: str) -> list[str]:
    """Folded, stemmed content words; CJK text (no spaces) falls back to character bigrams."""
    return terms_of(_WORD.findall(fold(text)), bool(_CJK.search(text)))


def terms_of(toks: list[str], cjk: bool = False) -> list[str]:
    """Content terms from already folded tokens (lets callers share one tokenisation)."""
    stops = stop_words()
    if cjk:
        out: list[str] = []
        for w in toks:
            if _CJK.search(w):
                out.extend(w[i : i + 2] for i in range(max(1, len(w) - 1)))
            elif w not in stops and len(w) >= 3:
                out.append(w[:STEM_CHARS])
        return out
    return [w[:STEM_CHARS] for w in toks if (len(w) >= 3 or w.isdigit()) and w not in stops]


def term_counts(text: str) -> Counter[str]:
    return Counter(content_terms(text))


def name_keys(text: str) -> set[str]:
    """Capitalised words not only at sentence starts, plus numbers: a language-neutral-ish key set.

    Names ("Putin", "NBC", "Biden") and figures ("2022", "50") survive translation unchanged far
    more often than other words, so they give cross-lingual overlap when no entity keys exist.
    """
    caps = Counter(_CAPS.findall(text))
    caps.subtract(_INITIAL.findall(text))
    keys = {fold(w)[:5] for w, n in caps.items() if n > 0}
    keys.update(_NUMBER.findall(text))
    return keys


def shingles(text: str, n: int = 4) -> set[str]:
    """Word n-grams for MinHash; short texts fall back to their whole word sequence."""
    toks = words(fold(text))
    if len(toks) < n:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)}
