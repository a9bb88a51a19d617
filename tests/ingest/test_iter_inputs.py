from __future__ import annotations

import gzip
import random
import time
from pathlib import Path

import pytest

from lagebild.ingest import iter_inputs

HTML_PAGE = "<!DOCTYPE html><html><head><title>Hafenstreik</title></head><body><p>Die Arbeit ruht.</p></body></html>"
DUMP = "Startseite\nPolitik\nHafenstreik in Kessmund weitet sich aus\nDie Arbeit im Hafen ruht seit Montag.\n"


def test_text_dump_is_one_plain_document(write, run) -> None:
    docs, failures = run(write("dump.txt", DUMP))
    assert failures == []
    assert [(d.media_type, d.data.decode()) for d in docs] == [("text/plain", DUMP)]
    assert docs[0].source.endswith("dump.txt") and len(docs[0].sha256) == 64


def test_html_page_keeps_its_bytes(write, run) -> None:
    raw = HTML_PAGE.encode("utf-8")
    docs, _ = run(write("page.htm", raw))
    assert docs[0].media_type == "text/html" and docs[0].data == raw


@pytest.mark.parametrize("name", ["page.xml", "page.txt", "page.rss"])
def test_html_under_a_lying_extension_is_html(write, run, name: str) -> None:
    docs, failures = run(write(name, HTML_PAGE))
    assert failures == [] and docs[0].media_type == "text/html"


def test_json_file_that_is_jsonl(write, run) -> None:
    docs, failures = run(write("wire.json", '{"text": "Erste Meldung."}\n{"text": "Zweite Meldung."}\n'))
    assert failures == []
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["line-1", "line-2"]


def test_gzip_is_read_transparently(write, run) -> None:
    docs, failures = run(write("page.html.gz", gzip.compress(HTML_PAGE.encode())))
    assert failures == [] and docs[0].data == HTML_PAGE.encode() and docs[0].media_type == "text/html"


def test_empty_file_fails(write, run) -> None:
    docs, failures = run(write("empty.txt", b""))
    assert docs == [] and failures[0].reason == "empty file, nothing to read"


def test_binary_file_is_named(write, run) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    _, failures = run(write("photo.txt", png))
    assert failures[0].reason == "binary file (PNG image), not a news document"
    assert failures[0].data == png  # kept for quarantine


def test_undecodable_bytes_fail_clearly(write, run) -> None:
    rng = random.Random(3)
    docs, failures = run(write("garbled.txt", bytes(rng.randrange(0x20, 0x100) for _ in range(4000))))
    assert docs == [] and failures[0].reason.startswith("cannot decode the bytes")


def test_huge_file_fails_without_being_read(tmp_path: Path, run) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(210_000_000)  # sparse: instant, takes no disk
    started = time.perf_counter()
    _, failures = run(huge)
    assert failures[0].reason == "file is 210 MB, over the 50 MB limit; raise --max-bytes"
    assert time.perf_counter() - started < 2


def test_gzip_bomb_is_stopped_at_the_limit(write, run) -> None:
    bomb = gzip.compress(b"Die Arbeit ruht. " * 200_000)  # ~3.4 MB of text in a few KB
    _, failures = run(write("bomb.txt.gz", bomb), max_bytes=1_000_000)
    assert failures[0].reason == "file decompresses to over the 1 MB limit; raise --max-bytes"


def test_corrupt_gzip_is_a_failure(write, run) -> None:
    data = gzip.compress(HTML_PAGE.encode() * 50)
    _, failures = run(write("page.html.gz", data[:40]))
    assert "gzip" in failures[0].reason


def test_html_nested_100000_deep_passes_through(write, run) -> None:
    page = "<html><body>" + "<div>" * 100_000 + "Tief verschachtelt." + "</div>" * 100_000 + "</body></html>"
    docs, failures = run(write("deep.html", page))
    assert failures == [] and len(docs[0].data) == len(page)


def test_folder_is_walked_sorted_and_recursively(write, run, tmp_path: Path) -> None:
    for name in ["b/2.txt", "a/1.txt", "a/sub/0.html", "notes.md", ".hidden/x.txt", "c.jsonl"]:
        write(name, '{"text": "Meldung."}' if name.endswith("jsonl") else DUMP)
    docs, _ = run(tmp_path)
    names = [Path(d.source.split("#")[0]).relative_to(tmp_path).as_posix() for d in docs]
    assert names == ["c.jsonl", "a/1.txt", "a/sub/0.html", "b/2.txt"]


def test_glob_and_duplicates(write, run, tmp_path: Path) -> None:
    first, second = write("x1.txt", DUMP), write("x2.txt", DUMP)
    docs, _ = run(str(tmp_path / "x*.txt"), first)
    assert [d.source for d in docs] == [str(first), str(second)]


def test_missing_path_and_empty_glob(run, tmp_path: Path) -> None:
    missing, pattern = tmp_path / "nope.txt", tmp_path / "*.warc"
    _, failures = run(missing, pattern)
    assert [f.reason for f in failures] == [
        f"no such file or folder: {missing}",
        f"no file matches the pattern '{pattern}'",
    ]


def test_url_needs_fetch(run) -> None:
    _, failures = run("https://harbor-ledger.example/strike")
    assert failures[0].reason == "this is a URL; pass --fetch to download it"


def test_other_xml_is_refused(write, run) -> None:
    _, failures = run(write("map.xml", '<?xml version="1.0"?><urlset><url/></urlset>'))
    assert failures[0].reason == "XML document with root <urlset> is neither an RSS/Atom feed nor HTML"


def test_batch_goes_on_after_bad_files(write, run) -> None:
    paths = [write("1.txt", b""), write("2.txt", b"\x89PNG\r\n\x1a\n\x00"), write("3.txt", DUMP)]
    docs, failures = run(*paths)
    assert len(failures) == 2 and [d.source for d in docs] == [str(paths[2])]


def test_iter_inputs_is_lazy(write) -> None:
    items = iter_inputs([str(write("1.txt", DUMP))])
    assert next(items).media_type == "text/plain"  # type: ignore[union-attr]
