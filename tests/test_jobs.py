"""Story jobs on a store: the clusterer's embedding mode is chosen once and kept in its state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.jobs import STORY_STATE, story_language_means, update_stories
from lagebild.store import Store
from tests.stories.samples import BRIDGE_DE, BRIDGE_DE_TITLE, ORCHESTRA, ORCHESTRA_TITLE, article


def _store(tmp_path: Path) -> Store:
    store = Store(str(tmp_path / "jobs.db"))
    with store.begin() as conn:
        for i, (title, body) in enumerate(((BRIDGE_DE_TITLE, BRIDGE_DE), (ORCHESTRA_TITLE, ORCHESTRA))):
            store.add_article(conn, article(title, body, "Sample-Zeitung", "de", "2024-03-05"), f"sample/{i}", "test")
    return store


def test_embed_mode_is_kept_in_the_state(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert story_language_means(store) is None  # nothing clustered yet
    assert update_stories(store, "never") == 2
    state = json.loads(store.get_state(STORY_STATE))  # type: ignore[arg-type]
    assert state["embed_mode"] == "never"
    means = story_language_means(store)
    assert means is not None and not means.trusted("de")  # two articles, none embedded
    with pytest.raises(ValueError, match="embed must be"):
        update_stories(store, "sometimes")
