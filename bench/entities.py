"""Entity extraction speed and seed results.

    OMP_NUM_THREADS=1 python -m bench.entities [--limit 300] [--ner]

Prints: one-off start-up cost (KB load + ruler build), ms per article over the German corpus texts in
../shared/datasets/corpus (KB ruler only, or with the NER model when --ner is given and installed),
and per seed article the gold persons found, merged and linked.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from pathlib import Path

from lagebild.extract.entities import extract_entities
from lagebild.kb.names import fold
from lagebild.records import Entity

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def corpus_texts(limit: int) -> list[str]:
    path = SHARED / "datasets" / "corpus" / "wikinews-de.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for _, line in zip(range(limit), fh, strict=False)]


def speed(texts: list[str], use_ner: bool) -> None:
    t0 = time.perf_counter()
    extract_entities("Wladimir Putin", "de", None if use_ner else [])
    print(f"start-up (KB load, ruler build{', NER model' if use_ner else ''}): {time.perf_counter() - t0:.2f} s")
    times, mentions = [], 0
    for text in texts:
        t = time.perf_counter()
        ents = extract_entities(text, "de", None if use_ner else [])
        times.append((time.perf_counter() - t) * 1000)
        mentions += sum(len(e.mentions) for e in ents)
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} articles, mean {chars:.0f} chars: {statistics.mean(times):.1f} ms/article mean, "
          f"{statistics.median(times):.1f} median, {max(times):.1f} max; {mentions / len(texts):.1f} mentions/article")


def seeds() -> None:
    gold_all = json.loads((SHARED / "gold" / "seed-story.json").read_text(encoding="utf-8"))["articles"]
    for name, gold in sorted(gold_all.items()):
        text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
        t = time.perf_counter()
        ents = extract_entities(text, "de", [])
        ms = (time.perf_counter() - t) * 1000
        print(f"{name} ({ms:.1f} ms, {len(ents)} entities)")
        for label in gold["entities"]["PER"]:
            variants = [p.strip() for p in re.sub(r"\(.*?\)", "", label).split("/")]
            hits = {e.key: e for v in variants for e in ents if e.type == "PER" and _names(e, v)}
            status = "found" if hits else "MISSED"
            detail = "; ".join(f"{e.key} [{len(e.mentions)} mentions] roles={e.roles}" for e in hits.values())
            merged = "merged" if len(hits) == 1 else f"split into {len(hits)}" if hits else ""
            print(f"  PER {label!r}: {status} {merged} {detail}")


def _names(entity: Entity, name: str) -> bool:
    """Whether the entity is the gold person: a mention spells the name (or its genitive)."""
    key = fold(name)
    return fold(entity.name) == key or any(fold(m.text) in (key, key + "s") for m in entity.mentions)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--ner", action="store_true", help="also run the NER model (if installed)")
    args = parser.parse_args()
    speed(corpus_texts(args.limit), args.ner)
    seeds()


if __name__ == "__main__":
    main()
