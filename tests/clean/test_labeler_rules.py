# ruff: noqa: E501  (sample lines keep their long paragraphs, as real dumps do)
"""Labeler rules for page furniture around the article: comment sections, reading tips, post pagers.

Every sample line is fictional and written for this project.
"""

from __future__ import annotations

from lagebild.clean.labeler import (
    _covers_slug,
    _last_slug,
    _pager_or_trail,
    _section_slugs,
    _slug_tokens,
    _title_match,
    _title_tokens,
)
from lagebild.clean.lines import describe
from lagebild.clean.text_dump import clean_text_dump
from lagebild.clean.vocab import (
    comment_header_regex,
    comment_start_regex,
    end_marker_regex,
    has_chrome,
    is_widget_line,
    reply_button_regex,
)

_ARTICLE = [
    "Probefeld bekommt eine neue Fähre über den Kleinsee",
    "12.03.2031",
    "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in zwölf Minuten überquert. (Beispieltext, erfundene Ereignisse.)",
    "Bürgermeisterin Erika Beispiel sprach von einem Tag, auf den der Ort lange gewartet habe, und dankte den Handwerksbetrieben aus der Region für ihre Arbeit an der Anlegestelle.",
    "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder mit. Eine Fahrt kostet für Erwachsene zwei Euro.",
]
_COMMENTS = [
    "Seeblick 12.03.2031 um 18:40",
    "Endlich! Wir haben seit Jahren darauf gewartet, dass man wieder ohne Umweg über die Landstraße ans Nordufer kommt, und freuen uns auf die erste Fahrt.",
    "Antworten ↓",
    "Kapitän Blau 12.03.2031 um 19:05",
    "Schade nur, dass die Fähre im Winter so selten fährt. Für Pendler wäre ein Halbstundentakt das ganze Jahr über viel sinnvoller gewesen, finde ich.",
    "Antworten ↓",
]


def _kept(dump: list[str]) -> str:
    art = clean_text_dump("\n".join(dump))
    return " ".join([art.title or "", art.lede or ""] + [b.text for b in art.paragraphs])


def test_comment_headings_reply_buttons_and_headers_are_recognised() -> None:
    for line in (
        "11 Kommentare",
        "45 Gedanken zu „Die neue Fähre“",
        "Kommentare (3)",
        "Schreibe einen Kommentar",
    ):
        assert comment_start_regex().search(line), line
    assert comment_header_regex().search("Seeblick sagt:")
    for line in ("Antworten", "Antwort ↓", "Reply", "geschrieben von Seeblick am 12. März 2031, 18:40 [ antworten ]"):
        assert reply_button_regex().search(line), line
    assert not comment_start_regex().search("Kommentare von Lesern zeigen, wie wichtig die Fähre für den Ort ist.")
    assert not reply_button_regex().search("Antworten auf diese Fragen gibt der Fahrplan.")


def test_the_body_ends_where_a_comment_section_begins() -> None:
    kept = _kept([*_ARTICLE, "2 Kommentare", *_COMMENTS])
    assert "Eine Fahrt kostet für Erwachsene zwei Euro." in kept
    assert "Endlich!" not in kept and "Halbstundentakt" not in kept


def test_comments_without_a_heading_are_cut_at_the_first_commenters_header() -> None:
    kept = _kept([*_ARTICLE, *_COMMENTS])
    assert "Eine Fahrt kostet für Erwachsene zwei Euro." in kept
    assert "Endlich!" not in kept and "Halbstundentakt" not in kept


def test_reading_tips_end_the_article() -> None:
    for line in ("Diese Artikel könnten dich ebenfalls interessieren:", "Das könnte Ihnen auch gefallen", "Siehe auch"):
        assert end_marker_regex().search(line), line
    assert not end_marker_regex().search("Siehe auch den Fahrplan im Rathaus")
    teaser = "Neue Radwege am Kleinsee: Was Pendler jetzt wissen müssen"
    kept = _kept([*_ARTICLE, "Diese Artikel könnten dich ebenfalls interessieren:", teaser])
    assert teaser not in kept and "zwei Euro" in kept


def test_links_to_the_previous_or_next_post_are_page_furniture() -> None:
    assert is_widget_line("Antworten ↓")
    newer = "Der Kleinsee friert zum ersten Mal seit zehn Jahren zu ›"
    older = "← Wie die Fährleute von Probefeld den Sturm überstanden"
    art = clean_text_dump("\n".join([*_ARTICLE, older, newer]))
    assert older in art.removed and newer in art.removed


def test_label_and_value_lines_in_a_row_are_a_list_of_facts() -> None:
    outfit = ["Mantel: Beispielmarke", "Schal: Musterlabel", "Stiefel: Probeschuh"]
    closing = (
        "Am Abend zog der Fährverein eine erste Bilanz: Mehr als dreihundert Fahrgäste nutzten die Fähre am ersten Tag, "
        "viele von ihnen mit dem Fahrrad, und kaum jemand musste länger als eine Viertelstunde am Steg warten."
    )
    kept = _kept([*_ARTICLE[:4], *outfit, _ARTICLE[4], closing])
    assert all(fact in kept for fact in outfit)


