import json
import random

import numpy as np
import pytest

from lagebild.stories.cluster import ClusterConfig, StoryClusterer
from lagebild.stories.item import StoryInputError, StoryItem
from tests.stories.samples import (
    BRIDGE_DE,
    BRIDGE_DE2,
    BRIDGE_DE2_TITLE,
    BRIDGE_DE_TITLE,
    BRIDGE_EN,
    BRIDGE_EN_TITLE,
    ORCHESTRA,
    ORCHESTRA_TITLE,
    copy_of,
    item,
)


def _items() -> list[StoryItem]:
    return [
        item("o1", "2024-03-07", "de", ORCHESTRA_TITLE, ORCHESTRA, "Wendhagener Bote"),
        item("b2", "2024-03-06", "de", BRIDGE_DE2_TITLE, BRIDGE_DE2, "Kreisblatt"),
        item("b1", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung"),
        item("b1c", "2024-03-05T18:00", "de", BRIDGE_DE_TITLE, copy_of(BRIDGE_DE), "Nordkurier Online"),
    ]


def test_two_stories_copies_count_once() -> None:
    c = StoryClusterer(embed="never")
    got = c.add_many(_items())
    assert got["b1"] == got["b1c"] == got["b2"] != got["o1"]
    bridge = c.story(got["b1"])
    assert bridge is not None
    assert bridge["article_count"] == 3 and bridge["independent_sources"] == 2
    assert bridge["first_seen"] == "2024-03-05" and bridge["last_seen"] == "2024-03-06"
    assert c.item_relation("b1c") == {"story": got["b1"], "origin": "b1", "relation": "copy"}


def test_batch_equals_one_by_one_in_date_order() -> None:
    batch = StoryClusterer(embed="never")
    batch.add_many(_items())
    single = StoryClusterer(embed="never")
    for it in sorted(_items(), key=lambda i: i.published or ""):
        single.add(it)
    assert batch.stories() == single.stories()


def test_window_closes_old_stories() -> None:
    c = StoryClusterer(embed="never")
    first = c.add(item("b1", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "A"))
    later = c.add(item("b9", "2024-04-20", "de", BRIDGE_DE2_TITLE, BRIDGE_DE2, "B"))
    assert first != later
    assert not c._stories[first].active and c._postings.keys() >= set(c._stories[later].index_keys)


def test_state_round_trips_through_json_and_resumes() -> None:
    items = sorted(_items(), key=lambda i: i.published or "")
    whole = StoryClusterer(embed="never")
    whole.add_many(items)
    part = StoryClusterer(embed="never")
    part.add_many(items[:2])
    resumed = StoryClusterer.from_dict(json.loads(json.dumps(part.to_dict())))
    resumed.add_many(items[2:])
    # every later article lands where it would have without the restart ...
    assert {it.article_id: resumed.story_of(it.article_id) for it in items[2:]} == {
        it.article_id: whole.story_of(it.article_id) for it in items[2:]
    }
    # ... and every story the resumed clusterer holds matches, summary for summary
    assert resumed.stories() and all(s == whole.story(s["id"]) for s in resumed.stories())


def test_state_leaves_closed_stories_out() -> None:
    """Their summaries are stored already; the state must not grow with the archive."""
    c = StoryClusterer(embed="never")
    old = c.add(item("b1", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "A"))
    new = c.add(item("b9", "2024-04-20", "de", BRIDGE_DE2_TITLE, BRIDGE_DE2, "B"))
    state = json.loads(json.dumps(c.to_dict()))
    assert [s["story_id"] for s in state["stories"]] == [new]
    assert old not in state["story_of"].values()
    resumed = StoryClusterer.from_dict(state)
    assert resumed.story(new) == c.story(new) and resumed.story(old) is None


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(StoryInputError, match="not an ISO date"):
        StoryItem("x", "gestern", "de", "T", "text")
    with pytest.raises(StoryInputError, match="StoryItem"):
        StoryClusterer().add({"article_id": "x"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="embed must be"):
        StoryClusterer(embed="sometimes")  # type: ignore[arg-type]


def test_translation_joins_across_languages_and_counts_once() -> None:
    from tests.stories.samples import BRIDGE_EN, BRIDGE_EN_TITLE

    c = StoryClusterer(embed="auto")
    de = c.add(item("de", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung"))
    other = c.add(item("o1", "2024-03-05", "de", ORCHESTRA_TITLE, ORCHESTRA, "Wendhagener Bote"))
    en = c.add(item("en", "2024-03-06", "en", BRIDGE_EN_TITLE, BRIDGE_EN, "Kleinfurt Courier"))
    assert en == de != other
    assert c.item_relation("en") == {"story": de, "origin": "de", "relation": "translation"}
    assert c.story(de)["independent_sources"] == 1  # type: ignore[index]


def test_a_translation_that_arrives_before_its_original_becomes_its_translation() -> None:
    # dated by day only, the translation sorts before its original stamped 09:00 the same day
    c = StoryClusterer(embed="auto")
    note = "Kleinfurt Courier"
    de = c.add(item("de", "2024-03-06", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung", translated_from=note))
    en = c.add(item("en", "2024-03-06T09:00", "en", BRIDGE_EN_TITLE, BRIDGE_EN, "Kleinfurt Courier"))
    assert en == de
    assert c.item_relation("de") == {"story": de, "origin": "en", "relation": "translation"}
    assert c.story(de)["independent_sources"] == 1  # type: ignore[index]
    # the relation survives the state's round trip
    again = StoryClusterer.from_dict(json.loads(json.dumps(c.to_dict())))
    assert again.item_relation("de") == {"story": de, "origin": "en", "relation": "translation"}


class _CountingEmbedder:
    """Records what is embedded; the vector is a fixed direction, the test is about when it is asked."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed_one(self, text: str) -> np.ndarray:
        self.texts.append(text)
        return np.ones(4, dtype=np.float32) / 2.0


FERRY_EN_TITLE = "Portwick ferry adds a late crossing for the summer"
FERRY_EN = (
    "Sample text. The Portwick harbour ferry will run a last crossing at 23:40 from June to August, "
    "the operator said on Tuesday. Tickets for the new crossing cost the same as by day."
)


def test_auto_embeds_only_while_another_language_is_in_the_window() -> None:
    emb = _CountingEmbedder()
    c = StoryClusterer(embed="auto", embedder=emb)  # type: ignore[arg-type]
    c.add(item("b1", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung"))
    c.add(item("o1", "2024-03-05", "de", ORCHESTRA_TITLE, ORCHESTRA, "Wendhagener Bote"))
    assert emb.texts == []  # one language: words decide, nothing is embedded
    c.add(item("f1", "2024-03-06", "en", FERRY_EN_TITLE, FERRY_EN, "Kleinfurt Courier"))
    assert any(t.startswith(FERRY_EN_TITLE) for t in emb.texts)  # the cross-lingual lookup
    # with English in the window, a German article is embedded before it is scored, also one that
    # joins its German story by words, so its same-language score can use the vector
    b2 = c.add(item("b2", "2024-03-06", "de", BRIDGE_DE2_TITLE, BRIDGE_DE2, "Kreisblatt"))
    assert b2 == c.story_of("b1")
    assert any(t.startswith(BRIDGE_DE2_TITLE) for t in emb.texts)
    # once the English article has left the window, German articles are no longer embedded
    before = len(emb.texts)
    c.add(item("b9", "2024-03-30", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung"))
    assert len(emb.texts) == before


def _bridge_pair(vec_b2: list[float]) -> list[StoryItem]:
    return [
        item("b1", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "A", embedding=[1.0, 0.0]),
        item("b2", "2024-03-06", "de", BRIDGE_DE2_TITLE, BRIDGE_DE2, "B", embedding=vec_b2),
    ]


def test_scores_with_embeddings_clear_their_own_bar() -> None:
    # same words, but the embeddings disagree: the (higher) bar for embedding scores applies
    apart = StoryClusterer(embed="never").add_many(_bridge_pair([0.0, 1.0]))
    assert apart["b1"] != apart["b2"]
    together = StoryClusterer(embed="never").add_many(_bridge_pair([1.0, 0.0]))
    assert together["b1"] == together["b2"]


def _unit(v: list[float]) -> list[float]:
    n = sum(x * x for x in v) ** 0.5
    return [x / n for x in v]


def test_cross_lingual_match_is_to_the_members_not_to_the_topic_centroid() -> None:
    # Four copies of one German report whose vectors spread around a common direction c (pairwise
    # cosine ~0.67). An English text lying exactly on c is no closer than 0.82 to any member, but its
    # cosine with the story's normalised centroid is 0.94: matching the centroid would let every
    # text on the topic join, which is how one story swallows a whole news topic.
    members = [
        item(f"d{k}", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, f"Blatt {k}",
             embedding=_unit([1.0] + [0.7 if j == k else 0.0 for j in range(4)]))
        for k in range(4)
    ]
    topic = item("e1", "2024-03-06", "en", "Harbour festival opens", "Boats and music filled the quay.", "X",
                 embedding=[1.0, 0.0, 0.0, 0.0, 0.0])
    c = StoryClusterer(embed="always")
    got = c.add_many([*members, topic])
    assert len({got[m.article_id] for m in members}) == 1
    assert got["e1"] != got["d0"]
    # a translation close to all members (average cosine 0.87) still joins
    close = item("e2", "2024-03-06", "en", BRIDGE_EN_TITLE, BRIDGE_EN, "Y",
                 embedding=_unit([4.0, 0.6, 0.6, 0.6, 0.6]))
    assert c.add(close) == got["d0"]


def test_cross_lingual_match_ignores_the_story_members_in_the_articles_own_language() -> None:
    # A German report and its English version form one story. A second English text is close to the
    # English member (0.91; within one language unrelated news reach that) but not to the German one
    # (0.83): the mean over both members (0.87) would carry it over the cross-lingual bar (0.85).
    de = item("d1", "2024-03-05", "de", "T1", _made_up_words(1), "Blatt", embedding=[1.0, 0.0, 0.0])
    en = item("e1", "2024-03-05", "en", "T2", _made_up_words(2), "Paper", embedding=_unit([1.0, 0.3, 0.0]))
    near = item("e2", "2024-03-06", "en", "T3", _made_up_words(3), "Courier", embedding=_unit([0.63, 0.3, 0.3]))
    c = StoryClusterer(embed="always")
    got = c.add_many([de, en])
    assert got["d1"] == got["e1"]
    assert c.add(near) != got["d1"]


def _made_up_words(seed: int, n: int = 25) -> str:
    """Letter strings no other fixture article shares, so only the embeddings can link two texts."""
    rng = random.Random(seed)
    return " ".join("".join(rng.choice("bcdfghklmnprstvwz") + rng.choice("aeiou") for _ in range(4)) for _ in range(n))


def _lang_topic_vector(lang: int, topic: int, dims: int = 40) -> list[float]:
    # a vector as e5 gives it: a large part common to all news, a part of the language, a part of the topic
    v = [0.0] * dims
    v[0], v[1 + lang], v[3 + topic] = 0.8, 0.45, 0.4
    return _unit(v)


def _lang_topic_stream() -> tuple[list[StoryItem], StoryItem, StoryItem]:
    de = [
        item(f"d{k}", "2024-03-05", "de", f"T{k}", _made_up_words(k), "Blatt", embedding=_lang_topic_vector(0, k))
        for k in range(12)
    ]
    en = [
        item(f"e{k}", "2024-03-05", "en", f"U{k}", _made_up_words(50 + k), "Paper",
             embedding=_lang_topic_vector(1, 12 + k))
        for k in range(12)
    ]
    same = item("x0", "2024-03-06", "en", "V0", _made_up_words(90), "Courier", embedding=_lang_topic_vector(1, 0))
    new = item("x1", "2024-03-06", "en", "V1", _made_up_words(91), "Courier", embedding=_lang_topic_vector(1, 30))
    return [*de, *en], same, new


def test_language_centring_links_a_translation_whose_raw_cosine_is_low() -> None:
    # raw cosine of the English text to its German topic twin is 0.80, below the raw cross-lingual bar,
    # and as close as any two same-language texts on different topics (0.84); less each language's
    # mean, only the shared topic is left
    stream, same, new = _lang_topic_stream()
    c = StoryClusterer(embed="always")
    got = c.add_many(stream)
    assert len(set(got.values())) == len(stream)
    assert c.add(same) == got["d0"]
    assert c.add(new) not in got.values()
    raw = StoryClusterer(config=ClusterConfig(center=0.0), embed="always")
    raw.add_many(stream)
    assert raw.add(same) != raw.story_of("d0")


def test_language_means_survive_a_restart() -> None:
    stream, same, _ = _lang_topic_stream()
    c = StoryClusterer(embed="always")
    c.add_many(stream)
    resumed = StoryClusterer.from_dict(json.loads(json.dumps(c.to_dict())))
    assert resumed.add(same) == c.add(same) == c.story_of("d0")


def test_same_language_paraphrase_without_shared_words_joins_by_centred_embedding() -> None:
    # another outlet's wording shares no key terms with the report, so the term index offers no candidate
    stream, _, _ = _lang_topic_stream()
    c = StoryClusterer(embed="always")
    got = c.add_many(stream)
    twin = item("y0", "2024-03-06", "de", "W0", _made_up_words(95), "Anzeiger", embedding=_lang_topic_vector(0, 3))
    other = item("y1", "2024-03-06", "de", "W1", _made_up_words(96), "Anzeiger", embedding=_lang_topic_vector(0, 31))
    assert c.add(twin) == got["d3"]
    assert c.add(other) not in got.values()
    strict = StoryClusterer(config=ClusterConfig(c_same_threshold=1.01), embed="always")
    strict.add_many(stream)
    assert strict.add(twin) != strict.story_of("d3")
