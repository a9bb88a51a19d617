"""The read side of the REST API under /api: articles (and two compared), stories, entities, quotes, search, stats.

Every list answers with the same envelope (`items`, `total`, `limit`, `offset`, `next_offset`) and the
total is counted with the same filters as the items, so the two always agree.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from lagebild.api.deps import get_cache, get_store
from lagebild.api.errors import ApiError
from lagebild.api.services import MAX_LIMIT, StoryCache, article_or_404, compare_stored, page
from lagebild.store import Store

router = APIRouter(prefix="/api")

StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[StoryCache, Depends(get_cache)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
DateQ = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY[-MM[-DD]]")]


@router.get("/articles", tags=["articles"], summary="List articles")
def list_articles(
    store: StoreDep,
    outlet: str | None = None,
    language: str | None = None,
    since: DateQ = None,
    until: DateQ = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    f = {"outlet": outlet, "language": language, "since": since, "until": until}
    rows = store.list_articles(**f, limit=limit, offset=offset)
    return page([r.to_dict() for r in rows], store.count_articles(**f), limit, offset)


@router.get("/articles/{article_id}", tags=["articles"], summary="One article with its analysis (spans)")
def get_article(store: StoreDep, article_id: Annotated[int, Path(ge=1)]) -> dict[str, Any]:
    article = article_or_404(store, article_id)
    row = store.get_article_row(article_id)
    return {
        "id": article_id,
        "source": row.source if row else None,
        "story_id": store.story_of(article_id),
        "article": article.to_dict(),
        "analysis": store.get_analysis(article_id),
    }


@router.get("/articles/{article_id}/raw", tags=["articles"], summary="The raw input the article was cleaned from")
def get_article_raw(store: StoreDep, article_id: Annotated[int, Path(ge=1)]) -> dict[str, Any]:
    article = article_or_404(store, article_id)
    raw = store.get_raw(article.raw_sha256) if article.raw_sha256 else None
    if raw is None:
        raise ApiError(404, f"article {article_id} has no stored raw input")
    return {
        "sha256": raw.sha256,
        "source": raw.source,
        "media_type": raw.media_type,
        "origin_url": raw.origin_url,
        "fetched_at": raw.fetched_at,
        "meta": raw.meta,
        "text": raw.data.decode("utf-8", errors="replace"),
    }


@router.get(
    "/articles/{article_id}/compare/{other_id}",
    tags=["articles"],
    summary="Two articles side by side: shared and own statements, paired quotes, tensions, similarity",
)
def compare(
    store: StoreDep, article_id: Annotated[int, Path(ge=1)], other_id: Annotated[int, Path(ge=1)]
) -> dict[str, Any]:
    return compare_stored(store, article_id, other_id)


@router.get("/stories", tags=["stories"], summary="List stories")
def list_stories(
    store: StoreDep,
    order: Annotated[str, Query(pattern="^(newest|largest)$")] = "newest",
    min_articles: Annotated[int, Query(ge=1)] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = store.list_stories(order=order, min_articles=min_articles, limit=limit, offset=offset)
    return page(items, store.count_stories(min_articles=min_articles), limit, offset)


@router.get("/stories/{story_id}", tags=["stories"], summary="One story with its full dossier")
def get_story(store: StoreDep, cache: CacheDep, story_id: str) -> dict[str, Any]:
    b = cache.get(store, story_id)
    return {
        "story": b.summary,
        "articles": [r.to_dict() for r in store.article_rows(b.ids)],
        "dossier": b.dossier,
        "dossier_error": b.dossier_error,
    }


@router.get("/entities", tags=["entities"], summary="List entities, most widely reported first")
def list_entities(
    store: StoreDep,
    type: Annotated[str | None, Query(pattern="^(?i:PER|ORG|LOC|MISC)$")] = None,
    name: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = store.list_entities(type_=type, name=name, limit=limit, offset=offset)
    return page(items, store.count_entities(type_=type, name=name), limit, offset)


@router.get("/entities/{key:path}", tags=["entities"], summary="One entity by key, KB id or name")
def get_entity(store: StoreDep, key: str) -> dict[str, Any]:
    detail = store.entity_detail(key)
    if detail is None:
        raise ApiError(404, f"no entity {key!r}")
    return detail


@router.get("/quotes", tags=["quotes"], summary="List quotes")
def list_quotes(
    store: StoreDep,
    speaker: str | None = None,
    entity: str | None = None,
    outlet: str | None = None,
    since: DateQ = None,
    until: DateQ = None,
    article_id: Annotated[int | None, Query(ge=1)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    f: dict[str, Any] = {
        "speaker": speaker,
        "entity": entity,
        "outlet": outlet,
        "since": since,
        "until": until,
        "article_id": article_id,
    }
    return page(store.list_quotes(**f, limit=limit, offset=offset), store.count_quotes(**f), limit, offset)


@router.get("/search", tags=["search"], summary="Full-text search; every word must occur")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    hits = store.search(q, limit=limit, offset=offset)
    items = [{**row.to_dict(), "snippet": snip} for row, snip in hits]
    return page(items, store.count_search(q), limit, offset)


@router.get("/stats", tags=["store"], summary="How much the store holds")
def stats(store: StoreDep) -> dict[str, int]:
    return store.stats()
