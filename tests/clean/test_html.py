"""The HTML cleaner on a fictional page, on pages trafilatura cannot use, and on hostile markup."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from lagebild.clean.errors import CleanError
from lagebild.clean.html import clean_html

PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Maukebrücke wird teurer | Beispielblatt</title>
<meta property="og:site_name" content="Beispielblatt">
<meta property="article:published_time" content="2031-03-14T08:00:00+01:00">
<meta name="author" content="Klara Beispiel"></head>
<body><nav><a href="/">Startseite</a> <a href="/lokales">Lokales</a></nav>
<article><h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1>
<p>Der Neubau der Maukebrücke in der fiktiven Stadt Musterstadt wird nach Angaben der Verwaltung fast
doppelt so teuer wie geplant. Statt vier Millionen Euro rechnet das Bauamt nun mit knapp acht Millionen.</p>
<p>Loading...</p>
<p>Grund seien gestiegene Preise für Stahl und Beton sowie ein aufwendigeres Fundament, sagte die
Baudezernentin am Dienstag im Stadtrat. Der Boden am Ufer sei weicher als in den Gutachten angenommen.</p>
<h2>Was der Stadtrat jetzt entscheiden muss</h2>
<p>Die Fraktionen wollen in der kommenden Sitzung über die Mehrkosten abstimmen. Die Opposition fordert,
zunächst einen günstigeren Entwurf prüfen zu lassen, bevor weiteres Geld bewilligt wird.</p>
<ul><li>Baubeginn war im Frühjahr des vergangenen Jahres.</li><li>Fertig werden soll die Brücke im Herbst.</li></ul>
</article><footer><p>Impressum</p><p>© 2031 Beispielblatt Verlag GmbH. Alle Rechte vorbehalten.</p></footer>
</body></html>"""


def test_structure_and_metadata() -> None:
    art = clean_html(PAGE, {"url": "https://beispielblatt.example/lokales/maukebruecke"})
    assert art.title == "Die Maukebrücke kostet doppelt so viel wie geplant"
    assert art.lede is not None and art.lede.startswith("Der Neubau der Maukebrücke")
    kinds = [b.kind for b in art.paragraphs]
    assert "subhead" in kinds and kinds.count("body") >= 3
    # the page's own meta date wins, even after today and with other years on the page
    assert (art.published, art.outlet, art.author) == ("2031-03-14", "Beispielblatt", "Klara Beispiel")
    assert "Loading..." not in art.text and "Alle Rechte vorbehalten" not in art.text
    assert all(art.text[b.start : b.end] == b.text for b in art.blocks)


def test_page_without_main_text_falls_back_to_the_dump_cleaner() -> None:
    page = "<html><body><div>Startseite</div><div>Suche</div><span>Ein kurzer Satz.</span></body></html>"
    art = clean_html(page)
    assert "Startseite" in art.removed


@pytest.mark.parametrize("bad", ["", "   ", "<html><head><script>var a = 1;</script></head><body></body></html>"])
def test_pages_without_text_raise_clean_error(bad: str) -> None:
    with pytest.raises(CleanError):
        clean_html(bad)


def test_bytes_are_refused_with_a_hint() -> None:
    with pytest.raises(CleanError, match="decode"):
        clean_html(PAGE.encode())  # type: ignore[arg-type]


def test_deep_nesting_does_not_crash() -> None:
    text = "<p>Der Rat der fiktiven Stadt vertagte die Entscheidung über die Brücke auf den Herbst.</p>"
    page = "<html><body>" + "<div>" * 100_000 + text + "</div>" * 100_000 + "</body></html>"
    try:
        art = clean_html(page)
    except CleanError as exc:  # refusing is allowed; crashing is not
        assert exc.reason
    else:
        assert "vertagte die Entscheidung" in art.text


