"""Turn whatever the dossier builder returns into the sections the story page shows.

The builder belongs to the stories stage and its shape may grow; this module reads it leniently
(strings, dicts with a text-like field, lists or dicts keyed by article) so a new or missing part
gives an empty section instead of an error page.
"""

from __future__ import annotations

from typing import Any

from lagebild.web.highlight import number_segments

_TEXT_KEYS = ("text", "claim", "sentence", "statement", "summary", "value", "message", "quote")
_SIDE_KEYS = ("sides", "values", "claims", "variants", "items", "statements")


def text_of(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, dict):
        for k in _TEXT_KEYS:
            v = x.get(k)
            if isinstance(v, str) and v:
                return v
            if isinstance(v, dict):
                inner = text_of(v)
                if inner:
                    return inner
        return "; ".join(f"{k}: {v}" for k, v in x.items() if isinstance(v, str | int | float))
    if isinstance(x, list | tuple):
        return " / ".join(text_of(v) for v in x)
    return str(x)


def _article_ref(x: Any, outlets: dict[int, str]) -> dict[str, Any] | None:
    if not isinstance(x, dict):
        return None
    if isinstance(x.get("statement"), dict) and "article" not in x:
        x = x["statement"]
    for k in ("article_id", "article", "id", "doc"):
        v = x.get(k)
        if isinstance(v, int) or (isinstance(v, str) and v.isdigit()):
            i = int(v)
            return {"id": i, "outlet": x.get("outlet") or outlets.get(i)}
    if x.get("outlet"):
        return {"id": None, "outlet": x["outlet"]}
    return None


def _outlets_of(x: Any, outlets: dict[int, str]) -> list[str]:
    if not isinstance(x, dict):
        return []
    found: list[str] = []
    for k in ("articles", "ids", "article_ids", "outlets"):
        for v in x.get(k) or []:
            if isinstance(v, int) or (isinstance(v, str) and v.isdigit()):
                found.append(outlets.get(int(v), f"#{v}"))
            elif isinstance(v, str):
                found.append(v)
            elif isinstance(v, dict):
                ref = _article_ref(v, outlets)
                if ref and ref["outlet"]:
                    found.append(str(ref["outlet"]))
    return list(dict.fromkeys(found))


def _figure_parts(x: Any) -> list[dict[str, Any]] | None:
    """A conflict side {"statement": {start, end, text}, "item": {start, end}}: mark exactly the disputed figure."""
    if not isinstance(x, dict) or not isinstance(x.get("statement"), dict) or not isinstance(x.get("item"), dict):
        return None
    st, item = x["statement"], x["item"]
    try:
        a, b = int(item["start"]) - int(st["start"]), int(item["end"]) - int(st["start"])
    except (KeyError, TypeError, ValueError):
        return None
    text = str(st.get("text", ""))
    if not 0 <= a < b <= len(text):
        return None
    return [{"text": text[:a], "num": False}, {"text": text[a:b], "num": True}, {"text": text[b:], "num": False}]


def _item(x: Any, outlets: dict[int, str]) -> dict[str, Any]:
    t = text_of(x)
    item = {
        "text": t,
        "parts": _figure_parts(x) or number_segments(t),
        "outlets": _outlets_of(x, outlets),
        "ref": _article_ref(x, outlets),
        "variants": [],
    }
    if isinstance(x, dict) and isinstance(x.get("statements"), list):
        variants = [_item(v, outlets) for v in x["statements"]]
        for v in variants:
            v["outlet"] = (v["ref"] or {}).get("outlet")
            v["id"] = (v["ref"] or {}).get("id")
        item["variants"] = variants
        if variants and not t:
            item["text"], item["parts"] = variants[0]["text"], variants[0]["parts"]
    if isinstance(x, dict) and x.get("speaker"):
        item["speaker"] = text_of(x["speaker"])
    return item


def _listify(x: Any) -> list[Any]:
    if x is None:
        return []
    if isinstance(x, list | tuple):
        return list(x)
    return [x]


def shared_section(d: dict[str, Any], outlets: dict[int, str]) -> list[dict[str, Any]]:
    raw = d.get("shared") or d.get("shared_claims") or []
    return [_item(x, outlets) for x in _listify(raw)]


