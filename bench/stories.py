"""Incremental story clustering throughput on the German corpora, then on a synthetic 100k stream.

    OMP_NUM_THREADS=1 nice python bench/stories.py [--n 100000] [--batch 10000] [--embed never]

Part 1 clusters the ~6,400 German texts of ../shared/datasets/corpus once and prints articles/s,
peak memory and a few multi-article stories for inspection. Part 2 repeats the corpora with dates
shifted by 20 years per round (so every round is a fresh stretch of time on a growing store) and
the text perturbed (5 % of words dropped, a few swapped), and prints the time per 10k batch: it
must stay flat as the store grows. Throughput is CPU seconds of this process (one core); the
machine is shared, so wall time is printed too but is not the figure to compare.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lagebild.stories.cluster import StoryClusterer  # noqa: E402
from lagebild.stories.item import StoryItem  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "corpus"
FILES = ("wikinews-de", "fang-covid", "10kgnad-test")


def load() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in FILES:
        path = CORPUS / f"{name}.jsonl.gz"
        if not path.exists():
            sys.exit(f"{path} not found: this benchmark needs ../shared/datasets/corpus")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                r = json.loads(line)
                # 10kGNAD has no dates: spread its rows over one year so windows stay realistic
                day = r.get("date") or (date(2016, 1, 1) + timedelta(days=i % 365)).isoformat()
                rows.append(
                    {
                        "id": r["id"],
                        "date": day,
                        "title": r.get("title") or "",
                        "text": r["text"],
                        "outlet": r.get("outlet") or name,
                    }
                )
    return rows


def perturb(text: str, rng: random.Random) -> str:
    words = text.split()
    words = [w for w in words if rng.random() > 0.05]
    for _ in range(3):
        if len(words) > 2:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def stream(rows: list[dict[str, str]], n: int, seed: int = 7) -> list[StoryItem]:
    rng = random.Random(seed)
    out: list[StoryItem] = []
    rnd = 0
    while len(out) < n:
        shift = timedelta(days=7300 * rnd)
        for r in sorted(rows, key=lambda r: (r["date"], r["id"])):
            if len(out) >= n:
                break
            day = (date.fromisoformat(r["date"]) + shift).isoformat()
            text = r["text"] if rnd == 0 else perturb(r["text"], rng)
            out.append(StoryItem(f"{r['id']}#{rnd}", day, "de", r["title"], text, outlet=r["outlet"]))
        rnd += 1
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def part1(rows: list[dict[str, str]], embed: str) -> None:
    items = [StoryItem(r["id"], r["date"], "de", r["title"], r["text"], outlet=r["outlet"]) for r in rows]
    c = StoryClusterer(embed=embed)  # type: ignore[arg-type]
    t0, w0 = time.process_time(), time.perf_counter()
    c.add_many(items)
    cpu, wall = time.process_time() - t0, time.perf_counter() - w0
    stories = c.stories()
    multi = [s for s in stories if s["article_count"] > 1]
    print(f"corpus: {len(items)} articles -> {len(stories)} stories ({len(multi)} with >1 article)")
    print(
        f"  {len(items) / cpu:.0f} articles/s (CPU, one core), {len(items) / wall:.0f}/s wall; "
        f"peak RSS {peak_mb():.0f} MB"
    )
    by_id = {it.article_id: it for it in items}
    for s in random.Random(1).sample(multi, min(6, len(multi))):
        print(f"  - {s['article_count']} articles, {s['independent_sources']} independent, {s['outlets']}")
        for a in s["articles"][:3]:
            print("      ", (by_id[a].title or by_id[a].text)[:90].replace("\n", " "))


def part2(rows: list[dict[str, str]], n: int, batch: int, embed: str) -> None:
    items = stream(rows, n)
    c = StoryClusterer(embed=embed)  # type: ignore[arg-type]
    print(f"stream: {len(items)} articles, batches of {batch}")
    total_cpu, w0 = 0.0, time.perf_counter()
    for k in range(0, len(items), batch):
        t0 = time.process_time()
        for it in items[k : k + batch]:
            c.add(it)
        dt = time.process_time() - t0
        total_cpu += dt
        active = sum(1 for s in c._stories.values() if s.active)
        print(
            f"  {k + batch:>7}: {dt / batch * 1000:.2f} ms/article ({batch / dt:.0f}/s), "
            f"active stories {active}, indexed items {len(c._items)}, peak RSS {peak_mb():.0f} MB"
        )
    wall = time.perf_counter() - w0
    stories = c.stories()
    print(
        f"  total: {len(items) / total_cpu:.0f} articles/s CPU, {len(items) / wall:.0f}/s wall, "
        f"{len(stories)} stories, peak RSS {peak_mb():.0f} MB"
    )
    state = json.dumps(c.to_dict())
    print(f"  persisted state: {len(state) / 1e6:.1f} MB JSON")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--embed", default="never", choices=["never", "auto", "always"])
    ap.add_argument("--skip-corpus", action="store_true")
    args = ap.parse_args()
    rows = load()
    if not args.skip_corpus:
        part1(rows, args.embed)
    if args.n:
        part2(rows, args.n, args.batch, args.embed)


if __name__ == "__main__":
    main()
