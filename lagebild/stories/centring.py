"""Per-language mean embeddings, learnt from the stream, to compare vectors less their language.

e5 vectors of one language share a large common component (the mean of a language's vectors has
norm ~0.9), so raw cosines of unrelated same-language news reach 0.8-0.9 while a translation's
cosine to its original can be 0.8. Removing `center` times the running mean of each side's
language puts same- and cross-language cosines on one scale. The means are learnt from the
articles a collection holds (like idf), never shipped, so they fit whatever languages and topics
the user's own stream has. The clusterer and the pairwise similarity share this one estimator.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

CENTER = 0.8  # share of the language mean removed (set on half A of the similarity pairs)
MIN_ARTICLES = 10  # embedded articles of a language before its mean is trusted


def language_key(language: str | None) -> str:
    """The key a language's mean is learnt under (the clusterer's article language)."""
    return (language or "und").lower()


class LanguageMeans:
    """Running sum of embedded vectors per language; centred vectors once a language has enough."""

    def __init__(self, center: float = CENTER, min_articles: int = MIN_ARTICLES) -> None:
        self.center = center
        self.min_articles = min_articles
        self.sums: dict[str, np.ndarray] = {}
        self.counts: Counter[str] = Counter()
        self._shift: dict[str, np.ndarray] = {}  # center x mean per language, until its next vector

    def add(self, language: str, vector: Sequence[float] | np.ndarray) -> None:
        v = np.asarray(vector, dtype=np.float32)
        if language in self.sums:
            self.sums[language] = self.sums[language] + v
        else:
            self.sums[language] = v.copy()
        self.counts[language] += 1
        self._shift.pop(language, None)

    def trusted(self, language: str) -> bool:
        return self.center > 0.0 and self.counts.get(language, 0) >= self.min_articles

    def centred(self, vector: Sequence[float] | np.ndarray, language: str) -> np.ndarray | None:
        """The vector less `center` x its language's mean, renormalised; None while the mean is unsure."""
        if not self.trusted(language):
            return None
        shift = self._shift.get(language)
        if shift is None:  # one division per language and vector learnt, not one per comparison
            shift = self._shift[language] = self.center * (self.sums[language] / self.counts[language])
        v = np.asarray(vector, dtype=np.float32) - shift
        norm = float(np.linalg.norm(v))
        return v / norm if norm else None

    def cosine(
        self, a: Sequence[float] | np.ndarray, lang_a: str, b: Sequence[float] | np.ndarray, lang_b: str
    ) -> float | None:
        """Centred cosine of two vectors, or None when either language's mean is not trusted yet."""
        ca, cb = self.centred(a, lang_a), self.centred(b, lang_b)
        if ca is None or cb is None:
            return None
        return float(np.dot(ca, cb))

    def to_dict(self) -> dict[str, Any]:
        return {"lang_sum": {k: v.tolist() for k, v in self.sums.items()}, "lang_n": dict(self.counts)}

    @classmethod
    def from_dict(
        cls, state: dict[str, Any], center: float = CENTER, min_articles: int = MIN_ARTICLES
    ) -> LanguageMeans:
        obj = cls(center, min_articles)
        obj.sums = {k: np.asarray(v, dtype=np.float32) for k, v in state.get("lang_sum", {}).items()}
        obj.counts = Counter(state.get("lang_n", {}))
        return obj
