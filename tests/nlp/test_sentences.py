"""Sentence splitting (lagebild.nlp.sentences) around closing quotation marks, on fictional sentences."""

from __future__ import annotations

from lagebild.nlp.sentences import split_sentences


def _parts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, "de")]


def test_closing_marks_stay_with_the_sentence_they_end() -> None:
    assert _parts("Sie sagte: »Die Mole hält.« Dann ging sie.") == ["Sie sagte: »Die Mole hält.«", "Dann ging sie."]
    assert _parts("Er sagte: „Wir fahren.“ Das Boot lief aus.") == ["Er sagte: „Wir fahren.“", "Das Boot lief aus."]


def test_a_spaced_closing_guillemet_ends_its_sentence() -> None:
    for space in (" ", "\u00a0", "\u202f"):
        text = f"Sie sagte: «{space}Die Mole hält.{space}» Dann ging sie."
        assert _parts(text) == [f"Sie sagte: «{space}Die Mole hält.{space}»", "Dann ging sie."]


def test_a_spaced_opening_guillemet_starts_the_next_sentence() -> None:
    assert _parts("Er nickte. « Die Mole hält », sagte er.") == ["Er nickte.", "« Die Mole hält », sagte er."]


def test_abbreviations_and_dates_do_not_split() -> None:
    assert _parts("Das gilt z. B. für Fähren. Am 3. Mai fährt keine.") == ["Das gilt z. B. für Fähren.",
                                                                          "Am 3. Mai fährt keine."]


def test_single_guillemets_closing_a_nested_quotation_stay_with_their_sentence() -> None:
    assert _parts("Sie sagte: «Der Lotse rief ‹Halt.›» Dann ging sie.") == ["Sie sagte: «Der Lotse rief ‹Halt.›»",
                                                                           "Dann ging sie."]
    assert _parts("Sie sagte: »Der Lotse rief ›Halt.‹« Dann ging sie.") == ["Sie sagte: »Der Lotse rief ›Halt.‹«",
                                                                           "Dann ging sie."]
