"""Bylines as page dumps write them (sample lines, fictional names)."""

import pytest

from lagebild.clean.byline import (
    bare_name,
    find_author,
    is_marker_line,
    is_role_line,
    name_after_marker,
    name_shaped,
    names_list,
    without_role,
)
from lagebild.clean.text_dump import clean_text_dump


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Von Erika Beispiel am 07.08.2031 um 09:07 Uhr", "Erika Beispiel"),
        ("Veröffentlicht am 03.02.2031 von Jonas Probe", "Jonas Probe"),
        ("Veröffentlicht vonJonas Probe 28. Februar 2031", "Jonas Probe"),  # marker glued to the name
        ("21. Jan 2031 // Lena Muster", "Lena Muster"),
        ("04.02.2031 | 13:10 Uhr | Lena Muster", "Lena Muster"),
        ("17/11/203117/11/2031 ~ Cem Beispiel", "Cem Beispiel"),  # date glued to its repeat
        ("Lena Muster, 21. Jan. 2031", "Lena Muster"),
        ("Autoren Jan Probe und Ida Muster", "Jan Probe und Ida Muster"),
        ("Tom Beispiel Autor", "Tom Beispiel"),
        ("By Dana Sample", "Dana Sample"),
        ("Posted in Gardening by Dana Sample on August 3, 2031", "Dana Sample"),
        ("Veröffentlicht von HansX", "HansX"),  # a user name after an explicit verb + marker
        ("Von Dr. Ida von Muster", "Dr. Ida von Muster"),
        ("Posted in Gardening by danasample on August 3, 2031", "danasample"),  # a lower-case user name
        ("Verfasst von: seeblick | 31. Dezember 2031", "seeblick"),
        ("Publiziert am 13. Januar 2031 von seeblick", "seeblick"),  # the date split verb and "von"
        ("By seeblick", "seeblick"),
        ("Posted on28. Juli 203128. Juli 2031AuthorIda Muster4 Kommentare", "Ida Muster"),  # glued "Author"
        ("Herausgeber: Probewerft AG", "Probewerft AG"),  # a press release's publisher
    ],
)
def test_bylines(line: str, author: str) -> None:
    assert find_author(line) == author


@pytest.mark.parametrize(
    "line",
    [
        "Der Streit von Bund und Ländern",  # "von" in an ordinary phrase
        "Neues von der Front",
        "Davon Berlin",
        "Radfahren Weltstadt",  # two capitalised nouns: no date, no marker
        "Erika Beispiel",  # a bare name: too risky without a date or marker
        "von grünem Wasserstoff",
        "Mehr von Lena",  # weak marker, one word
        "",
    ],
)
def test_not_bylines(line: str) -> None:
    assert find_author(line) is None


def test_dump_author_from_a_dated_byline_under_the_title() -> None:
    dump = "\n".join(
        [
            "Startseite",
            "Wetter",
            "Probefeld testet neue Fähre über den Kleinsee",
            "12.03.2031 | 08:15 Uhr | Ida Muster",
            "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee "
            "in zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
            "Bürgermeisterin Erika Beispiel sprach von einem Tag, auf den der Ort lange gewartet habe, und dankte "
            "den Handwerksbetrieben aus der Region für ihre Arbeit an der Anlegestelle.",
            "Die Fähre fährt zunächst im Stundentakt; im Sommer soll sie alle dreißig Minuten ablegen.",
            "Impressum",
        ]
    )
    art = clean_text_dump(dump)
    assert art.author == "Ida Muster"
    assert art.published == "2031-03-12"


def test_a_job_title_after_the_marker_is_no_part_of_the_name() -> None:
    assert find_author("Autor: Rechtsanwalt Jonas Probe") == "Jonas Probe"
    assert without_role("Redakteurin Ida Muster") == "Ida Muster"


def test_a_lone_marker_line_puts_the_name_on_the_next_line() -> None:
    assert is_marker_line("Von") and is_marker_line("AUTOR/IN") and is_marker_line("Autorin:")
    assert not is_marker_line("Von Ida Muster")
    assert name_after_marker("Ida Muster (Redakteurin Lokales)") == "Ida Muster"
    assert name_after_marker("Die Fähre") is None  # a noun phrase, not a name


