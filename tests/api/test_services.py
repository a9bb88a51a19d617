"""Stored dossiers: built once per member set, read back by any process, rebuilt when members change."""

from __future__ import annotations

import time
from typing import Any

import pytest

from lagebild.api import services
from lagebild.api.services import StoryCache, members_hash, warm_dossiers
from lagebild.store import Store

STORY = "s-velmora-strike"


def _counting_builder(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    calls: list[list[int]] = []

    def build(articles: Any, analyses: Any, ids: list[int]) -> tuple[dict[str, Any], None]:
        calls.append(list(ids))
        return {"outlets": ["sample"], "ids": list(ids)}, None

    monkeypatch.setattr(services, "build_story_dossier", build)
    return calls


def test_dossier_is_stored_and_reused_by_a_fresh_cache(
    sample: tuple[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_builder(monkeypatch)
    with Store(sample[0]) as store:
        first = StoryCache().get(store, STORY)
        again = StoryCache().get(store, STORY)  # a new process has an empty memory cache
        ids = store.story_article_ids(STORY)
        assert store.get_dossier(STORY, members_hash(ids)) == first.dossier
    assert len(calls) == 1 and again.dossier == first.dossier


def test_changed_members_invalidate_the_stored_dossier(sample: tuple[str, Any]) -> None:
    with Store(sample[0]) as store:
        store.put_dossier(STORY, members_hash([1, 2]), {"x": 1})
        assert store.get_dossier(STORY, members_hash([1, 2])) == {"x": 1}
        assert store.get_dossier(STORY, members_hash([1, 2, 3])) is None
        store.put_dossier(STORY, members_hash([1, 2, 3]), {"x": 2})
        assert store.dossier_hashes([STORY]) == {STORY: members_hash([1, 2, 3])}


def test_warming_builds_missing_dossiers_once(sample: tuple[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_builder(monkeypatch)
    warm_dossiers(sample[0])
    warm_dossiers(sample[0])
    with Store(sample[0]) as store:
        n = len(store.list_stories(limit=60))
        assert len(store.dossier_hashes([s["id"] for s in store.list_stories(limit=60)])) == n
    assert len(calls) == n


def test_a_reader_that_does_not_wait_gets_a_pending_dossier_built_behind(
    sample: tuple[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_builder(monkeypatch)
    cache = StoryCache()
    with Store(sample[0]) as store:
        first = cache.get(store, STORY, wait=False)
        assert first.dossier == {} and first.dossier_error == services.DOSSIER_PENDING
        deadline = time.monotonic() + 10
        while store.get_dossier(STORY, members_hash(first.ids)) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cache.get(store, STORY, wait=False).dossier == {"outlets": ["sample"], "ids": first.dossier_ids}
    assert len(calls) == 1


def test_a_serving_cache_leaves_builds_to_the_builder_process(sample: tuple[str, Any]) -> None:
    cache = StoryCache()
    cache.defer_builds = True
    with Store(sample[0]) as store:
        assert cache.get(store, STORY, wait=False).dossier_error == services.DOSSIER_PENDING
        cache.get(store, STORY, wait=False)
        assert store.dossier_requests() == [STORY]
        store.drop_dossier_request(STORY)
        assert store.dossier_requests() == []
