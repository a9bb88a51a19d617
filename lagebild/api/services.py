"""What the REST routes and the web pages both need: paging, article and story bundles, a dossier cache.

Loading a story means reading every member article and analysis and running the dossier builder, the
one expensive step of a page view; `StoryCache` keeps recent results keyed by the story's members, so
a re-clustered story is rebuilt and an unchanged one is served from memory.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from lagebild.api.errors import ApiError
from lagebild.records import Article
from lagebild.store import Store

log = logging.getLogger("lagebild.api")

MAX_LIMIT = 500


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The envelope of every list: the items plus what is needed to fetch the next page."""
    nxt = offset + limit if offset + limit < total else None
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next_offset": nxt}


@dataclass
class StoryBundle:
    """A story with everything its page shows; built once, then cached."""

    summary: dict[str, Any]
    ids: list[int]
    articles: dict[int, Article]
    analyses: dict[int, dict[str, Any] | None]
    dossier: dict[str, Any]
    dossier_error: str | None = None
    built_at: float = field(default_factory=time.monotonic)


def build_story_dossier(
    articles: dict[int, Article], analyses: dict[int, dict[str, Any] | None], ids: list[int]
) -> tuple[dict[str, Any], str | None]:
    """Run the story dossier builder; a missing or failing builder gives empty sections, not a 500."""
    try:
        from lagebild.records import analysis_from_dict
        from lagebild.stories.dossier import build_dossier
    except ImportError as exc:
        return {}, f"dossier builder not available: {exc}"
    present = [i for i in ids if i in articles]
    try:
        parsed = [analysis_from_dict(a) if (a := analyses.get(i)) else None for i in present]
        return dict(build_dossier([articles[i] for i in present], parsed, present)), None
    except Exception as exc:  # keep the page up; the rest of the story is still worth showing
        log.exception("dossier failed for articles %s", present)
        return {}, f"dossier could not be built: {type(exc).__name__}: {exc}"


class StoryCache:
    """A small thread-safe LRU of story bundles with a time limit."""

    def __init__(self, size: int = 256, ttl_s: float = 600.0) -> None:
        self.size = size
        self.ttl_s = ttl_s
        self._items: OrderedDict[tuple[str, tuple[int, ...]], StoryBundle] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, story_id: str) -> StoryBundle:
        summary = store.get_story(story_id)
        if summary is None:
            raise ApiError(404, f"no story {story_id!r}")
        ids = store.story_article_ids(story_id)
        key = (story_id, tuple(ids))
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and time.monotonic() - hit.built_at < self.ttl_s:
                self._items.move_to_end(key)
                return hit
        bundle = self._build(store, summary, ids)
        with self._lock:
            self._items[key] = bundle
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return bundle

    @staticmethod
    def _build(store: Store, summary: dict[str, Any], ids: list[int]) -> StoryBundle:
        articles = store.get_articles(ids)
        analyses = {i: store.get_analysis(i) for i in ids}
        dossier, error = build_story_dossier(articles, analyses, ids)
        return StoryBundle(summary, ids, articles, analyses, dossier, error)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def article_or_404(store: Store, article_id: int) -> Article:
    article = store.get_article(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id}")
    return article