def test_teasers_with_a_section_and_like_count_above_each_headline_are_cut() -> None:
    teasers = []
    for likes, head, para in (
        (
            "12 Likes",
            "Neue Radwege am Kleinsee",
            "Der Kreis baut bis zum Sommer zwei Radwege um den See. Pendler sollen so schneller zur Fähre kommen, und auch die Schulkinder aus den Dörfern am Ostufer hätten dann einen sicheren Weg bis zur Anlegestelle.",
        ),
        (
            "30 Likes",
            "Fährhaus bekommt ein Café",
            "Im alten Fährhaus eröffnet im Mai ein kleines Café mit Blick auf den See und die Anlegestelle. Die Pächterin will dort auch Kuchen aus der Bäckerei am Marktplatz und Eis aus der Region verkaufen.",
        ),
        (
            "7 Likes",
            "Seefest fällt dieses Jahr aus",
            "Das Seefest fällt wegen der Bauarbeiten am Ufer aus. Im nächsten Jahr soll es wieder stattfinden, dann mit einem Feuerwerk über dem Wasser und einer Bühne für die Musikvereine aus der Gemeinde.",
        ),
    ):
        teasers += [likes, "Verkehr", head, para]
    kept = _kept([*_ARTICLE, *teasers])
    assert "Eine Fahrt kostet für Erwachsene zwei Euro." in kept
    assert "Fährhaus" not in kept and "Seefest" not in kept and "Radwege" not in kept


def test_share_button_rows_and_page_tools_are_widgets() -> None:
    for line in (
        "Facebook Pinterest Twitter Google+",
        "per Mail teilen",
        "Teile das: Twitter Facebook Reddit",
        "Suche nach:",
        "Navigation umschalten",
    ):
        assert is_widget_line(line), line
    for line in ("Facebook und Twitter", "Die Fähre teilt den See in zwei Hälften"):
        assert not is_widget_line(line), line


def test_a_blog_platform_footer_is_chrome() -> None:
    assert has_chrome("Erstelle kostenlos eine Website oder ein Blog auf WordPress.com.")
    assert not has_chrome("Die Gemeinde betreibt ihre Webseite seit Jahren selbst.")


def test_a_search_label_or_a_repeated_menu_entry_above_the_headline_is_no_kicker() -> None:
    for above in ("Suche nach:", "Hafen & Verkehr"):
        dump = ["Hafen & Verkehr", "Kontakt", above, *_ARTICLE] if above != "Suche nach:" else [above, *_ARTICLE]
        art = clean_text_dump("\n".join(dump))
        assert art.title == _ARTICLE[0] and art.kicker is None, above
    art = clean_text_dump("\n".join(["Verkehr am Kleinsee", *_ARTICLE]))
    assert art.kicker == "Verkehr am Kleinsee"


def test_picture_controls_and_back_links_are_chrome() -> None:
    for line in (
        "Vollbildansicht öffnen Vollbildansicht schließen",
        "Bild zurück Bild vor",
        "Zum nächsten Slide wechseln",
    ):
        assert is_widget_line(line), line
    assert not is_widget_line("Bilder vor Ort")
    for line in (
        "Zurück zu allen Meldungen",
        "zurück zur vorherigen Seite",
    ):
        assert has_chrome(line), line
    trail = "Sie sind hier: Startseite / Region / Fähre"
    assert trail in clean_text_dump("\n".join([trail, *_ARTICLE])).removed
    assert not has_chrome("Zurück zur Natur")


def test_a_web_address_or_a_contact_line_is_never_the_title() -> None:
    for line in ("https://probefeld.example/faehre", "Hafenstraße 3, 12345 Probefeld, Tel. 0123 456 789"):
        art = clean_text_dump("\n".join([line, *_ARTICLE[1:]]))
        assert art.title != line


def test_soft_hyphens_do_not_hide_the_url_words_of_the_headline() -> None:
    assert list(_title_tokens("Probe\xadfeld eröffnet die Fähre über den Klein\xadsee")) == [
        "probefeld",
        "eroffnet",
        "die",
        "fahre",
        "uber",
        "den",
        "kleinsee",
    ]  # umlauts folded without their "e", as many URLs write them


def test_a_date_glued_in_front_of_the_headline_is_cut_off() -> None:
    art = clean_text_dump("\n".join(["Mar 12 Probefeld bekommt eine neue Fähre über den Kleinsee", *_ARTICLE[1:]]))
    assert art.title == _ARTICLE[0]
    art = clean_text_dump("\n".join(["1. Mai Probefeld feiert mit einem Fest am Kleinsee", *_ARTICLE[1:]]))
    assert (
        art.title == "1. Mai Probefeld feiert mit einem Fest am Kleinsee"
    )  # a day without a year may be the title's own


def test_newsletter_boxes_and_subscription_appeals_are_chrome() -> None:
    for line in (
        "Mit unserem Newsletter bleiben Sie informiert",
        "Probeblatt-Newsletter",
        "Abonniere jetzt Probeblatt Plus",
    ):
        assert has_chrome(line), line
    paragraph = (
        "Der Verein informiert seine Mitglieder seit dem Frühjahr auch über einen Newsletter, doch die meisten "
        "erfahren von den Fahrplänen der Fähre weiterhin am Aushang im Hafen, wo der Kapitän jeden Montag die "
        "Zeiten der Woche anschlägt und dazu schreibt, welche Fahrten wegen Nebel oder Sturm ausfallen könnten."
    )
    assert not has_chrome(paragraph)  # one mention inside running text is not enough


def test_a_paragraph_rendered_twice_keeps_its_first_copy() -> None:
    lede = _ARTICLE[2]
    art = clean_text_dump("\n".join([_ARTICLE[0], _ARTICLE[1], lede, lede, *_ARTICLE[3:]]))
    assert art.lede == lede
    assert art.body_text.count("elektrische Fähre") == 1


def test_share_counters_rating_widgets_and_comment_toggles() -> None:
    assert is_widget_line("Facebook0 Twitter StumbleUpon Tumblr Pin")
    assert is_widget_line("Beitrag bewerten")
    assert comment_start_regex().search("Show 6 comments")
    assert has_chrome("Noch 10 Gratis-Artikel diesen Monat")
    assert has_chrome("Guter Journalismus kostet Geld.")


