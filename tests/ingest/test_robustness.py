"""Whatever bytes arrive, iter_inputs yields documents and failures and never raises."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.ingest import iter_inputs
from lagebild.records import Failure, RawDocument

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PREFIXES = [
    b"",
    b"WARC/1.0\r\n",
    b"<?xml version='1.0'?><rss><channel><item>",
    b'{"text": ',
    b"\x1f\x8b\x08",
    b"<html>",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=400),
    name=st.sampled_from(["x.txt", "x.xml", "x.warc", "x.jsonl", "x.json", "x.html.gz", "x.bin"]),
    compress=st.booleans(),
)
def test_arbitrary_bytes_never_raise(tmp_path: Path, prefix: bytes, body: bytes, name: str, compress: bool) -> None:
    path = tmp_path / name
    data = prefix + body
    path.write_bytes(gzip.compress(data) if compress else data)
    items = list(iter_inputs([str(path)]))
    assert all(isinstance(i, RawDocument | Failure) for i in items)
    assert all("\n" not in i.reason for i in items if isinstance(i, Failure))


def test_shared_cleaning_pages_all_ingest_as_html() -> None:
    folder = SHARED / "datasets" / "cleaning" / "html"
    if not folder.is_dir():
        pytest.skip("../shared/datasets/cleaning is absent")
    items = list(iter_inputs([str(folder)]))
    assert len(items) == len(list(folder.glob("*.html.gz")))
    assert {i.media_type for i in items if isinstance(i, RawDocument)} == {"text/html"}
    assert [i for i in items if isinstance(i, Failure)] == []


def test_shared_seed_dumps_ingest_as_text() -> None:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is absent")
    items = list(iter_inputs([str(seeds)]))
    assert items and all(isinstance(i, RawDocument) and i.media_type == "text/plain" for i in items)
