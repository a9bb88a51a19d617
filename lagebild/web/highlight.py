"""Cut article text into segments at annotation offsets, so templates can mark entities and quotes.

The output is plain data (text plus CSS classes); the template escapes every segment's text, so no
piece of article text is ever marked safe. Overlapping annotations (an entity inside a quote) are
handled by cutting at every boundary and giving each piece the classes of all annotations covering it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_NUMBER = re.compile(
    r"\d[\d.,]*\d?(?:\s?(?:%|Prozent|percent|Millionen|Million|Mio\.?|Milliarden|Mrd\.?|billion|million|thousand|Tausend))?",
)


@dataclass
class Mark:
    start: int
    end: int
    cls: str
    title: str | None = None
    href: str | None = None
    anchor: str | None = None


def _valid(m: Mark, length: int) -> bool:
    return 0 <= m.start < m.end <= length


def segments(text: str, start: int, end: int, marks: list[Mark]) -> list[dict[str, Any]]:
    """Segments of text[start:end]; each is {"text", "cls", "title", "href", "anchor"}."""
    inside = [m for m in marks if _valid(m, len(text)) and m.start < end and m.end > start]
    cuts = {start, end}
    for m in inside:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    points = sorted(cuts)
    out: list[dict[str, Any]] = []
    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        covering = [m for m in inside if m.start <= a and m.end >= b]
        href = next((m.href for m in covering if m.href), None)
        title = " · ".join(m.title for m in covering if m.title) or None
        anchor = next((m.anchor for m in covering if m.anchor and m.start == a), None)
        out.append(
            {
                "text": text[a:b],
                "cls": " ".join(dict.fromkeys(m.cls for m in covering)),
                "title": title,
                "href": href,
                "anchor": anchor,
            }
        )
    return out


def number_segments(text: str) -> list[dict[str, Any]]:
    """Split a claim into plain text and numbers, so numbers can be highlighted in comparisons."""
    out: list[dict[str, Any]] = []
    pos = 0
    for m in _NUMBER.finditer(text):
        if m.start() > pos:
            out.append({"text": text[pos : m.start()], "num": False})
        out.append({"text": m.group(0), "num": True})
        pos = m.end()
    if pos < len(text):
        out.append({"text": text[pos:], "num": False})
    return out


def analysis_marks(analysis: dict[str, Any], entity_href: str = "/entities/") -> list[Mark]:
    """Entity mentions, quotes, speakers and cues of a stored analysis as marks."""
    from urllib.parse import quote as urlquote

    marks: list[Mark] = []
    for i, q in enumerate(analysis.get("quotes") or []):
        span = q.get("text") or {}
        speaker = q.get("speaker") or {}
        who = speaker.get("text") or ""
        if "start" in span and "end" in span:
            marks.append(
                Mark(
                    int(span["start"]), int(span["end"]), f"q q-{q.get('kind', 'direct')}", who or None, anchor=f"q{i}"
                )
            )
        if speaker.get("start") is not None and speaker.get("end") is not None:
            cls = "spk spk-anon" if speaker.get("anonymous") else "spk"
            marks.append(Mark(int(speaker["start"]), int(speaker["end"]), cls))
        cue = q.get("cue") or {}
        if cue.get("start") is not None and cue.get("end") is not None:
            marks.append(Mark(int(cue["start"]), int(cue["end"]), "cue"))
    for e in analysis.get("entities") or []:
        etype = str(e.get("type", "MISC"))
        for mention in e.get("mentions") or []:
            marks.append(
                Mark(
                    int(mention["start"]),
                    int(mention["end"]),
                    f"ent ent-{etype}",
                    f"{e.get('name')} ({etype})",
                    href=entity_href + urlquote(str(e.get("key", "")), safe=""),
                )
            )
    return marks
