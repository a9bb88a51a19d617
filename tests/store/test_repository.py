"""The store behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from lagebild.records import Analysis, Article, Block, Entity, Failure, Mention, Quote, RawDocument, Span, Speaker
from lagebild.store import Store
from lagebild.store.repository import ArticleValues


def _article(title: str, body: str, outlet: str = "Sample Post") -> Article:
    return Article(
        blocks=[Block("title", title), Block("body", body)], outlet=outlet, language="de", published="2031-03-04"
    )


def _put(store: Store, raw: bytes, art: Article) -> tuple[int, bool]:
    with store.begin() as conn:
        doc = RawDocument(raw, "text/plain", "sample.txt")
        store.add_raw(conn, doc)
        art.raw_sha256 = doc.sha256
        return store.add_article(conn, art, doc.source, "1")


def test_article_roundtrip_and_dedup(store_url: str) -> None:
    store = Store(store_url)
    art = _article("Hafenstreik in Velmora", "Die Docker von Velmora streiken seit Montag.")
    aid, created = _put(store, b"raw one", art)
    assert created
    again, created2 = _put(
        store, b"raw two", _article("Hafenstreik in Velmora", "Die Docker von Velmora streiken seit Montag.")
    )
    assert (again, created2) == (aid, False)
    back = store.get_article(aid)
    assert back is not None and back.to_dict() == art.to_dict()
    assert store.count_articles(outlet="Sample Post") == 1 == len(store.list_articles(language="de"))


def test_raw_input_is_idempotent(store_url: str) -> None:
    store = Store(store_url)
    with store.begin() as conn:
        doc = RawDocument(b"same bytes", "text/plain", "a.txt")
        assert store.add_raw(conn, doc) is True
        assert store.add_raw(conn, RawDocument(b"same bytes", "text/plain", "b.txt")) is False
    assert store.stats()["raw_documents"] == 1


def test_batch_insert_keeps_the_one_by_one_rules(store_url: str) -> None:
    store = Store(store_url)
    stored_id, _ = _put(store, b"raw zero", _article("Brücke in Orlan", "Die Brücke über den Orlan ist wieder offen."))
    batch = [
        (RawDocument(b"raw a", "text/plain", "a.txt"), _article("Fähre in Velmora", "Die Fähre legte pünktlich an.")),
        (
            RawDocument(b"raw zero", "text/plain", "z.txt"),
            _article("Brücke in Orlan", "Die Brücke über den Orlan ist wieder offen."),
        ),
        (RawDocument(b"raw b", "text/plain", "b.txt"), _article("Fähre in Velmora", "Die Fähre legte pünktlich an.")),
        (RawDocument(b"raw c", "text/plain", "c.txt"), _article("Markt in Velmora", "Der Wochenmarkt zieht um.")),
    ]
    for raw, art in batch:
        art.raw_sha256 = raw.sha256
    with store.begin() as conn:
        assert store.stored_raw(conn, [b[0].sha256 for b in batch]) == {batch[1][0].sha256}
        result = store.add_ingested(conn, batch, "1")
    new_a, new_c = result[0][0], result[3][0]
    assert result == [(new_a, True), (stored_id, False), (new_a, False), (new_c, True)]
    assert len({stored_id, new_a, new_c}) == 3
    assert store.stats()["raw_documents"] == 4 and store.stats()["articles"] == 3
    back = store.get_article(new_c)
    assert back is not None and back.to_dict() == batch[3][1].to_dict()
    assert [r.title for r, _ in store.search("Wochenmarkt")] == ["Markt in Velmora"]


def test_encoded_article_values_store_the_articles_row(store_url: str) -> None:
    """Cleaning workers hand over `ArticleValues` (the JSON document encoded there): the stored row, its JSON
    text on SQLite included, and the search index are what the Article itself would have stored."""
    store = Store(store_url)
    art = _article("Fährbetrieb in Orlan", "Die Fähre nach Velmora fährt ab Mai stündlich, sagt der Hafenmeister.")
    art.removed = ["Teilen", "Newsletter bestellen"]
    raw = RawDocument(b"raw ferry", "text/plain", "ferry.txt")
    art.raw_sha256 = raw.sha256
    with store.begin() as conn:
        [(aid, created)] = store.add_ingested(conn, [(raw, ArticleValues.of(art))], "1")
    assert created
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT content_hash, raw_sha256, source, title, outlet, language, text, data::text FROM articles"
            if not store.is_sqlite
            else "SELECT content_hash, raw_sha256, source, title, outlet, language, text, data FROM articles"
        ).one()
    assert tuple(row[:7]) == (art.content_hash, raw.sha256, "ferry.txt", art.title, "Sample Post", "de", art.text)
    assert json.loads(row[7]) == art.to_dict()
    if store.is_sqlite:
        assert row[7] == json.dumps(art.to_dict())  # what SQLAlchemy's JSON type writes for the dict itself
    back = store.get_article(aid)
    assert back is not None and back.to_dict() == art.to_dict()
    assert [r.title for r, _ in store.search("stündlich")] == ["Fährbetrieb in Orlan"]


def test_full_text_search(store_url: str) -> None:
    store = Store(store_url)
    _put(store, b"1", _article("Gipfel in Orlan", "Nordkorea und Russland beraten über Fischerei."))
    _put(store, b"2", _article("Hafenstreik", "Die Docker streiken."))
    hits = store.search("Nordkorea Russland")
    assert [r.title for r, _ in hits] == ["Gipfel in Orlan"]
    assert store.search("Nordkorea Hafenstreik") == []


def test_quarantine_keeps_reason(store_url: str) -> None:
    store = Store(store_url)
    with store.begin() as conn:
        store.quarantine(conn, Failure("bad.bin", "binary file (PNG image), not a news document", data=b"\x89PNG"))
    assert store.quarantined()[0]["reason"].startswith("binary file")


def test_analysis_rows_feed_entity_and_quote_listings(store_url: str) -> None:
    store = Store(store_url)
    aid, _ = _put(store, b"3", _article("Gipfel", "Ministerin Ada Korr sagte: „Wir verhandeln.“"))
    ent = Entity("per:ada-korr", "Ada Korr", "PER", None, ["Ministerin"], [Mention(24, 32, "Ada Korr")])
    quote = Quote("direct", Span(40, 53, "Wir verhandeln."), speaker=Speaker(24, 32, "Ada Korr", "per:ada-korr"))
    with store.begin() as conn:
        store.put_analysis(conn, aid, Analysis(aid, "de", "x", entities=[ent], quotes=[quote]), "1")
    assert store.list_entities()[0]["key"] == "per:ada-korr"
    detail = store.entity_detail("Ada Korr")
    assert detail is not None and detail["roles"] == ["Ministerin"]
    assert store.list_quotes(entity="per:ada-korr")[0]["text"] == "Wir verhandeln."


def test_story_rows(store_url: str) -> None:
    store = Store(store_url)
    aid, _ = _put(store, b"4", _article("Gipfel", "Text"))
    with store.begin() as conn:
        store.put_story_members(conn, {aid: "s1"})
        store.put_stories(conn, [{"id": "s1", "title": "Gipfel", "last_seen": "2031-03-04", "article_count": 1}])
        store.put_state(conn, "clusterer", b"state")
    assert store.story_article_ids("s1") == [aid]
    assert store.list_stories()[0]["title"] == "Gipfel"
    assert store.get_state("clusterer") == b"state"


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    code = f"from lagebild.store import Store; Store({str(db)!r}).close()"
    procs = [
        subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    errors = [p.communicate()[1].decode()[-300:] for p in procs if p.wait() != 0]
    assert errors == []
