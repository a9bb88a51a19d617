"""Quantities in fictional sample sentences (written for these tests)."""

import pytest

from lagebild.extract.quantities import compare_quantities, find_quantities


def test_german_qualifiers_scales_and_offsets() -> None:
    text = "Die Werft lieferte mehr als eine Million Schrauben und rund 50 Bojen."
    a, b = find_quantities(text)
    assert (a.low, a.high, a.qualifier, a.unit_key) == (1e6, None, "more_than", "schraub")
    assert text[a.start : a.end] == "mehr als eine Million Schrauben"
    assert (b.value, b.qualifier, b.unit) == (50, "about", "Bojen")


def test_vague_plural_scale_is_several() -> None:
    (q,) = find_quantities("Es wurden Millionen von Schrauben geliefert.")
    assert (q.qualifier, q.low, q.high, q.unit_key) == ("several", 2e6, 1e7, "schraub")


def test_part_of_total() -> None:
    (q,) = find_quantities("Geprüft wurden 21 der rund 50 Bojen.")
    assert (q.value, q.of_total) == (21, 50)


def test_english_and_separators() -> None:
    qs = find_quantities("They counted 12,000 cars, about 3.5 million visitors and 40 % more boats.", "en")
    assert [(q.value, q.unit) for q in qs] == [(12000, "cars"), (3.5e6, "visitors"), (40, None)]
    assert qs[2].percent


def test_years_and_dates_are_not_quantities() -> None:
    assert find_quantities("Im Jahr 2023, am 25.05.2024 und am 3. Mai kam ein Politiker.") == []


def test_tension_vs_conflict() -> None:
    (many,) = find_quantities("mehr als eine Million Schrauben")
    (millions,) = find_quantities("Millionen von Schrauben")
    (few,) = find_quantities("rund 500 Schrauben")
    assert compare_quantities(many, millions) == "tension"
    assert compare_quantities(few, millions) == "conflict"
    assert compare_quantities(many, many) == "same"


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier", "key"),
    [
        ("Emergency funds of up to $45 million were promised.", "en", 45e6, "up_to", "usd"),
        ("Die Regierung stellt bis zu 45 Millionen Euro bereit.", "de", 45e6, "up_to", "eur"),
        ("The port asked for a loan of €1.5bn.", "en", 1.5e9, "exact", "eur"),
        ("Der Hafen erhielt 1,5 Milliarden US-Dollar.", "de", 1.5e9, "exact", "usd"),
        ("The firm paid more than £300,000 in fines.", "en", 3e5, "more_than", "gbp"),
    ],
)
def test_money_in_both_languages_meets_under_one_code(text: str, lang: str, value: float, qualifier: str,
                                                      key: str) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value, q.qualifier, q.unit_key) == (value, qualifier, key)
    assert text[q.start : q.end] == q.text


def test_units_of_measure_meet_across_languages() -> None:
    (a,) = find_quantities("Es fielen 150 Millimeter Regen.", "de")
    (b,) = find_quantities("Some 140 millimetres of rain fell.", "en")
    (c,) = find_quantities("The water rose by more than three metres.", "en")
    assert a.unit_key == b.unit_key == "mm" and c.unit_key == "m"
    (h,) = find_quantities("Die Straße war 24 Stunden gesperrt.", "de")
    (m,) = find_quantities("The road was closed for twenty minutes.", "en")
    assert (h.unit_key, m.unit_key) == ("h", "min")


def test_a_figure_after_a_dash_starts_at_its_first_digit() -> None:
    text = "Hafenarbeiter streiken – 112 Schiffe liegen vor Anker"
    (q,) = find_quantities(text)
    assert (q.text, text[q.start : q.end]) == ("112 Schiffe", "112 Schiffe")