def test_a_said_line_in_the_article_does_not_cut_it_but_commenters_headers_do() -> None:
    quote = "„Wir haben lange auf diesen Tag gewartet, und jetzt ist die Fähre endlich da“, sagte sie am Steg vor vielen Gästen aus dem ganzen Landkreis."
    kept = _kept([*_ARTICLE[:4], "Die Bürgermeisterin sagt:", quote, _ARTICLE[4]])
    assert "zwei Euro" in kept and "endlich da" in kept
    comments = ["Seeblick sagt:", _COMMENTS[1], "Kapitän Blau sagt:", _COMMENTS[4]]
    kept = _kept([*_ARTICLE, *comments])
    assert "zwei Euro" in kept and "Endlich!" not in kept and "Halbstundentakt" not in kept


def test_a_list_the_text_announces_with_a_colon_at_its_end_stays() -> None:
    spots = ["Der Steg am Nordufer", "Das Bootshaus Beispiel", "Die Badestelle hinter dem Schilf am Kleinsee"]
    kept = _kept(
        [
            *_ARTICLE,
            "Meine liebsten Plätze am See, alle mit der Fähre zu erreichen:",
            *spots,
            "Ähnliche Beiträge",
            "Neue Radwege am Kleinsee",
        ]
    )
    assert all(s in kept for s in spots)
    assert "Neue Radwege am Kleinsee" not in kept
    # the announcing line may also sit just below the text, with its items under it
    kept = _kept(
        [*_ARTICLE, "Den Fahrplan finden Sie hier:", "Fahrplan der Kleinsee-Fähre 2031", "Teilen auf", "Impressum"]
    )
    assert "Den Fahrplan finden Sie hier:" in kept and "Fahrplan der Kleinsee-Fähre 2031" in kept
    assert "Impressum" not in kept


def test_headings_of_more_press_releases_end_the_article() -> None:
    for line in ("Weitere Pressemitteilungen dieses Verbands", "Mehr Rezepte", "Weitere Berichte aus der Region"):
        assert end_marker_regex().search(line), line
    assert not end_marker_regex().search("Die Pressemitteilungen des Verbands erscheinen montags.")


def test_a_widget_label_with_a_colon_announces_no_list() -> None:
    stars = ["Vergib 1 von 5 Sternen", "Vergib 2 von 5 Sternen", "Vergib 3 von 5 Sternen"]
    kept = _kept([*_ARTICLE, "Artikel bewerten:", *stars])
    assert "zwei Euro" in kept and not any(s in kept for s in stars)


def test_short_lines_between_short_lines_of_the_text_are_list_items() -> None:
    rules = ["Bitte beachten Sie an Bord:", "Fahrräder vorne abstellen", "Hunde an der Leine", "Rauchen verboten"]
    kept = _kept([*_ARTICLE[:4], *rules, *_ARTICLE[4:]])
    assert "Hunde an der Leine" in kept and "Fahrräder vorne abstellen" in kept


_SHOP_PAGE = [
    "Startseite",
    "Küche",
    "Teekannen",
    "Warenkorb",
    "Blaue Teekanne groß aus Steinzeug",
    "Art.-Nr.: 4711",
    "Handgefertigte Teekanne aus glasiertem Steinzeug mit Sieb aus Edelstahl, fasst anderthalb Liter. (Beispieltext)",
    "24,90 €",
    "inkl. MwSt.",
    "In den Warenkorb",
    "Beschreibung",
    "Farbe",
    "blau",
    'Produktinformationen "Blaue Teekanne groß aus Steinzeug"',
    "Die Kanne wird in einer kleinen Töpferei am Probefelder Kleinsee von Hand gedreht und glasiert, jede ist deshalb ein wenig anders. Das Sieb lässt sich herausnehmen und in der Spülmaschine reinigen.",
    "Kundenbewertungen für Blaue Teekanne groß aus Steinzeug",
    "Erika B. am 3.4.2031",
    "Wir trinken jeden Morgen daraus und sind sehr zufrieden, die Kanne hält den Tee lange warm und tropft beim Eingießen nicht, was bei unserer alten Kanne leider immer der Fall war.",
    "Max M. am 9.4.2031",
    "Schöne Farbe, solide Verarbeitung und ein gutes Sieb. Der Deckel sitzt fest, auch wenn man die Kanne weit neigt. Würde ich wieder kaufen und auch verschenken, sie ist ein schönes Geschenk.",
]


def test_the_headline_is_the_line_that_matches_the_whole_slug() -> None:
    """A shop page repeats the product name in other headings ("Kundenbewertungen für ..."); the headline
    is the line made of the slug's words and little else."""
    art = clean_text_dump(
        "\n".join(_SHOP_PAGE), {"url": "https://shop.example/kueche/blaue-teekanne-gross-aus-steinzeug"}
    )
    assert art.title == "Blaue Teekanne groß aus Steinzeug"
    assert "Die Kanne wird in einer kleinen Töpferei" in (art.body_text or "")


