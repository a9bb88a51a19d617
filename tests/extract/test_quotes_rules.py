"""Reported-speech rules added for the quotation benchmark, on fictional sentences written for these tests."""

from __future__ import annotations

from lagebild.extract.quotes import extract_quotes
from lagebild.records import Quote


def _texts(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text, "de")]


def _only(text: str, kind: str) -> Quote:
    quotes = [q for q in extract_quotes(text, "de") if q.kind == kind]
    assert len(quotes) == 1, _texts(text)
    return quotes[0]


def test_report_only_verb_makes_the_sentence_a_reported_statement() -> None:
    text = "Die Bürgermeisterin würdigte den Fährverein als Rückgrat des Dorfes, das seit Jahren trage."
    q = _only(text, "reported")
    assert q.text.text == text.rstrip(".") or q.text.text == text
    assert q.speaker is not None and q.speaker.text == "Die Bürgermeisterin"
    assert not [k for k, _, _ in _texts(text) if k == "indirect"]  # the relative clause is no statement


def test_separable_report_verb_with_its_particle_is_a_cue() -> None:
    q = _only("Der Gemeinderat wies die Beschwerde der Anwohner gestern zurück.", "reported")
    assert q.cue is not None and q.cue.text.startswith("wies")
    assert q.speaker is not None and q.speaker.text == "Der Gemeinderat"


def test_reported_clause_after_an_indicative_main_clause_starts_at_dass() -> None:
    q = _only("Mehrere Fischer haben gegenüber dem Inselblatt ausgesagt, dass der Damm undicht sei.", "indirect")
    assert q.text.text == "dass der Damm undicht sei."


def test_reported_clause_with_its_own_subject_starts_after_the_comma() -> None:
    q = _only("Der Kapitän gab vor dem Ausschuss an, er sei wegen des Nebels langsamer gefahren.", "indirect")
    assert q.text.text.startswith("er sei")


def test_mood_verb_right_after_a_fronted_phrase_keeps_the_whole_sentence() -> None:
    text = "Nach dem ersten Gutachten der Werft, sei der Rumpf noch zu retten."
    q = _only(text, "indirect")
    assert q.text.start == 0


def test_quoted_words_in_a_plain_sentence_belong_to_its_subject() -> None:
    text = ("Der Lotse Jan Albers hat die Einfahrt geprüft. "
            "Die Fischerinnen skandierten vor dem Hafenamt Parolen wie „Unser Hafen bleibt offen!“")
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Fischerinnen"


def test_quoted_words_in_a_reported_sentence_keep_the_statement_source() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. "
            "Der Plan sei „schmerzhaft, aber nötig“ gewesen.")
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Reederin Tilda Marx"


def test_free_indirect_sentence_after_a_plain_sentence_takes_its_subject() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert.\n\n"
            "Das Hafenamt sieht derzeit keine Gefahr für die Fähren. "
            "Nur der Nachtverkehr sei betroffen.")
    quotes = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Nur")]
    assert len(quotes) == 1, _texts(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Das Hafenamt"
