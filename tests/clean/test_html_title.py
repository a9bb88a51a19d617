"""Headline choice on HTML pages (fictional sample pages written for these tests)."""

from __future__ import annotations

import lxml.html
import pytest

from lagebild.clean.html import clean_html
from lagebild.clean.html_title import choose_headline, site_keys, strip_site

BODY = (
    "<p>Sample text: the harbour authority of the fictional town of Lindqvist opened a second pier on Monday, "
    "after two years of building work that the council had twice delayed.</p>"
    "<p>The new pier takes ferries of up to ninety metres, the authority said in a statement to local papers.</p>"
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _headline(head: str, body: str, url: str | None = "https://www.hafenbote-beispiel.de/lokales/pier") -> str | None:
    return choose_headline(lxml.html.fromstring(_page(head, body)), url)


def test_h1_confirmed_by_title_tag_without_site_suffix() -> None:
    head = "<title>Zweiter Pier in Lindqvist eröffnet | Hafenbote</title>"
    assert _headline(head, "<h1>Zweiter Pier in Lindqvist eröffnet</h1>") == "Zweiter Pier in Lindqvist eröffnet"


def test_logo_h1_loses_to_the_article_h1() -> None:
    head = '<meta property="og:title" content="Zweiter Pier eröffnet"><title>Zweiter Pier eröffnet – Hafenbote</title>'
    body = "<h1>Hafenbote Beispiel</h1><article><h1>Zweiter Pier eröffnet</h1></article>"
    assert _headline(head, body) == "Zweiter Pier eröffnet"


def test_site_named_first_in_title_is_cut_when_the_only_h1_is_the_logo() -> None:
    head = "<title>Hafenbote Beispiel » Archiv » Zweiter Pier eröffnet</title>"
    got = _headline(head, "<h1>Hafenbote Beispiel</h1>")
    assert got == "Archiv » Zweiter Pier eröffnet"


def test_kicker_inside_h1_is_cut_when_the_title_tag_is_the_headline() -> None:
    head = '<meta property="og:title" content="Stadtrat streitet über Fährpreise - Gebühren steigen">'
    body = "<h1><span>Lindqvist</span> <span>Stadtrat streitet über Fährpreise – Gebühren steigen</span></h1>"
    # the h1's own dash is kept, the kicker is not
    assert _headline(head, body) == "Stadtrat streitet über Fährpreise – Gebühren steigen"


def test_glued_kicker_text_is_cut_by_word_alignment() -> None:
    head = '<meta property="og:title" content="Fähren fahren wieder nach Plan">'
    assert _headline(head, "<h1>Nach dem Sturm Fähren fahren wieder nach Plan</h1>") == "Fähren fahren wieder nach Plan"


def test_typographic_quotes_of_the_h1_win_over_straight_ones() -> None:
    head = '<title>Kapitänin nennt den Pier "großartig" - Hafenbote</title>'
    body = "<h1>Kapitänin nennt den Pier „großartig“</h1>"
    assert _headline(head, body) == "Kapitänin nennt den Pier „großartig“"


def test_reworded_title_tag_still_confirms_the_visible_headline() -> None:
    head = '<meta property="og:title" content="Neuer Pier Lindqvist: Was Pendler jetzt wissen müssen">'
    body = "<h1>Was Pendler über den neuen Pier in Lindqvist wissen müssen</h1>"
    assert _headline(head, body) == "Was Pendler über den neuen Pier in Lindqvist wissen müssen"


def test_unrelated_h1_is_not_taken() -> None:
    head = '<meta property="og:title" content="Zweiter Pier in Lindqvist eröffnet">'
    assert _headline(head, "<h1>Newsletter bestellen</h1>") == "Zweiter Pier in Lindqvist eröffnet"


def test_dash_inside_a_headline_stays_when_no_part_names_the_site() -> None:
    head = "<title>Pier fertig – Streit bleibt</title>"
    assert _headline(head, "<p>kein Titel</p>") == "Pier fertig – Streit bleibt"


def test_site_suffix_found_by_domain_and_by_og_site_name() -> None:
    sites = site_keys("https://www.hafenbote-beispiel.de/x", "Der Hafenbote")
    assert strip_site("Zweiter Pier eröffnet - Hafenbote Beispiel", sites) == "Zweiter Pier eröffnet"
    assert strip_site("Zweiter Pier eröffnet | Der Hafenbote", sites) == "Zweiter Pier eröffnet"
    assert strip_site("Hafenbote-beispiel.de: Zweiter Pier eröffnet", sites) == "Zweiter Pier eröffnet"


def test_domain_spelling_of_umlauts_and_archived_urls() -> None:
    sites = site_keys("https://web.archive.org/web/20140101000000/http://www.loewenblatt.example.org/a", None)
    assert sites == ["example"]
    sites = site_keys("https://www.loewenblatt.de/a", None)
    assert strip_site("Zweiter Pier eröffnet « Löwenblatt", sites) == "Zweiter Pier eröffnet"


@pytest.mark.parametrize("head", ["", "<title></title>", "<title>   </title>"])
def test_no_title_anywhere_gives_none(head: str) -> None:
    assert _headline(head, "<p>Text</p>") is None


def test_clean_html_uses_the_confirmed_headline() -> None:
    head = "<title>Zweiter Pier in Lindqvist eröffnet | Hafenbote</title>"
    html = _page(
        head, f"<header><h1>Hafenbote</h1></header><article><h1>Zweiter Pier in Lindqvist eröffnet</h1>{BODY}</article>"
    )
    article = clean_html(html, {"url": "https://www.hafenbote-beispiel.de/lokales/pier"})
    assert article.title == "Zweiter Pier in Lindqvist eröffnet"
    assert "Lindqvist opened a second pier" in article.text
