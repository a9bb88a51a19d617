"""The site's name read off a dump's own chrome (all names here are fictional)."""

from __future__ import annotations

from lagebild.clean.outlet import find_outlet


def test_masthead_shown_twice_names_the_site() -> None:
    assert find_outlet(["Abendspiegel Online", "Abendspiegel Online", "Menü", "Suche"]) == "Abendspiegel"


def test_masthead_confirmed_by_the_copyright_line() -> None:
    lines = ["Rheinfeld Rundschau", "Zum Inhalt springen", "Politik", "Text ...", "© Rheinfeld Rundschau Verlag 2031"]
    assert find_outlet(lines) == "Rheinfeld Rundschau"


def test_tagline_and_legal_note() -> None:
    lines = ["Kurierblatt – Nachrichten vom Deich", "Startseite", "Kurierblatt ist ein Angebot der Muster Medien"]
    assert find_outlet(lines) == "Kurierblatt"


def test_menus_photo_credits_and_publishers_are_not_outlets() -> None:
    assert find_outlet(["Politik", "Sport", "Politik", "Sport", "Text", "© Erika Beispiel"]) is None
    assert find_outlet(["Test & Kaufberatung"] * 3 + ["Text", "© Beispiel Digital GmbH 2031"]) is None
    assert find_outlet(["Vielen Dank!", "Vielen Dank!"]) is None


def test_host_confirms_a_single_mention() -> None:
    lines = ["Home", "Blog", "Text", "Copyright © 2031 Deichblick. Alle Rechte vorbehalten."]
    assert find_outlet(lines, "https://www.deichblick.example/2031/05/06/flut") == "Deichblick"
    assert find_outlet(lines, "https://www.anderes-blatt.example/flut") is None
