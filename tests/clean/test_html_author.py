"""Author values from byline widgets, cleaned (fictional names and sites written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.clean.html_author import tidy_author
from lagebild.clean.html_title import site_keys

SITES = site_keys("https://www.hafenbote-beispiel.de/lokales/pier", "Der Hafenbote")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Zeige alle Beiträge von Erika Muster", "Erika Muster"),
        ("Interview Erika Muster", "Erika Muster"),
        ("Posted by Jan Beispiel", "Jan Beispiel"),
        ("Erika Muster; EM", "Erika Muster"),  # initials beside the full name
        ("Hafenbote Sport; Erika Muster", "Erika Muster"),  # the site's section beside a person
        ("Der Hafenbote", None),  # the site's own name where the theme puts the author
        ("Hafenbote Beispiel", None),
        ("Gerda Mauz said; On August 3", None),  # a commenter's header, not the byline
        ("Jan Beispiel; Nordlicht designed", "Jan Beispiel"),  # a theme credit
        ("Name", None),  # a comment form's label
        ("admin", None),
        ("Stand", None),  # a time stamp's label ("Stand: 12.03.2031") in a byline element
        ("Zweiter Pier in Lindqvist eröffnet", None),  # the headline, read from a link to the article
        ("Erika Muster; Jan Beispiel", "Erika Muster; Jan Beispiel"),
        ("EM", "EM"),  # initials alone are all the page gives
        ("", None),
        (None, None),
    ],
)
def test_tidy_author(value: str | None, expected: str | None) -> None:
    assert tidy_author(value, SITES, "Zweiter Pier in Lindqvist eröffnet") == expected


def test_personal_site_keeps_its_owners_name() -> None:
    """A blog named after its author: the name that spells the site is the author."""
    sites = site_keys("https://erikamuster.example.de/2031/notiz", None)
    assert sites == ["example"]
    sites = site_keys("https://www.petramuster.de/2031/notiz", None)
    assert tidy_author("Petra Muster", sites) == "Petra Muster"
    assert tidy_author("Muster Medien", site_keys("https://www.mustermedien.de/a", None)) is None  # no person
    assert tidy_author("Nordlicht", site_keys("https://nordlicht.de/a", None)) == "Nordlicht"  # a handle