def test_strict_mode_wants_an_explicit_marker() -> None:
    assert find_author("Geschrieben von Ida Muster", strict=True) == "Ida Muster"
    for line in ("Vom Bahnhof Probefeld mit der Fähre", "Lena Muster, 21. Jan. 2031", "Tom Beispiel Autor"):
        assert find_author(line, strict=True) is None, line


_STORY = [
    "Probefeld testet neue Fähre über den Kleinsee",
    "12.03.2031",
    "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee "
    "in zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
    "Bürgermeisterin Erika Beispiel sprach von einem Tag, auf den der Ort lange gewartet habe, und dankte "
    "den Handwerksbetrieben aus der Region für ihre Arbeit an der Anlegestelle.",
]


def test_dump_author_from_a_marker_line_under_the_headline() -> None:
    dump = [_STORY[0], "Von", "Ida Muster", *_STORY[1:], "Impressum"]
    assert clean_text_dump("\n".join(dump)).author == "Ida Muster"


def test_dump_author_from_a_byline_under_the_text() -> None:
    dump = [*_STORY, "Geschrieben vonIda Muster", "Impressum"]
    assert clean_text_dump("\n".join(dump)).author == "Ida Muster"


def test_dump_author_loses_the_outlet_name_glued_to_it() -> None:
    dump = [_STORY[0], "Veröffentlicht am 12.03.2031 von Ida Muster Probeblatt", *_STORY[1:]]
    art = clean_text_dump("\n".join(dump), {"url": "https://www.probeblatt.example/faehre"})
    assert art.author == "Ida Muster"


def test_a_run_together_user_name_beside_a_date_is_the_author() -> None:
    assert find_author("IdaMuster 12.03.2031, 15:07 Uhr") == "IdaMuster"
    for line in ("Probefeld, 12.03.2031", "iPhone 12.03.2031", "COVID19 12.03.2031"):
        assert find_author(line) is None, line


def test_a_bare_name_counts_only_with_a_known_given_name() -> None:
    assert bare_name("Lena Muster") == "Lena Muster"
    assert bare_name("Andreas von Beispiel") == "Andreas von Beispiel"
    assert bare_name("Probefeld Nord") is None  # two capitalised nouns, no given name
    assert bare_name("Lena Muster sprach lange mit den Gästen am Steg") is None


def test_a_bare_name_just_under_the_headline_is_the_author() -> None:
    body = [
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in "
        "zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
        "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder "
        "mit. Eine Fahrt kostet für Erwachsene zwei Euro.",
    ]
    url = "https://probefeld.example/lokales/neue-faehre-ueber-den-kleinsee"
    art = clean_text_dump("\n".join(["Neue Fähre über den Kleinsee", "Lena Muster", *body]), {"url": url})
    assert art.author == "Lena Muster"
    art = clean_text_dump("\n".join(["Neue Fähre über den Kleinsee", "Probefeld Nord", *body]), {"url": url})
    assert art.author is None


def test_a_commenters_dated_name_far_under_the_text_is_not_the_author() -> None:
    body = [
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in "
        "zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
        "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder "
        "mit. Eine Fahrt kostet für Erwachsene zwei Euro.",
    ]
    footer = ["Impressum", "Kontakt", "Datenschutz", "Archiv", "Newsletter", "Leserbriefe", "Mediadaten", "Jobs"]
    comment = "geschrieben von Seeblick am 13.03.2031, 10:00 [ antworten ]"
    url = "https://probefeld.example/lokales/neue-faehre-ueber-den-kleinsee"
    dump = ["Neue Fähre über den Kleinsee", "Lena Muster, 12. März 2031", *body, *footer, comment, "Toll!"]
    assert clean_text_dump("\n".join(dump), {"url": url}).author == "Lena Muster"


@pytest.mark.parametrize(
    "line", ["von einem Leser", "by the way", "Bilder von probefeld", "AUTORENWer schreibt für uns?"]
)
def test_no_lower_case_name_after_a_plain_von_or_a_function_word(line: str) -> None:
    assert find_author(line) is None


_FERRY = [
    "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in "
    "zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
    "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder "
    "mit. Eine Fahrt kostet für Erwachsene zwei Euro.",
]
_FERRY_URL = "https://probefeld.example/lokales/neue-faehre-ueber-den-kleinsee"


