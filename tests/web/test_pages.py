"""The web pages through an in-process client: what a reader sees, in both languages, and as JSON."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient


def test_home_lists_stories_largest_first_with_plots(client: TestClient) -> None:
    html = client.get("/").text
    assert html.index("Hafenstreik legt Velmora lahm") < html.index("Sample &lt;script&gt;")
    assert "Küstenbote (sample)" in html and "independent source" in html
    assert html.count("<svg") >= 3  # sparklines, coverage, outlet mix


def test_language_from_query_cookie_or_header(client: TestClient) -> None:
    assert "Geschichten der letzten Tage" in client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"}).text
    r = client.get("/?lang=de")
    assert '<html lang="de">' in r.text and "lagebild_lang=de" in r.headers["set-cookie"]
    assert "Geschichten der letzten Tage" in client.get("/").text  # remembered by cookie
    assert "Stories of the last days" in client.get("/?lang=en").text


def test_story_page_shows_outlets_quotes_sources_entities(client: TestClient) -> None:
    html = client.get("/stories/s-velmora-strike").text
    for text in [
        "Nordküsten-Kurier (sample)",
        "Küstenbote (sample)",
        "Quotes by speaker",
        "Lena Hartwig",
        "Sourcing chain",
        'class="graph"',
        "Küstenpresse",
        "/entities/per%3Alena-hartwig",
    ]:
        assert text in html, text
    assert html.count("anon-badge") >= 2  # both anonymous officials are marked
    conflicts = html[html.index('<div class="conflicts">') :]
    assert re.search(
        r'<mark class="num">[^<]*1200[^<]*</mark>.*<mark class="num">[^<]*1500[^<]*</mark>', conflicts, re.S
    )


def test_article_highlights_from_offsets_and_hides_removed_lines(client: TestClient, sample: tuple[str, Any]) -> None:
    html = client.get(f"/articles/{sample[1].kurier}").text
    assert re.search(r'<a href="/entities/per%3Alena-hartwig" class="[^"]*ent-PER[^"]*"[^>]*>Lena Hartwig</a>', html)
    assert '<span class="q q-direct" title="Gewerkschaftssprecherin Lena Hartwig" id="q0">' in html
    assert '<span class="spk spk-anon">Ein Sprecher der Hafenbehörde</span>' in html
    removed = html[html.index('<details class="removed"') :]
    assert "Menü Suche Anmelden" in removed[: removed.index("</details>")]


def test_every_page_has_a_json_twin(client: TestClient, sample: tuple[str, Any]) -> None:
    assert client.get("/?format=json").json()["stories"][0]["id"] == "s-velmora-strike"
    story = client.get("/stories/s-velmora-strike?format=json").json()
    hartwig = next(g for g in story["speakers"] if g["speaker"] == "Lena Hartwig")
    assert len(hartwig["quotes"]) == 3 and "die Gewerkschaftssprecherin Lena Hartwig" in hartwig["phrases"]
    art = client.get(f"/articles/{sample[1].daily}?format=json").json()
    assert art["meta"]["outlet"] == "Küstenbote (sample)" and art["removed"] == [
        "Jetzt abonnieren",
        "Cookie-Einstellungen",
    ]
    assert client.get("/nope?format=json").json()["error"]["status"] == 404


def test_search_entity_quotes_and_upload_pages(client: TestClient) -> None:
    search = client.get("/search", params={"q": "Hartwig"}).text
    assert "2 results" in search and "<mark>Hartwig</mark>" in search
    assert "Lena Hartwig" in client.get("/entities/per:lena-hartwig").text
    assert "anon-badge" in client.get("/quotes", params={"speaker": "Sprecher"}).text
    assert 'enctype="multipart/form-data"' in client.get("/upload").text


def test_missing_things_give_friendly_pages(client: TestClient) -> None:
    r = client.get("/articles/4242")
    assert r.status_code == 404 and "no article with id 4242" in r.text and "<h1>" in r.text
    assert client.get("/stories/none").status_code == 404


def test_dates_and_timestamps_read_short_and_keep_the_exact_value() -> None:
    from lagebild.web.render import when

    assert when("2031-05-06") == "2031-05-06"
    assert when("2031-05-06T08:05:00+00:00") == "2031-05-06 08:05 UTC"
    assert when("2031-05-06T08:05:30+02:00") == "2031-05-06 08:05 +02:00"
    assert when("2031-05-06T08:05:00") == "2031-05-06 08:05"
    assert when("im Mai") == "im Mai" and when("2031-05-06Tkaputt") == "2031-05-06Tkaputt"
    assert when(None) == ""


def test_story_table_dates_are_time_elements(client: TestClient) -> None:
    html = client.get("/stories/s-velmora-strike").text
    assert '<time datetime="2031-03-03">2031-03-03</time>' in html


def test_two_reports_of_a_story_side_by_side(client: TestClient, sample: tuple[str, Any]) -> None:
    ids = sample[1]
    article = client.get(f"/articles/{ids.kurier}").text
    assert f'href="/compare/{ids.kurier}/{ids.daily}"' in article  # the other report of the story is offered
    html = client.get(f"/compare/{ids.kurier}/{ids.daily}").text
    assert "Same-story similarity" in html and "Küstenbote (sample)" in html
    data = client.get(f"/compare/{ids.kurier}/{ids.daily}?format=json").json()
    assert [a["id"] for a in data["articles"]] == [ids.kurier, ids.daily]
    assert data["shared"] and all(s["a"] in html and s["b"] in html for s in data["shared"][:3])
    assert html.count("loose match") == sum(s["loose"] for s in data["shared"]) >= 1  # weak pairs say so
    assert {c["kind"] for c in data["conflicts"]} >= {"numeric"}  # the sample's 1200 against 1500
    assert client.get(f"/compare/{ids.kurier}/4242").status_code == 404
