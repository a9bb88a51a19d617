"""The CLI as a user drives it: ingest, list, show, search, clean, with JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()

DUMP = """Startseite
Politik
Wirtschaft
SAMPLE — fiktiver Artikel für Tests

Streik legt den Hafen von Velmora lahm

Seit Montag ruht die Arbeit im Hafen von Velmora, weil die Gewerkschaft der Hafenarbeiter zum Streik aufgerufen hat.

„Wir bleiben draußen, bis die Löhne steigen“, sagte Gewerkschaftschefin Ada Korr gegenüber dem Velmora Kurier.

Die Hafenbehörde erklärte, mehr als 40 Schiffe warteten vor der Küste auf Abfertigung.
Loading...
Loading...
Newsletter abonnieren
"""


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    p = tmp_path / "velmora.txt"
    p.write_text(DUMP, encoding="utf-8")
    return p


def _json(args: list[str]) -> object:
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_clean_prints_one_article(dump: Path) -> None:
    art = _json(["clean", str(dump), "--format", "json"])
    assert isinstance(art, dict)
    assert art["title"] == "Streik legt den Hafen von Velmora lahm"
    assert "Loading..." in art["removed"] and "Loading..." not in art["text"]
    for key in (
        "kicker",
        "lede",
        "bullets",
        "paragraphs",
        "captions",
        "published",
        "outlet",
        "author",
        "language",
        "provenance",
    ):
        assert key in art


def test_ingest_list_show_search(dump: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    rep = _json(["ingest", str(dump), "--db", db, "--no-analyze", "--format", "json"])
    assert isinstance(rep, dict) and len(rep["new_articles"]) == 1
    rows = _json(["articles", "--db", db, "--format", "json"])
    assert isinstance(rows, list) and rows[0]["title"].startswith("Streik")
    shown = _json(["show", str(rows[0]["id"]), "--db", db, "--format", "json"])
    assert isinstance(shown, dict) and "Newsletter abonnieren" in shown["removed"]
    hits = _json(["search", "Hafen Gewerkschaft", "--db", db, "--format", "json"])
    assert isinstance(hits, list) and hits[0]["id"] == rows[0]["id"]


def test_errors_are_one_line(tmp_path: Path) -> None:
    res = runner.invoke(app, ["show", "99", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 1
    assert "no article with id 99" in res.output and "Traceback" not in res.output


def test_bad_input_is_reported_not_fatal(dump: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.html"
    bad.write_bytes(b"")
    res = runner.invoke(app, ["ingest", str(dump), str(bad), "--db", str(tmp_path / "b.db"), "--no-analyze"])
    assert res.exit_code == 0
    assert "1 new articles" in res.output and "broken.html" in res.output


def test_compare_shows_same_story_similarity(tmp_path: Path) -> None:
    from tests.stories.samples import BRIDGE_DE, BRIDGE_DE2, BRIDGE_DE2_TITLE, BRIDGE_DE_TITLE

    feed = tmp_path / "bridge.jsonl"
    lines = [
        {"id": "a", "title": BRIDGE_DE_TITLE, "text": BRIDGE_DE, "language": "de", "outlet": "Aulertal-Zeitung"},
        {"id": "b", "title": BRIDGE_DE2_TITLE, "text": BRIDGE_DE2, "language": "de", "outlet": "Kreisblatt"},
    ]
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "cmp.db")
    _json(["ingest", str(feed), "--db", db, "--no-analyze", "--format", "json"])
    res = _json(["compare", "1", "2", "--db", db, "--format", "json"])
    assert isinstance(res, dict)
    sim = res["similarity"]
    assert 0.0 < sim["score"] <= 1.0 and sim["centred"] is False  # no stories clustered yet: no language means
    md = runner.invoke(app, ["compare", "1", "2", "--db", db])
    assert md.exit_code == 0 and "Same-story similarity" in md.stdout
