"""Pairwise article similarity in [0, 1]: how likely two articles report the same story.

The embedding (title + opening, any language) carries most of the signal; shared content words
and shared names/figures sharpen it within a language, where e5 cosines of unrelated news still
reach 0.8. Given the language means of a collection (`LanguageMeans`, as the clusterer learns
them), the embedding is compared less each side's language mean: that centred cosine ranks pairs
better than the raw one (Pearson with the development pairs' gold -0.67 raw, -0.76 centred) and
puts same- and cross-language pairs on one scale. Weights are few and were set on one half of the
development pairs (bench/similarity.py reports both halves), not fitted as a model.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from lagebild.stories.centring import LanguageMeans, language_key
from lagebild.stories.embed import Embedder, get_embedder
from lagebild.stories.item import StoryItem
from lagebild.stories.tokens import content_terms, name_keys

EMBED_CHARS = 600  # same text the clusterer embeds, so cached vectors are shared


@dataclass
class SimilarityWeights:
    # raw cosine (no language means known)
    emb: float = 0.6
    lex: float = 0.2
    names: float = 0.0
    emb_floor: float = 0.8
    emb_ceil: float = 0.95
    # centred cosine (both languages' means trusted): a wider scale, on which names help a little
    c_emb: float = 0.8
    c_lex: float = 0.2
    c_names: float = 0.1
    c_floor: float = 0.2
    c_ceil: float = 0.6


def embedding_text(item: StoryItem) -> str:
    return f"{item.title}\n{item.text}"[:EMBED_CHARS]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def features(
    a: StoryItem, b: StoryItem, embedder: Embedder | None = None, means: LanguageMeans | None = None
) -> dict[str, float]:
    """The raw signals: embedding cosine (and centred cosine, given `means`), content-word cosine,
    name/figure overlap."""
    emb = embedder or get_embedder()
    va, vb = emb.embed([embedding_text(a), embedding_text(b)])
    ta = Counter(content_terms(f"{a.title}\n{a.text[:3000]}"))
    tb = Counter(content_terms(f"{b.title}\n{b.text[:3000]}"))
    na, nb = name_keys(f"{a.title}. {a.text[:3000]}"), name_keys(f"{b.title}. {b.text[:3000]}")
    names = len(na & nb) / math.sqrt(len(na) * len(nb)) if na and nb else 0.0
    cross = bool(a.language and b.language and a.language[:2].lower() != b.language[:2].lower())
    out = {"emb": float(np.dot(va, vb)), "lex": _cosine(ta, tb), "names": names, "cross": float(cross)}
    if means is not None:
        ccos = means.cosine(va, language_key(a.language), vb, language_key(b.language))
        if ccos is not None:
            out["ccos"] = ccos
    return out


def combine(f: dict[str, float], w: SimilarityWeights | None = None) -> float:
    w = w or SimilarityWeights()
    if "ccos" in f:
        cos, floor, ceil, we, wl, wn = f["ccos"], w.c_floor, w.c_ceil, w.c_emb, w.c_lex, w.c_names
    else:
        cos, floor, ceil, we, wl, wn = f["emb"], w.emb_floor, w.emb_ceil, w.emb, w.lex, w.names
    e = min(1.0, max(0.0, (cos - floor) / (ceil - floor)))
    if f.get("cross"):  # shared words mean little across languages: judge by the rest
        return (we * e + wn * f["names"]) / ((we + wn) or 1.0)
    return min(1.0, we * e + wl * f["lex"] + wn * f["names"])


def article_similarity(
    a: StoryItem,
    b: StoryItem,
    embedder: Embedder | None = None,
    weights: SimilarityWeights | None = None,
    means: LanguageMeans | None = None,
) -> float:
    """0 = unrelated ... 1 = the same report (copies, translations). With the collection's language
    `means` (a clusterer's `language_means`) the embedding is compared on the centred scale."""
    return combine(features(a, b, embedder, means), weights)
