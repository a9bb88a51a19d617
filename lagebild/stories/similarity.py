"""Pairwise article similarity in [0, 1]: how likely two articles report the same story.

The embedding (title + opening, any language) carries most of the signal; shared content words
and shared names/figures sharpen it within a language, where e5 cosines of unrelated news still
reach 0.8. Weights are few and were set on one half of the development pairs (bench/similarity.py
reports both halves), not fitted as a model.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from lagebild.stories.embed import Embedder, get_embedder
from lagebild.stories.item import StoryItem
from lagebild.stories.tokens import content_terms, name_keys

EMBED_CHARS = 600  # same text the clusterer embeds, so cached vectors are shared


@dataclass
class SimilarityWeights:
    emb: float = 0.6
    lex: float = 0.2
    names: float = 0.0
    emb_floor: float = 0.8
    emb_ceil: float = 0.95


def embedding_text(item: StoryItem) -> str:
    return f"{item.title}\n{item.text}"[:EMBED_CHARS]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def features(a: StoryItem, b: StoryItem, embedder: Embedder | None = None) -> dict[str, float]:
    """The raw signals: embedding cosine, content-word cosine, name/figure overlap."""
    emb = embedder or get_embedder()
    va, vb = emb.embed([embedding_text(a), embedding_text(b)])
    ta = Counter(content_terms(f"{a.title}\n{a.text[:3000]}"))
    tb = Counter(content_terms(f"{b.title}\n{b.text[:3000]}"))
    na, nb = name_keys(f"{a.title}. {a.text[:3000]}"), name_keys(f"{b.title}. {b.text[:3000]}")
    names = len(na & nb) / math.sqrt(len(na) * len(nb)) if na and nb else 0.0
    cross = bool(a.language and b.language and a.language[:2].lower() != b.language[:2].lower())
    return {"emb": float(np.dot(va, vb)), "lex": _cosine(ta, tb), "names": names, "cross": float(cross)}


def combine(f: dict[str, float], w: SimilarityWeights | None = None) -> float:
    w = w or SimilarityWeights()
    e = min(1.0, max(0.0, (f["emb"] - w.emb_floor) / (w.emb_ceil - w.emb_floor)))
    if f.get("cross"):  # shared words mean little across languages: judge by the rest
        return (w.emb * e + w.names * f["names"]) / ((w.emb + w.names) or 1.0)
    return w.emb * e + w.lex * f["lex"] + w.names * f["names"]


def article_similarity(
    a: StoryItem, b: StoryItem, embedder: Embedder | None = None, weights: SimilarityWeights | None = None
) -> float:
    """0 = unrelated ... 1 = the same report (copies, translations)."""
    return combine(features(a, b, embedder), weights)