def test_a_headline_far_above_the_text_is_found_by_the_slug_and_not_repeated_as_lede() -> None:
    """The body run of a recipe page is its steps, far below the headline and the list of ingredients."""
    head = "Apfelkuchen vom Blech mit Streuseln"
    dump = [
        *["Rezepte", "Kuchen", "Brot", "Suppen", "Salate", "Getränke", "Vorratskammer", "Backschule"],
        head,
        head,
        "Ein schneller Kuchen für den Sonntag, den man gut vorbereiten kann. (Ein erfundenes Beispiel.)",
        *[f"{n}0 g Zutat{chr(64 + n)}" for n in range(1, 21)],  # "10 g ZutatA" ... "200 g ZutatT"
        "Den Teig kneten, auf dem Blech ausrollen und mit den Äpfeln belegen. Die Streusel darüber geben und den Kuchen eine halbe Stunde bei mittlerer Hitze backen, bis er goldbraun ist.",
        "Den Kuchen abkühlen lassen, in Stücke schneiden und mit Sahne servieren. Er hält sich zugedeckt zwei Tage und schmeckt am zweiten Tag fast noch besser als am ersten.",
        "Wer mag, gibt eine Handvoll gehackte Nüsse in die Streusel oder ersetzt einen Teil der Äpfel durch Birnen; die Backzeit bleibt dabei gleich, nur der Saft wird etwas mehr.",
        "Impressum",
        "© 2031 Backstube Beispiel",
    ]
    art = clean_text_dump(
        "\n".join(dump), {"url": "https://rezepte.example/apfelkuchen-vom-blech-mit-streuseln-123.html"}
    )
    assert art.title == head
    assert art.lede != head
    assert "Den Kuchen abkühlen lassen" in (art.body_text or "")
    assert "Ein schneller Kuchen" in (art.body_text or "")


def test_one_newsletter_mention_does_not_make_a_long_paragraph_chrome() -> None:
    para = (
        "Neu ist in diesem Jahr auch, dass der Verein einmal im Monat einen Sonder-Newsletter, den man in der "
        "Geschäftsstelle bestellen kann, zu einzelnen Themen verschickt; im Januar ging es um alte Fähren vom "
        "Kleinsee, im Februar um die Chronik des Fährvereins und die neuen Fahrpläne für das ganze Jahr."
    )
    assert not has_chrome(para)
    assert has_chrome("Jetzt unseren Newsletter bestellen und nichts mehr verpassen")


def test_a_sentence_broken_over_two_lines_at_the_end_of_the_text_is_kept_whole() -> None:
    kept = _kept([*_ARTICLE, "Wer mitfahren will, meldet sich bis Ostern bei der", "Gemeinde Probefeld.", "Impressum"])
    assert "Gemeinde Probefeld." in kept and "Impressum" not in kept


def test_one_dash_led_line_under_the_headline_is_its_deck() -> None:
    deck = "- Neue Elektrofähre verkürzt den Weg ans Nordufer um eine halbe Stunde"
    art = clean_text_dump("\n".join([_ARTICLE[0], deck, *_ARTICLE[2:]]))
    assert art.lede == deck[2:]
    points = ["- Fähre fährt im Halbstundentakt", "- Fahrräder fahren kostenlos mit"]
    art = clean_text_dump("\n".join([_ARTICLE[0], *points, *_ARTICLE[2:]]))
    assert art.bullets == [p[2:] for p in points]


def test_a_pull_quote_repeated_under_the_text_does_not_hide_its_last_sentence() -> None:
    quote = "Die Fähre ist das Beste, was dem Ort seit Jahren passiert ist, sagt der Fährmann."
    last = "Die erste Fahrt ist ausgebucht. Die zweite auch."
    kept = _kept([*_ARTICLE[:3], quote, *_ARTICLE[3:], quote, last, "Alle Rechte vorbehalten"])
    assert last in kept and "Alle Rechte vorbehalten" not in kept


def test_the_greeting_that_signs_a_post_stays() -> None:
    for line in ("Eure Erika", "Liebe Grüße, Erika", "xoxo Lena", "x Franzi"):
        assert _kept([*_ARTICLE, line, "Teilen auf", "Impressum"]).endswith(line), line
    for line in ("Deine Meinung", "Dein Kommentar"):
        assert line not in _kept([*_ARTICLE, line, "Impressum"]), line


def test_a_long_paragraph_the_page_shows_again_elsewhere_keeps_its_copy_in_the_text() -> None:
    desc = (
        "Die Fähre ist aus Holz und Aluminium gebaut, wird mit Strom vom Dach des Fährhauses geladen und fährt "
        "fast lautlos; bei Sturm bleibt sie im Hafen, und dann gibt es einen Bus ans Nordufer, der an allen "
        "Haltestellen der Seestraße hält."
    )
    filler = [f"Menüpunkt {n}" for n in range(1, 9)]
    kept = _kept([*_ARTICLE[:3], desc, *_ARTICLE[3:], "Impressum", *filler, "Über die Fähre", desc, "Kontakt"])
    assert desc in kept
    assert kept.count(desc) == 1


def test_url_words_match_umlauts_written_either_way() -> None:
    assert set(_title_tokens("Ratschläge für Fährgäste")) == set(_title_tokens("ratschlage-fur-fahrgaste"))
    assert set(_title_tokens("Ratschläge für Fährgäste")) == set(_title_tokens("ratschlaege-fuer-faehrgaeste"))


def test_a_story_slug_followed_by_an_id_is_no_section_name() -> None:
    dump = [
        "Über uns",
        "Shop",
        "Neue Fähre verbindet Probefeld mit dem Nordufer",
        *_ARTICLE[2:],
    ]
    for url in (
        "https://probefeld.example/de/neue-faehre-verbindet-probefeld-mit-dem-nordufer/19837156",
        "https://probefeld.example/2031/03/12/neue-faehre-verbindet-probefeld-mit-dem-nordufer/ ",
    ):
        assert clean_text_dump("\n".join(dump), {"url": url}).title == dump[2], url


def test_a_trail_of_the_urls_section_names_is_not_the_title() -> None:
    dump = ["Sport", "Wassersport | Fähren Probefeld", "Neue Fähre verbindet Probefeld mit dem Nordufer", *_ARTICLE[1:]]
    url = "https://probefeld.example/sport/wassersport/faehren-probefeld/neue-faehre-nordufer-100.html"
    assert clean_text_dump("\n".join(dump), {"url": url}).title == dump[2]


