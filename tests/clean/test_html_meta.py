"""Page metadata: explicit dates win over guesses, future dates are kept, broken JSON-LD is survived."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from lagebild.clean.html_meta import explicit_dates, page_metadata, parse_date

HEAD = '<html lang="de"><head><meta charset="utf-8"><title>Fähre fällt aus | Beispielbote</title>{}</head>'
BODY = "<body><article><h1>Fähre fällt aus</h1><p>Die fiktive Fähre nach Musterwerder fährt bis {} nicht.</p>"


def _tree(head: str = "", body_year: str = "2019") -> object:
    return load_html(HEAD.format(head) + BODY.format(body_year) + "</article></body></html>")


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2031-05-06T06:40:00+02:00", "2031-05-06"),
        ("20240102", "2024-01-02"),
        ("Tue, 14 Mar 2023 08:00:00 GMT", "2023-03-14"),
        ("14.03.2025", "2025-03-14"),
        ("1700000000", "2023-11-14"),
        ("2024-13-40", None),
        ("bald", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_meta_published_time_beats_a_year_in_the_body_even_in_the_future() -> None:
    tree = _tree('<meta property="article:published_time" content="2031-05-06T06:40:00+02:00">')
    assert page_metadata(tree).published == "2031-05-06"


def test_json_ld_gives_published_and_updated() -> None:
    ld = '{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "foundingDate": "1950-01-01"},'
    ld += '{"@type": "NewsArticle", "datePublished": "2030-02-03T10:00", "dateModified": "2030-02-04"}]}'
    tree = _tree(f'<script type="application/ld+json">{ld}</script>')
    assert explicit_dates(tree) == ("2030-02-03", "2030-02-04")


def test_broken_json_ld_and_meta_modified() -> None:
    head = '<script type="application/ld+json">{"datePublished": </script>'
    head += '<meta property="article:modified_time" content="2024-06-01"><meta name="date" content="2024-05-31">'
    assert explicit_dates(_tree(head)) == ("2024-05-31", "2024-06-01")


def test_microdata_time_element() -> None:
    body = '<body><p>Text</p><time itemprop="datePublished" datetime="2029-09-09">9.9.</time></body></html>'
    tree = load_html(HEAD.format("") + body)
    assert explicit_dates(tree) == ("2029-09-09", None)


def test_without_explicit_dates_htmldate_guesses_from_the_url() -> None:
    meta = page_metadata(_tree(), "https://beispielbote.example/2021/03/04/faehre")
    assert (meta.published, meta.updated, meta.title) == ("2021-03-04", None, "Fähre fällt aus")


def test_htmldate_falls_back_to_dateparser_for_news_languages_only() -> None:
    from htmldate import extractors

    from lagebild.clean.html_meta import _dateparser

    page_metadata(_tree(), "https://beispielbote.example/2021/03/04/faehre")
    assert extractors.get_external_parser is _dateparser  # the restricted parser is the one htmldate calls
    parse = _dateparser().get_date_data
    assert parse("12 mai 2021")["date_obj"].date().isoformat() == "2021-05-12"
    assert parse("7. Dezember 2022")["date_obj"].date().isoformat() == "2022-12-07"
    assert parse("irgendwann bald")["date_obj"] is None


def test_author_search_matches_trafilatura_without_copying_the_page() -> None:
    from trafilatura.metadata import extract_author

    from lagebild.clean.html_meta import byline_author

    body = '<body><div class="comments"><span class="author">Leser Zwei</span></div>'
    body += '<p class="byline">Von Jana Beispiel <time>vor 2 Stunden</time></p><p>Text über die Fähre.</p></body>'
    tree = load_html(HEAD.format("") + body + "</html>")
    assert byline_author(tree) == extract_author(tree) == "Jana Beispiel"


@pytest.mark.parametrize(
    "body",
    [
        '<div class="sidebar"><a rel="author">Paul Seitenrand</a></div><span class="writer">Ida Beispiel</span>',
        '<section class="comments"><p class="byline">Leser Eins</p></section><div id="Author-box">Ole Muster</div>',
        '<figure><p class="author-name">Foto Mensch</p></figure><p itemprop="author">Eva Probe</p>',
        '<div data-component="Byline">Tom Feld <time>heute</time></div><author>Rita Rand</author>',
        '<span class="article-share"><a class="authorName">Ben Teiler</a></span><h4 class="byl">Lia Lot</h4>',
        "<p>Keine Angabe zum Verfasser.</p>",
    ],
)
def test_author_walk_selects_what_trafilaturas_expressions_select(body: str) -> None:
    from trafilatura.metadata import extract_author
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    from lagebild.clean.html_meta import _author_candidates, _walk_matches_trafilatura, byline_author

    assert _walk_matches_trafilatura()  # else the walk is not used and this test checks nothing new
    tree = load_html(HEAD.format("") + "<body>" + body + "<p>Text über die Fähre.</p></body></html>")
    found, discard = _author_candidates(tree)
    assert found == [list(x(tree)) for x in AUTHOR_XPATHS]
    regexp = {"re": "http://exslt.org/regular-expressions"}
    assert discard == {el for x in AUTHOR_DISCARD_XPATHS for el in tree.xpath(x.path, namespaces=regexp)}
    assert byline_author(tree) == extract_author(tree)
