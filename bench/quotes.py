"""Quote extraction against the German quotation-attribution corpus (train and dev splits).

Prints quote-span precision/recall/F1 (a match needs the spans to overlap by at least half of the longer
one), the same per quote type, recall per corpus type, and speaker accuracy on matched quotes (the
predicted speaker overlaps the gold speaker, or neither has one).

Type mapping, corpus -> ours: Direct -> direct; Indirect, FreeIndirect, IndirectFreeIndirect -> indirect
(all three render what someone said in the reporter's words); Reported -> reported.

The corpus is CC BY-NC-SA: used here to measure and to tune rule thresholds on train, never to fit
shipped weights. Run: `python bench/quotes.py [--split dev|train|both] [--show-errors N]`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from lagebild.extract.quotes import extract_quotes

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "quotes"
TYPE_MAP = {"Direct": "direct", "Indirect": "indirect", "FreeIndirect": "indirect",
            "IndirectFreeIndirect": "indirect", "Reported": "reported"}


def _chars(spans: list[dict[str, Any]]) -> set[int]:
    return {i for s in spans for i in range(s["start"], s["end"])}


def _match(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by overlap, best pairs first."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ov = len(g["chars"] & p["chars"])
            if ov and ov >= 0.5 * max(len(g["chars"]), len(p["chars"])):
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} pred={n_pred} gold={n_gold})"


def evaluate(split: str, show_errors: int = 0) -> dict[str, str]:
    path = DATA / f"{split}.jsonl.gz"
    if not path.exists():
        sys.exit(f"quotation corpus not found at {path}; it lives in ../shared/datasets/quotes")
    tot: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    speaker_ok = speaker_n = 0
    errors: list[str] = []
    t0 = time.perf_counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            golds: list[dict[str, Any]] = []
            for a in rec["annotations"]:
                golds.append({"type": a["type"], "kind": TYPE_MAP[a["type"]], "chars": _chars(a["quote"]["spans"]),
                              "speaker": _chars(a["speaker"]["spans"]) if a["speaker"] else set()})
            preds: list[dict[str, Any]] = []
            for q in extract_quotes(text, "de"):
                preds.append({"kind": q.kind, "chars": set(range(q.text.start, q.text.end)),
                              "speaker": set(range(q.speaker.start, q.speaker.end)) if q.speaker else set(),
                              "q": q})
            m = _match(golds, preds)
            tot["tp"] += len(m)
            tot["pred"] += len(preds)
            tot["gold"] += len(golds)
            for g in golds:
                by_type["gold_" + g["type"]] += 1
            for gi, pi in m:
                by_type["hit_" + golds[gi]["type"]] += 1
                gs, ps = golds[gi]["speaker"], preds[pi]["speaker"]
                speaker_n += 1
                ok = (not gs and not ps) or bool(gs & ps)
                speaker_ok += ok
                if not ok and len(errors) < show_errors:
                    pq: Any = preds[pi]["q"]
                    gtxt = text[min(gs):max(gs) + 1] if gs else None
                    errors.append(f"SPK gold={gtxt!r} pred={pq.speaker.text if pq.speaker else None!r} | "
                                  f"{pq.text.text[:80]!r}")
            for kind in ("direct", "indirect", "reported"):
                gk = [g for g in golds if g["kind"] == kind]
                pk = [p for p in preds if p["kind"] == kind]
                tot[kind + "_tp"] += len(_match(gk, pk))
                tot[kind + "_pred"] += len(pk)
                tot[kind + "_gold"] += len(gk)
            if show_errors and len(errors) < show_errors:
                hit_p = {pi for _, pi in m}
                hit_g = {gi for gi, _ in m}
                for pi, p in enumerate(preds):
                    if pi not in hit_p and len(errors) < show_errors:
                        errors.append(f"FP {p['kind']}: {p['q'].text.text[:100]!r}")
                for gi, g in enumerate(golds):
                    if gi not in hit_g and len(errors) < show_errors:
                        c = sorted(g["chars"])
                        errors.append(f"FN {g['type']}: {text[c[0]:c[-1] + 1][:100]!r}")
    out = {"overall": _prf(tot["tp"], tot["pred"], tot["gold"])}
    for kind in ("direct", "indirect", "reported"):
        out[kind] = _prf(tot[kind + "_tp"], tot[kind + "_pred"], tot[kind + "_gold"])
    out["recall by corpus type"] = ", ".join(
        f"{t}={by_type['hit_' + t] / by_type['gold_' + t]:.3f}" for t in TYPE_MAP if by_type["gold_" + t])
    out["speaker accuracy"] = f"{speaker_ok / speaker_n:.3f} ({speaker_ok}/{speaker_n} matched quotes)"
    out["time"] = f"{time.perf_counter() - t0:.1f}s"
    for e in errors:
        print("  ", e)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=["dev", "train", "both"])
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    splits = ["train", "dev"] if args.split == "both" else [args.split]
    results = {s: evaluate(s, args.show_errors) for s in splits}
    keys = list(next(iter(results.values())))
    for k in keys:
        print(f"{k}:")
        for s in splits:
            print(f"  {s:5s} {results[s][k]}")


if __name__ == "__main__":
    main()
