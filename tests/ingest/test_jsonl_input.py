from __future__ import annotations

import gzip
import json

LINES = [
    {
        "id": 17,
        "text": "Dock workers stopped work.",
        "url": "https://cws.example/1",
        "outlet": "CWS",
        "published": "2031-05-05",
        "language": "en",
        "title": "Strike",
        "ignored": 3,
    },
    {"id": "b", "html": "<p>Gipfel beginnt.</p>", "text": "Gipfel beginnt."},
]


def _jsonl(records: list[object]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_fields_become_hints(write, run) -> None:
    docs, failures = run(write("wire.jsonl", _jsonl(LINES)))
    assert failures == []
    assert docs[0].meta == {
        "url": "https://cws.example/1",
        "outlet": "CWS",
        "published": "2031-05-05",
        "language": "en",
        "title": "Strike",
        "source_id": "17",
        "charset": "utf-8",
    }
    assert (docs[0].media_type, docs[0].data, docs[0].origin_url) == (
        "text/plain",
        b"Dock workers stopped work.",
        "https://cws.example/1",
    )
    assert (docs[1].media_type, docs[1].data) == ("text/html", b"<p>Gipfel beginnt.</p>")


def test_bad_lines_fail_with_their_number_and_the_rest_goes_on(write, run) -> None:
    body = _jsonl(LINES[:1]) + '{"text": "unterminated\n' + "[1, 2]\n" + '{"title": "no text"}\n\n' + _jsonl(LINES[1:])
    docs, failures = run(write("wire.jsonl", body))
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["line-1", "line-6"]
    assert [f.source.rsplit("#", 1)[1] for f in failures] == ["line-2", "line-3", "line-4"]
    assert failures[0].reason.startswith("line 2 is not valid JSON")
    assert failures[1].reason == "line 3: expected a JSON object, found list"
    assert failures[2].reason == "line 4: record has neither a `text` nor an `html` string"


def test_invalid_utf8_line(write, run) -> None:
    docs, failures = run(write("wire.jsonl", b'{"text": "Stra\xdfe"}\n' + _jsonl(LINES[:1]).encode()))
    assert len(docs) == 1 and failures[0].reason == "line 1 is not valid UTF-8, as JSON Lines must be"


def test_gzipped_jsonl_is_streamed(write, run) -> None:
    docs, _ = run(write("wire.jsonl.gz", gzip.compress(_jsonl(LINES).encode())))
    assert len(docs) == 2


def test_overlong_line_fails_alone(write, run) -> None:
    long = {"text": "x" * 5000}
    docs, failures = run(write("wire.jsonl", _jsonl([long, LINES[0]])), max_bytes=1000)
    assert len(docs) == 1 and failures[0].reason == "line 1 is over the 1,000-byte limit; raise --max-bytes"


def test_json_array_file(write, run) -> None:
    docs, failures = run(write("wire.json", json.dumps([LINES[0], 5])))
    assert docs[0].source.endswith("#item-1") and failures[0].reason == "item 2: expected a JSON object, found int"


def test_url_only_record_hints_at_fetch(write, run) -> None:
    _, failures = run(write("links.jsonl", _jsonl([{"url": "https://cws.example/9"}])))
    assert failures[0].reason.endswith("it has a `url`, pass --fetch to download it")
