"""Quote extraction on fictional sample sentences (written for these tests), one per construction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.extract.quotes import extract_quotes
from lagebild.records import Entity, Mention, Quote


def _one(text: str, lang: str = "de", kind: str | None = None) -> Quote:
    quotes = [q for q in extract_quotes(text, lang) if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text.text) for q in quotes]
    return quotes[0]


def test_german_low_high_quotes_with_trailing_cue() -> None:
    q = _one("„Die Brücke bleibt bis Juni gesperrt“, sagte Bürgermeisterin Anna Beispiel am Montag.")
    assert (q.kind, q.text.text) == ("direct", "Die Brücke bleibt bis Juni gesperrt")
    assert q.speaker is not None and q.speaker.text == "Bürgermeisterin Anna Beispiel"
    assert q.cue is not None and q.cue.text == "sagte"


def test_guillemets_after_colon_and_channel_with_so() -> None:
    q = _one("Der Fährmann warnte: »Bei Sturm fährt heute kein Schiff mehr hinaus.«")
    assert q.speaker is not None and q.speaker.text == "Der Fährmann"
    q = _one("«Wir haben genug Vorräte für den Winter», so ein Sprecher der Genossenschaft zu Radio Nordwind.")
    assert q.speaker is not None and q.speaker.text.startswith("ein Sprecher")
    assert q.channel is not None and "Radio Nordwind" in q.channel.text


def test_quote_spanning_sentences_keeps_one_speaker() -> None:
    q = _one('"Das Dach ist dicht. Die Heizung läuft wieder. Wir öffnen am Freitag", erklärte die Schulleiterin.')
    assert q.text.text.count(".") == 2 and q.speaker is not None and q.speaker.text == "die Schulleiterin"


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    assert extract_quotes("Die sogenannte „Brückenlösung“ soll bis Mai gelten.", "de") == []
    assert extract_quotes("Im Kino läuft der Film „Der Leuchtturm am Ende der Welt“ seit Donnerstag.", "de") == []


def test_partial_quote_inside_reported_clause_is_direct_with_same_speaker() -> None:
    quotes = extract_quotes("Der Verband erklärte, die Lage sei „äußerst angespannt“.", "de")
    kinds = {q.kind: q for q in quotes}
    assert kinds["direct"].text.text == "äußerst angespannt"
    assert kinds["direct"].speaker is not None and kinds["direct"].speaker.text == "Der Verband"
    assert kinds["indirect"].speaker is not None and kinds["indirect"].speaker.text == "Der Verband"


def test_konjunktiv_after_comma() -> None:
    q = _one("Ein Gemeindesprecher sagte, die Stadt habe genug Wasser für den Sommer.", kind="indirect")
    assert q.text.text == "die Stadt habe genug Wasser für den Sommer"
    assert q.speaker is not None and q.speaker.anonymous and q.speaker.description == "Ein Gemeindesprecher"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut dem Wetterdienst wird der Fluss am Wochenende über die Ufer treten.", "dem Wetterdienst"),
        ("Dem Bericht zufolge fehlen der Gemeinde rund zwei Millionen Euro.", "Dem Bericht"),
        ("Der Hafen bleibt bis Mittwoch geschlossen, hieß es in einer Mitteilung der Hafenbehörde.",
         "einer Mitteilung der Hafenbehörde"),
        ("Wie die Zeitung Nordkurier berichtete, soll das Museum im Herbst öffnen.", "die Zeitung Nordkurier"),
        ("Die Ministerin erklärte gegenüber dem Sender Radio Süd, dass die Schule saniert werde.", "Die Ministerin"),
    ],
)
def test_reported_speech_frames(text: str, speaker: str) -> None:
    q = _one(text, kind="indirect")
    assert q.speaker is not None and q.speaker.text == speaker


def test_channel_after_gegenueber() -> None:
    q = _one("Die Ministerin erklärte gegenüber dem Sender Radio Süd, dass die Schule saniert werde.", kind="indirect")
    assert q.channel is not None and q.channel.text == "dem Sender Radio Süd"


@pytest.mark.parametrize(
    ("phrase", "anonymous"),
    [("zwei hochrangige Beamte", True), ("ein Mitarbeiter des Ministeriums", True),
     ("Ministeriumssprecher Karl Muster", False), ("Die Stadtverwaltung", False)],
)
def test_anonymous_speakers(phrase: str, anonymous: bool) -> None:
    q = _one(f"„Der Zeitplan ist nicht zu halten“, sagte {phrase} am Dienstag.")
    assert q.speaker is not None and q.speaker.anonymous is anonymous


def test_english_said_told_and_according_to() -> None:
    q = _one("“The dam will hold,” said Mayor Jane Example.", "en")
    assert q.speaker is not None and "Jane Example" in q.speaker.text
    q = _one("A senior official told Radio Harbour that the ferry would resume on Monday.", "en")
    assert q.channel is not None and q.channel.text.startswith("Radio Harbour")
    assert q.speaker is not None and q.speaker.anonymous
    q = _one("According to the port authority, the ferry will resume on Monday.", "en")
    assert q.speaker is not None and q.speaker.text == "the port authority"


def test_entity_keys_link_speakers_and_pronouns() -> None:
    text = "Anna Beispiel eröffnete die Brücke. „Sie hält hundert Jahre“, sagte sie."
    ent = Entity("per:anna-beispiel", "Anna Beispiel", "PER", None, mentions=[Mention(0, 13, "Anna Beispiel")])
    q = _one(text)
    q = extract_quotes(text, "de", entities=[ent])[0]
    assert q.speaker is not None and q.speaker.entity_key == "per:anna-beispiel"


def test_bad_input_is_a_clear_error_or_nothing() -> None:
    with pytest.raises(TypeError, match="str"):
        extract_quotes(b"bytes", "de")  # type: ignore[arg-type]
    assert extract_quotes("", "de") == [] and extract_quotes("   ", None) == []
    with pytest.raises(ValueError, match="outside"):
        extract_quotes("Kurz.", "de", sentences=[(0, 99)])


_ALPHABET = st.sampled_from(list("abc XYZ„“»«\"'‚‘.,:;\n") + ["sagte", " er", "laut ", "Die ", "sei ", "zufolge"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["de", "en", None]))
def test_every_span_cuts_its_text(text: str, lang: str | None) -> None:
    for q in extract_quotes(text, lang):
        spans = [q.text, q.cue, q.channel, q.speaker]
        for sp in spans:
            if sp is not None:
                assert 0 <= sp.start <= sp.end <= len(text) and text[sp.start:sp.end] == sp.text
