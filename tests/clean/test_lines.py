"""Glued-word repair and line cues."""

from __future__ import annotations

from lagebild.clean.lines import describe, split_glued


def test_widget_glued_to_a_caption_is_cut_off() -> None:
    assert split_glued("Die alte Holzbrücke über die MaukeVergrößern des Bildes") == (
        "Die alte Holzbrücke über die Mauke",
        ["Vergrößern des Bildes"],
    )


def test_date_glued_to_reading_time_is_split() -> None:
    assert split_glued("Aktualisiert am 14.03.2031Lesedauer: 3 Min.") == (
        "Aktualisiert am 14.03.2031",
        ["Lesedauer: 3 Min."],
    )


def test_sentence_ending_in_a_widget_word_is_left_alone() -> None:
    text = "Die Stadt schaltete deshalb eine große Anzeige"
    assert split_glued(text) == (text, [])


def test_glued_navigation_trail_is_a_widget() -> None:
    assert describe(0, "StartseiteLokalesVerkehrMusterstadt").widget
    assert describe(0, "Start | Lokales | Verkehr | Sport").widget
    assert not describe(0, "Verdicker/Basisöl: Lithium-Seifen/Mineralöl").widget


def test_sentence_cues() -> None:
    info = describe(3, "  • Der Rat tagte am Abend und vertagte die Entscheidung.  ")
    assert info.bullet and info.sentence_end and info.stop_ratio > 0.3
    assert info.text == "Der Rat tagte am Abend und vertagte die Entscheidung."


def test_long_lines_can_skip_the_chrome_search() -> None:
    short = "Melden Sie sich jetzt für unseren Newsletter an"
    long = (
        "Die Stadtwerke von Velmora haben am Montag mitgeteilt, dass die neue Fähre erst im Herbst fahren wird, "
        "weil die Werft in Orlan die Motoren später liefert als geplant und die Prüfung durch die Behörde "
        "noch aussteht; wer die Termine erfahren will, kann sich für den Newsletter anmelden und auch "
        "Datenschutzhinweise lesen."
    )
    assert describe(0, short, chrome_max_words=40).chrome  # short lines are searched as always
    assert describe(0, long).chrome
    cut = describe(0, long, chrome_max_words=40)
    assert cut.words > 40 and not cut.chrome and not cut.widget
