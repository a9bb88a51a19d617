"""Translation, syndication and image-credit notes."""

from __future__ import annotations

import pytest

from lagebild.clean.provenance import has_image_credit, image_credit, line_provenance, split_image_credit


def test_original_article_note_is_a_translation() -> None:
    p = line_provenance("Lesen Sie den Originalartikel auf Example Insider")
    assert p is not None and (p.kind, p.outlet) == ("translated_from", "Example Insider")


def test_syndication_notes() -> None:
    p = line_provenance("This article originally appeared on The Examplia Gazette")
    assert p is not None and (p.kind, p.outlet) == ("syndicated_from", "Examplia Gazette")
    assert line_provenance("Source site-19") is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This article was provided by the Examplia Wire Service.", "Examplia Wire Service"),
        ("This story was supplied by Musterland Press", "Musterland Press"),
        ("Provided by Examplia Gazette", "Examplia Gazette"),
        ("Dieser Artikel wurde uns von der Beispiel-Agentur zur Verfügung gestellt.", "Beispiel-Agentur"),
        ("Der Text wurde von Musterpresse bereitgestellt.", "Musterpresse"),
    ],
)
def test_a_text_supplied_by_a_partner_is_syndicated(line: str, outlet: str) -> None:
    p = line_provenance(line)
    assert p is not None and (p.kind, p.outlet) == ("syndicated_from", outlet)


def test_a_sentence_about_supplies_is_no_provenance_note() -> None:
    assert line_provenance("The pumps were provided by the fire brigade of Musterhafen on Saturday.") is None
    assert line_provenance("Die Stadt hat 40 Betten zur Verfügung gestellt.") is None


def test_image_credit_at_end_of_caption() -> None:
    caption = "Der Bürgermeister vor der Brücke. (Quelle: Erika Beispiel/Bildagentur Muster)"
    assert has_image_credit(caption)
    credit = image_credit(caption)
    assert credit is not None and (credit.kind, credit.outlet) == ("image_credit", "Bildagentur Muster")
    assert not has_image_credit("Quelle: der Bericht des Bauamts nennt keine Zahlen")


def test_credit_is_cut_off_the_caption_and_kept_as_a_record() -> None:
    text, credit = split_image_credit("Die neue Fähre am Anleger Musterhafen. Foto: Erika Beispiel/Bildagentur Muster")
    assert text == "Die neue Fähre am Anleger Musterhafen."
    assert credit is not None and (credit.kind, credit.outlet) == ("image_credit", "Bildagentur Muster")
    text, credit = split_image_credit("Blick vom Turm über die Altstadt© Max Beispiel/musterbilder.example")
    assert text == "Blick vom Turm über die Altstadt" and credit is not None


def test_caption_without_a_credit_at_its_end_stays_whole() -> None:
    caption = "Die Ministerin (Foto: links) beim Besuch der Werft in Musterhafen"
    assert split_image_credit(caption) == (caption, None)
    text, credit = split_image_credit("Foto: Erika Beispiel")  # nothing but the credit
    assert text == "Foto: Erika Beispiel" and credit is not None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Dieser Artikel ist eine Übersetzung aus dem Englischen. Das Original ist zuerst beim Harbor Ledger "
         "erschienen.", "Harbor Ledger"),
        ("Dieser Artikel ist eine Übersetzung aus dem Englischen.", None),
        ("This article is a translation from German. The original first appeared in the Nordhaven Post.",
         "Nordhaven Post"),
    ],
)
def test_a_translation_note_in_two_sentences(line: str, outlet: str | None) -> None:
    p = line_provenance(line)
    assert p is not None and p.kind == "translated_from" and p.outlet == outlet


def test_a_sentence_about_a_translation_is_no_note() -> None:
    assert line_provenance("Die Übersetzung des Romans aus dem Englischen ist gelungen.") is None