def test_huge_attribute_is_defused_quickly() -> None:
    page = f'<html><body><div class="{"a" * 5_000_000}">{"<p>Der Rat tagte am Abend und vertagte sich.</p>" * 3}'
    page += "</div></body></html>"
    t0 = time.perf_counter()
    art = clean_html(page)
    assert time.perf_counter() - t0 < 10 and "vertagte sich" in art.text


def test_shipped_sample_page_keeps_its_meta_date() -> None:
    sample = Path(__file__).resolve().parents[2] / "lagebild" / "samples" / "html" / "harbor-ledger-port-strike.html"
    art = clean_html(sample.read_text(encoding="utf-8"))
    assert (art.published, art.author, art.outlet) == ("2031-05-06", "Tomas Reyes", "Harbor Ledger")


def test_a_given_publication_date_skips_the_date_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page states no date; htmldate guesses one only when the input gave none (its guess would lose)."""
    from lagebild.clean import html_meta

    guesses: list[str | None] = []

    def guess(tree: object, url: str | None) -> str | None:
        guesses.append(url)
        return "2030-01-02"

    monkeypatch.setattr(html_meta, "_guess_date", guess)
    undated = PAGE.replace('<meta property="article:published_time" content="2031-03-14T08:00:00+01:00">', "")
    hinted = clean_html(undated, {"published": "2031-05-06", "url": "https://beispielblatt.example/a"})
    assert hinted.published == "2031-05-06" and guesses == []
    guessed = clean_html(undated, {"url": "https://beispielblatt.example/a"})
    assert guessed.published == "2030-01-02" and len(guesses) == 1


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Admin"}}</script>',
        '<meta name="author" content="Das Beispielblatt">',  # the site's own name
    ],
)
def test_a_placeholder_or_the_site_in_the_meta_tags_gives_way_to_the_byline(head: str) -> None:
    page = PAGE.replace('<meta name="author" content="Klara Beispiel">', head).replace(
        "<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1>",
        '<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1><p class="byline">'
        '<span class="author">Jola Kranich</span></p>',
    )
    assert clean_html(page, {"url": "https://beispielblatt.example/lokales/maukebruecke"}).author == "Jola Kranich"


def test_a_byline_written_as_text_names_the_author_when_no_markup_does() -> None:
    page = PAGE.replace('<meta name="author" content="Klara Beispiel">', "").replace(
        "<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1>",
        "<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1>"
        "<div>Veröffentlicht am 14. März 2031 von Jola Kranich</div>",
    )
    assert clean_html(PAGE.replace('<meta name="author" content="Klara Beispiel">', "")).author is None
    assert clean_html(page, {"url": "https://beispielblatt.example/lokales/maukebruecke"}).author == "Jola Kranich"
    assert clean_html(page, {"author": "Ida Muster"}).author == "Ida Muster"  # a given author wins


@pytest.mark.parametrize(
    ("ld_author", "expected"),
    [
        ('{"@type": "Person", "name": "Jola Kranich"}', "Jola Kranich"),  # the article's author, not the tag's
        ('[{"name": "Klara Beispiel"}, {"name": "Jola Kranich"}]', "Klara Beispiel; Jola Kranich"),  # one list
        ('{"@type": "Organization", "name": "Das Beispielblatt"}', "Klara Beispiel"),  # the site: the tag's person
    ],
)
def test_the_json_ld_author_comes_before_a_meta_tag_that_names_someone_else(ld_author: str, expected: str) -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"author": {ld_author}}}</script>'
    )
    page = PAGE.replace("</head>", ld + "</head>")
    assert clean_html(page, {"url": "https://beispielblatt.example/lokales/maukebruecke"}).author == expected


def test_a_byline_written_under_the_headline_beats_an_author_class_elsewhere() -> None:
    teaser = '<aside><p>Auch lesenswert: Neue Radwege am Kleinsee</p><span class="author">Max Probe</span></aside>'
    page = (
        PAGE.replace('<meta name="author" content="Klara Beispiel">', "")
        .replace(
            "<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1>",
            "<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1><div>Von Jola Kranich</div>",
        )
        .replace("</article>", "</article>" + teaser)
    )
    url = "https://beispielblatt.example/lokales/maukebruecke"
    assert clean_html(page.replace("<div>Von Jola Kranich</div>", ""), {"url": url}).author == "Max Probe"
    assert clean_html(page, {"url": url}).author == "Jola Kranich"


def test_a_disguised_email_address_in_the_author_tag_is_no_name() -> None:
    url = "https://beispielblatt.example/lokales/maukebruecke"
    page = PAGE.replace('content="Klara Beispiel"', 'content="klara[at]beispielblatt.example"')
    assert clean_html(page, {"url": url}).author is None
    byline = '<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1><p class="byline">Von Jola Kranich</p>'
    page = page.replace("<h1>Die Maukebrücke kostet doppelt so viel wie geplant</h1>", byline)
    assert clean_html(page, {"url": url}).author == "Jola Kranich"


KICKER_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Fähre nach Kleinholm fährt wieder | Beispielblatt</title></head>
<body><article><p class="kicker">Inselverkehr</p>
<h1>Fähre nach Kleinholm fährt wieder</h1>
<p>Nach drei Wochen in der Werft fährt die fiktive Fähre „Möwe“ seit Montag wieder zwischen Musterhafen und
Kleinholm, teilte die Reederei mit. Der erste Umlauf war nach Angaben der Reederei ausgebucht.</p>
<p>Die Reparatur an der Schraube hat rund 180.000 Euro gekostet. Bis zum Sommer soll ein zweites Schiff
die Strecke verstärken, sagte ein Sprecher der Reederei am Dienstag.</p>
</article></body></html>"""


