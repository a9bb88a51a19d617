"""Cleaning benchmark on ../shared/datasets/cleaning: must-stay kept and must-go removed, per path and half.

    python bench/cleaning.py [--data DIR] [--paths dump,trafilatura,html] [--limit N] [--no-url]

Paths:
  dump         lagebild.clean.text_dump.clean_text_dump on the plain-text dump
  trafilatura  trafilatura alone on the page's HTML (title + main text, comments off)
  html         lagebild.clean.html.clean_html on the page's HTML

A must-stay ("with") snippet counts as kept when it occurs in the title, lede or paragraphs (whitespace
collapsed, as in trafilatura's scorer); for trafilatura alone, in its title plus text. A must-go
("without") snippet counts as removed ("go removed %") when it occurs nowhere in the output text, captions
and bullets included; "go !body %" counts it as removed when it is absent from title, lede and paragraphs
(a caption kept as a caption block does not count against it there). F1 and accuracy use "go removed %".
The dump path scores only snippets that occur in the dump (`with_in_dump`/`without_in_dump`); the HTML paths score all.
With --no-url the dump path gets no "url" in its meta, as for a folder of .txt files (the HTML paths still get it).
Time is CPU time of the cleaning call (the machine is shared, so wall time is noisy).
Pages are split by their position in the file: even positions were used for tuning, odd ones were not.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = (REPO / ".." / "shared" / "datasets" / "cleaning").resolve()
_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def load_pages(data: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with gzip.open(data / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)


def read_html(data: Path, page: dict[str, Any]) -> str:
    with gzip.open(data / page["html"], "rb") as fh:
        return fh.read().decode("utf-8", errors="replace")


Result = tuple[str, str, str | None, str | None, str | None]  # core text, full text, title, date, author


DUMP_WITH_URL = True  # --no-url sets it to False


def run_dump(page: dict[str, Any], data: Path) -> Result:
    from lagebild.clean.text_dump import clean_text_dump

    art = clean_text_dump(page["dump"], {"url": page["url"]} if DUMP_WITH_URL else {})
    core = " ".join([art.title or "", art.lede or ""] + [b.text for b in art.paragraphs])
    return core, art.text, art.title, art.published, art.author


def run_trafilatura(page: dict[str, Any], data: Path) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        read_html(data, page), url=page["url"], with_metadata=True, include_comments=False
    )
    if doc is None:
        return "", "", None, None, None
    title = getattr(doc, "title", None)
    text = (title or "") + " " + (getattr(doc, "text", None) or "")
    return text, text, title, getattr(doc, "date", None), getattr(doc, "author", None)


def run_html(page: dict[str, Any], data: Path) -> Result:
    from lagebild.clean.html import clean_html

    art = clean_html(read_html(data, page), {"url": page["url"]})
    core = " ".join([art.title or "", art.lede or ""] + [b.text for b in art.paragraphs])
    return core, art.text, art.title, art.published, art.author


RUNNERS: dict[str, Callable[[dict[str, Any], Path], Result]] = {
    "dump": run_dump,
    "trafilatura": run_trafilatura,
    "html": run_html,
}


def score(path: str, pages: list[tuple[int, dict[str, Any]]], data: Path) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    if pages:  # warm up: lazy imports and model loads are not per-page costs
        with contextlib.suppress(Exception):
            RUNNERS[path](pages[0][1], data)
    for i, page in pages:
        t0 = time.process_time()
        try:
            core, full, title, published, author = RUNNERS[path](page, data)
        except Exception as exc:  # a crash is counted as empty output and reported
            print(f"  {path}: {page['id']} failed: {type(exc).__name__}: {exc}")
            core, full, title, published, author = "", "", None, None, None
        elapsed = time.process_time() - t0
        core_n, full_n = norm(core), norm(full)
        with_ok = page["with_in_dump"] if path == "dump" else [True] * len(page["with"])
        without_ok = page["without_in_dump"] if path == "dump" else [True] * len(page["without"])
        for half in ("all", "even" if i % 2 == 0 else "odd"):
            c = counts[half]
            c["pages"] += 1
            c["seconds"] += elapsed
            for snip, ok in zip(page["with"], with_ok, strict=True):
                if ok:
                    c["with"] += 1
                    c["tp"] += norm(snip) in core_n
            for snip, ok in zip(page["without"], without_ok, strict=True):
                if ok:
                    c["without"] += 1
                    c["tn"] += norm(snip) not in full_n
                    c["tn_core"] += norm(snip) not in core_n
            if page.get("title"):
                c["titles"] += 1
                c["title_ok"] += norm(title or "").lower() == norm(page["title"]).lower()
            if page.get("author"):
                c["authors"] += 1
                gold = page["author"] if isinstance(page["author"], str) else "; ".join(page["author"])
                c["author_ok"] += bool(author) and norm(author or "").lower() in norm(gold).lower()
            if page.get("date"):
                c["dates"] += 1
                c["date_ok"] += (published or "")[:10] == page["date"]
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--paths", default="dump,trafilatura,html")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-url", action="store_true", help="dump path only: clean without the page's URL")
    args = ap.parse_args()
    global DUMP_WITH_URL
    DUMP_WITH_URL = not args.no_url
    if not (args.data / "pages.jsonl.gz").exists():
        raise SystemExit(f"no benchmark data at {args.data}; pass --data")
    pages = list(load_pages(args.data))
    if args.limit:
        pages = pages[: args.limit]
    header = (
        f"{'path':<12} {'half':<5} {'pages':>5} {'stay kept %':>11} {'go removed %':>12} {'go !body %':>10} {'F1':>6} "
    )
    header += f"{'acc %':>6} {'title %':>7} {'date %':>6} {'author %':>8} {'cpu ms/page':>11}"
    print(header)
    print("-" * len(header))
    for path in args.paths.split(","):
        counts = score(path, pages, args.data)
        for half in ("all", "even", "odd"):
            c = counts[half]
            tp, fn = c["tp"], c["with"] - c["tp"]
            tn, fp = c["tn"], c["without"] - c["tn"]
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            acc = (tp + tn) / (c["with"] + c["without"]) if c["with"] + c["without"] else 0.0
            print(
                f"{path:<12} {half:<5} {int(c['pages']):>5} {100 * rec:>11.1f} "
                f"{100 * tn / max(c['without'], 1):>12.1f} {100 * c['tn_core'] / max(c['without'], 1):>10.1f} "
                f"{f1:>6.3f} {100 * acc:>6.1f} "
                f"{100 * c['title_ok'] / max(c['titles'], 1):>7.1f} {100 * c['date_ok'] / max(c['dates'], 1):>6.1f} "
                f"{100 * c['author_ok'] / max(c['authors'], 1):>8.1f} "
                f"{1000 * c['seconds'] / max(c['pages'], 1):>11.2f}"
            )


if __name__ == "__main__":
    main()
