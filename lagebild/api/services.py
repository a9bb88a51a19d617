"""What the REST routes and the web pages both need: paging, article and story bundles, a dossier cache.

Loading a story means reading every member article and analysis and running the dossier builder, the
one expensive step of a page view; `StoryCache` keeps recent results keyed by the story's members, so
a re-clustered story is rebuilt and an unchanged one is served from memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import queue
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from lagebild.api.errors import ApiError
from lagebild.records import Article
from lagebild.store import Store

log = logging.getLogger("lagebild.api")

T = TypeVar("T")
MAX_LIMIT = 500
MAX_DOSSIER_ARTICLES = 8  # pairwise comparison grows with the square of the articles compared
DOSSIER_PENDING = "being built; reload the page in a few seconds"
DOSSIER_FORMAT = 1  # raise when the dossier builder or `dossier_articles` changes: stored dossiers are rebuilt


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
    dossier_ids: list[int] = field(default_factory=list)
    built_at: float = field(default_factory=time.monotonic)


def dossier_articles(ids: list[int], articles: dict[int, Article], limit: int = MAX_DOSSIER_ARTICLES) -> list[int]:
    """Which articles the comparison covers: the earliest of each outlet first, then the rest by date.

    A story of forty syndicated copies compares best across its different outlets; comparing all
    pairs would cost seconds per view for no new facts.
    """
    present = [i for i in ids if i in articles]
    by_date = sorted(present, key=lambda i: (articles[i].published or "9999", i))
    chosen: list[int] = []
    outlets: set[str | None] = set()
    for i in by_date:
        if articles[i].outlet not in outlets:
            outlets.add(articles[i].outlet)
            chosen.append(i)
    chosen += [i for i in by_date if i not in chosen]
    return sorted(chosen[:limit])


@contextmanager
def dossier_lock(store: Store, story_id: str) -> Iterator[None]:
    """An exclusive lock per store and story across the processes of this machine (uvicorn workers, the
    warming thread), so a dossier is built once; on systems without `fcntl` builds are not shared."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    name = hashlib.sha256(f"{store.url}\0{story_id}".encode()).hexdigest()[:32]
    path = Path(tempfile.gettempdir()) / f"lagebild-dossier-{name}.lock"
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def members_hash(ids: list[int]) -> str:
    """What a stored dossier is valid for: the story's member set (and the dossier format's version)."""
    return hashlib.sha256(f"{DOSSIER_FORMAT}:{','.join(map(str, sorted(ids)))}".encode()).hexdigest()


def build_story_dossier(
    articles: dict[int, Article], analyses: dict[int, dict[str, Any] | None], ids: list[int]
) -> tuple[dict[str, Any], str | None]:
    """Run the story dossier builder; a missing or failing builder gives empty sections, not a 500."""
    try:
        from lagebild.records import analysis_from_dict
        from lagebild.stories.dossier import build_dossier
    except ImportError as exc:
        return {}, f"dossier builder not available: {exc}"
    present: list[str | int] = [i for i in ids if i in articles]
    try:
        parsed = [analysis_from_dict(a) if (a := analyses.get(int(i))) else None for i in present]
        return dict(build_dossier([articles[int(i)] for i in present], parsed, present)), None
    except Exception as exc:  # keep the page up; the rest of the story is still worth showing
        log.exception("dossier failed for articles %s", present)
        return {}, f"dossier could not be built: {type(exc).__name__}: {exc}"