def test_the_headline_stands_once_and_the_line_above_it_is_the_kicker() -> None:
    art = clean_html(KICKER_PAGE, {"url": "https://beispielblatt.example/insel/faehre"})
    assert art.title == "Fähre nach Kleinholm fährt wieder"
    assert art.kicker == "Inselverkehr"
    assert art.lede is not None and art.lede.startswith("Nach drei Wochen in der Werft")
    assert all(b.text != art.title for b in art.paragraphs)  # not again as the first subhead
    assert art.text.count("Fähre nach Kleinholm fährt wieder") == 1


FIGURE_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Neuer Leuchtturm für Kleinholm | Beispielblatt</title></head>
<body><main><article><h1>Neuer Leuchtturm für Kleinholm</h1>
<p>Auf der fiktiven Insel Kleinholm ist am Samstag der neue Leuchtturm in Betrieb gegangen. Er ersetzt den
alten Turm aus dem Jahr 1911, dessen Mauerwerk nach Angaben des Schifffahrtsamts nicht mehr zu retten war.</p>
<figure><img src="/img/turm.jpg" alt="Leuchtturm"><figcaption>Der neue Turm an der Nordspitze der Insel.
Foto: Erika Beispiel/Beispielagentur</figcaption></figure>
<p>Das Licht reicht 22 Seemeilen weit, vier mehr als bisher. Der Bau hat rund 3,2 Millionen Euro gekostet,
teilte das Amt mit. Besucher dürfen den Turm an Wochenenden besteigen.</p>
</article>
<section class="more"><figure><img src="/img/other.jpg" alt=""><figcaption>Ein Hafenfest in einer anderen
Stadt</figcaption></figure><a href="/other">Mehr aus der Region</a></section></main></body></html>"""


def test_the_captions_of_the_articles_pictures_are_kept_with_their_credit_as_provenance() -> None:
    art = clean_html(FIGURE_PAGE, {"url": "https://beispielblatt.example/insel/leuchtturm"})
    assert art.captions == ["Der neue Turm an der Nordspitze der Insel."]
    assert any(p.kind == "image_credit" and "Beispielagentur" in p.text for p in art.provenance)
    assert "Hafenfest" not in art.text  # a teaser's picture outside the article is not its caption
    assert all(art.text[b.start : b.end] == b.text for b in art.blocks)
