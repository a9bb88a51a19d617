from __future__ import annotations

import pytest

PAGES = [
    (
        "https://harbor-ledger.example/a",
        "text/html; charset=iso-8859-1",
        "<html><p>Hafen geschlossen.</p></html>".encode("latin-1"),
    ),
    ("https://harbor-ledger.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("https://harbor-ledger.example/b", "text/html", b"<html><p>Second page.</p></html>"),
    ("https://harbor-ledger.example/c", "text/html", b"<html><p>Third page.</p></html>"),
]


@pytest.mark.parametrize("gzipped", [True, False])
def test_html_responses_become_documents(write, run, make_warc, gzipped: bool) -> None:
    path = write("crawl.warc.gz" if gzipped else "crawl.warc", make_warc(PAGES, gzip=gzipped))
    docs, failures = run(path)
    assert failures == []
    assert [d.meta["url"] for d in docs] == [PAGES[0][0], PAGES[2][0], PAGES[3][0]]
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["record-2", "record-4", "record-5"]
    assert docs[0].data == PAGES[0][2] and docs[0].meta["charset"] == "iso-8859-1"
    assert docs[0].fetched_at == "2031-05-04T08:15:00Z" and docs[0].origin_url == PAGES[0][0]


def test_broken_record_header_fails_alone(write, run, make_warc) -> None:
    data = make_warc(PAGES, gzip=False)
    second_page = data.index(b"WARC/1.0", data.index(b"logo.png"))  # the record of page b
    broken = data[:second_page] + b"GARBAGE!" + data[second_page + 8 :]
    docs, failures = run(write("broken.warc", broken))
    assert [d.meta["url"] for d in docs] == [PAGES[0][0], PAGES[3][0]]
    assert len(failures) == 1 and failures[0].reason.startswith("malformed WARC record at byte")


def test_corrupt_gzip_member_fails_alone(write, run, make_warc) -> None:
    data = bytearray(make_warc(PAGES, gzip=True))
    members = [i for i in range(len(data)) if data[i : i + 3] == b"\x1f\x8b\x08"]
    for i in range(members[3] + 20, members[3] + 60):  # scramble the compressed body of page b
        data[i] ^= 0x5A
    docs, failures = run(write("broken.warc.gz", bytes(data)))
    assert [d.meta["url"] for d in docs] == [PAGES[0][0], PAGES[3][0]]
    assert len(failures) == 1 and "malformed WARC record" in failures[0].reason


def test_record_over_the_limit_fails_alone(write, run, make_warc) -> None:
    pages = [*PAGES[:1], ("https://harbor-ledger.example/big", "text/html", b"<p>" + b"x" * 5000 + b"</p>")]
    docs, failures = run(write("big.warc.gz", make_warc(pages, gzip=True)), max_bytes=2000)
    assert len(docs) == 1 and failures[0].source.endswith("#record-3")
    assert "over the 2,000-byte limit" in failures[0].reason


def test_truncated_warc_keeps_what_came_before(write, run, make_warc) -> None:
    data = make_warc(PAGES, gzip=False)
    docs, failures = run(write("cut.warc", data[: data.index(b"Third page")]))
    assert [d.meta["url"] for d in docs][:2] == [PAGES[0][0], PAGES[2][0]]
    assert all("WARC" in f.reason or "body" in f.reason for f in failures)