class StoryCache:
    """A thread-safe LRU of story bundles with a time limit; one build per story at a time."""

    def __init__(self, size: int = 256, ttl_s: float = 3600.0) -> None:
        self.size = size
        self.ttl_s = ttl_s
        self._items: OrderedDict[tuple[str, tuple[int, ...]], StoryBundle] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[tuple[str, tuple[int, ...]], threading.Lock] = {}
        self._pages: dict[str, tuple[float, Any]] = {}
        self._page_gates: dict[str, threading.Lock] = {}
        self._queue: queue.Queue[str] = queue.Queue()
        self._queued: set[str] = set()
        self._builder: threading.Thread | None = None
        self.defer_builds = False  # True: pending dossiers are requested from `build_dossiers_forever`

    def get(self, store: Store, story_id: str, wait: bool = True) -> StoryBundle:
        """The story's bundle. With `wait=False` a dossier that is neither cached nor stored is built in
        the background and the bundle comes back at once, its dossier empty and marked as pending (a
        build takes seconds; twenty readers should not hold twenty connections for it)."""
        summary = store.get_story(story_id)
        if summary is None:
            raise ApiError(404, f"no story {story_id!r}")
        ids = store.story_article_ids(story_id)
        key = (story_id, tuple(ids))
        hit = self._fresh(key)
        if hit is not None:
            return hit
        if not wait:
            bundle = self._build(store, story_id, summary, ids, build=False)
            if bundle.dossier_error != DOSSIER_PENDING:
                self._keep(key, bundle)
            else:
                self._schedule(store, story_id)
            return bundle
        with self._lock:
            gate = self._building.setdefault(key, threading.Lock())
        with gate:  # twenty readers of a new story wait for one build instead of running twenty
            hit = self._fresh(key)
            if hit is not None:
                return hit
            with dossier_lock(store, story_id):  # other worker processes build the same stories
                bundle = self._build(store, story_id, summary, ids)
            self._keep(key, bundle)
            with self._lock:
                self._building.pop(key, None)
        return bundle

    def _keep(self, key: tuple[str, tuple[int, ...]], bundle: StoryBundle) -> None:
        with self._lock:
            self._items[key] = bundle
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def _schedule(self, store: Store, story_id: str) -> None:
        """Queue a background build: in the store for the builder process (`defer_builds`), else in one
        builder thread of this process, so builds never run side by side."""
        if self.defer_builds:
            try:
                store.request_dossier(story_id)
            except Exception:  # a busy store: the next view asks again
                log.exception("could not request the dossier of story %s", story_id)
            return
        with self._lock:
            if story_id in self._queued:
                return
            self._queued.add(story_id)
            if self._builder is None or not self._builder.is_alive():
                self._builder = threading.Thread(target=self._build_queued, args=(store,), daemon=True)
                self._builder.start()
            self._queue.put(story_id)

    def _build_queued(self, store: Store) -> None:
        while True:
            story_id = self._queue.get()
            try:
                self.get(store, story_id)
            except Exception:  # a failing story must not stop the builder for the others
                log.exception("background dossier build failed for story %s", story_id)
            finally:
                with self._lock:
                    self._queued.discard(story_id)

    def _fresh(self, key: tuple[str, tuple[int, ...]]) -> StoryBundle | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and time.monotonic() - hit.built_at < self.ttl_s:
                self._items.move_to_end(key)
                return hit
        return None

    def warm(self, store: Store, limit: int = 30) -> None:
        """Build the bundles of the largest recent stories (what the home page links to) ahead of readers."""
        try:
            sids = [s["id"] for s in store.list_stories(order="largest", limit=limit)]
            members = store.story_members(sids)
            stored = store.dossier_hashes(sids)
            for sid in sids:
                if stored.get(sid) != members_hash(members.get(sid, [])):
                    self.get(store, sid)
        except Exception:  # warming is an optimisation; a failure here must not take the server down
            log.exception("warming the story cache failed")

    @staticmethod
    def _build(store: Store, story_id: str, summary: dict[str, Any], ids: list[int], build: bool = True) -> StoryBundle:
        """Read the story's articles; take its dossier from the store, building and storing it on a miss
        (or, with `build=False`, marking it as pending)."""
        articles = store.get_articles(ids)
        stored = store.get_analyses(ids)
        analyses: dict[int, dict[str, Any] | None] = {i: stored.get(i) for i in ids}
        chosen = dossier_articles(ids, articles)
        key = members_hash(ids)
        dossier = store.get_dossier(story_id, key)
        if dossier is not None:
            return StoryBundle(summary, ids, articles, analyses, dossier, None, chosen)
        if not build:
            return StoryBundle(summary, ids, articles, analyses, {}, DOSSIER_PENDING, chosen)
        dossier, error = build_story_dossier(articles, analyses, chosen)
        if error is None:
            try:
                store.put_dossier(story_id, key, dossier)
            except Exception:  # a read-only or busy store still serves the page it just built
                log.exception("could not store the dossier of story %s", story_id)
        return StoryBundle(summary, ids, articles, analyses, dossier, error, chosen)

    def memo(self, name: str, build: Callable[[], T], ttl_s: float = 30.0) -> T:
        """A page dict (or its HTML) kept for `ttl_s` seconds (the home page aggregates over the whole store)."""
        now = time.monotonic()
        with self._lock:
            hit = self._pages.get(name)
            if hit is not None and now - hit[0] < ttl_s:
                return hit[1]  # type: ignore[no-any-return]
            gate = self._page_gates.setdefault(name, threading.Lock())
        # one thread rebuilds; the others serve the expired value meanwhile, or wait when there is none yet
        if not gate.acquire(blocking=hit is None):
            return hit[1]  # type: ignore[index, no-any-return]
        try:
            with self._lock:
                again = self._pages.get(name)
            if again is not None and time.monotonic() - again[0] < ttl_s:
                return again[1]  # type: ignore[no-any-return]
            value = build()
            with self._lock:
                self._pages[name] = (time.monotonic(), value)
            return value
        finally:
            gate.release()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._pages.clear()


def warm_dossiers(db: str, limit: int = 60) -> None:
    """Build and store the missing dossiers of the largest stories (what the home page links to).

    Runs in its own thread with its own store handle; readers that arrive first build on demand.
    """
    try:
        store = Store(db)
        try:
            StoryCache(size=1).warm(store, limit=limit)
        finally:
            store.close()
    except Exception:  # warming is an optimisation; a failure here must not take the server down
        log.exception("warming the dossiers failed")


def build_dossiers_forever(db: str, poll_s: float = 0.5, niceness: int = 10) -> None:
    """The dossier builder process of `lagebild serve`: warm the largest stories, then build what readers
    asked for. A process of its own at lower priority, so builds take neither the workers' GIL nor
    their share of the cores."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice here: build at normal priority
        os.nice(niceness)
    warm_dossiers(db)
    store = Store(db)
    cache = StoryCache(size=1)
    while True:
        for story_id in store.dossier_requests():
            try:
                cache.get(store, story_id)
            except ApiError:  # the story was re-clustered away meanwhile
                pass
            except Exception:
                log.exception("dossier build failed for story %s", story_id)
            store.drop_dossier_request(story_id)
        time.sleep(poll_s)


def compare_stored(store: Store, a: int, b: int) -> dict[str, Any]:
    """Two stored articles side by side (`compare_articles` with their analyses), with their same-story
    similarity on the store's clusterer scale; an unknown id is a 404."""
    from lagebild.jobs import story_language_means
    from lagebild.records import analysis_from_dict
    from lagebild.stories.compare import compare_articles

    arts = store.get_articles([a, b])
    for i in (a, b):
        if i not in arts:
            raise ApiError(404, f"no article with id {i}")
    analyses = [analysis_from_dict(d) if (d := store.get_analysis(i)) else None for i in (a, b)]
    return compare_articles(
        arts[a], arts[b], analyses[0], analyses[1], ids=(str(a), str(b)), means=story_language_means(store)
    )


def article_or_404(store: Store, article_id: int) -> Article:
    article = store.get_article(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id}")
    return article
