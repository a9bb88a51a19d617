"""Store-level jobs after ingest: analyse stored articles, then fold them into stories.

Both are incremental: they work on what has no analysis / no story yet, in small committed batches,
so a re-run after a crash continues where the last one stopped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from lagebild.extract.pipeline import ANALYZER_VERSION, AnalysisInput, analyze_batch
from lagebild.store import Store
from lagebild.stories.centring import CENTER, MIN_ARTICLES, LanguageMeans

BATCH = 64
STORY_STATE = "story_clusterer"


def analyze_stored(
    store: Store,
    ids: Sequence[int] | None,
    *,
    only_missing: bool = False,
    progress: Callable[[str], None] | None = None,
) -> int:
    """Analyse the given stored articles (all when `ids` is None); returns how many were analysed."""
    todo = list(ids) if ids is not None else store.article_ids()
    if only_missing:
        done = store.analysed_ids()
        todo = [i for i in todo if i not in done]
    count = 0
    for start in range(0, len(todo), BATCH):
        chunk = todo[start : start + BATCH]
        arts = store.get_articles(chunk)
        inputs = [AnalysisInput.from_article(arts[i], i) for i in chunk if i in arts]
        results = analyze_batch(inputs)
        with store.begin() as conn:
            for inp, res in zip(inputs, results, strict=True):
                assert isinstance(inp.id, int)
                store.put_analysis(conn, inp.id, res, ANALYZER_VERSION)
        count += len(results)
        if progress:
            for inp in inputs:
                progress(str(inp.id))
    return count


def story_language_means(store: Store) -> LanguageMeans | None:
    """The language means the store's clusterer has learnt (None before any clustering), so a pairwise
    similarity is on the scale the stories were built on."""
    state = store.get_state(STORY_STATE)
    if not state:
        return None
    st = json.loads(state)
    cfg = st.get("config", {})
    return LanguageMeans.from_dict(st, cfg.get("center", CENTER), cfg.get("center_min", MIN_ARTICLES))


def update_stories(store: Store, embed: str | None = None) -> int:
    """Add every article without a story to the incremental clusterer, in date order; returns stories touched.

    `embed` ("auto", "always", "never") sets how the store's clusterer uses embeddings from now on (kept
    in its state); None keeps the store's mode, "auto" for a new store. "always" embeds every article
    (about 0.4 s of CPU each). "auto" embeds an article only while the window holds another language
    (or for CJK text): a one-language stream keeps hundreds of articles a second, and a mixed one is
    clustered as with "always" (same-story F1 0.82 on the similarity pairs, bench/similarity.py).
    """
    from lagebild.records import analysis_from_dict
    from lagebild.stories.cluster import StoryClusterer
    from lagebild.stories.item import StoryItem

    state = store.get_state(STORY_STATE)
    clusterer = StoryClusterer.from_dict(json.loads(state)) if state else StoryClusterer()
    if embed is not None:
        if embed not in ("auto", "always", "never"):
            raise ValueError(f"embed must be 'auto', 'always' or 'never', got {embed!r}")
        clusterer.embed_mode = embed  # type: ignore[assignment]
    done = store.clustered_ids()
    todo = [i for i in store.article_ids() if i not in done]
    if not todo:
        return 0
    arts = store.get_articles(todo)
    items = []
    for i in todo:
        if i in arts:
            analysis = store.get_analysis(i)
            items.append(StoryItem.from_article(arts[i], i, analysis_from_dict(analysis) if analysis else None))
    members = {int(k): v for k, v in clusterer.add_many(items).items()}
    touched = sorted(set(members.values()))
    summaries = [s for s in (clusterer.story(sid) for sid in touched) if s is not None]
    for summary in summaries:
        summary.setdefault("independent_count", summary.get("independent_sources", 0))
    with store.begin() as conn:
        store.put_story_members(conn, members)
        store.put_stories(conn, summaries)
        store.put_state(conn, STORY_STATE, json.dumps(clusterer.to_dict()).encode("utf-8"))
    return len(touched)