def test_a_headline_with_more_words_than_its_slug_still_anchors_on_the_slug() -> None:
    """The slug leaves out the headline's small words ("mit", "dieser"): few of the line's words are in
    it, but all of its words are in the line."""
    head = "Fähre ohne Diesel: Mit dieser Idee am Kleinsee"
    paras = [
        "Seit einer Woche fährt die elektrische Fähre über den Kleinsee, und schon jetzt hat sich im Ort einiges verändert. (Beispieltext, erfundene Ereignisse.)",
        "Die Bäckerei am Anleger öffnet eine Stunde früher, die Radwerkstatt hat zwei Aushilfen eingestellt, und am Nordufer denkt man über einen zweiten Steg nach.",
        "Der Strom für die Fähre kommt vom Dach des Fährhauses; an trüben Tagen lädt sie nachts am Netz, was nach Angaben der Gemeinde kaum etwas kostet.",
    ]
    chrome = ["Teilen", "Drucken", "Merken", "Anzeige", "Newsletter", "Kontakt", "Suche"]
    dump = ["Startseite", "Energie", head, *chrome, head, "12.03.2031", "Erika Muster", *chrome, *paras, "Impressum"]
    url = "https://probefeld.example/energie/faehre-diesel-idee-kleinsee-4711"
    assert clean_text_dump("\n".join(dump), {"url": url}).title == head
    slug, last, sections = _slug_tokens(url), _last_slug(url), _section_slugs(url)
    assert _title_match(describe(0, head), slug, None, sections) < 0.6  # too few of its words in the slug
    assert _covers_slug(describe(0, head), last, sections)
    assert not _covers_slug(describe(0, "Kleinsee"), last, sections)  # one slug word is no match
    assert not _covers_slug(describe(0, "Energie"), last, sections)


def test_a_product_name_far_above_its_description_is_the_headline() -> None:
    name = "Decke mit Namen und Fährmotiv"
    options = [
        "Farbe",
        *["creme", "rosa", "rot", "grün", "blau", "grau", "weiß", "sand"],
        "Größe",
        "50 x 70 cm",
        "70 x 100 cm",
    ]
    text = [
        "Kuschelige Decke aus zwei Lagen Fleece, bestickt mit einem Namen Ihrer Wahl und einer kleinen Fähre. (Beispieltext, erfundenes Produkt.)",
        "Die Stickerei sitzt unten rechts; auf Wunsch auch an einer anderen Stelle. Die Decke ist bei 30 Grad waschbar und behält ihre Farbe auch nach vielen Wäschen.",
    ]
    dump = [
        "Startseite",
        "Warenkorb",
        name,
        "Stückpreis: 36,00 EUR",
        "Lieferzeit: 5 Tage",
        *options,
        "Anzahl:",
        *text,
        "Kontakt",
    ]
    art = clean_text_dump("\n".join(dump), {"url": "https://shop.example/produkte/decke-mit-namen-und-faehrmotiv/"})
    assert art.title == name


def test_place_and_date_opening_a_press_release_is_text_not_its_headline() -> None:
    opening = "Probefeld, 12.03.2031 - Rede der Bürgermeisterin bei der Einweihung der Fähre am Kleinsee"
    art = clean_text_dump("\n".join(["Die Fähre ist da", opening, *_ARTICLE[2:]]))
    assert art.title == "Die Fähre ist da"
    assert opening in " ".join([art.lede or "", art.body_text or ""])


def test_a_short_dash_led_stamp_under_the_headline_is_no_deck() -> None:
    art = clean_text_dump("\n".join([_ARTICLE[0], "• Publiziert vor einer Stunde", *_ARTICLE[2:]]))
    assert art.lede == _ARTICLE[2]


def test_a_line_with_a_web_address_is_never_the_headline() -> None:
    link = "Mehr erfahren Sie hier: www.faehre-probefeld.example"
    art = clean_text_dump("\n".join([link, *_ARTICLE[2:]]))
    assert art.title != link


def test_a_list_the_text_announces_between_two_of_its_parts_stays() -> None:
    items = ["Sitzbänke aus Lärchenholz", "ein Sonnendach", "Rampe für Rollstühle"]
    more = "Gebaut wurde die Fähre in einer Werft an der Küste, von wo sie im Winter auf einem Tieflader über die Landstraße an den Kleinsee gebracht wurde, was viele Schaulustige an die Strecke lockte."
    url = "https://probefeld.example/lokales/neue-faehre-ueber-den-kleinsee"

    def kept(heading: str) -> str:
        art = clean_text_dump("\n".join([*_ARTICLE[:3], heading, *items, *_ARTICLE[3:], more]), {"url": url})
        assert art.title == _ARTICLE[0]
        return " ".join([art.lede or ""] + [b.text for b in art.paragraphs])

    text = kept("Ausstattung:")
    assert all(i in text for i in items) and "zwei Euro" in text and "Tieflader" in text
    text = kept("Ausstattung")  # short lines nothing announces stay out
    assert not any(i in text for i in items) and "Tieflader" in text


