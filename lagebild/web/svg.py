"""Geometry for the inline SVG plots; the templates draw it, so every label is escaped by Jinja.

No plotting library: three small charts (day bars, horizontal bars, a layered graph) do not justify
a dependency, and server-side SVG needs no script under the strict CSP.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

MAX_DAYS = 120


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_bars(counts: list[tuple[str, int]], width: int = 640, height: int = 120) -> dict[str, Any] | None:
    """Bars per day (or per week when the range is long), with gaps for days without articles."""
    parsed = [(d, n) for s, n in counts if (d := _parse_day(s))]
    if not parsed:
        return None
    first, last = min(d for d, _ in parsed), max(d for d, _ in parsed)
    step = 1 if (last - first).days < MAX_DAYS else 7
    buckets: dict[date, int] = {}
    for d, n in parsed:
        key = first + timedelta(days=((d - first).days // step) * step)
        buckets[key] = buckets.get(key, 0) + n
    days = [first + timedelta(days=i) for i in range(0, (last - first).days + 1, step)]
    top = max(buckets.values()) or 1
    pad_b, pad_t = 18, 6
    bw = width / max(len(days), 1)
    bars = []
    for i, d in enumerate(days):
        n = buckets.get(d, 0)
        h = (height - pad_b - pad_t) * n / top
        bars.append(
            {
                "x": round(i * bw + 1, 1),
                "y": round(height - pad_b - h, 1),
                "w": round(max(bw - 2, 1), 1),
                "h": round(h, 1),
                "label": d.isoformat(),
                "value": n,
            }
        )
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "max": top,
        "step": step,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "baseline": height - pad_b,
    }


def hbars(items: list[tuple[str, int]], width: int = 640, row: int = 22) -> dict[str, Any] | None:
    """Horizontal bars with labels on the left, for the outlet mix."""
    if not items:
        return None
    label_w = 180
    top = max(n for _, n in items) or 1
    rows = []
    for i, (label, n) in enumerate(items):
        w = (width - label_w - 50) * n / top
        rows.append({"y": i * row, "w": round(max(w, 1), 1), "label": label, "value": n, "ty": i * row + row * 0.68})
    return {"width": width, "height": row * len(items), "row": row, "label_w": label_w, "rows": rows, "bar_h": row - 6}


def dot_timeline(points: list[dict[str, Any]], width: int = 640, row: int = 26) -> dict[str, Any] | None:
    """One row per article: a dot at its publication time, the outlet as label (who reported when)."""
    dated = [(p, d) for p in points if (d := _parse_day(p.get("published")))]
    if not dated:
        return None
    first = min(d for _, d in dated)
    last = max(d for _, d in dated)
    span = max((last - first).days, 1)
    label_w, pad = 200, 16
    rows = []
    for i, (p, d) in enumerate(sorted(dated, key=lambda pd: (pd[1], str(pd[0].get("outlet"))))):
        x = label_w + pad + (width - label_w - 2 * pad) * (d - first).days / span
        rows.append(
            {
                "y": i * row + row / 2,
                "x": round(x, 1),
                "label": p.get("outlet") or "?",
                "day": d.isoformat(),
                "id": p.get("id"),
            }
        )
    return {
        "width": width,
        "height": row * len(rows) + 20,
        "rows": rows,
        "label_w": label_w,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "axis_y": row * len(rows) + 4,
        "x0": label_w + pad,
        "x1": width - pad,
    }


def layered_graph(nodes: list[dict[str, Any]], edges: list[tuple[str, str]], width: int = 720) -> dict[str, Any] | None:
    """Place nodes in columns by depth (roots left) and draw edges between them.

    Depth is the longest path from a root, so a source cited by both an article and an agency sits to
    the right of both. Cycles (bad input) are cut by ignoring back edges.
    """
    if not nodes:
        return None
    ids = [n["id"] for n in nodes]
    children: dict[str, list[str]] = {i: [] for i in ids}
    has_parent: set[str] = set()
    for a, b in edges:
        if a in children and b in children and a != b:
            children[a].append(b)
            has_parent.add(b)
    state: dict[str, int] = {}  # 1 = on the DFS stack, 2 = done
    kept: set[tuple[str, str]] = set()

    def visit(n: str) -> None:
        state[n] = 1
        for c in children[n]:
            if state.get(c) == 1:
                continue  # a back edge closes a cycle: drop it
            kept.add((n, c))
            if c not in state:
                visit(c)
        state[n] = 2

    for start in [i for i in ids if i not in has_parent] + ids:
        if start not in state:
            visit(start)
    parents: dict[str, list[str]] = {i: [] for i in ids}
    for a, b in kept:
        parents[b].append(a)
    depth: dict[str, int] = {}

    def depth_of(n: str) -> int:
        if n not in depth:
            depth[n] = 0 if not parents[n] else 1 + max(depth_of(p) for p in parents[n])
        return depth[n]

    for i in ids:
        depth_of(i)
    cols = max(depth.values()) + 1
    col_w = width / cols
    row_h = 34
    per_col: dict[int, int] = {}
    placed: dict[str, dict[str, Any]] = {}
    for n in nodes:
        c = depth[n["id"]]
        r = per_col.get(c, 0)
        per_col[c] = r + 1
        placed[n["id"]] = {**n, "x": round(c * col_w + 4, 1), "y": r * row_h + 4, "w": round(col_w - 24, 1), "h": 24}
    lines = []
    for a, b in edges:
        if a in placed and b in placed and depth[a] < depth[b]:
            pa, pb = placed[a], placed[b]
            lines.append({"x1": pa["x"] + pa["w"], "y1": pa["y"] + 12, "x2": pb["x"], "y2": pb["y"] + 12})
    height = max(per_col.values()) * row_h + 8
    return {"width": width, "height": height, "nodes": list(placed.values()), "edges": lines}
