"""Date phrases in fictional sample sentences, resolved against a publication date (a Saturday)."""

import pytest

from lagebild.extract.timex import find_timexes

PUB = "2024-05-25"


def _resolved(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.text, t.value_start, t.value_end, t.relation) for t in find_timexes(text, PUB)]


def test_relative_phrases_resolve_against_publication() -> None:
    text = "Der Rat tagte Anfang dieser Woche, die Stadt antwortete am Freitag und Anfang des Monats."
    assert _resolved(text) == [
        ("Anfang dieser Woche", "2024-05-20", "2024-05-22", None),
        ("am Freitag", "2024-05-24", "2024-05-24", None),
        ("Anfang des Monats", "2024-05-01", "2024-05-10", None),
    ]


def test_absolute_months_years_and_relations() -> None:
    text = "Seit Februar 2022 und bis November 2023 stieg die Zahl; zwischen Ende Dezember und Ende Februar."
    got = _resolved(text)
    assert got[0] == ("Februar 2022", "2022-02-01", "2022-02-28", "since")
    assert got[1] == ("November 2023", "2023-11-01", "2023-11-30", "until")
    assert got[2][:3] == ("Ende Dezember", "2023-12-21", "2023-12-31")  # the last December before May 2024
    assert got[3][:3] == ("Ende Februar", "2024-02-21", "2024-02-29")


def test_english_and_offsets() -> None:
    text = "The mayor spoke on Friday; the report of May 5, 2024 came out last week."
    for t in find_timexes(text, PUB):
        assert text[t.start : t.end] == t.text
    assert [t.value_start for t in find_timexes(text, PUB)] == ["2024-05-24", "2024-05-05", "2024-05-13"]


def test_relative_without_publication_stays_unresolved() -> None:
    (t,) = find_timexes("Das geschah am Freitag.")
    assert t.value_start is None
    assert find_timexes("am Freitag", "letzte Woche")[0].value_start is None
    with pytest.raises(TypeError, match="expects str"):
        find_timexes(None, PUB)  # type: ignore[arg-type]
