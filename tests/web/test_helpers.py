"""Offsets to segments, dossier reading, plot geometry, language choice."""

from __future__ import annotations

from lagebild.web.dossier_view import conflicts_section, shared_section, unique_section
from lagebild.web.highlight import Mark, number_segments, segments
from lagebild.web.i18n import pick_language, translator
from lagebild.web.svg import day_bars, layered_graph


def test_overlapping_marks_cut_at_every_boundary() -> None:
    text = "Anna Berg sagte: Hallo Welt."
    segs = segments(text, 0, len(text), [Mark(0, 9, "ent", href="/e/a"), Mark(17, 27, "q"), Mark(23, 27, "ent")])
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["cls"]) for s in segs if s["cls"]] == [
        ("Anna Berg", "ent"),
        ("Hallo ", "q"),
        ("Welt", "q ent"),
    ]


def test_bad_offsets_are_ignored_not_fatal() -> None:
    segs = segments("kurz", 0, 4, [Mark(2, 99, "ent"), Mark(3, 1, "q")])
    assert segs == [{"text": "kurz", "cls": "", "title": None, "href": None, "anchor": None}]


def test_numbers_are_split_out_for_highlighting() -> None:
    parts = number_segments("mehr als eine Million Geschosse, 1,5 Millionen laut anderen, 40 %")
    assert [p["text"] for p in parts if p["num"]] == ["1,5 Millionen", "40 %"]


def test_dossier_sections_read_lenient_shapes() -> None:
    d = {
        "shared": ["Beide nennen 3 Häfen", {"text": "Streik seit Montag", "articles": [1, 2]}],
        "unique": {"1": ["Nur hier: 1200 Arbeiter"], "2": [{"claim": "Only here: talks Wednesday"}]},
        "conflicts": [
            {
                "topic": "Zahl der Streikenden",
                "sides": [{"article_id": 1, "text": "1200 Arbeiter"}, {"article_id": 2, "text": "1500 workers"}],
            }
        ],
    }
    outlets = {1: "Kurier", 2: "Daily"}
    assert shared_section(d, outlets)[1]["outlets"] == ["Kurier", "Daily"]
    assert [g["outlet"] for g in unique_section(d, outlets)] == ["Kurier", "Daily"]
    (c,) = conflicts_section(d, outlets)
    assert c["topic"] == "Zahl der Streikenden" and [s["outlet"] for s in c["sides"]] == ["Kurier", "Daily"]
    assert conflicts_section({}, outlets) == [] and unique_section({"unique": None}, outlets) == []


def test_day_bars_fill_gaps_and_graph_layers_by_depth() -> None:
    bars = day_bars([("2031-03-01", 2), ("2031-03-04", 1)])
    assert bars is not None and [b["value"] for b in bars["bars"]] == [2, 0, 0, 1]
    g = layered_graph([{"id": "a"}, {"id": "b"}, {"id": "c"}], [("a", "b"), ("b", "c"), ("a", "c"), ("c", "a")])
    assert g is not None
    xs = {n["id"]: n["x"] for n in g["nodes"]}
    assert xs["a"] < xs["b"] < xs["c"] and len(g["edges"]) == 3


def test_language_choice() -> None:
    assert pick_language(None, None, "fr-FR,de;q=0.8,en;q=0.5") == "de"
    assert pick_language("en", "de", "de") == "en"
    assert pick_language("xx", None, None) == "en"
    assert translator("de")("results", n=3) == "3 Treffer"


def test_translator_uses_singular_forms_for_one() -> None:
    from lagebild.web.i18n import translator

    en, de = translator("en"), translator("de")
    assert en("articles", count=1) == "article"
    assert en("articles", count=2) == "articles"
    assert en("independent", count=1) == "independent source"
    assert de("independent", count=1) == "unabhängige Quelle"
    assert de("articles", count=1) == "Artikel"  # German: falls back to the table's one form
    assert en("home_window", days=7, day="2031-05-11").startswith("Stories seen in the 7 days")
    assert en("results", count=1, n=1) == "1 result" and de("results", count=1, n=1) == "1 Treffer"


def test_a_provenance_note_said_twice_is_one_line_in_the_story_table() -> None:
    from lagebild.records import Provenance
    from lagebild.web.story_view import _provenance_lines

    notes = [
        Provenance("translated_from", "Beispiel Ledger", "Dieser Artikel ist eine Übersetzung aus dem Englischen."),
        Provenance("image_credit", "Musteragentur", "(Foto: Musteragentur)"),
        Provenance("translated_from", "Beispiel Ledger", "Lesen Sie den Originalartikel auf Beispiel Ledger"),
    ]
    lines = _provenance_lines(notes)
    assert [(x["kind"], x["outlet"]) for x in lines] == [
        ("translated_from", "Beispiel Ledger"),
        ("image_credit", "Musteragentur"),
    ]
    assert lines[0]["text"].startswith("Dieser Artikel")