def test_a_list_of_amounts_between_two_parts_of_the_text_stays() -> None:
    intro = "Zum Fest am Kleinsee backt die Fährmannsfamilie seit Jahren denselben Kuchen, und das Rezept verrät sie gern jedem, der danach fragt. (Beispieltext)"
    steps = [
        "1.",
        "Butter und Zucker schaumig rühren, dann die Eier einzeln unterrühren und zuletzt Mehl und Backpulver unterheben, bis ein glatter Teig entsteht.",
        "2.",
        "Den Teig in eine gefettete Form füllen und im vorgeheizten Ofen bei 180 Grad etwa vierzig Minuten backen, dann in der Form abkühlen lassen.",
    ]
    amounts = [
        "Zutaten",
        "250 g Butter",
        "200 g Zucker",
        "4 Eier",
        "300 g Mehl",
        "1 Pck. Backpulver",
        "Puderzucker",
        "Zubereitung",
    ]
    url = "https://kleinsee.example/rezepte/kuchen-vom-kleinsee"
    art = clean_text_dump("\n".join(["Kuchen vom Kleinsee", intro, *amounts, *steps]), {"url": url})
    kept = " ".join([art.lede or ""] + [b.text for b in art.paragraphs])
    assert all(a in kept for a in amounts[1:6]) and "Puderzucker" in kept
    assert "vierzig Minuten" in kept and "1." not in [b.text for b in art.paragraphs]


def test_label_and_value_facts_under_the_text_stay() -> None:
    facts = ["Termin: Samstag, 14. Juni 2031", "Treffpunkt: Anleger Nordufer", "Eintritt: frei"]
    kept = _kept([*_ARTICLE, *facts, "Impressum", "Weitere Meldungen"])
    assert all(f in kept for f in facts)
    assert "Impressum" not in kept
    # one such line alone is no list of facts
    kept = _kept([*_ARTICLE, "Stichwort: Kleinsee", "Impressum"])
    assert "Stichwort: Kleinsee" not in kept


def test_a_smiley_that_closes_a_post_stays() -> None:
    kept = _kept([*_ARTICLE, ";-)", "Kommentar schreiben"])
    assert ";-)" in kept
    assert describe(0, "1 2 3 »").widget and not describe(0, "=)").widget


def test_a_line_that_says_where_more_information_is_ends_nothing() -> None:
    for line in (
        "Mehr Informationen finden Sie hier: www.faehre-probefeld.example",
        "Weitere Infos unter https://kleinsee.example",
    ):
        assert not end_marker_regex().search(line), line
    for line in ("Weitere Informationen", "Mehr Informationen zum Thema", "Weitere Artikel aus der Region"):
        assert end_marker_regex().search(line), line
    kept = _kept([*_ARTICLE, "Mehr Informationen erhalten Sie hier:", "www.faehre-probefeld.example", "Impressum"])
    assert "www.faehre-probefeld.example" in kept and "Impressum" not in kept


def test_the_headline_shown_once_beats_its_repeated_teaser_version() -> None:
    teaser = "Neue Fähre: Probefeld feiert am Kleinsee"
    headline = "Mit Musik und Festreden: Probefeld feiert die neue Fähre am Kleinsee"
    url = "https://probefeld.example/lokales/neue-faehre-probefeld-feiert-am-kleinsee"
    dump = ["Startseite", "Lokales", headline, teaser, "12.03.2031", *_ARTICLE[2:], "Mehr aus Probefeld", teaser]
    art = clean_text_dump("\n".join(dump), {"url": url})
    assert art.title == headline
    assert teaser not in art.text.split("\n\n")
    # the repeated line with a kicker glued in front is no better version of it
    glued = "Lokales Neue Fähre: Probefeld feiert am Kleinsee"
    dump = ["Startseite", glued, teaser, "12.03.2031", *_ARTICLE[2:], "Mehr aus Probefeld", teaser]
    assert clean_text_dump("\n".join(dump), {"url": url}).title == teaser


def test_a_caption_over_its_credit_line_is_neither_headline_nor_text() -> None:
    dump = [
        "Startseite",
        "Neue Fähre über den Kleinsee",
        "Die Bürgermeisterin und der Fährmann vor dem neuen Schiff am Anleger in Probefeld",
        "© Bildagentur Muster | Max Beispiel",
        *_ARTICLE[2:],
    ]
    art = clean_text_dump("\n".join(dump))
    assert art.title == "Neue Fähre über den Kleinsee"
    assert "Die Bürgermeisterin und der Fährmann vor dem neuen Schiff am Anleger in Probefeld" in art.captions
    assert "Fährmann" not in " ".join(b.text for b in art.paragraphs)


def test_a_subhead_over_a_picture_credit_stays_text() -> None:
    dump = [*_ARTICLE[:3], "Wer fährt die neue Fähre?", "© Bildagentur Muster", *_ARTICLE[3:]]
    assert "Wer fährt die neue Fähre?" in _kept(dump)


def test_the_headline_without_the_kicker_glued_in_front_of_its_copy() -> None:
    dump = [
        "Startseite",
        "Neue Fähre über den Kleinsee",
        "Verkehrswende Neue Fähre über den Kleinsee",
        "12.03.2031",
        *_ARTICLE[2:],
    ]
    art = clean_text_dump("\n".join(dump))
    assert art.title == "Neue Fähre über den Kleinsee"
    assert "Verkehrswende" not in art.text


def test_a_sentence_headline_over_its_date_line_is_the_title() -> None:
    dump = [
        "Reisen",
        "Kultur",
        "Warum ich lieber mit der Fähre zur Arbeit fahre.",
        "12.03.2031 – Kolumne",
        *_ARTICLE[2:],
    ]
    assert clean_text_dump("\n".join(dump)).title == "Warum ich lieber mit der Fähre zur Arbeit fahre."
    # without the date line under it, a sentence is no headline
    dump = ["Reisen", "Kultur", "Warum ich lieber mit der Fähre zur Arbeit fahre.", *_ARTICLE[2:]]
    assert clean_text_dump("\n".join(dump)).title != "Warum ich lieber mit der Fähre zur Arbeit fahre."


