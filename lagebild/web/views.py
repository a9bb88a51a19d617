"""Page dicts for the web UI: one function per page, returning plain JSON-able data.

The same dict is rendered by a template or returned as JSON (`?format=json`), datasette-style, so
what the page shows can always be fetched by a program too.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from lagebild.api.errors import ApiError
from lagebild.api.services import article_or_404, compare_stored, page
from lagebild.records import sha256_hex
from lagebild.store import Store
from lagebild.web.highlight import analysis_marks, segments
from lagebild.web.svg import day_bars, hbars

HOME_DAYS = 7
PLOT_DAYS = 60
HOME_STORIES = 30
RAW_PREVIEW = 20_000  # the page shows the start; /api/articles/{id}/raw has all of it
COMPARE_LINKS = 12  # other reports of the story an article page offers to compare with


def _minus_days(day: str | None, days: int) -> str | None:
    try:
        return (date.fromisoformat((day or "")[:10]) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def home_page(store: Store) -> dict[str, Any]:
    latest = store.latest_story_seen()
    since = _minus_days(latest, HOME_DAYS)
    stories = store.list_stories(order="largest", since=since, limit=HOME_STORIES)
    if not stories and since:
        stories = store.list_stories(order="largest", limit=HOME_STORIES)
    members = store.story_members([s["id"] for s in stories])
    rows = {r.id: r for r in store.article_rows(sorted({i for ids in members.values() for i in ids}))}
    items = []
    for s in stories:
        days: dict[str, int] = {}
        for i in members.get(s["id"], []):
            if (r := rows.get(i)) and r.published:
                days[r.published[:10]] = days.get(r.published[:10], 0) + 1
        items.append(
            {
                **s,
                "independent": s.get("independent_count", s.get("independent_sources")),
                "spark": day_bars(sorted(days.items()), width=160, height=36),
            }
        )
    plot_since = _minus_days(latest, PLOT_DAYS)
    return {
        "latest": latest,
        "days": HOME_DAYS,
        "stories": items,
        "coverage": day_bars(store.articles_per_day(since=plot_since)),
        "outlet_mix": hbars([(o or "?", n) for o, n in store.outlet_counts(since=plot_since, limit=12)]),
        "stats": store.stats(),
    }


def article_page(store: Store, article_id: int) -> dict[str, Any]:
    article = article_or_404(store, article_id)
    row = store.get_article_row(article_id)
    analysis = store.get_analysis(article_id)
    stale = bool(analysis) and analysis.get("text_sha256") not in (None, sha256_hex(article.text))  # type: ignore[union-attr]
    marks = analysis_marks(analysis) if analysis and not stale else []
    blocks = [
        {"kind": b.kind, "segments": segments(article.text, b.start, b.end, marks)}
        for b in article.blocks
        if b.end > b.start
    ]
    raw = store.get_raw(article.raw_sha256) if article.raw_sha256 else None
    quotes = []
    for i, q in enumerate((analysis or {}).get("quotes") or []):
        sp = q.get("speaker") or {}
        quotes.append(
            {
                "idx": i,
                "kind": q.get("kind"),
                "text": (q.get("text") or {}).get("text", ""),
                "speaker": sp.get("text"),
                "anonymous": bool(sp.get("anonymous")),
                "channel": (q.get("channel") or {}).get("text"),
            }
        )
    entities = sorted(
        (
            {"key": e["key"], "name": e.get("name"), "type": e.get("type"), "mentions": len(e.get("mentions") or [])}
            for e in (analysis or {}).get("entities") or []
        ),
        key=lambda e: (-e["mentions"], str(e["name"])),
    )
    story_id = store.story_of(article_id)
    others = [i for i in store.story_article_ids(story_id) if i != article_id][:COMPARE_LINKS] if story_id else []
    other_arts = store.get_articles(others) if others else {}
    return {
        "id": article_id,
        "compare_with": [
            {"id": i, "outlet": other_arts[i].outlet, "title": other_arts[i].title} for i in others if i in other_arts
        ],
        "title": article.title,
        "meta": {
            k: v
            for k, v in article.to_dict().items()
            if k in ("outlet", "published", "updated", "author", "language", "url", "source_id", "reading_time_min")
        },
        "source": row.source if row else None,
        "link": article.url if re.match(r"(?i)^https?://", article.url or "") else None,
        "story": store.get_story(story_id) if story_id else None,
        "blocks": blocks,
        "removed": article.removed,
        "provenance": [{"kind": p.kind, "outlet": p.outlet, "text": p.text} for p in article.provenance],
        "analysed": analysis is not None,
        "stale_analysis": stale,
        "quotes": quotes,
        "entities": entities,
        "raw": None
        if raw is None
        else {
            "media_type": raw.media_type,
            "source": raw.source,
            "origin_url": raw.origin_url,
            "fetched_at": raw.fetched_at,
            "sha256": raw.sha256,
            "size": len(raw.data),
            "text": raw.data[:RAW_PREVIEW].decode("utf-8", errors="replace"),
            "truncated": len(raw.data) > RAW_PREVIEW,
        },
    }


def entities_page(store: Store, type_: str | None, name: str | None, limit: int, offset: int) -> dict[str, Any]:
    items = store.list_entities(type_=type_, name=name, limit=limit, offset=offset)
    return {
        "filters": {"type": type_, "name": name},
        **page(items, store.count_entities(type_=type_, name=name), limit, offset),
    }


def entity_page(store: Store, key: str) -> dict[str, Any]:
    detail = store.entity_detail(key)
    if detail is None:
        raise ApiError(404, f"no entity {key!r}")
    quotes = store.list_quotes(entity=detail["key"], limit=50)
    return {
        "entity": detail,
        "quotes": quotes,
        "coverage": day_bars(store.articles_per_day(ids=[a["id"] for a in detail["articles"]])),
    }


_SNIP = re.compile(r"\[([^\[\]]*)\]")


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """FTS marks hits with [ and ]; turn them into segments (escaped by the template, never raw HTML)."""
    out, pos = [], 0
    for m in _SNIP.finditer(snippet):
        if m.start() > pos:
            out.append({"text": snippet[pos : m.start()], "hit": False})
        out.append({"text": m.group(1), "hit": True})
        pos = m.end()
    if pos < len(snippet):
        out.append({"text": snippet[pos:], "hit": False})
    return out


def search_page(store: Store, q: str, limit: int, offset: int) -> dict[str, Any]:
    q = q.strip()
    if not q:
        return {"q": "", **page([], 0, limit, offset)}
    hits = store.search(q, limit=limit, offset=offset)
    items = [{**row.to_dict(), "snippet": snip, "parts": snippet_parts(snip)} for row, snip in hits]
    return {"q": q, **page(items, store.count_search(q), limit, offset)}


def quotes_page(store: Store, filters: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
    f = {k: v for k, v in filters.items() if v not in (None, "")}
    return {
        "filters": filters,
        **page(store.list_quotes(**f, limit=limit, offset=offset), store.count_quotes(**f), limit, offset),
    }


def compare_page(store: Store, a: int, b: int) -> dict[str, Any]:
    """Two articles side by side: the statements they share, each one's own, their tensions and paired quotes,
    with the same-story similarity (the same data as GET /api/articles/{a}/compare/{b})."""
    res = compare_stored(store, a, b)
    arts = store.get_articles([a, b])
    head = [
        {"id": i, "title": arts[i].title, "outlet": arts[i].outlet, "published": arts[i].published,
         "language": arts[i].language}
        for i in (a, b)
    ]
    return {
        "articles": head,
        "similarity": res["similarity"],
        "shared": [
            {"a": s["a"]["text"], "b": s["b"]["text"], "loose": s["loose"]} for s in res["shared"]
        ],
        "unique": [
            {"id": h["id"], "outlet": h["outlet"], "claims": [u["text"] for u in res["unique"][str(h["id"])]]}
            for h in head
        ],
        "conflicts": [
            {
                "kind": c["kind"],
                "severity": c.get("severity"),
                "a": c["a"]["statement"]["text"],
                "a_item": c["a"]["item"].get("text"),
                "b": c["b"]["statement"]["text"],
                "b_item": c["b"]["item"].get("text"),
            }
            for c in res["conflicts"]
        ],
        "quote_pairs": [
            {"a": q["a"]["text"], "a_speaker": q["a"]["speaker"], "b": q["b"]["text"], "b_speaker": q["b"]["speaker"]}
            for q in res["quote_pairs"]
        ],
    }
