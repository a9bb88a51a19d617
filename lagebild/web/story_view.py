"""The story page's dict: who reported when, copies, comparison, quotes by speaker, sourcing, entities."""

from __future__ import annotations

import re
from typing import Any

from lagebild.api.services import StoryBundle
from lagebild.records import Provenance
from lagebild.store import Store
from lagebild.web import dossier_view as dv
from lagebild.web.svg import dot_timeline, layered_graph

MAX_GRAPH_NODES = 40


def _norm(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


_ARTICLE_WORDS = re.compile(r"^(?:ein|eine|einem|einen|einer|eines|der|die|das|den|dem|des|a|an|the)\s+")


def _phrase_key(phrase: str) -> str:
    """'ein US-Beamter' and 'einem US-Beamter' name the same anonymous speaker; the article word differs."""
    return "phrase:" + _ARTICLE_WORDS.sub("", _norm(phrase))


def quotes_by_speaker(bundle: StoryBundle, outlets: dict[int, str]) -> list[dict[str, Any]]:
    """Group every quote of the story by speaker (entity key, else the speaker phrase); largest first.

    A linked speaker is titled by the entity's name; the phrases the articles used for them
    ("Gewerkschaftssprecherin Lena Hartwig", "die Gewerkschaftssprecherin ...") are kept alongside.
    Anonymous speakers are grouped by their phrase, never merged into the entity they are tied to.
    """
    names = {
        e["key"]: e.get("name") for aid in bundle.ids for e in (bundle.analyses.get(aid) or {}).get("entities") or []
    }
    groups: dict[str, dict[str, Any]] = {}
    for aid in bundle.ids:
        for i, q in enumerate((bundle.analyses.get(aid) or {}).get("quotes") or []):
            sp = q.get("speaker") or {}
            phrase = sp.get("text") or ""
            anonymous = bool(sp.get("anonymous"))
            # an anonymous speaker linked to an entity ("ein Sprecher von X" -> X) is not X: group by phrase
            key = (sp.get("entity_key") if not anonymous else None) or (_phrase_key(phrase) if phrase else "")
            g = groups.setdefault(
                key,
                {
                    "speaker": names.get(key) or phrase,
                    "anonymous": anonymous,
                    "description": sp.get("description"),
                    "phrases": [],
                    "quotes": [],
                    "outlets": [],
                },
            )
            if phrase and phrase not in g["phrases"]:
                g["phrases"].append(phrase)
            g["quotes"].append(
                {
                    "article_id": aid,
                    "outlet": outlets.get(aid),
                    "idx": i,
                    "kind": q.get("kind"),
                    "text": (q.get("text") or {}).get("text", ""),
                    "speaker_phrase": phrase,
                    "channel": (q.get("channel") or {}).get("text"),
                }
            )
            if outlets.get(aid) not in g["outlets"]:
                g["outlets"].append(outlets.get(aid))
    for g in groups.values():
        g["phrases"] = [p for p in g["phrases"] if p != g["speaker"]]
    return sorted(groups.values(), key=lambda g: (g["speaker"] == "", -len(g["quotes"]), g["speaker"].lower()))


def sourcing_graph(bundle: StoryBundle, outlets: dict[int, str]) -> dict[str, Any]:
    """Articles on the left, the sources they cite to the right, merged by name across articles."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str]] = []
    rows: list[dict[str, Any]] = []
    for aid in bundle.ids:
        art_node = f"a{aid}"
        nodes[art_node] = {
            "id": art_node,
            "label": outlets.get(aid) or f"#{aid}",
            "type": "article",
            "href": f"/articles/{aid}",
        }
        local: dict[str, str] = {}
        analysis = bundle.analyses.get(aid) or {}
        for src in analysis.get("sources") or []:
            nid = "s:" + _norm(str(src.get("name", "")))
            local[str(src.get("id"))] = nid
            nodes.setdefault(
                nid, {"id": nid, "label": str(src.get("name", "")), "type": str(src.get("type", "")), "href": None}
            )
        for src in analysis.get("sources") or []:
            child = local[str(src.get("id"))]
            parent = local.get(str(src.get("parent"))) if src.get("parent") is not None else art_node
            edges.append((parent or art_node, child))
            rows.append(
                {
                    "article_id": aid,
                    "outlet": outlets.get(aid),
                    "name": src.get("name"),
                    "type": src.get("type"),
                    "via": next((nodes[p]["label"] for p in [parent] if p and p in nodes), None),
                    "statements": len(src.get("statements") or []),
                }
            )
    if len(nodes) > MAX_GRAPH_NODES:  # keep the drawing readable; the table below lists everything
        keep = set(list(nodes)[:MAX_GRAPH_NODES])
        nodes = {k: v for k, v in nodes.items() if k in keep}
        edges = [(a, b) for a, b in edges if a in keep and b in keep]
    edges = list(dict.fromkeys(edges))
    graph = layered_graph(list(nodes.values()), edges)
    if graph:
        for n in graph["nodes"]:
            chars = max(int(n["w"] / 7.2), 6)
            n["short"] = n["label"] if len(n["label"]) <= chars else n["label"][: chars - 1] + "…"
    return {"graph": graph, "rows": rows}


def story_entities(bundle: StoryBundle) -> list[dict[str, Any]]:
    agg: dict[str, dict[str, Any]] = {}
    for aid in bundle.ids:
        for e in (bundle.analyses.get(aid) or {}).get("entities") or []:
            a = agg.setdefault(
                e["key"], {"key": e["key"], "name": e.get("name"), "type": e.get("type"), "articles": 0, "mentions": 0}
            )
            a["articles"] += 1
            a["mentions"] += len(e.get("mentions") or [])
    return sorted(agg.values(), key=lambda a: (-a["articles"], -a["mentions"], str(a["name"])))


def _provenance_lines(notes: list[Provenance]) -> list[dict[str, Any]]:
    """One line per kind and outlet: a page often says "translated" twice ("Dieser Artikel ist eine
    Übersetzung ...", "Lesen Sie den Originalartikel auf X"); the article's own page lists every note."""
    lines: dict[tuple[str, str | None], dict[str, Any]] = {}
    for p in notes:
        lines.setdefault((p.kind, p.outlet), {"kind": p.kind, "outlet": p.outlet, "text": p.text})
    return list(lines.values())


def story_page(store: Store, bundle: StoryBundle) -> dict[str, Any]:
    rows = store.article_rows(bundle.ids)
    outlets = {r.id: (r.outlet or f"#{r.id}") for r in rows}
    reports = []
    for r in sorted(rows, key=lambda r: (r.published or "", r.id)):
        art = bundle.articles.get(r.id)
        reports.append(
            {
                **r.to_dict(),
                "provenance": _provenance_lines(art.provenance if art else []),
                "analysed": bundle.analyses.get(r.id) is not None,
            }
        )
    d = bundle.dossier
    summary = bundle.summary
    return {
        "story": {
            **summary,
            "independent": summary.get("independent_count", summary.get("independent_sources")),
        },
        "reports": reports,
        "timeline": dot_timeline(reports),
        "copies": dv.copies_section(d, outlets),
        "shared": dv.shared_section(d, outlets),
        "unique": dv.unique_section(d, outlets),
        "conflicts": dv.conflicts_section(d, outlets),
        "quote_pairs": dv.pairs_section(d, outlets),
        "speakers": quotes_by_speaker(bundle, outlets),
        "sourcing": sourcing_graph(bundle, outlets),
        "entities": story_entities(bundle),
        "dossier_error": bundle.dossier_error,
        "compared": len(bundle.dossier_ids),
    }
