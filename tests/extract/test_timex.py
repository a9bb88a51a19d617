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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last week, month or year before the report, and the next ones
        ("Die Fähre fiel vergangene Woche aus.", ("vergangene Woche", "2024-05-13", "2024-05-19", None)),
        ("Der Hafen war letzten Monat gesperrt.", ("letzten Monat", "2024-04-01", "2024-04-30", None)),
        ("Im vergangenen Jahr kamen 300 Schiffe.", ("Im vergangenen Jahr", "2023-01-01", "2023-12-31", None)),
        ("The pier reopens next year.", ("next year", "2025-01-01", "2025-12-31", None)),
        ("In diesem Jahr kamen weniger Schiffe.", ("diesem Jahr", "2024-01-01", "2024-12-31", None)),
        ("The ferry was cancelled last month.", ("last month", "2024-04-01", "2024-04-30", None)),
        # counts back from the report
        ("The crane fell two weeks ago.", ("two weeks ago", "2024-05-06", "2024-05-12", None)),
        ("Der Kran stürzte vor drei Tagen um.", ("vor drei Tagen", "2024-05-22", "2024-05-22", None)),
        # a weekday with its time of day, and the weekend
        ("The surge reached the docks Thursday night.", ("Thursday night", "2024-05-23", "2024-05-23", None)),
        ("Die Welle kam am Dienstagabend.", ("am Dienstagabend", "2024-05-21", "2024-05-21", None)),
        ("Traffic fell over the weekend.", ("over the weekend", "2024-05-25", "2024-05-26", None)),
        # ahead of the report: "next", "coming", and a deadline
        ("The lock opens next Monday.", ("next Monday", "2024-05-27", "2024-05-27", None)),
        ("Die Schleuse bleibt bis Freitag zu.", ("Freitag", "2024-05-31", "2024-05-31", "until")),
        # a deadline on the report's own weekday is that day; "next" is a week later
        ("Bis Samstagmorgen warteten 40 Schiffe.", ("Samstagmorgen", "2024-05-25", "2024-05-25", "until")),
        ("The lock opens next Saturday.", ("next Saturday", "2024-06-01", "2024-06-01", None)),
        ("The pier has been closed since Monday.", ("Monday", "2024-05-20", "2024-05-20", "since")),
    ],
)
def test_more_relative_phrases(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert _resolved(text) == [expected]