def test_bullets_opening_the_text_without_a_headline_are_text() -> None:
    dump = [
        "Startseite",
        "Kontakt",
        "• Die Fähre nimmt Fahrräder mit, Hunde an der Leine fahren kostenlos mit, und Kinder unter sechs Jahren zahlen nichts. (Beispieltext, erfundene Ereignisse.)",
        "• Im Winter fährt die Fähre stündlich, bei Eisgang ruht der Betrieb, und die Gemeinde meldet Ausfälle auf ihrer Seite. (Beispieltext, erfundene Ereignisse.)",
        *_ARTICLE[2:],
    ]
    art = clean_text_dump("\n".join(dump))
    assert art.title is None and not art.bullets
    assert "Hunde an der Leine fahren kostenlos mit" in _kept(dump)


def test_a_short_kicker_with_one_word_of_the_url_is_no_better_headline_than_the_line_under_it() -> None:
    # The URL's words count by how much of the URL a line covers as well as by how much of the line they make
    # up: "Vorsorge Schlaf" has one of six URL words, the headline under it one as well, and it is longer.
    dump = [
        "Startseite",
        "Ratgeber",
        "Vorsorge Schlaf",
        "So schlafen Sie im Winter besser",
        "Wer im Winter schlecht schläft, sollte zuerst auf die Temperatur im Schlafzimmer achten und abends weniger heizen als am Tag.",
        "Auch ein fester Rhythmus hilft dem Körper, sich auf die Nacht einzustellen, selbst wenn es draußen schon am Nachmittag dunkel wird.",
        "Wer trotzdem wach liegt, steht besser noch einmal auf und liest ein paar Seiten, statt sich lange im Bett zu wälzen.",
        "Impressum",
    ]
    url = "https://magazin.example/ratgeber/schlaf-tipps-fuer-den-winter-4711"
    art = clean_text_dump("\n".join(dump), {"url": url})
    assert art.title == "So schlafen Sie im Winter besser"


def test_a_one_word_slug_under_a_folder_names_the_line_that_is_that_word() -> None:
    text = [
        "Buchen Sie Ihre Stunden so, wie es in Ihren Kalender passt, und üben Sie genau die Gespräche, die Sie im Beruf führen.",
        "Vor der ersten Stunde klären wir in einem kurzen Gespräch, wo Sie stehen und was Sie in den nächsten Wochen erreichen wollen.",
        "Jede Stunde endet mit einer kleinen Aufgabe für den Alltag, die wir beim nächsten Mal gemeinsam besprechen und auswerten.",
    ]
    menu = ["Kurse", "Gruppenkurs", "Einzelcoaching", "Firmenkurs", "Kontakt"]
    dump = [*menu, "Einzelcoaching", "Lernen in Ihrem Tempo", *text, "Impressum"]
    art = clean_text_dump("\n".join(dump), {"url": "https://sprachschule.example/kurse/einzelcoaching/"})
    assert art.title == "Einzelcoaching"
    # a top-level folder is a section's index page: its menu entry is no headline
    art = clean_text_dump("\n".join(dump), {"url": "https://sprachschule.example/einzelcoaching/"})
    assert art.title != "Einzelcoaching"


def test_a_line_in_capitals_is_a_logo_or_label_rather_than_the_headline() -> None:
    text = [
        "Die neue Ausgabe ist da und widmet sich ganz den Blasinstrumenten, von der Blockflöte bis zur Tuba im Orchester.",
        "Im Interview erzählt eine Musikerin aus Probefeld, wie sie mit vierzig Jahren noch das Trommeln gelernt hat und warum.",
        "Dazu gibt es Tests von sechs Einsteiger-Instrumenten, Übungen für jeden Tag und die Termine der Musikschulen im Land.",
    ]
    dump = [
        "Shop",
        "Suchen",
        "TROMMEL & FLÖTE",
        "Anzeigen",
        "Trommel & Flöte 03/2031",
        "von Redaktion, 12. März 2031",
        *text,
    ]
    art = clean_text_dump("\n".join(dump), {"url": "https://musik.example/hefte/trommel-floete-03-2031/"})
    assert art.title == "Trommel & Flöte 03/2031"
    dump = ["Ein Sommer am Kleinsee", "Anzeigen", "Leserbriefe", "DIE PROBEZEITUNG", *text]
    assert clean_text_dump("\n".join(dump)).title == "Ein Sommer am Kleinsee"


def test_a_byline_or_a_picture_credit_is_never_the_headline() -> None:
    text = [
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in zwölf Minuten überquert.",
        "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder mit auf die andere Seite.",
    ]
    dump = ["Neue Fähre über den Kleinsee", "12.03.2031", "Lokales", "Foto: Jola Kranich", *text]
    assert clean_text_dump("\n".join(dump)).title == "Neue Fähre über den Kleinsee"
    dump = ["Startseite", "Neue Fähre über den Kleinsee", "durch Jola Kranich", "12.03.2031", *text]
    art = clean_text_dump("\n".join(dump))
    assert art.title == "Neue Fähre über den Kleinsee" and art.author == "Jola Kranich"


def test_links_with_an_arrow_to_other_posts_or_back_to_a_list_are_pagers() -> None:
    for line in (
        "« Der Steg am Nordufer",
        "Warum die Fähre im Winter ruht »",
        "<Alle Beiträge aus Probefeld",
        "< Zurück",
        "Weitere Fragen und Antworten >",
        "← Ältere Beiträge",
        "Nächster Beitrag ›",
    ):
        assert _pager_or_trail(line), line
    for line in ("»Die Fähre bleibt«, sagt die Bürgermeisterin", "„Die Fähre bleibt“", "3 < 4 gilt immer"):
        assert not _pager_or_trail(line), line


