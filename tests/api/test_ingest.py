"""Ingest over HTTP: a file upload, a JSON Lines body, a URL; nothing leaves the store."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app

pytest.importorskip("lagebild.ingest.inputs", reason="ingest readers not installed")

DUMP = (
    "SAMPLE: Sturmflut in Orlan\n\n"
    "Im erfundenen Küstenort Orlan stieg das Wasser am Dienstag um 2,4 Meter, teilte die Gemeinde mit.\n\n"
    "„Wir haben alle Deiche kontrolliert“, sagte die Bürgermeisterin von Orlan am Abend.\n"
)


@pytest.fixture
def empty(tmp_path: Path) -> TestClient:
    return TestClient(create_app(str(tmp_path / "in.db")))


def test_upload_a_text_dump(empty: TestClient, tmp_path: Path) -> None:
    before = sorted(os.listdir(tmp_path))
    r = empty.post(
        "/api/ingest/file", files={"file": ("../../orlan.txt", DUMP.encode(), "text/plain")}, data={"analyze": "false"}
    )
    assert r.status_code == 200 and len(r.json()["new_articles"]) == 1
    row = empty.get("/api/articles").json()["items"][0]
    assert row["title"] == "SAMPLE: Sturmflut in Orlan" and row["source"] == "upload:orlan.txt"
    assert sorted(os.listdir(tmp_path)) == before  # the store files only; no upload landed on disk
    again = empty.post(
        "/api/ingest/file", files={"file": ("orlan.txt", DUMP.encode(), "text/plain")}, data={"analyze": "false"}
    ).json()
    assert again["new_articles"] == [] and again["unchanged"] == 1


def test_jsonl_body_with_markup_is_stored_as_text(empty: TestClient) -> None:
    line = {
        "id": "x1",
        "title": "SAMPLE <script>alert(1)</script>",
        "outlet": "Sample Post",
        "text": "Ein erfundener Text über Orlan <script>alert(1)</script> und seine Deiche, lang genug.",
    }
    r = empty.post(
        "/api/ingest/jsonl?analyze=false",
        content=(json.dumps(line) + "\n").encode(),
        headers={"content-type": "application/x-ndjson"},
    )
    assert r.status_code == 200, r.text
    aid = r.json()["new_articles"][0]
    assert "<script>alert(1)</script>" in empty.get(f"/api/articles/{aid}").json()["article"]["text"]
    html = empty.get(f"/articles/{aid}").text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_jsonl_needs_its_content_type(empty: TestClient) -> None:
    r = empty.post("/api/ingest/jsonl", content=b"{}", headers={"content-type": "application/xml"})
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"


def test_url_to_a_private_address_is_refused(empty: TestClient) -> None:
    r = empty.post("/api/ingest/url", json={"url": "http://127.0.0.1:9/feed.xml", "analyze": False})
    assert r.status_code == 200
    (failure,) = r.json()["failures"]
    assert "private" in failure["reason"] and empty.get("/api/articles").json()["total"] == 0


def test_url_must_be_http(empty: TestClient) -> None:
    r = empty.post("/api/ingest/url", json={"url": "file:///etc/passwd"})
    assert r.status_code == 400 and "http" in r.json()["error"]["message"]


def test_binary_upload_is_reported_not_stored(empty: TestClient) -> None:
    r = empty.post(
        "/api/ingest/file",
        files={"file": ("x.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "image/png")},
        data={"analyze": "false"},
    ).json()
    assert r["new_articles"] == [] and "PNG" in r["failures"][0]["reason"]