def unique_section(d: dict[str, Any], outlets: dict[int, str]) -> list[dict[str, Any]]:
    """One column per article: [{"id", "outlet", "claims"}]."""
    raw = d.get("unique") or d.get("unique_claims") or {}
    groups: dict[str, dict[str, Any]] = {}
    if isinstance(raw, dict):
        for k, v in raw.items():
            i = int(k) if str(k).isdigit() else None
            name = outlets.get(i, str(k)) if i is not None else str(k)
            groups[str(k)] = {"id": i, "outlet": name, "claims": [_item(x, outlets) for x in _listify(v)]}
    else:
        for x in _listify(raw):
            ref = _article_ref(x, outlets) or {"id": None, "outlet": "?"}
            g = groups.setdefault(
                str(ref["id"] or ref["outlet"]), {"id": ref["id"], "outlet": ref["outlet"], "claims": []}
            )
            nested = x.get("items") or x.get("claims") if isinstance(x, dict) else None
            g["claims"].extend(_item(y, outlets) for y in (_listify(nested) if nested else [x]))
    return [g for g in groups.values() if g["claims"]]


def conflicts_section(d: dict[str, Any], outlets: dict[int, str]) -> list[dict[str, Any]]:
    """[{"topic", "sides": [{"outlet", "id", "text", "parts"}]}]; numbers are marked in every side."""
    out = []
    for c in _listify(d.get("conflicts") or d.get("conflicting") or []):
        if not isinstance(c, dict):
            out.append({"topic": "", "label": "", "sides": [_item(c, outlets)]})
            continue
        topic = next((str(c[k]) for k in ("topic", "about", "subject", "unit", "key", "quantity") if c.get(k)), "")
        label = " · ".join(str(c[k]) for k in ("kind", "severity") if isinstance(c.get(k), str))
        sides_raw: list[Any] = []
        for k in _SIDE_KEYS:
            if isinstance(c.get(k), list):
                sides_raw = c[k]
                break
        if not sides_raw:
            sides_raw = [c[k] for k in ("a", "b", "left", "right") if c.get(k) is not None]
        if not sides_raw:
            sides_raw = [c]
        sides = []
        for s in sides_raw:
            item = _item(s, outlets)
            sides.append({**item, "outlet": (item["ref"] or {}).get("outlet"), "id": (item["ref"] or {}).get("id")})
        out.append({"topic": topic, "label": label, "sides": sides})
    return out


def pairs_section(d: dict[str, Any], outlets: dict[int, str]) -> list[dict[str, Any]]:
    raw = d.get("quote_pairs") or d.get("quotes_pairs") or d.get("shared_quotes") or []
    out = []
    for p in _listify(raw):
        sides_raw = (
            p
            if isinstance(p, list | tuple)
            else ([p[k] for k in ("a", "b") if p.get(k)] if isinstance(p, dict) else [p])
        )
        if isinstance(p, dict) and not sides_raw:
            sides_raw = _listify(p.get("quotes"))
        sides = [_item(s, outlets) for s in sides_raw]
        speaker = text_of(p.get("speaker")) if isinstance(p, dict) else ""
        speaker = speaker or next((s["speaker"] for s in sides if s.get("speaker")), "")
        same = bool(p.get("same_wording")) if isinstance(p, dict) else False
        out.append({"speaker": speaker, "same_wording": same, "sides": sides})
    return out


def copies_section(d: dict[str, Any], outlets: dict[int, str]) -> list[dict[str, Any]]:
    """Copies and translations: [{"kind", "text", "outlets"}]."""
    out = []
    for kind in ("copies", "duplicates", "near_duplicates", "translations", "syndication"):
        for x in _listify(d.get(kind)):
            item = _item(x, outlets)
            if isinstance(x, list | tuple):
                item["outlets"] = [outlets.get(int(v), f"#{v}") for v in x if str(v).isdigit()]
                item["text"] = ""
            out.append({"kind": kind.rstrip("s").replace("_", " "), **item})
    for a in _listify(d.get("articles")):
        if isinstance(a, dict):
            notes = [("translated from", o) for o in _listify(a.get("translated_from"))]
            notes += [("supplied by", o) for o in _listify(a.get("syndicated_from"))]
            for label, origin in notes:
                out.append(
                    {
                        "kind": label,
                        "text": f"{origin} → {a.get('outlet') or a.get('id')}",
                        "parts": [],
                        "outlets": [],
                        "ref": None,
                        "variants": [],
                    }
                )
    return out