def test_a_dated_teaser_far_under_the_text_is_no_byline() -> None:
    footer = ["Impressum", "Kontakt", "Datenschutz", "Archiv", "Newsletter", "Leserbriefe", "Mediadaten", "Jobs"]
    dump = ["Neue Fähre über den Kleinsee", "12.03.2031", *_FERRY, *footer, "Von Wind und Wetter 7. April 2031"]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author is None


def test_a_marked_byline_with_a_lower_case_name_beats_later_posts() -> None:
    later = [
        "Publiziert am 2. März 2031 von Max Beispiel",
        "Am Nordufer wird der Steg verlängert, damit auch bei Niedrigwasser angelegt werden kann. Die Arbeiten "
        "sollen im Herbst beginnen.",
    ]
    dump = ["Neue Fähre über den Kleinsee", "Publiziert am 12. März 2031 von seeblick", *_FERRY, *later]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "seeblick"


def test_a_name_beside_the_date_shown_again_under_the_text_is_the_author() -> None:
    box = ["Teilen", "Jola Kranich", "Alle Artikel", "Kontakt"]
    dump = ["Neue Fähre über den Kleinsee", "12.03.2031", "Jola Kranich", *_FERRY, *box]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"
    # a section the page repeats is name-shaped too; away from the date it is no byline
    dump = ["Neue Fähre über den Kleinsee", "Probefeld Nord", *_FERRY, "Teilen", "Probefeld Nord", "Kontakt"]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author is None
    assert name_shaped("Wind und Wetter") is None


def test_a_bare_name_next_to_the_date_under_the_headline_is_the_author() -> None:
    dump = ["Neue Fähre über den Kleinsee", "Jola Kranich,", "am Sonntag, 12.03.2031 - 05:00", *_FERRY]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"
    dump = ["Neue Fähre über den Kleinsee", "Jola Kranich", "Teilen", "12.03.2031", *_FERRY]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author is None  # not beside the date


def test_a_teasers_byline_under_a_reading_tip_heading_is_not_the_author() -> None:
    teasers = [
        "Mehr zum Thema",
        "Der Steg am Nordufer wird länger",
        "von Max Kranich",
        "Warum die Fähre im Winter seltener fährt",
        "von Max Kranich",
    ]
    dump = ["Neue Fähre über den Kleinsee", "12.03.2031", *_FERRY, "Impressum", "Kontakt", *teasers]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jola Kranich, dpa", "Jola Kranich"),  # a name and its news agency
        ("Von Jola Kranich und Max Probe, dpa", "Jola Kranich und Max Probe"),
        ("Jola Kranich (Wirtschaftsredakteurin)", "Jola Kranich"),  # a role as part of a compound
        ("Jola Kranich, Redakteurin Region", "Jola Kranich"),  # the role's department is no name
        ("Dana Sample | Staff Writer", "Dana Sample"),
        ("Von unserem Korrespondenten Max Probe", "Max Probe"),
        ("Eine Analyse von Jola Kranich", "Jola Kranich"),
        ("Ein Gastbeitrag von Prof. Dr. Ida Muster", "Prof. Dr. Ida Muster"),  # titles in a row
    ],
)
def test_bylines_with_a_role_an_agency_or_a_kind_of_text(line: str, author: str) -> None:
    assert find_author(line) == author


def test_a_role_or_agency_beside_the_name_makes_even_a_plain_von_a_byline() -> None:
    assert find_author("Von Jola Kranich, dpa", strict=True) == "Jola Kranich"
    assert find_author("Jola Kranich, Redakteurin Region", strict=True) == "Jola Kranich"
    assert find_author("Von Jola Kranich", strict=True) is None
    assert find_author("Kranich und Probe, Musterstadt") is None  # a place is no role


def test_an_author_box_heading_is_a_marker_not_a_name() -> None:
    assert find_author("Über die Autorin") is None
    assert is_marker_line("Über die Autorin") and is_marker_line("About the author")
    assert name_after_marker("Jola Kranich") == "Jola Kranich"
    dump = ["Neue Fähre über den Kleinsee", "12.03.2031", *_FERRY, "Über die Autorin", "Jola Kranich", "Kontakt"]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"


