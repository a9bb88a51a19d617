"""Is article B a translation of article A? Sentence alignment across languages plus provenance.

A translation keeps the order and the number of sentences of its original; an independent report on
the same story does neither. So beyond a high title/lede similarity we ask that most sentences of
the shorter text find a close partner in the other, in the same order. A "translated from" note
naming the other article's outlet settles it on its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from lagebild.nlp.sentences import split_sentences
from lagebild.stories.embed import Embedder, get_embedder
from lagebild.stories.item import StoryItem
from lagebild.stories.tokens import fold

MAX_SENTENCES = 15  # the opening is enough evidence and bounds the embedding cost
SENTENCE_COS = 0.88  # e5 cosine of a sentence and its translation (same-topic pairs sit ~0.80-0.87)
MIN_ALIGNED = 0.6  # share of the shorter text's sentences that must align
MIN_ORDER = 0.6  # Spearman rank correlation of aligned positions


@dataclass
class TranslationMatch:
    original: str  # article id of the original
    translation: str
    score: float
    aligned: float  # share of sentences aligned
    order: float  # rank correlation of aligned positions
    by_provenance: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sentences(item: StoryItem) -> list[str]:
    text = f"{item.title}\n\n{item.text}" if item.title else item.text
    out = [text[s:e] for s, e in split_sentences(text)]
    return [s for s in out if len(s.split()) >= 4][:MAX_SENTENCES]


def _names_outlet(note: str | None, outlet: str | None) -> bool:
    if not note or not outlet:
        return False
    a, b = fold(note), fold(outlet)
    return a in b or b in a


def _spearman(xs: list[int], ys: list[int]) -> float:
    if len(xs) < 3:
        return 1.0
    rx, ry = np.argsort(np.argsort(xs)), np.argsort(np.argsort(ys))
    c = np.corrcoef(rx, ry)[0, 1]
    return float(c) if np.isfinite(c) else 0.0


def detect_translation(a: StoryItem, b: StoryItem, embedder: Embedder | None = None) -> TranslationMatch | None:
    """A TranslationMatch (original first) when one is a translation of the other, else None."""
    if a.language and b.language and a.language == b.language:
        return None
    for orig, trans in ((a, b), (b, a)):
        if _names_outlet(trans.translated_from, orig.outlet):
            return TranslationMatch(orig.article_id, trans.article_id, 1.0, 1.0, 1.0, True)
    sa, sb = _sentences(a), _sentences(b)
    if not sa or not sb or max(len(sa), len(sb)) > 2.5 * min(len(sa), len(sb)):
        return None
    emb = embedder or get_embedder()
    cos = emb.embed(sa) @ emb.embed(sb).T
    short_is_a = len(sa) <= len(sb)
    m = cos if short_is_a else cos.T
    best = m.argmax(axis=1)
    ok = [i for i in range(m.shape[0]) if m[i, best[i]] >= SENTENCE_COS]
    aligned = len(ok) / m.shape[0]
    order = _spearman(ok, [int(best[i]) for i in ok])
    if aligned < MIN_ALIGNED or order < MIN_ORDER:
        return None
    # The original is the earlier one; on a tie, the one the other names as its source, else `a`.
    orig, trans = (a, b) if (a.published or "") <= (b.published or "") else (b, a)
    return TranslationMatch(
        orig.article_id,
        trans.article_id,
        round(aligned * max(order, 0.0), 4),
        round(aligned, 4),
        round(order, 4),
        False,
    )
