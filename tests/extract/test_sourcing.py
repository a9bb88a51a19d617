"""The sourcing chain on fictional samples and on seed 000 (read from ../shared; skipped when absent)."""

from __future__ import annotations

import pytest

from lagebild.extract.quotes import extract_quotes
from lagebild.extract.sourcing import build_sources
from lagebild.records import Provenance, Source
from tests.conftest import shared_path

# Fictional sample text written for this test.
_SAMPLE = (
    "Die Insel plant einen neuen Hafen, berichtete die Nachrichtenagentur Beispielpress unter Berufung auf "
    "zwei hochrangige Beamte. „Die Bagger kommen im Mai“, sagte Hafenmeisterin Ella Muster gegenüber Reuters. "
    "Die zwei Beamten erklärten gegenüber Beispielpress zudem, dass die Kosten stiegen.\n\n"
    "Lesen Sie den Originalartikel auf Inselbote"
)


def _by_name(sources: list[Source], part: str) -> Source:
    hits = [s for s in sources if part.lower() in s.name.lower()]
    assert hits, [s.name for s in sources]
    return hits[0]


def test_fictional_chain_original_medium_officials() -> None:
    quotes = extract_quotes(_SAMPLE, "de")
    sources = build_sources(_SAMPLE, quotes, None, None, "Beispiel-Online")
    root = _by_name(sources, "Inselbote")
    agency = _by_name(sources, "Beispielpress")
    officials = _by_name(sources, "Beamte")
    assert (root.type, root.parent) == ("original_publication", None)
    assert (agency.type, agency.parent) == ("news_agency", root.id)
    assert (officials.type, officials.parent) == ("anonymous_official", agency.id)
    assert officials.statements, "the officials' statement is attributed to them"
    muster = _by_name(sources, "Ella Muster")
    assert muster.parent == _by_name(sources, "Reuters").id
    for s in sources:
        for m in s.mentions:
            assert _SAMPLE[m.start:m.end] == m.text


def test_provenance_records_win_over_text_notes() -> None:
    prov = [Provenance("translated_from", "Harbour Herald", "übersetzt aus dem Englischen")]
    sources = build_sources("Kurzer Text ohne Zitate.", [], None, prov, None)
    assert [(s.name, s.type) for s in sources] == [("Harbour Herald", "original_publication")]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str"):
        build_sources(None, [], None, None, None)  # type: ignore[arg-type]


def test_seed_000_chain() -> None:
    text = shared_path("seeds", "000_26876b411ad06f14.txt").read_text(encoding="utf-8")
    sources = build_sources(text, extract_quotes(text, "de"), None, None, "Business Insider Deutschland")
    root = _by_name(sources, "Business Insider")
    nbc = _by_name(sources, "NBC News")
    officials = next(s for s in sources if s.type == "anonymous_official" and "sechs" in s.name)
    assert root.type == "original_publication" and root.parent is None
    assert nbc.parent == root.id and officials.parent == nbc.id and officials.statements
    for name in ("AFP", "Reuters"):
        assert _by_name(sources, name).parent == root.id
    tank = next(s for s in sources if s.type == "think_tank")
    assert "strategische" in tank.name and tank.parent == root.id and tank.statements


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        ("Die Gewerkschaft fordert nach eigenen Worten eine Garantie für alle Stellen.", "de", "Gewerkschaft",
         "organisation"),
        ("Inzwischen haben nach Behördenangaben rund 900 Menschen das Tal verlassen.", "de", "Behörden",
         "anonymous_official"),
        ("An dem Streik beteiligen sich nach Gewerkschaftsangaben rund 3.200 Beschäftigte.", "de", "Gewerkschaft",
         "organisation"),
        ("Nach Regierungsangaben kamen rund 900 Menschen in Notunterkünfte.", "de", "Regierung", "organisation"),
        ("The union says about 450 jobs are at risk.", "en", "union", "organisation"),
        ("Local authorities said the road would stay closed.", "en", "authorities", "anonymous_official"),
        # German bodies named by the end of their compound
        ("Die Beträge würden nach Angaben der Staatskanzlei auf zehn Jahre verteilt.", "de", "Staatskanzlei",
         "organisation"),
        ("Die Muster-Allianz sprach von einem ersten Schritt, aber keiner Lösung.", "de", "Muster-Allianz",
         "organisation"),
        ("Die Klinikleitung erklärte, der Betrieb laufe normal weiter.", "de", "Klinikleitung", "organisation"),
        ("Wie aus Verhandlungskreisen verlautete, sei eine Einigung nah.", "de", "Verhandlungskreisen",
         "anonymous_official"),
    ],
)
def test_bodies_are_typed_as_organisations_or_unnamed_officials(text: str, lang: str, name: str, kind: str) -> None:
    sources = build_sources(text, extract_quotes(text, lang), None, None, "Beispiel-Online")
    source = _by_name(sources, name)
    assert source.type == kind and "angaben" not in source.name  # the body, not its figures


def test_a_wire_credit_in_the_dateline_is_the_original() -> None:
    text = ("Hafen bleibt zu\n\nNordhaven (spd-wire) - Der Hafen von Nordhaven bleibt nach Angaben der Hafenbehörde "
            "bis Freitag geschlossen. „Wir prüfen jeden Kran“, sagte Hafenmeisterin Ella Muster.")
    sources = build_sources(text, extract_quotes(text, "de"), None, None, "Beispiel-Online")
    root = _by_name(sources, "spd-wire")
    assert root.type == "original_publication" and root.parent is None
    assert _by_name(sources, "Ella Muster").parent == root.id
    # the agency's own report names no other origin
    own = build_sources(text.replace("spd-wire", "SW"), [], None, None, "Sample Wire")
    assert all(s.type != "original_publication" for s in own)


def test_a_state_speaks_as_an_organisation() -> None:
    from lagebild.extract.pipeline import AnalysisInput, analyze_batch

    text = "Frankreich erklärte, man habe mit dem erfundenen Vorfall nichts zu tun."
    (result,) = analyze_batch([AnalysisInput(id=1, text=text, language="de")])
    types = {s.name: s.type for s in result.sources}
    assert types.get("Frankreich") == "organisation", types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("SPD-Chef Max Beispiel sagte, die Partei stimme dem Plan zu.", "Max Beispiel", "politician"),
        ("Die Fraktionsvorsitzende Ada Beispiel sagte, man stimme zu.", "Ada Beispiel", "politician"),
        # a chief of a union or a company leads no party
        ("Gewerkschaftschefin Ada Beispiel sagte, der Streik gehe weiter.", "Ada Beispiel", "person"),
        ("Konzernchef Max Beispiel sagte, das Werk bleibe offen.", "Max Beispiel", "person"),
    ],
)
def test_a_chair_is_a_politician_when_a_party_is_named(text: str, name: str, kind: str) -> None:
    sources = build_sources(text, extract_quotes(text, "de"), None, None, "Beispiel-Online")
    assert _by_name(sources, name).type == kind