def test_without_a_url_the_text_under_a_dated_headline_beats_a_longer_notice_further_down() -> None:
    article = [
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in zwölf Minuten überquert.",
        "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder mit auf die andere Seite.",
    ]
    notice = [
        "Der Verein zur Förderung der Seenschifffahrt am Kleinsee wurde vor vielen Jahren von Fischern und Bootsbauern aus der Gegend gegründet und hat heute mehr als dreihundert Mitglieder in allen Orten rund um den See.",
        "Wir treffen uns an jedem ersten Montag im Monat im Bootshaus am Nordufer, planen die Ausflüge der Saison und pflegen die alten Holzboote, die uns Familien aus der Gegend über die Jahre überlassen haben.",
        "Wer mitmachen möchte, ist bei uns immer willkommen, ob mit oder ohne Erfahrung auf dem Wasser, und die ersten drei Fahrten mit unseren Booten sind für neue Mitglieder und ihre Kinder kostenlos.",
    ]
    dump = [
        "Startseite",
        "Neue Fähre über den Kleinsee",
        "Von Jola Kranich",
        "12.03.2031",
        *article,
        "Teilen",
        "Drucken",
        "Archiv",
        "Veranstaltungen",
        "Bootsverleih",
        "Unser Verein",
        *notice,
        "Impressum",
    ]
    art = clean_text_dump("\n".join(dump))
    assert art.title == "Neue Fähre über den Kleinsee"
    assert art.lede == article[0] and article[1] in art.text and notice[0] not in art.text
    # with a URL that names no words of the headline, the dated head is what finds the text, as without one
    art = clean_text_dump("\n".join(dump), {"url": "https://probefeld.example/artikel/20310312"})
    assert art.title == "Neue Fähre über den Kleinsee" and notice[0] not in art.text
    # with a URL that spells the headline, the headline anchors the text by the URL's words, as before
    art = clean_text_dump("\n".join(dump), {"url": "https://probefeld.example/neue-faehre-ueber-den-kleinsee/"})
    assert art.title == "Neue Fähre über den Kleinsee"


def test_a_dated_line_over_the_next_comment_heads_no_text() -> None:
    comment = "Wir haben die Fähre am Wochenende ausprobiert und waren begeistert, nur die Fahrradständer an Bord sind etwas eng geraten."
    dump = [
        "Neue Fähre über den Kleinsee",
        "Mittwoch, 12. März 2031",
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in zwölf Minuten überquert. Die Fähre fährt im Sommer jede halbe Stunde.",
        "Kommentare",
        "Fährt die Fähre auch an Feiertagen?",
        "Antworten",
        "Erika sagt:",
        "Donnerstag, 13. März 2031",
        comment,
        comment.replace("Wochenende", "Sonntag"),
        comment.replace("Wochenende", "Feiertag"),
    ]
    art = clean_text_dump("\n".join(dump))
    assert art.title == "Neue Fähre über den Kleinsee" and comment not in art.text


def test_a_name_over_the_date_beside_a_longer_headline_is_its_byline() -> None:
    text = [
        "Die Gemeinde Probefeld hat am Mittwoch eine elektrische Fähre in Betrieb genommen, die den Kleinsee in zwölf Minuten überquert.",
        "Die Fähre fährt im Sommer jede halbe Stunde, im Winter stündlich, und nimmt bis zu vierzig Fahrräder mit auf die andere Seite.",
    ]
    for head in (
        ["Neue Fähre über den Kleinsee", "Jola Kranich", "Mittwoch, 12. März 2031"],
        ["Jola Kranich", "Mittwoch, 12. März 2031", "Neue Fähre über den Kleinsee"],
    ):
        art = clean_text_dump("\n".join(["Startseite", "Lokales", *head, *text]))
        assert art.title == "Neue Fähre über den Kleinsee", head
        assert art.author == "Jola Kranich", head
    # two capitalised words over the date with no longer headline beside them are the headline
    art = clean_text_dump("\n".join(["Startseite", "Lokales", "Stilles Wetter", "Mittwoch, 12. März 2031", *text]))
    assert art.title == "Stilles Wetter"


def test_a_wikis_tagline_is_never_the_headline() -> None:
    text = [
        "Die Probefelder Kleinbahn war eine schmalspurige Bahnstrecke am Kleinsee, die von 1901 bis 1962 Fahrgäste und Torf beförderte.",
        "Die Strecke war elf Kilometer lang und hatte sechs Haltepunkte, von denen heute nur noch der Bahnhof am Nordufer erhalten ist.",
    ]
    for tagline in ("Aus Probewiki", "Aus Wikipedia, der freien Enzyklopädie", "From Wikipedia, the free encyclopedia"):
        dump = ["Hauptseite", "Zufälliger Artikel", "Probefelder Kleinbahn", tagline, "Wechseln zu: Navigation, Suche", *text]
        assert clean_text_dump("\n".join(dump)).title == "Probefelder Kleinbahn", tagline
    # a headline that opens with "Aus" is still one
    dump = ["Hauptseite", "Aus Liebe zur Kleinbahn", "Mittwoch, 12. März 2031", *text]
    assert clean_text_dump("\n".join(dump)).title == "Aus Liebe zur Kleinbahn"


def test_reader_funding_appeals_are_chrome() -> None:
    assert has_chrome("Dieser Inhalt ist für Sie kostenlos. Unterstützen Sie unabhängigen Journalismus.")
    assert has_chrome("Support independent journalism with a subscription.")
    assert not has_chrome("Die Stiftung will unabhängigen Journalismus in der Region fördern.")
    assert not has_chrome("Der Eintritt ist für Sie kostenlos, sagte die Leiterin.")
