"""The plain-text dump cleaner on fictional sample dumps and on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.clean.errors import CleanError
from lagebild.clean.text_dump import clean_text_dump, label_lines
from lagebild.samples import sample_paths
from tests.clean.samples import (
    ENGLISH_DUMP,
    GERMAN_DUMP,
    GERMAN_LEDE_START,
    GERMAN_TITLE,
    ONLY_BOILERPLATE,
    PRODUCT_DUMP,
)


def _labelled(dump: str) -> dict[str, str]:
    lines = dump.splitlines()
    return {line: label for line, label in zip(lines, label_lines(lines), strict=True) if line.strip()}


def test_german_sample_labels() -> None:
    labels = _labelled(GERMAN_DUMP)
    assert labels[GERMAN_TITLE] == "title"
    assert labels["Verkehr in Musterstadt"] == "kicker"
    assert labels["Aktualisiert am 14.03.2031Lesedauer: 3 Min."] == "dateline"
    assert labels["Was der Stadtrat jetzt entscheiden muss"] == "subhead"
    assert labels["Dieser Artikel erschien zuerst bei der Musterstädter Rundschau"] == "provenance"
    for chrome in ("StartseiteLokalesVerkehrMusterstadt", "Loading...", "Embed", "News folgen", "source site-7"):
        assert labels[chrome] == "boilerplate"


def test_label_lines_keeps_one_label_per_line_blank_lines_included() -> None:
    lines = GERMAN_DUMP.splitlines()
    labels = label_lines(lines)
    assert len(labels) == len(lines)
    assert all(lab == "boilerplate" for line, lab in zip(lines, labels, strict=True) if not line.strip())


def test_german_sample_article() -> None:
    art = clean_text_dump(GERMAN_DUMP)
    assert art.title == GERMAN_TITLE
    assert art.lede is not None and art.lede.startswith(GERMAN_LEDE_START)
    assert [b.kind for b in art.paragraphs] == ["body", "subhead", "body"]
    assert "Die alte Holzbrücke über die Mauke" in art.captions  # widget text cut off the caption
    assert "Vergrößern des Bildes" in art.removed and "Loading..." in art.removed
    assert (art.published, art.reading_time_min, art.outlet) == ("2031-03-14", 3, "Beispielblatt")
    assert "Cookies" not in art.text and "Impressum" not in art.text


def test_blocks_carry_offsets_into_text() -> None:
    art = clean_text_dump(GERMAN_DUMP)
    assert art.blocks and all(art.text[b.start : b.end] == b.text for b in art.blocks)


def test_provenance_records() -> None:
    art = clean_text_dump(GERMAN_DUMP)
    kinds = {(p.kind, p.outlet) for p in art.provenance}
    assert ("syndicated_from", "Musterstädter Rundschau") in kinds
    assert ("image_credit", "Bildagentur Muster") in kinds
    # the credit is a record of its own, not part of the caption's text
    assert "Die alte Holzbrücke über die Mauke soll bis zum Herbst ersetzt werden." in art.captions
    assert "Erika Beispiel" not in art.text


def test_english_sample_article() -> None:
    art = clean_text_dump(ENGLISH_DUMP, {"url": "https://courier.example/harbour-library"})
    assert art.title == "Harbour town opens floating library for summer visitors"
    assert (art.author, art.published, art.reading_time_min) == ("Jane Sample", "2032-05-03", 4)
    assert len(art.paragraphs) == 2 and art.lede is not None
    assert "Share this article" in art.removed and "Advertisement" not in art.text
    assert art.provenance[0].kind == "syndicated_from"


def test_meta_hints_win() -> None:
    meta = {"outlet": "Musterblatt", "published": "2031-03-01", "language": "de", "source_id": "s-1"}
    art = clean_text_dump(GERMAN_DUMP, meta)
    assert (art.outlet, art.published, art.language, art.source_id) == ("Musterblatt", "2031-03-01", "de", "s-1")


@pytest.mark.parametrize("bad", ["", "   \n\n  ", "\x00\x01\x02\x03" * 200, "\ufffd" * 500])
def test_empty_and_binary_input_raise_clean_error(bad: str) -> None:
    with pytest.raises(CleanError):
        clean_text_dump(bad)


def test_only_boilerplate_gives_an_empty_article_listing_everything() -> None:
    art = clean_text_dump(ONLY_BOILERPLATE)
    assert art.paragraphs == [] and art.lede is None
    assert len(art.removed) == len(ONLY_BOILERPLATE.splitlines())


def test_five_megabyte_single_line_is_kept_whole() -> None:
    sentence = "Der Rat der fiktiven Stadt tagte am Abend und vertagte die Entscheidung erneut. "
    line = sentence * (5_000_000 // len(sentence))
    art = clean_text_dump(line)
    assert len(art.text) >= len(line.strip()) - 1


def test_title_hint_picks_the_matching_line() -> None:
    art = clean_text_dump(GERMAN_DUMP, {"title": "Maukebrücke kostet doppelt so viel wie geplant"})
    assert art.title == GERMAN_TITLE


def test_url_words_anchor_the_title() -> None:
    art = clean_text_dump(GERMAN_DUMP, {"url": "https://beispielblatt.example/maukebruecke-kostet-doppelt-so-viel"})
    assert art.title == GERMAN_TITLE and art.url is not None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=30))
def test_any_text_gives_an_article_or_a_clean_error(lines: list[str]) -> None:
    try:
        art = clean_text_dump("\n".join(lines))
    except CleanError as exc:
        assert exc.reason
    else:
        assert all(art.text[b.start : b.end] == b.text for b in art.blocks)


@pytest.mark.parametrize("path", sample_paths()[:5], ids=lambda p: p.name)
def test_fictional_sample_dumps_title_byline_outlet_date(path: Path) -> None:
    art = clean_text_dump(path.read_text(encoding="utf-8"))
    assert art.title is not None and not art.title.startswith("Von ")
    assert art.author is not None or "nordkuesten" in path.name
    assert art.outlet in ("Abendspiegel", "Nordküsten-Kurier", "Rheinfeld Rundschau")
    assert art.published is not None and art.published.startswith("2031-05")


def test_a_byline_is_the_author_never_the_title() -> None:
    dump = "Startseite\nVon Erika Beispiel\n\n" + GERMAN_DUMP.split("Akzeptieren\n", 1)[1]
    art = clean_text_dump(dump, {"url": "https://beispielblatt.example/von-erika-beispiel"})
    assert art.title == GERMAN_TITLE and art.author == "Erika Beispiel"


def test_date_from_the_url_when_the_page_shows_none() -> None:
    dump = GERMAN_DUMP.replace("Aktualisiert am 14.03.2031Lesedauer: 3 Min.\n", "")
    art = clean_text_dump(dump, {"url": "https://beispielblatt.example/2031/03/12/maukebruecke"})
    assert art.published == "2031-03-12"


def test_prose_in_front_of_the_main_run_is_kept() -> None:
    art = clean_text_dump(PRODUCT_DUMP)
    kept = " ".join([art.lede or ""] + [b.text for b in art.paragraphs])
    assert "Die Kuscheldecke Wolke ist aus einer besonders weichen" in kept
    assert "Die Decke kann bei 40 Grad" in kept
    assert "In den Warenkorb" not in art.text and "Impressum" not in art.text


def test_a_breadcrumb_glued_to_the_headline_is_cut_off() -> None:
    dump = "\n".join([
        "Startseite > Region > Probefeld eröffnet die neue Fähre über den Kleinsee",
        "12.03.2031",
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee "
        "in zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
        "Bürgermeisterin Erika Beispiel sprach von einem Tag, auf den der Ort lange gewartet habe, und dankte "
        "den Handwerksbetrieben aus der Region für ihre Arbeit an der Anlegestelle.",
    ])
    art = clean_text_dump(dump)
    assert art.title == "Probefeld eröffnet die neue Fähre über den Kleinsee"
    assert "Startseite > Region >" in art.removed


def test_the_section_named_by_the_url_is_not_the_title() -> None:
    dump = "\n".join([
        "Kontakt",
        "Hafen & Verkehr",
        "Neue Fähre verbindet Probefeld mit dem Nordufer",
        "12.03.2031",
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee "
        "in zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
        "Bürgermeisterin Erika Beispiel sprach von einem Tag, auf den der Ort lange gewartet habe, und dankte "
        "den Handwerksbetrieben aus der Region für ihre Arbeit an der Anlegestelle.",
    ])
    url = "https://probefeld.example/hafen-und-verkehr/faehre-nordufer"
    art = clean_text_dump(dump, {"url": url})
    assert art.title == "Neue Fähre verbindet Probefeld mit dem Nordufer"


def test_without_a_url_the_outlet_name_glued_to_the_byline_is_cut_by_the_masthead_line() -> None:
    text = [
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den See quert.",
        "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt vierzig Fahrräder mit.",
    ]
    head = ["Seeblatt", "Startseite", "Neue Fähre über den Kleinsee"]
    byline = "Veröffentlicht am 12.03.2031 von Jola Kranich Seeblatt Online"
    assert clean_text_dump("\n".join([*head, byline, *text])).author == "Jola Kranich"
    # a three-word name stays whole where no line of the page is its last word alone
    byline = "Veröffentlicht am 12.03.2031 von Jola Maren Kranich"
    assert clean_text_dump("\n".join([*head, byline, *text])).author == "Jola Maren Kranich"
