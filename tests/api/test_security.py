"""Headers, the access token, escaping of hostile article text, and upload limits."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app
from lagebild.api.ingest import upload_label
from lagebild.errors import InputError

WEB = Path(__file__).resolve().parents[2] / "lagebild" / "web"


def test_strict_headers_on_pages_api_and_errors(client: TestClient) -> None:
    for url in ["/", "/api/articles", "/nope", "/static/style.css"]:
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_hostile_article_is_escaped_everywhere(client: TestClient, sample: tuple[str, Any]) -> None:
    evil = sample[1].evil
    for url in ["/", f"/articles/{evil}", "/stories/s-evil", "/search?q=Sample+body", "/entities", "/quotes"]:
        html = client.get(url).text
        assert "<script>window" not in html, url
        assert not re.search(r"<(script|img|svg|b)\b[^>]*(__pwned|onerror|onload|onmouseover)", html), url
        assert 'href="javascript:' not in html, url
    html = client.get(f"/articles/{evil}").text
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;" in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>']


def test_templates_never_mark_text_safe() -> None:
    for path in (WEB / "templates").glob("*.html"):
        assert not re.search(r"\|\s*safe|autoescape\s+false", path.read_text()), path
        assert not re.search(r"\son[a-z]+=", path.read_text()), f"inline event handler in {path}"
    for path in WEB.glob("*.py"):
        assert "Markup(" not in path.read_text(), path


def test_public_server_requires_token(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="token"):
        create_app(str(tmp_path / "x.db"), public=True)


def test_token_by_header_cookie_or_query(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "x.db"), token="s3cret", public=True)
    with TestClient(app) as c:
        denied = c.get("/api/articles")
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "unauthorized"
        assert c.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/articles", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        first = c.get("/search?q=x&token=s3cret", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/search?q=x"
        assert "httponly" in first.headers["set-cookie"].lower()
        assert c.get("/static/style.css").status_code == 200  # the cookie now rides along


def test_upload_names_are_labels_not_paths() -> None:
    assert upload_label("../../etc/passwd") == "upload:passwd"
    assert upload_label("C:\\Users\\x\\..\\evil.jsonl") == "upload:evil.jsonl"
    assert upload_label(None) == "upload:file"


def test_oversized_upload_is_refused(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "x.db"), max_upload_bytes=1000)) as c:
        r = c.post("/api/ingest/file", files={"file": ("big.txt", b"x" * 200_000, "text/plain")})
        assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
        r = c.post(
            "/api/ingest/jsonl", content=b'{"text": "x"}\n' * 100, headers={"content-type": "application/x-ndjson"}
        )
        assert r.status_code == 413


def test_cross_site_post_is_refused(client: TestClient) -> None:
    r = client.post(
        "/api/ingest/url", json={"url": "https://example.org/a"}, headers={"Origin": "https://evil.example"}
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_run_refuses_a_public_bind_without_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.api.server import run

    monkeypatch.delenv("LAGEBILD_TOKEN", raising=False)
    with pytest.raises(InputError, match="token"):
        run(str(tmp_path / "x.db"), host="0.0.0.0", port=1)
