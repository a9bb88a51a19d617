"""Ingest + clean throughput into SQLite, for plain-text dumps and for HTML pages.

Uses the real German pages of ../shared/datasets/cleaning (dumps and their HTML), written to a
temporary folder and ingested with `lagebild.batch.ingest_paths` into a fresh SQLite store, the same
code path as `lagebild ingest --no-analyze`. Each page is written several times with a distinct
marker line so that every copy is a new document (no de-duplication shortcut).

    .venv/bin/python bench/ingest.py [--copies 4]
Targets: >= 200 plain-text articles/s and >= 50 HTML pages/s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lagebild.batch import ingest_paths  # noqa: E402
from lagebild.store import Store  # noqa: E402

DATA = REPO.parent / "shared" / "datasets" / "cleaning"


def _write_inputs(folder: Path, copies: int) -> tuple[Path, Path, int]:
    txt_dir, html_dir = folder / "txt", folder / "html"
    txt_dir.mkdir()
    html_dir.mkdir()
    n = 0
    with gzip.open(DATA / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            html = gzip.decompress((DATA / rec["html"]).read_bytes()).decode("utf-8", errors="replace")
            for c in range(copies):
                marker = f"bench copy {c}"
                (txt_dir / f"{rec['id']}-{c}.txt").write_text(rec["dump"] + f"\n{marker}\n", encoding="utf-8")
                (html_dir / f"{rec['id']}-{c}.html").write_text(
                    html.replace("</body>", f"<p>{marker}</p></body>", 1), encoding="utf-8"
                )
            n += 1
    return txt_dir, html_dir, n * copies


def _run(label: str, folder: Path, db: Path) -> float:
    store = Store(str(db))
    t0 = time.perf_counter()
    report = ingest_paths(store, [str(folder)])
    dt = time.perf_counter() - t0
    done = len(report.new_articles) + report.duplicates
    rate = report.seen / dt
    print(
        f"{label:10s} {report.seen:6d} inputs  {len(report.new_articles):6d} new  {report.duplicates:4d} dup  "
        f"{len(report.failures):3d} failed  {dt:7.2f} s  {rate:7.1f} docs/s  ({done} articles)"
    )
    store.close()
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=4, help="times each page is written (distinct copies)")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found: the benchmark needs ../shared/datasets/cleaning")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        txt_dir, html_dir, n = _write_inputs(tmp_path, args.copies)
        print(f"{n} plain-text dumps and {n} HTML pages (real German news pages, {args.copies} copies each)")
        txt_rate = _run("plain-text", txt_dir, tmp_path / "txt.db")
        html_rate = _run("html", html_dir, tmp_path / "html.db")
    print(f"plain-text: {txt_rate:.1f}/s (target >= 200)  {'MET' if txt_rate >= 200 else 'MISSED'}")
    print(f"html:       {html_rate:.1f}/s (target >= 50)   {'MET' if html_rate >= 50 else 'MISSED'}")


if __name__ == "__main__":
    main()
