"""Language means: untrusted until enough vectors, centred cosines, state round trip, and the
pairwise similarity on the centred scale (the fictional stories of tests/stories/samples.py)."""

from __future__ import annotations

import numpy as np
import pytest

from lagebild.stories.centring import LanguageMeans, language_key
from lagebild.stories.cluster import StoryClusterer
from lagebild.stories.similarity import SimilarityWeights, article_similarity, combine
from tests.stories.samples import (
    BRIDGE_DE,
    BRIDGE_DE2,
    BRIDGE_DE2_TITLE,
    BRIDGE_DE_TITLE,
    BRIDGE_EN,
    BRIDGE_EN_TITLE,
    ORCHESTRA,
    ORCHESTRA_TITLE,
    item,
)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def _language_stream(rng: np.random.Generator, common: np.ndarray, n: int) -> list[np.ndarray]:
    """Vectors that share one large component, as e5 vectors of one language do."""
    return [_unit(10 * common + rng.normal(size=common.size)) for _ in range(n)]


def test_means_are_untrusted_until_enough_articles_then_centre() -> None:
    rng = np.random.default_rng(0)
    common = _unit(rng.normal(size=16))
    means = LanguageMeans(center=0.8, min_articles=10)
    stream = _language_stream(rng, common, 12)
    for v in stream[:9]:
        means.add("de", v)
    assert not means.trusted("de") and means.centred(stream[0], "de") is None
    assert means.cosine(stream[0], "de", stream[1], "de") is None
    for v in stream[9:]:
        means.add("de", v)
    raw = float(np.dot(stream[0], stream[1]))
    centred = means.cosine(stream[0], "de", stream[1], "de")
    assert centred is not None and raw > 0.8 and centred < raw - 0.3  # the shared component is gone
    assert means.cosine(stream[0], "de", stream[1], "en") is None  # no English mean yet


def test_means_state_round_trips_and_matches_the_clusterer_state() -> None:
    means = LanguageMeans()
    means.add("de", [1.0, 0.0])
    means.add("de", [0.0, 1.0])
    back = LanguageMeans.from_dict(means.to_dict())
    assert back.counts == means.counts and np.allclose(back.sums["de"], [1.0, 1.0])
    state = StoryClusterer().to_dict()
    assert {"lang_sum", "lang_n"} <= set(state)  # the clusterer stores its means under the same keys
    assert language_key(None) == "und" and language_key("DE") == "de"


def test_combine_uses_the_centred_scale_when_known() -> None:
    w = SimilarityWeights()
    raw = {"emb": 0.85, "lex": 0.1, "names": 0.0, "cross": 0.0}
    # a raw cosine of 0.85 is unrelated same-language news; centred 0.55 is a close match
    assert combine(raw, w) < 0.35 < combine({**raw, "ccos": 0.55}, w)
    assert combine({**raw, "ccos": 0.1}, w) == pytest.approx(w.c_lex * 0.1)
    cross = {**raw, "cross": 1.0, "ccos": 0.6}
    assert combine(cross, w) == pytest.approx(w.c_emb / (w.c_emb + w.c_names))  # words do not count across languages


def test_article_similarity_with_learnt_means_ranks_the_same_story_first() -> None:
    de = item("de", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung")
    de2 = item("de2", "2024-03-06", "de", BRIDGE_DE2_TITLE, BRIDGE_DE2, "Kreisblatt")
    en = item("en", "2024-03-06", "en", BRIDGE_EN_TITLE, BRIDGE_EN, "Kleinfurt Courier")
    other = item("o", "2024-03-06", "de", ORCHESTRA_TITLE, ORCHESTRA, "Wendhagener Bote")
    c = StoryClusterer(embed="always")
    c.config.center_min = 2  # a tiny stream: trust the means after two articles of a language
    c.language_means.min_articles = 2
    c.add_many([de, de2, en, other])
    means = c.language_means
    assert means.trusted("de") and not means.trusted("en")
    same = article_similarity(de, de2, means=means)
    assert same > article_similarity(de, other, means=means)
    assert 0.0 <= article_similarity(de, en, means=means) <= 1.0  # English untrusted: the raw scale
