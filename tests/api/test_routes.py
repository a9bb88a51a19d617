"""The REST API as a program uses it: lists with totals, details with spans, one error shape."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def test_article_list_pages_and_counts_agree(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    assert first["next_offset"] == 2 and second["next_offset"] is None
    assert {a["id"] for a in first["items"] + second["items"]} == {1, 2, 3}


def test_article_filters(client: TestClient) -> None:
    en = client.get("/api/articles", params={"language": "en"}).json()
    assert en["total"] == 1 and en["items"][0]["outlet"] == "Evil <i>Outlet</i>"
    march4 = client.get("/api/articles", params={"since": "2031-03-04", "until": "2031-03-04"}).json()
    assert march4["total"] == len(march4["items"]) == 2
    by_outlet = client.get("/api/articles", params={"outlet": "Nordküsten-Kurier (sample)"}).json()
    assert [a["id"] for a in by_outlet["items"]] == [1]


def test_article_detail_spans_point_into_text(client: TestClient, sample: tuple[str, Any]) -> None:
    d = client.get(f"/api/articles/{sample[1].kurier}").json()
    text = d["article"]["text"]
    assert d["story_id"] == "s-velmora-strike"
    for q in d["analysis"]["quotes"]:
        assert text[q["text"]["start"] : q["text"]["end"]] == q["text"]["text"]
    for e in d["analysis"]["entities"]:
        assert all(text[m["start"] : m["end"]] == m["text"] for m in e["mentions"])


def test_errors_share_one_shape(client: TestClient) -> None:
    for url, status in [
        ("/api/articles/999", 404),
        ("/api/articles?limit=0", 422),
        ("/api/stories/nope", 404),
        ("/api/search", 422),
        ("/api/articles?since=yesterday", 422),
        ("/api/nowhere", 404),
    ]:
        r = client.get(url)
        assert r.status_code == status, url
        err = r.json()["error"]
        assert set(err) == {"status", "code", "message", "detail"} and err["status"] == status and err["message"]


def test_story_list_and_dossier(client: TestClient) -> None:
    stories = client.get("/api/stories", params={"order": "largest"}).json()
    assert stories["total"] == 2 and stories["items"][0]["id"] == "s-velmora-strike"
    d = client.get("/api/stories/s-velmora-strike").json()
    assert {a["outlet"] for a in d["articles"]} == {"Nordküsten-Kurier (sample)", "Küstenbote (sample)"}
    assert isinstance(d["dossier"], dict)


def test_entities_list_total_and_detail(client: TestClient) -> None:
    page = client.get("/api/entities", params={"type": "per"}).json()
    assert page["total"] == len(page["items"]) == 1
    assert page["items"][0]["key"] == "per:lena-hartwig" and page["items"][0]["articles"] == 2
    detail = client.get("/api/entities/Lena Hartwig").json()
    assert detail["key"] == "per:lena-hartwig" and len(detail["articles"]) == 2


def test_quote_filters_and_totals(client: TestClient) -> None:
    all_ = client.get("/api/quotes", params={"limit": 2}).json()
    assert all_["total"] == 6 and len(all_["items"]) == 2
    hartwig = client.get("/api/quotes", params={"entity": "per:lena-hartwig"}).json()
    assert hartwig["total"] == 3
    kurier = client.get("/api/quotes", params={"speaker": "hartwig", "outlet": "Nordküsten-Kurier (sample)"}).json()
    assert kurier["total"] == 2
    assert client.get("/api/quotes", params={"since": "2031-03-05"}).json()["total"] == 0


def test_search_total_matches_items(client: TestClient) -> None:
    d = client.get("/api/search", params={"q": "Velmora", "limit": 1}).json()
    assert d["total"] == 2 and len(d["items"]) == 1 and "Velmora" in d["items"][0]["snippet"]


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in [
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/articles/{article_id}/compare/{other_id}",
        "/api/stories/{story_id}",
        "/api/quotes",
        "/api/entities",
        "/api/search",
        "/api/ingest/file",
        "/api/ingest/url",
        "/api/ingest/jsonl",
    ]:
        assert p in paths
    assert "/api/quotes" in client.get("/docs").text


def test_dossier_covers_each_outlet_first() -> None:
    from lagebild.api.services import dossier_articles
    from lagebild.records import Article, Block

    def art(outlet: str, day: str) -> Article:
        return Article(blocks=[Block("title", f"SAMPLE {outlet} {day}")], outlet=outlet, published=day)

    arts = {1: art("A", "2031-01-01"), 2: art("A", "2031-01-02"), 3: art("B", "2031-01-03"), 4: art("C", "2031-01-04")}
    assert dossier_articles([1, 2, 3, 4], arts, limit=3) == [1, 3, 4]
    assert dossier_articles([1, 2, 3, 4, 99], arts, limit=8) == [1, 2, 3, 4]


def test_two_articles_compared_with_their_similarity(client: TestClient, sample: tuple[str, Any]) -> None:
    ids = sample[1]
    d = client.get(f"/api/articles/{ids.kurier}/compare/{ids.daily}").json()
    assert d["articles"] == [str(ids.kurier), str(ids.daily)]
    assert 0.0 <= d["similarity"]["score"] <= 1.0 and d["shared"]
    for side, aid in (("a", ids.kurier), ("b", ids.daily)):
        text = client.get(f"/api/articles/{aid}").json()["article"]["text"]
        for s in d["shared"]:
            assert text[s[side]["start"] : s[side]["end"]] == s[side]["text"]  # offsets into each article
    missing = client.get(f"/api/articles/{ids.kurier}/compare/999")
    assert missing.status_code == 404 and "999" in missing.json()["error"]["message"]
