"""Cross-lingual checks on the fictional bridge story (uses the bundled e5 engine)."""

from lagebild.stories.compare import QuoteRef, compare_articles, quote_pairs
from lagebild.stories.embed import get_embedder
from lagebild.stories.item import StoryItem
from lagebild.stories.translation import detect_translation
from tests.stories.samples import (
    BRIDGE_DE,
    BRIDGE_DE2,
    BRIDGE_DE2_TITLE,
    BRIDGE_DE_TITLE,
    BRIDGE_EN,
    BRIDGE_EN_TITLE,
    ORCHESTRA,
    ORCHESTRA_TITLE,
    article,
    item,
)


def test_translation_found_by_alignment_and_by_provenance() -> None:
    de = item("de", "2024-03-05", "de", BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung")
    en = item("en", "2024-03-06", "en", BRIDGE_EN_TITLE, BRIDGE_EN, "Kleinfurt Courier")
    match = detect_translation(de, en)
    assert match is not None and (match.original, match.translation) == ("de", "en")
    assert match.aligned >= 0.6 and not match.by_provenance
    other = item("o", "2024-03-06", "en", ORCHESTRA_TITLE, ORCHESTRA, "X")
    assert detect_translation(other, StoryItem("x", None, "en", "", "")) is None
    noted = item("n", "2024-03-06", "en", "T", "Short text here only.", "Y", translated_from="Aulertal-Zeitung")
    assert detect_translation(de, noted).by_provenance  # type: ignore[union-attr]


def test_compare_flags_numbers_and_pairs_quote_across_languages() -> None:
    de = article(BRIDGE_DE_TITLE, BRIDGE_DE, "Aulertal-Zeitung", "de", "2024-03-05")
    de2 = article(BRIDGE_DE2_TITLE, BRIDGE_DE2, "Kreisblatt", "de", "2024-03-06")
    r = compare_articles(de, de2, ids=("a", "b"))
    numeric = [c for c in r["conflicts"] if c["kind"] == "numeric"]
    assert [(c["a"]["item"]["value"], c["b"]["item"]["value"], c["severity"]) for c in numeric] == [
        (12000.0, 8000.0, "conflict")
    ]
    assert any("Handwerkskammer" in u["text"] for u in r["unique"]["b"])
    # every aligned pair says whether it is clearly one fact; the renderers show the loose ones as such
    from lagebild.stories.compare import CLEAR_CSLS
    from lagebild.stories.render import render_comparison_markdown

    assert r["shared"] and all(x["loose"] == (x["score"] < CLEAR_CSLS) for x in r["shared"])
    assert render_comparison_markdown(r).count("(loose match)") == sum(x["loose"] for x in r["shared"])
    en = article(BRIDGE_EN_TITLE, BRIDGE_EN, "Kleinfurt Courier", "en", "2024-03-06")
    q = compare_articles(de, en, ids=("de", "en"))["quote_pairs"]
    assert len(q) == 1 and q[0]["a"]["text"].startswith("Die Sicherheit") and q[0]["b"]["text"].startswith("People")


def test_figures_far_apart_in_unaligned_statements_are_different_facts() -> None:
    from lagebild.extract.quantities import find_quantities
    from lagebild.stories.compare import Statement, quantity_tensions

    def stmt(article_index: int, text: str) -> Statement:
        st = Statement(article_index, 0, 0, len(text), text, "body")
        st.quantities = find_quantities(text, "de")
        return st

    injured = stmt(0, "Zwei Menschen wurden bei der Flut leicht verletzt.")
    evacuated = stmt(1, "Rund 1.400 Menschen mussten ihre Häuser verlassen.")
    also_evacuated = stmt(1, "Rund 1.200 Menschen mussten ihre Häuser verlassen.")
    assert quantity_tensions([injured], [evacuated]) == []  # 2 and 1,400 count different things
    assert len(quantity_tensions([injured], [evacuated], {(0, 0): 0.0})) == 1  # unless aligned as one fact
    assert len(quantity_tensions([stmt(0, "Rund 1.400 Menschen mussten gehen.")], [also_evacuated])) == 1


def test_speaker_tension_needs_a_clear_match_and_comparable_speakers() -> None:
    from lagebild.records import Analysis, Quote, Span, Speaker
    from lagebild.stories.compare import CLEAR_CSLS, Statement, context_tensions

    de_text = "„Das Wasser stieg sehr schnell“, sagte die Feuerwehr am Morgen."
    en_text = "“The water rose very fast,” the fire service said in the morning."

    def analysis(lang: str, text: str, speaker: str, key: str | None) -> Analysis:
        at = text.index(speaker)
        quote = Quote("direct", Span(1, 10, text[1:10]), speaker=Speaker(at, at + len(speaker), speaker, key))
        return Analysis("x", lang, "", quotes=[quote])

    x = Statement(0, 0, 0, len(de_text), de_text, "body")
    y = Statement(1, 0, 0, len(en_text), en_text, "body")
    an_de = analysis("de", de_text, "die Feuerwehr", None)
    an_en = analysis("en", en_text, "the fire service", None)
    # different languages, no entity keys: "Feuerwehr" and "fire service" cannot be told apart by their words
    assert context_tensions([(x, y, 1.0)], an_de, an_en) == []
    # the same language and a clear match: different speakers are a tension, a loose match is not
    en2_text = "“The water rose very fast,” a local farmer said in the morning."
    y2 = Statement(1, 0, 0, len(en2_text), en2_text, "body")
    an_en2 = analysis("en", en2_text, "a local farmer", None)
    assert [t["kind"] for t in context_tensions([(y2, y, 1.0)], an_en2, an_en)] == ["speaker"]
    assert context_tensions([(y2, y, CLEAR_CSLS / 2)], an_en2, an_en) == []


def test_aligned_figures_compare_across_languages_by_their_counted_nouns() -> None:
    from lagebild.extract.quantities import find_quantities
    from lagebild.stories.compare import Statement, UnitMatcher, quantity_tensions
    from lagebild.stories.embed import get_embedder

    def stmt(article_index: int, text: str, lang: str) -> Statement:
        st = Statement(article_index, 0, 0, len(text), text, "body")
        st.quantities = find_quantities(text, lang)
        return st

    de = stmt(0, "Rund 1.500 Menschen wurden aus dem Tal in Sicherheit gebracht.", "de")
    en = stmt(1, "Nearly 1,400 people were taken to safety from the valley.", "en")
    same_unit = UnitMatcher(get_embedder())
    tensions = quantity_tensions([de], [en], {(0, 0): 1.0}, same_unit)
    assert [(t["a"][1].value, t["b"][1].value) for t in tensions] == [(1500.0, 1400.0)]
    assert quantity_tensions([de], [en], {(0, 0): 0.02}, same_unit) == []  # a loose match: not compared
    villages = stmt(1, "Nearly 1,400 villages were taken to safety from the valley.", "en")
    assert quantity_tensions([de], [villages], {(0, 0): 1.0}, same_unit) == []  # people are not villages


def test_dossier_lists_each_disagreement_once() -> None:
    from lagebild.stories.dossier import _distinct

    def conflict(article_a: str, start: int, value: float) -> dict[str, object]:
        item = {"value": value, "low": value, "high": value, "unit_key": "schiff", "percent": False}
        return {"kind": "numeric", "a": {"statement": {"article": article_a, "start": start}, "item": item},
                "b": {"statement": {"article": "b", "start": 0}, "item": {**item, "value": 112.0}}}

    title, body, other = conflict("a", 0, 118.0), conflict("a", 90, 118.0), conflict("a", 200, 120.0)
    assert _distinct([title, body, other]) == [title, other]  # the headline's figure again in the body


def test_loose_links_do_not_chain_three_outlets_into_one_fact() -> None:
    from lagebild.stories.dossier import _Groups

    loose = _Groups()
    loose.union((0, 0), (1, 0), clear=False)
    loose.union((1, 0), (2, 0), clear=False)  # would make one fact of three articles on loose links alone
    assert loose.find((0, 0)) == loose.find((1, 0)) != loose.find((2, 0))
    assert (2, 0) in loose.matched  # matched all the same: not one outlet's own fact
    clear = _Groups()
    clear.union((0, 0), (1, 0), clear=False)
    clear.union((1, 0), (2, 0), clear=True)
    assert clear.find((0, 0)) == clear.find((2, 0))


def test_no_speaker_tension_between_a_source_and_who_speaks_for_it_or_an_unnamed_source() -> None:
    from lagebild.records import Analysis, Entity, Mention, Quote, Span, Speaker
    from lagebild.stories.compare import Statement, context_tensions

    def said(text: str, speaker: str, key: str | None, kind: str | None, anonymous: bool = False) -> Analysis:
        at = text.index(speaker)
        spk = Speaker(at, at + len(speaker), speaker, key, anonymous=anonymous)
        mention = Mention(at, at + len(speaker), speaker)
        ents = [Entity(key, speaker, kind, None, mentions=[mention])] if key and kind else []
        return Analysis("x", "de", "", entities=ents, quotes=[Quote("direct", Span(1, 10, text[1:10]), speaker=spk)])

    def stmt(i: int, text: str) -> Statement:
        return Statement(i, 0, 0, len(text), text, "body")

    mayor = "„Die Brücke bleibt zu“, sagte Bürgermeisterin Hanna Oltmann am Dienstag."
    town = "„Die Brücke bleibt zu“, erklärte die Stadt Kleinfurt am Dienstag."
    deputy = "„Die Brücke bleibt zu“, sagte ihr Stellvertreter Jonas Brede am Dienstag."
    unnamed = "„Die Brücke bleibt zu“, sagte ein Sprecher am Dienstag."
    an_mayor = said(mayor, "Hanna Oltmann", "per:hanna-oltmann", "PER")
    an_town = said(town, "Stadt Kleinfurt", "org:stadt-kleinfurt", "ORG")
    an_deputy = said(deputy, "Jonas Brede", "per:jonas-brede", "PER")
    an_unnamed = said(unnamed, "ein Sprecher", None, None, anonymous=True)
    # the town speaks through its mayor: one source, no disagreement
    assert context_tensions([(stmt(0, mayor), stmt(1, town), 1.0)], an_mayor, an_town) == []
    # an unnamed spokesman may be the person the other outlet names
    assert context_tensions([(stmt(0, mayor), stmt(1, unnamed), 1.0)], an_mayor, an_unnamed) == []
    # two different named people saying the same words is a tension
    got = context_tensions([(stmt(0, mayor), stmt(1, deputy), 1.0)], an_mayor, an_deputy)
    assert [(t["a"][1].speaker, t["b"][1].speaker) for t in got] == [("Hanna Oltmann", "Jonas Brede")]


def test_a_dateline_date_is_no_date_of_the_fact() -> None:
    from lagebild.stories.compare import statements

    wire = article("Dock strike enters its second day", "NORDHAVEN, May 6 (Sample Wire) - About 3,000 dock workers "
                   "in Nordhaven stayed off the job for a second day. The strike began on Monday.", "SW", "en",
                   "2031-05-06")
    dated = [t.text for st in statements(wire, None) for t in st.timexes]
    assert dated == ["on Monday"]  # "May 6" is when the report was filed


def test_place_tension_across_languages_needs_linked_places() -> None:
    from lagebild.records import Analysis, Entity, Mention
    from lagebild.stories.compare import Statement, context_tensions

    de_text = "Die Kräne am Terminal Ost stehen still, in Nordhaven."
    en_text = "The cranes at Terminal East stand still, in Nordhaven."

    def located(lang: str, text: str, places: list[tuple[str, str, str | None]]) -> Analysis:
        ents = [Entity(key, name, "LOC", kb, mentions=[Mention(text.index(name), text.index(name) + len(name), name)])
                for name, key, kb in places]
        return Analysis("x", lang, "", entities=ents)

    x = Statement(0, 0, 0, len(de_text), de_text, "body")
    y = Statement(1, 0, 0, len(en_text), en_text, "body")
    # local keys differ across languages for one place: no tension
    an_de = located("de", de_text, [("Terminal Ost", "loc:terminal-ost", None)])
    an_en = located("en", en_text, [("Terminal East", "loc:terminal-east", None)])
    assert context_tensions([(x, y, 1.0)], an_de, an_en) == []
    # places of the knowledge base have one key in every language, so two different ones disagree
    an_de = located("de", de_text, [("Nordhaven", "Q900001", "Q900001")])
    an_en = located("en", en_text, [("Nordhaven", "Q900002", "Q900002")])
    assert [t["kind"] for t in context_tensions([(x, y, 1.0)], an_de, an_en)] == ["place"]


def _quote_ref(text: str, key: str | None) -> QuoteRef:
    start = text.index('"') + 1
    return QuoteRef(start, text.index('"', start), "speaker", key)


def test_two_quotations_of_one_shape_by_two_named_speakers_are_not_one_quote() -> None:
    # both open with "We will not ...": close in the embedding space (about 0.91), yet two statements
    ta = '"We will not allow the country\'s front door to stay shut for weeks," minister Elin Sample said.'
    tb = '"We will not negotiate with a gun to our heads," union chair Mara Example said.'
    a, b = article("Hafen", ta, "A", "en"), article("Hafen", tb, "B", "en")
    emb = get_embedder()
    assert quote_pairs(a, b, [_quote_ref(a.text, None)], [_quote_ref(b.text, "per:mara-example")], emb)
    assert not quote_pairs(
        a, b, [_quote_ref(a.text, "per:elin-sample")], [_quote_ref(b.text, "per:mara-example")], emb
    )
    # the same words given to two people stay one quotation: the reader sees both attributions
    c = article("Hafen", '"We will not negotiate with a gun to our heads," minister Elin Sample said.', "C", "en")
    assert quote_pairs(c, b, [_quote_ref(c.text, "per:elin-sample")], [_quote_ref(b.text, "per:mara-example")], emb)
