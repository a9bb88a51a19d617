"""A story dossier: what several articles of one story share, what only one carries, where they differ.

Built from pairwise `compare` alignments: statements linked across articles form one fact, carried
by the outlets of its statements; statements linked to nothing are unique to their outlet.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from lagebild.records import Analysis, Article
from lagebild.stories.compare import (
    CLEAR_CSLS,
    QuoteRef,
    Statement,
    UnitMatcher,
    _quotes_of,
    _tension_json,
    align,
    context_tensions,
    date_tensions,
    language_of,
    quantity_tensions,
    quote_pairs,
    statements,
)
from lagebild.stories.embed import Embedder, get_embedder
from lagebild.stories.item import StoryInputError


class _Groups:
    """Union-find over (article, statement) nodes: statements linked by alignment form one fact.

    Each sentence's best partner in every other article counts as aligned, so in a story of many outlets loose
    links chain whole articles into one "fact". A link below the clear bar may therefore join two groups only
    while the result spans at most two articles (between two articles nothing changes); facts that three or
    more outlets share are held together by clear matches.
    """

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}
        self.articles: dict[tuple[int, int], set[int]] = {}
        self.matched: set[tuple[int, int]] = set()  # nodes with an aligned partner, joined or not

    def find(self, x: tuple[int, int]) -> tuple[int, int]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[int, int], b: tuple[int, int], clear: bool = True) -> None:
        self.matched |= {a, b}
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        arts = self.articles.get(ra, {ra[0]}) | self.articles.get(rb, {rb[0]})
        if not clear and len(arts) > 2:
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.articles[root] = arts


def _label(article: Article, aid: str) -> str:
    return article.outlet or aid


def build_dossier(
    articles: list[Article],
    analyses: list[Analysis | None] | None,
    ids: list[str | int],
    embedder: Embedder | None = None,
) -> dict[str, Any]:
    """JSON-able dossier: outlets, timeline, shared facts, unique facts, quote pairs, conflicts."""
    if len(articles) != len(ids):
        raise StoryInputError(f"build_dossier: {len(articles)} articles but {len(ids)} ids")
    analyses = list(analyses) if analyses is not None else [None] * len(articles)
    if len(analyses) != len(articles):
        raise StoryInputError(f"build_dossier: {len(articles)} articles but {len(analyses)} analyses")
    for i, art in enumerate(articles):
        if not isinstance(art, Article):
            raise StoryInputError(f"build_dossier: item {i} is {type(art).__name__}, not an Article")
    emb = embedder or get_embedder()
    sid = [str(x) for x in ids]
    stmts = [statements(a, an, k) for k, (a, an) in enumerate(zip(articles, analyses, strict=True))]
    groups = _Groups()
    conflicts: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    quote_lists = [_quotes_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    same_unit = UnitMatcher(emb)
    for x, y in combinations(range(len(articles)), 2):
        pairs, _ = align(stmts[x], stmts[y], emb)
        for i, j, sc, _ in pairs:
            groups.union((x, i), (y, j), clear=sc >= CLEAR_CSLS)
        aligned = [(stmts[x][i], stmts[y][j]) for i, j, _, _ in pairs]
        cross = same_unit if language_of(articles[x]) != language_of(articles[y]) else None  # one language: keys meet
        tensions = quantity_tensions(stmts[x], stmts[y], {(i, j): sc for i, j, sc, _ in pairs}, cross)
        tensions += date_tensions(aligned)
        tensions += context_tensions(
            [(stmts[x][i], stmts[y][j], sc) for i, j, sc, _ in pairs], analyses[x], analyses[y]
        )
        for t in tensions:
            conflicts.append(_tension_json(t, sid[x], sid[y]))
        for i, j, c in quote_pairs(articles[x], articles[y], quote_lists[x], quote_lists[y], emb):
            quotes.append(_quote_pair(articles, sid, (x, quote_lists[x][i]), (y, quote_lists[y][j]), c))
    facts: dict[tuple[int, int], list[Statement]] = {}
    for k, ss in enumerate(stmts):
        for st in ss:
            facts.setdefault(groups.find((k, st.index)), []).append(st)
    shared: list[dict[str, Any]] = []
    unique: dict[str, list[dict[str, Any]]] = {a: [] for a in sid}
    for members in facts.values():
        arts = sorted({m.article for m in members})
        if len(arts) > 1:
            shared.append(
                {
                    "outlets": sorted({_label(articles[k], sid[k]) for k in arts}),
                    "articles": [sid[k] for k in arts],
                    "statements": [m.ref(sid[m.article]) for m in sorted(members, key=_order)],
                }
            )
        else:  # a sentence whose loose links were not joined is still no one outlet's own
            unique[sid[arts[0]]].extend(m.ref(sid[m.article]) for m in members if (m.article, m.index) not in
                                        groups.matched)
    shared.sort(key=lambda f: (-len(f["articles"]), f["statements"][0]["article"], f["statements"][0]["start"]))
    for refs in unique.values():
        refs.sort(key=lambda r: r["start"])
    return {
        "articles": [_article_json(a, k) for a, k in zip(articles, sid, strict=True)],
        "outlets": sorted({_label(a, k) for a, k in zip(articles, sid, strict=True)}),
        "timeline": _timeline(articles, sid, stmts),
        "shared": shared,
        "unique": unique,
        "quote_pairs": quotes,
        "conflicts": _distinct(conflicts),
    }


def _order(st: Statement) -> tuple[int, int]:
    return st.article, st.start


def _article_json(a: Article, aid: str) -> dict[str, Any]:
    return {
        "id": aid,
        "title": a.title,
        "outlet": a.outlet,
        "language": a.language,
        "published": a.published,
        "translated_from": _noted(a, "translated_from"),
        "syndicated_from": _noted(a, "syndicated_from"),
    }


def _noted(a: Article, kind: str) -> list[str]:
    """Outlets the article's provenance notes name, once each (a page may say it twice: "Dieser Artikel
    ist eine Übersetzung ..." and "Lesen Sie den Originalartikel auf X")."""
    return list(dict.fromkeys(p.outlet for p in a.provenance if p.kind == kind and p.outlet))


