from __future__ import annotations

import gzip
from pathlib import Path

from lagebild.ingest import iter_inputs
from lagebild.records import Failure, RawDocument
from lagebild.samples import SAMPLES_DIR, sample_paths
from lagebild.samples.make_warc import write_warc


def test_every_sample_ingests_without_failure() -> None:
    items = list(iter_inputs([str(p) for p in sample_paths()]))
    assert [i for i in items if isinstance(i, Failure)] == []
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 12 <= len(docs) <= 20
    assert {d.source.rsplit(".", 1)[-1].split("#")[0] for d in docs} >= {"txt", "html", "rss", "gz", "jsonl"}


def test_samples_are_marked_and_small() -> None:
    total = 0
    for path in sample_paths():
        data = path.read_bytes()
        total += len(data)
        text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")
        assert "SAMPLE — fictional" in text or "SAMPLE - fictional" in text, path
    assert total < 200_000


def test_samples_cover_both_languages_and_several_outlets() -> None:
    docs = [i for i in iter_inputs([str(p) for p in sample_paths()]) if isinstance(i, RawDocument)]
    text = b"\n".join(d.data for d in docs).decode("utf-8")
    assert "Lesen Sie den Originalartikel auf Harbor Ledger" in text and "told the Harbor Ledger" in text
    for striker_count in ("About 3,400 dock workers", "rund 3.200 Beschäftigte", "About 3,000 dock workers"):
        assert striker_count in text  # outlets disagree on the numbers, as they do in real coverage
    outlets = {d.meta.get("outlet") for d in docs} - {None}
    assert outlets == {"Meridian Post", "Continental Wire Service"}  # others are named only inside the pages


def test_committed_warc_is_reproducible(tmp_path: Path) -> None:
    rebuilt = write_warc(tmp_path / "sample-crawl.warc.gz")
    assert rebuilt.read_bytes() == (SAMPLES_DIR / "warc" / "sample-crawl.warc.gz").read_bytes()