def test_a_bare_name_beside_a_bare_date_or_its_role_line_is_the_author() -> None:
    assert is_role_line("Redakteurin") and is_role_line("dpa") and not is_role_line("Probefeld Nord")
    dump = ["Neue Fähre über den Kleinsee", "Jola Kranich", "12.03.2031", *_FERRY]  # "12.03.2031" alone
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"
    dump = ["Neue Fähre über den Kleinsee", "Jola Kranich", "Redakteurin", *_FERRY]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"


def test_a_name_and_its_date_over_the_headline_name_the_author() -> None:
    # blog platforms set the author and the day above the post's headline
    dump = ["Blog", "Über uns", "Jola Kranich", "2. Okt. 2031", "Neue Fähre über den Kleinsee", *_FERRY]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"


def test_several_bare_names_under_the_headline_are_its_authors() -> None:
    assert names_list("Erika Muster, Jola Kranich") == "Erika Muster, Jola Kranich"
    assert names_list("Erika Muster und Jola Kranich") == "Erika Muster und Jola Kranich"
    assert names_list("Erika Muster") is None  # one name alone may be any two capitalised nouns
    assert names_list("Berlin, Hamburg") is None and names_list("Foto: Jola Kranich, Erika Muster") is None
    dump = ["Neue Fähre über den Kleinsee", "Erika Muster, Jola Kranich", *_FERRY]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Erika Muster, Jola Kranich"


def test_a_marker_line_and_a_name_inside_the_text_run_name_the_author() -> None:
    more = [
        "Am Nordufer wird der Steg verlängert, damit die Fähre auch bei Niedrigwasser anlegen kann. Die Arbeiten "
        "sollen im Herbst beginnen und bis zum Frühjahr dauern.",
        "Der Gemeinderat will im Sommer entscheiden, ob eine zweite Fähre angeschafft wird. Die Fahrgastzahlen "
        "der ersten Wochen sollen dabei den Ausschlag geben.",
        "Fahrräder dürfen weiterhin kostenlos mitgenommen werden, Hunde ebenfalls. Für Gruppen ab zehn Personen "
        "bittet die Gemeinde um eine Anmeldung am Vortag.",
        "Im Winter bleibt der Kiosk am Anleger geschlossen; Fahrkarten gibt es dann im Rathaus und an einem "
        "Automaten neben dem Steg.",
        "Die Gemeinde rechnet mit rund dreihundert Fahrgästen an einem sonnigen Sonntag im Sommer, an Werktagen "
        "mit deutlich weniger.",
        "Wer die Fähre für eine Feier mieten möchte, kann das ab dem kommenden Jahr tun; die Preise stehen noch "
        "nicht fest.",
    ]
    after = [
        "Der Fährmann, selbst seit dreißig Jahren Segler auf dem Kleinsee, freut sich über die leise Maschine. "
        "Früher habe man das Boot schon vom Ufer aus gehört.",
        "Geladen wird die Batterie nachts am Anleger, mit Strom aus der Solaranlage auf dem Dach des Bootshauses "
        "und aus dem Netz der Gemeindewerke.",
        "Eine Ladung reicht für einen ganzen Betriebstag, auch bei Gegenwind. Ein Ersatzmotor liegt für den "
        "Notfall bereit.",
        "Für den Herbst plant die Gemeinde eine Rundfahrt mit Erläuterungen zur Geschichte des Sees, zunächst "
        "an den Wochenenden.",
    ]
    box = ["Autor*in", "Jola Kranich (Redakteurin, M.A. Stadtgeschichte)"]  # far from both ends of the text
    dump = ["Neue Fähre über den Kleinsee", *_FERRY, *more, *box, *after, "Impressum", "Kontakt"]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Jola Kranich"
    dump = ["Neue Fähre über den Kleinsee", *_FERRY, *more, "Autor*in", "Die Fähre", *after]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author is None


def test_a_desk_beside_the_date_signs_the_piece() -> None:
    assert find_author("Redaktion - 12. März 2031") == "Redaktion"
    assert find_author("Online-Redaktion | 12.03.2031, 09:15 Uhr") == "Online-Redaktion"
    assert find_author("Redaktion") is None  # a menu entry: no date, no byline
    assert find_author("Redaktion - 12. März 2031", strict=True) is None  # far from the headline
    dump = ["Neue Fähre über den Kleinsee", "Redaktion - 12. März 2031", *_FERRY]
    assert clean_text_dump("\n".join(dump), {"url": _FERRY_URL}).author == "Redaktion"
