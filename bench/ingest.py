"""Ingest + clean throughput into SQLite, for plain-text dumps and for HTML pages.

Uses the real German pages of ../shared/datasets/cleaning (dumps and their HTML), written to a
temporary folder and ingested with `lagebild.batch.ingest_paths` into a fresh SQLite store, the same
code path as `lagebild ingest --no-analyze`.

Each page is written several times. Copy N > 0 changes one word in each of the page's must-stay
snippets (article text by the dataset's gold), so every copy cleans to a different article and none
is skipped as a duplicate; a marker line outside the article would be removed as boilerplate and
the copies would collapse into one. In the plain-text copies, every other line of three or more
words gets its longest word (of six letters or more) changed as well: the cleaner describes each
distinct short line once per worker (an outlet's menus and footers recur), and a copy that repeated
its page's text lines would hit that cache where a new article never does (it made the copies clean
about a third faster than the same number of distinct pages). Only short lines (menu items, widget
labels) stay as they were; a real outlet's longer chrome lines recur too, so this errs on the slow
side.

The machine is shared, so wall time depends on what else runs. Reported besides wall time: the CPU
seconds of this process and its pool workers (user + system, from getrusage), CPU ms per document,
and the rate that CPU cost implies on two fully available cores (2000 / CPU ms per document).

    .venv/bin/python bench/ingest.py [--copies 4] [--paths txt,html]
Targets: >= 200 plain-text articles/s and >= 50 HTML pages/s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lagebild.batch import ingest_paths  # noqa: E402
from lagebild.store import Store  # noqa: E402

DATA = REPO.parent / "shared" / "datasets" / "cleaning"
TARGETS = {"txt": 200.0, "html": 50.0}
_WORD = re.compile(r"[^\W\d_]{6,}")
_WS = re.compile(r"\s+")


def _spots(text: str, snippets: list[str]) -> list[tuple[int, str]]:
    """(position, word): the longest word of each must-stay snippet, where the snippet stands in `text`.

    The snippet is found by the text just before the word, so markup or entities elsewhere in the
    snippet (HTML) do not matter. Every snippet is varied, so a copy stays distinct even when a
    cleaner drops some of them.
    """
    spots: dict[int, str] = {}
    body = max(text.find("<body"), 0)  # not in <head>: a meta description repeats the lede
    for snippet in snippets:
        snippet = _WS.sub(" ", snippet).strip()
        words = _WORD.findall(snippet)
        if not words:
            continue
        word = max(words, key=len)
        anchor = snippet[: snippet.index(word) + len(word)][-60:]
        at = text.find(anchor, body)
        while at >= 0:  # every occurrence: the first one may be a teaser the cleaner drops
            spots[at + len(anchor) - len(word)] = word
            at = text.find(anchor, at + len(anchor))
    return sorted(spots.items())


def _vary(text: str, spots: list[tuple[int, str]], copy: int) -> str:
    if copy == 0:
        return text
    for at, word in reversed(spots):
        text = text[:at] + f"{word}-k{copy}" + text[at + len(word) :]
    return text


def _vary_lines(text: str, copy: int) -> str:
    """Change the longest word (six letters or more) of every line with three or more words, the
    same way in a line the page repeats, so repeated lines stay repeated."""
    if copy == 0:
        return text
    out = []
    for line in text.split("\n"):
        words = _WORD.findall(line)
        if len(line.split()) >= 3 and words:
            word = max(words, key=len)
            line = line.replace(word, f"{word}-k{copy}", 1)
        out.append(line)
    return "\n".join(out)


def _write_inputs(folder: Path, copies: int) -> tuple[Path, Path, int]:
    txt_dir, html_dir = folder / "txt", folder / "html"
    txt_dir.mkdir()
    html_dir.mkdir()
    n = 0
    with gzip.open(DATA / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            html = gzip.decompress((DATA / rec["html"]).read_bytes()).decode("utf-8", errors="replace")
            txt_spots, html_spots = _spots(rec["dump"], rec["with"]), _spots(html, rec["with"])
            if not txt_spots or not html_spots:
                continue  # no word to vary: the copies would be duplicates
            for c in range(copies):
                dump = _vary_lines(_vary(rec["dump"], txt_spots, c), c)
                (txt_dir / f"{rec['id']}-{c}.txt").write_text(dump, encoding="utf-8")
                (html_dir / f"{rec['id']}-{c}.html").write_text(_vary(html, html_spots, c), encoding="utf-8")
            n += 1
    return txt_dir, html_dir, n * copies


def _cpu_seconds() -> float:
    """User + system CPU of this process and its reaped children (the pool workers, once shut down)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _run(label: str, folder: Path, db: Path) -> tuple[float, float]:
    store = Store(str(db))
    t0, c0 = time.perf_counter(), _cpu_seconds()
    report = ingest_paths(store, [str(folder)])
    dt, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    rate = report.seen / dt
    cpu_ms = 1000 * cpu / max(report.seen, 1)
    print(
        f"{label:5s} {report.seen:5d} inputs {len(report.new_articles):5d} new {report.duplicates:4d} dup "
        f"{len(report.failures):3d} failed | wall {dt:6.1f} s {rate:6.1f} docs/s | "
        f"CPU {cpu:6.1f} s {cpu_ms:6.1f} ms/doc -> {2000 / max(cpu_ms, 1e-9):6.1f} docs/s on 2 cores"
    )
    store.close()
    return rate, 2000 / max(cpu_ms, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=4, help="times each page is written (distinct copies)")
    ap.add_argument("--paths", default="txt,html", help="which inputs to ingest: txt, html or both")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found: the benchmark needs ../shared/datasets/cleaning")
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        txt_dir, html_dir, n = _write_inputs(tmp_path, args.copies)
        print(f"{n} plain-text dumps and {n} HTML pages (real German news pages, {args.copies} copies each)")
        for path in args.paths.split(","):
            folder = {"txt": txt_dir, "html": html_dir}[path]
            results[path] = _run(path, folder, tmp_path / f"{path}.db")
    for path, (wall_rate, cpu_rate) in results.items():
        target = TARGETS[path]
        by_cpu, by_wall = ("MET" if r >= target else "MISSED" for r in (cpu_rate, wall_rate))
        print(
            f"{path:5s} target >= {target:.0f}/s: wall {wall_rate:6.1f}/s, CPU-implied {cpu_rate:6.1f}/s on 2 cores "
            f"-> {by_cpu} (by CPU), {by_wall} (by wall)"
        )


if __name__ == "__main__":
    main()