def _quote_pair(
    articles: list[Article],
    sid: list[str],
    qa: tuple[int, QuoteRef],
    qb: tuple[int, QuoteRef],
    cos: float,
) -> dict[str, Any]:
    sides = []
    for k, q in (qa, qb):
        text = articles[k].text[q.start : q.end]
        sides.append({"article": sid[k], "start": q.start, "end": q.end, "text": text, "speaker": q.speaker})
    return {"a": sides[0], "b": sides[1], "same_wording": sides[0]["text"] == sides[1]["text"], "cosine": round(cos, 4)}


def _timeline(articles: list[Article], sid: list[str], stmts: list[list[Statement]]) -> list[dict[str, Any]]:
    """Publication events plus dated statements, ordered by their resolved date."""
    events: list[dict[str, Any]] = []
    for a, k in zip(articles, sid, strict=True):
        if a.published:
            events.append({"date": a.published[:10], "kind": "published", "article": k, "outlet": a.outlet})
    for n, ss in enumerate(stmts):
        for st in ss:
            for t in st.timexes:
                if t.value_start:
                    events.append(
                        {
                            "date": t.value_start,
                            "date_end": t.value_end,
                            "kind": "mentioned",
                            "relation": t.relation,
                            "article": sid[n],
                            "phrase": {"start": t.start, "end": t.end, "text": t.text},
                            "statement": st.text,
                        }
                    )
    return sorted(events, key=lambda e: (e["date"], e["kind"] != "published", e["article"]))


def _distinct(conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per disagreement: a headline and the body often repeat a figure ("118 Schiffe"), and the
    same two figures of two outlets would otherwise be listed once per sentence that carries them."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for c in conflicts:
        a, b = c["a"], c["b"]
        key: tuple[Any, ...] = (c["kind"], a["statement"]["article"], b["statement"]["article"])
        key += (_item_key(a["item"]), _item_key(b["item"]))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _item_key(item: dict[str, Any]) -> tuple[Any, ...]:
    fields = ("value", "low", "high", "unit_key", "percent", "value_start", "value_end", "speaker", "places")
    return tuple(str(item.get(f)) for f in fields) if any(f in item for f in fields) else (item.get("text"),)

