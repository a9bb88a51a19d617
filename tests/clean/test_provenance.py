"""Translation, syndication and image-credit notes."""

from __future__ import annotations

from lagebild.clean.provenance import has_image_credit, image_credit, line_provenance


def test_original_article_note_is_a_translation() -> None:
    p = line_provenance("Lesen Sie den Originalartikel auf Example Insider")
    assert p is not None and (p.kind, p.outlet) == ("translated_from", "Example Insider")


def test_syndication_notes() -> None:
    p = line_provenance("This article originally appeared on The Examplia Gazette")
    assert p is not None and (p.kind, p.outlet) == ("syndicated_from", "Examplia Gazette")
    assert line_provenance("Source site-19") is None


def test_image_credit_at_end_of_caption() -> None:
    caption = "Der Bürgermeister vor der Brücke. (Quelle: Erika Beispiel/Bildagentur Muster)"
    assert has_image_credit(caption)
    credit = image_credit(caption)
    assert credit is not None and (credit.kind, credit.outlet) == ("image_credit", "Bildagentur Muster")
    assert not has_image_credit("Quelle: der Bericht des Bauamts nennt keine Zahlen")
