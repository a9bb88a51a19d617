"""Wire datelines (fictional sample sentences, written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.extract.dateline import dateline_credit, match_dateline
from lagebild.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "rest", "credit"),
    [
        ("NORDHAVEN, May 6 (Sample Wire) - Dock workers stayed off the job.", "Dock workers", "Sample Wire"),
        ("Nordhaven (spd) - Der Hafen bleibt zu.", "Der Hafen", "spd"),
        ("EASTHOLM – The port reopened.", "The port", None),
        ("Nordhaven, 6. Mai (spd) – Der Hafen bleibt zu.", "Der Hafen", "spd"),
    ],
)
def test_datelines_are_matched_with_their_credit(text: str, rest: str, credit: str | None) -> None:
    m = match_dateline(text)
    assert m is not None and text[m.end() :].startswith(rest) and m.group("credit") == credit


@pytest.mark.parametrize(
    "text",
    [
        "Der Hafen - einst der größte - bleibt zu.",  # a dash inside the sentence
        "Nordhaven - ein Hafen im Wandel",  # a capitalised place without a credit is no dateline
        "Die Stadt (rund 9.000 Einwohner) hat gewählt.",  # brackets without a dash
    ],
)
def test_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_credit_only_where_the_report_opens() -> None:
    text = "Titel\n\nNordhaven (spd) - Der Hafen bleibt zu."
    got = dateline_credit(text)
    assert got is not None and got[0] == "spd" and text[got[1] : got[2]] == "spd"
    late = "Titel\n\n" + "Ein langer erster Absatz ohne Ortsmarke. " * 30 + "\nNordhaven (spd) - Noch ein Absatz."
    assert dateline_credit(late) is None


def test_a_german_dateline_is_no_part_of_the_statement() -> None:
    text = "Nordhaven (spd) - Der Hafen bleibt bis Freitag geschlossen, sagte ein Sprecher der Hafenbehörde."
    (q,) = extract_quotes(text, "de")
    assert q.text.text == "Der Hafen bleibt bis Freitag geschlossen"
