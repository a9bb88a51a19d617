"""Render a story dossier or a two-article comparison as Markdown (terminal, export) or standalone HTML.

The dossier dict from `build_dossier` is the single source; renderers only lay it out. HTML output
escapes every piece of article text, because scraped text is hostile input.
"""

from __future__ import annotations

from html import escape
from typing import Any

_NOTES = (("translated_from", "translated from"), ("syndicated_from", "supplied by"))


def _outlet_of(d: dict[str, Any], article_id: str) -> str:
    for a in d.get("articles", []):
        if str(a.get("id")) == str(article_id):
            return str(a.get("outlet") or f"article {article_id}")
    return f"article {article_id}"


def _md(text: str) -> str:
    """Neutralise Markdown control characters in article text so it cannot restructure the page."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#").replace("`", "'")


def _conflict_parts(d: dict[str, Any], c: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """(what, outlet A, wording A, outlet B, wording B) of one tension."""
    a, b = c.get("a", {}), c.get("b", {})
    sa, sb = a.get("statement", {}), b.get("statement", {})
    ia, ib = a.get("item", {}), b.get("item", {})
    what = f"{c.get('kind', '?')} {c.get('severity', '')}".strip()
    left = str(ia.get("text") or sa.get("text", ""))
    right = str(ib.get("text") or sb.get("text", ""))
    return what, _outlet_of(d, sa.get("article", "")), left, _outlet_of(d, sb.get("article", "")), right


def _conflict_line(d: dict[str, Any], c: dict[str, Any]) -> str:
    what, oa, left, ob, right = _conflict_parts(d, c)
    return f"**{what}**: {_md(oa)}: “{_md(left)}” vs {_md(ob)}: “{_md(right)}”"


def render_dossier_markdown(d: dict[str, Any]) -> str:
    story = d.get("story", {})
    lines = [f"# {_md(str(story.get('title') or 'Story'))}", ""]
    lines.append(
        f"{story.get('article_count', len(d.get('articles', [])))} articles, "
        f"{story.get('independent_count', story.get('independent_sources', '?'))} independent; "
        f"first seen {story.get('first_seen') or '?'}, last seen {story.get('last_seen') or '?'}; "
        f"languages: {', '.join(story.get('languages', [])) or '?'}"
    )
    lines += ["", "## Outlets", ""]
    for a in d.get("articles", []):
        notes = [f"{label} {', '.join(a[key])}" for key, label in _NOTES if a.get(key)]
        note = f" ({'; '.join(notes)})" if notes else ""
        lines.append(
            f"- **{_md(str(a.get('outlet') or '?'))}** {a.get('published') or ''} [{a.get('language') or '?'}] "
            f"#{a['id']}: {_md(str(a.get('title') or ''))}{note}"
        )
    lines += ["", "## Conflicts and tensions", ""]
    lines += [f"- {_conflict_line(d, c)}" for c in d.get("conflicts", [])] or ["- none found"]
    lines += ["", "## Shared facts", ""]
    for f in d.get("shared", []):
        first = f["statements"][0]["text"] if f.get("statements") else ""
        lines.append(f"- {_md(first)} — *{', '.join(f.get('outlets', []))}*")
    if not d.get("shared"):
        lines.append("- none found")
    lines += ["", "## Only in one outlet", ""]
    for aid, refs in d.get("unique", {}).items():
        lines.append(f"### {_md(_outlet_of(d, aid))} (#{aid})")
        lines += [f"- {_md(r['text'])}" for r in refs] or ["- nothing of its own"]
        lines.append("")
    lines += ["## Same quote, different wording", ""]
    for q in d.get("quote_pairs", []):
        a, b = q["a"], q["b"]
        lines.append(
            f"- {_outlet_of(d, a['article'])}: „{_md(a['text'])}“ ↔ {_outlet_of(d, b['article'])}: „{_md(b['text'])}“"
        )
    if not d.get("quote_pairs"):
        lines.append("- none found")
    return "\n".join(lines) + "\n"


def render_comparison_markdown(c: dict[str, Any]) -> str:
    ids = [str(x) for x in c.get("articles", [])]
    lines = [f"# Article {ids[0]} vs article {ids[1]}", ""]
    sim = c.get("similarity")
    if sim:
        scale = "" if sim.get("centred") else " (raw scale: too few articles of these languages to centre)"
        lines += [f"Same-story similarity: **{sim['score']:.2f}** of 1{scale}", ""]
    lines += ["## Shared", ""]
    for s in c.get("shared", []):
        loose = " *(loose match)*" if s.get("loose") else ""
        lines.append(f"- {_md(s['a']['text'])}  ⇔  {_md(s['b']['text'])}{loose}")
    for aid in ids:
        lines += ["", f"## Only in {aid}", ""]
        lines += [f"- {_md(r['text'])}" for r in c.get("unique", {}).get(aid, [])] or ["- nothing of its own"]
    lines += ["", "## Tensions", ""]
    for t in c.get("conflicts", []):
        lines.append(f"- {_conflict_line({'articles': [{'id': i, 'outlet': f'#{i}'} for i in ids]}, t)}")
    if not c.get("conflicts"):
        lines.append("- none found")
    return "\n".join(lines) + "\n"


_CSS = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
    ".conflict{background:#fff3cd;padding:.2rem .4rem}.outlet{color:#555}"
)


def render_dossier_html(d: dict[str, Any]) -> str:
    """A standalone HTML file of the dossier, for sharing; everything from articles is escaped."""
    story = d.get("story", {})
    e = escape
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{e(str(story.get('title') or 'Story'))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(str(story.get('title') or 'Story'))}</h1>",
        "<h2>Outlets</h2><ul>",
    ]
    for a in d.get("articles", []):
        parts.append(
            f"<li><b>{e(str(a.get('outlet') or '?'))}</b> <span class='outlet'>{e(str(a.get('published') or ''))}"
            f" [{e(str(a.get('language') or '?'))}]</span> {e(str(a.get('title') or ''))}</li>"
        )
    parts.append("</ul><h2>Conflicts and tensions</h2><ul>")
    for c in d.get("conflicts", []):
        what, oa, left, ob, right = _conflict_parts(d, c)
        parts.append(f"<li class='conflict'><b>{e(what)}</b>: {e(oa)}: “{e(left)}” vs {e(ob)}: “{e(right)}”</li>")
    parts.append("</ul><h2>Shared facts</h2><ul>")
    for f in d.get("shared", []):
        first = f["statements"][0]["text"] if f.get("statements") else ""
        parts.append(f"<li>{e(first)} <span class='outlet'>{e(', '.join(f.get('outlets', [])))}</span></li>")
    parts.append("</ul><h2>Only in one outlet</h2>")
    for aid, refs in d.get("unique", {}).items():
        parts.append(f"<h3>{e(_outlet_of(d, aid))}</h3><ul>")
        parts += [f"<li>{e(r['text'])}</li>" for r in refs]
        parts.append("</ul>")
    parts.append("<h2>Same quote, different wording</h2><ul>")
    for q in d.get("quote_pairs", []):
        parts.append(f"<li>„{e(q['a']['text'])}“ ↔ „{e(q['b']['text'])}“</li>")
    parts.append("</ul></body></html>\n")
    return "".join(parts)
