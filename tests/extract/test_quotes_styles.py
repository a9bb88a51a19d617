"""Direct quotes in every quotation style the issue lists, on fictional German (and English) news sentences.

Each case is written for these tests: the styles of marks, nesting, quotes over sentences and paragraphs,
partial quotes, titles and scare quotes that are no quotes, and marks that are missing or mismatched.
"""

from __future__ import annotations

import pytest

from lagebild.extract.quote_marks import find_quoted
from lagebild.extract.quotes import extract_quotes
from tests.extract.quote_helpers import only, texts

_SAID = "Die Hafenmeisterin sagte: "
_WORDS = "Die Schleuse bleibt bis Freitag gesperrt."


@pytest.mark.parametrize("opener,closer", [("„", "“"), ('"', '"'), ("»", "«"), ("«", "»"), ("“", "”")])
def test_every_double_quotation_style_gives_one_direct_quote(opener: str, closer: str) -> None:
    text = f"{_SAID}{opener}{_WORDS}{closer} Der Verkehr staut sich."
    q = only(text, "direct")
    assert q.text.text == _WORDS
    assert text[q.text.start : q.text.end] == _WORDS  # offsets into the text
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"


@pytest.mark.parametrize("outer,inner", [("„“", "‚‘"), ("»«", "›‹"), ("«»", "‹›"), ("„“", "»«")])
def test_nested_quotation_stays_inside_the_outer_one(outer: str, inner: str) -> None:
    text = f"{_SAID}{outer[0]}Der Kapitän hat mir {inner[0]}Wir fahren trotzdem{inner[1]} zugerufen.{outer[1]}"
    q = only(text, "direct")
    assert q.text.text == f"Der Kapitän hat mir {inner[0]}Wir fahren trotzdem{inner[1]} zugerufen."
    nested = [s for s in find_quoted(text) if s.depth == 1]
    assert [text[s.inner_start : s.inner_end] for s in nested] == ["Wir fahren trotzdem"]


@pytest.mark.parametrize("quoted", ['"The lock stays closed until Friday."', "'The lock stays closed until Friday.'",
                                    "‘The lock stays closed until Friday.’"])
def test_english_double_and_single_quotes(quoted: str) -> None:
    quotes = [q for q in extract_quotes(f"The harbour master said: {quoted}", "en") if q.kind == "direct"]
    assert [q.text.text for q in quotes] == ["The lock stays closed until Friday."]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The harbour master"


def test_english_apostrophes_open_no_quotation() -> None:
    text = "The skippers' union said the '90s were calmer, and the mayor's office gave no comment."
    assert find_quoted(text) == []
    assert find_quoted(text, "en") == []


def test_quote_before_and_after_the_attribution() -> None:
    q = only("„Die Schleuse bleibt bis Freitag gesperrt“, sagte die Hafenmeisterin.", "direct")
    assert q.text.text == "Die Schleuse bleibt bis Freitag gesperrt"
    assert q.speaker is not None and q.speaker.text == "die Hafenmeisterin"
    text = "„Die Schleuse bleibt gesperrt“, sagte die Hafenmeisterin, „und zwar bis Freitag.“"
    assert [(k, t, s) for k, t, s in texts(text)] == [
        ("direct", "Die Schleuse bleibt gesperrt", "die Hafenmeisterin"),
        ("direct", "und zwar bis Freitag.", "die Hafenmeisterin"),
    ]


def test_quote_spanning_sentences_is_one_quote() -> None:
    words = "Die Schleuse bleibt gesperrt. Wir prüfen die Tore. Am Freitag wissen wir mehr."
    q = only(f"{_SAID}„{words}“", "direct")
    assert q.text.text == words


def test_quote_spanning_paragraphs_is_one_quote() -> None:
    # closed only in the next paragraph, and reopened at the paragraph start (both German conventions)
    q = only(f"{_SAID}„Die Schleuse bleibt gesperrt.\n\nWir prüfen die Tore jeden Tag.“", "direct")
    assert q.text.text == "Die Schleuse bleibt gesperrt.\n\nWir prüfen die Tore jeden Tag."
    q = only(f"{_SAID}„Die Schleuse bleibt gesperrt.\n\n„Wir prüfen die Tore jeden Tag.“", "direct")
    assert q.text.text.startswith("Die Schleuse") and q.text.text.endswith("jeden Tag.")


def test_partial_quotes_inside_a_sentence() -> None:
    q = only("Die Hafenmeisterin nannte die Lage „ernst, aber beherrschbar“.", "direct")
    assert q.text.text == "ernst, aber beherrschbar"
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"
    q = only("Der Bürgermeister sprach von einem „schwarzen Tag für den Hafen“.", "direct")
    assert q.text.text == "schwarzen Tag für den Hafen"
    text = "Die Hafenmeisterin sagte, die Schleuse bleibe „auf unbestimmte Zeit“ gesperrt."
    q = only(text, "direct")
    assert q.text.text == "auf unbestimmte Zeit"
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"
    assert only(text, "indirect").text.text.startswith("die Schleuse bleibe")


@pytest.mark.parametrize("text", [
    "Das Buch „Die Stille der Mole“ erschien im Frühjahr.",
    "Der Roman „Wir bleiben hier“ von Anna Kranich erscheint im Mai.",
    "Der Film „Nebel über Kiel“ lief am Sonntag im Kino.",
    "Das „Gesetz zur Stärkung der Häfen“ tritt im Mai in Kraft.",
    "Der Bundestag beschloss das „Gesetz über die Sicherheit der Häfen“ am Freitag.",
    "Das Programm „Saubere Küste“ läuft noch bis Ende des Jahres.",
    "Die Sendung „Hafenkonzert am Sonntag“ wird eingestellt.",
    "Das Schiff „Seeadler“ lief am Morgen aus dem Hafen aus.",
    "Die Fähre „Stadt Kiel“ wird im Winter überholt.",
    "Die „Möwe II“ lief am Morgen aus dem Hafen aus.",
    "Die Partei warb mit dem Slogan „Mehr Licht am Hafen“ um Stimmen.",
    "Die Kampagne „Hafen für alle“ startet am Montag.",
    "Mit der Kampagne „Wir sind Kiel“ wirbt die Stadt um Touristen.",
    "Die Aktion „Rettet die Mole“ sammelte 3000 Unterschriften.",
    "Die Stadt will mit der Initiative „Wohnen am Wasser“ junge Familien anlocken.",
    "Die sogenannten „Hafenretter“ trafen sich am Montag.",
    "Die „Experten“ der Stadtverwaltung hatten die Mole falsch berechnet.",
    "Der „Hafenfrieden“ hielt nur zwei Tage.",
])
def test_titles_names_and_scare_quotes_are_no_quotes(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"]


def test_missing_closing_mark_ends_the_quote_at_the_paragraph_end() -> None:
    text = f"{_SAID}„Die Schleuse bleibt gesperrt. Dann sehen wir weiter.\n\nDer Verkehr staut sich."
    q = only(text, "direct")
    assert q.text.text == "Die Schleuse bleibt gesperrt. Dann sehen wir weiter."
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"
    assert [k for k, _, _ in texts(text)] == ["direct"]
    # at the end of the text too
    assert only(f"{_SAID}„Die Schleuse bleibt gesperrt.", "direct").text.text == "Die Schleuse bleibt gesperrt."


def test_unpaired_opening_mark_without_a_colon_quotes_nothing() -> None:
    assert not [k for k, _, _ in texts("Die Werft baut ein „neues Dock für die Fähren.\n\nDer Verkehr staut sich.")
                if k == "direct"]


@pytest.mark.parametrize("opener,closer", [("„", '"'), ("„", "”"), ("»", "»"), ("«", "«"), ('"', "“")])
def test_quote_closed_by_the_wrong_style(opener: str, closer: str) -> None:
    text = f"{_SAID}{opener}{_WORDS}{closer} Der Verkehr staut sich."
    q = only(text, "direct")
    assert q.text.text == _WORDS
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"


def test_straight_quotes_open_and_close_in_turn() -> None:
    text = 'Die Hafenmeisterin sagte: "Die Schleuse bleibt gesperrt." Der Lotse sagte: "Wir warten ab."'
    assert texts(text) == [("direct", "Die Schleuse bleibt gesperrt.", "Die Hafenmeisterin"),
                           ("direct", "Wir warten ab.", "Der Lotse")]


def test_apostrophes_inside_words_open_no_single_quote() -> None:
    text = "Die Dirigentin sagte: „Wir spielen Mozart'sche Stücke, und wie geht's weiter? Das weiß keiner.“"
    q = only(text, "direct")
    assert q.text.text == "Wir spielen Mozart'sche Stücke, und wie geht's weiter? Das weiß keiner."
    assert [s.depth for s in find_quoted(text)] == [0]
    text = "Die Dirigentin sagte: „Wir spielen Mozart'sche Stücke, und ‚Figaro‘ ist das beste davon.“"
    assert [text[s.inner_start : s.inner_end] for s in find_quoted(text) if s.depth == 1] == ["Figaro"]
    q = only("„Geht's noch?“, fragte der Lotse den Kapitän.", "direct")
    assert q.text.text == "Geht's noch?"


@pytest.mark.parametrize("text", [
    "Das Stück „Warum fahren wir nicht?“ wird im Mai aufgeführt.",
    "Der Dokumentarfilm „Wer rettet den Hafen?“ lief am Sonntag.",
    "Das Kinderbuch „Wir sind die Möwen“ erscheint im Herbst.",
    "Das Forschungsschiff „Blaue Tiefe“ lief am Morgen aus.",
    "Die Talkshow „Wer rettet den Hafen?“ lief am Sonntag.",
    "Der Podcast „Was wird aus der Mole?“ erreicht 10.000 Hörer.",
    "Die Hafendoku „Wir sind die Letzten“ wird im Mai gezeigt.",
])
def test_names_of_works_and_ships_after_a_compound_head_are_no_quotes(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"]


def test_quotation_followed_by_another_act_of_the_speaker_is_no_indirect_statement() -> None:
    text = "Die Fischerin sagte: „Wir bleiben hier. Der Hafen ist unser Zuhause“ – und ging."
    assert texts(text) == [("direct", "Wir bleiben hier. Der Hafen ist unser Zuhause", "Die Fischerin")]
    assert [k for k, _, _ in texts("Die Menge rief „Wir bleiben“ und zog weiter zum Rathaus.")] == ["direct"]
    # a noun coordinated with the quoted word is part of the reported clause
    q = only("Der Lotse sagte, „Sperrzonen“ und Angsträume dürfe es im Hafen nicht geben.", "indirect")
    assert q.text.text.startswith("„Sperrzonen“ und Angsträume")


def test_quotation_in_the_paragraph_after_a_colon_belongs_to_the_cue_before_it() -> None:
    text = "Die Fischerin sagte am Abend:\n\n„Wir bleiben hier. Der Hafen ist unser Zuhause.“\n\nDann ging sie."
    q = only(text, "direct")
    assert q.text.text == "Wir bleiben hier. Der Hafen ist unser Zuhause."
    assert q.speaker is not None and q.speaker.text == "Die Fischerin"
    assert q.cue is not None and q.cue.text == "sagte"


def test_quotation_attributed_by_the_sentence_after_it() -> None:
    text = "„Ich habe von dem Leck nichts gewusst.“ Das sagte der Kapitän am Montag vor Gericht."
    assert texts(text) == [("direct", "Ich habe von dem Leck nichts gewusst.", "der Kapitän")]
    # a plain sentence before 'Das teilte X mit' stays X's indirect statement
    q = only("Die Schleuse bleibt bis Freitag zu. Das teilte das Hafenamt mit.", "indirect")
    assert q.speaker is not None and q.speaker.text == "das Hafenamt"


@pytest.mark.parametrize("text,words", [
    ("„Nein“, sagte die Hafenmeisterin.", "Nein"),
    ("„Ja“, antwortete der Lotse knapp.", "Ja"),
    ("„Niemals“, rief die Fischerin.", "Niemals"),
    ("Die Kapitänin sagte nur: „Katastrophal“.", "Katastrophal"),
])
def test_one_word_answer_or_cry_next_to_a_cue_is_a_quote(text: str, words: str) -> None:
    q = only(text, "direct")
    assert q.text.text == words
    assert q.speaker is not None
    assert q.speaker.text.lower().endswith(("hafenmeisterin", "lotse", "fischerin", "kapitänin"))


def test_one_capitalised_noun_next_to_a_cue_stays_a_name() -> None:
    # a single capitalised noun beside a cue is far more often a name than a quoted word
    assert not [t for k, t, _ in texts("Der Kapitän sagte der „Hafenpost“, die Schleuse sei zu.") if k == "direct"]


def test_quoted_noun_in_the_genitive_attribute_of_a_topic_is_the_speakers_word() -> None:
    # "sprach von der Gefahr eines „…“": the quoted noun belongs to the topic of the speech verb
    q = only("Der Bürgermeister sprach von der Gefahr eines „Flächenbrands“ im Hafen.", "direct")
    assert q.text.text == "Flächenbrands"
    assert q.speaker is not None and q.speaker.text == "Der Bürgermeister"
    q = only("Die Reederei warnte vor den Folgen einer „überhasteten Sperrung“.", "direct")
    assert q.text.text == "überhasteten Sperrung"
    assert q.speaker is not None and q.speaker.text == "Die Reederei"
    text = "Die Medien hatten von der Notwendigkeit eines „Generalstreiks“ gesprochen."
    q = only(text, "direct")
    assert q.text.text == "Generalstreiks" and q.speaker is not None and q.speaker.text == "Die Medien"
    # a noun before the genitive that takes no speech verb's preposition makes no statement
    assert not [t for k, t, _ in texts("Der Lotse fuhr mit der Fähre des Vereins „Hafenfreunde“ zur Mole.")
                if k == "direct"]


def test_quoted_agent_of_an_attributive_participle_is_a_name() -> None:
    # "die von „…“ erstellten Zahlen": the quoted words name who made them, no one's statement
    assert not [t for k, t, _ in texts("Das Amt prüfte die von „Hafen Analytik“ erstellten Zahlen am Montag.")
                if k == "direct"]
    found = texts("Der Lotse sagte, die von „Nordwind Consult“ berechneten Pegel seien falsch.")
    assert [k for k, _, _ in found] == ["indirect"], found
    # a quoted participle itself after 'von' is still the speaker's word
    q = only("Die Ministerin sprach von „völlig überzogenen“ Forderungen.", "direct")
    assert q.text.text == "völlig überzogenen"


@pytest.mark.parametrize("text", [
    "Mit dem „Goldenen Anker“ werden jedes Jahr Lotsen ausgezeichnet, die sich um den Hafen verdient gemacht haben.",
    "Die Stadt zeichnete die Lotsin mit dem „Preis der Küste“ aus.",
    "Die Kapitänin wurde am Freitag mit der „Silbernen Boje“ geehrt.",
])
def test_what_someone_is_honoured_with_is_a_prize_not_a_quote(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"]


def test_words_after_mit_den_worten_are_a_quote_whatever_the_verb() -> None:
    q = only("Der Bürgermeister dankte den Helfern mit den Worten „Ihr seid der Hafen“.", "direct")
    assert q.text.text == "Ihr seid der Hafen"
    assert q.speaker is not None and q.speaker.text == "Der Bürgermeister"


@pytest.mark.parametrize("text", [
    "Die Entführer fordern die Freilassung von drei Angehörigen des Stammes „al-Harith bin Saad“.",
    "Der Sprecher der Miliz „al-Nur“ sagte, man werde verhandeln.",
])
def test_transliterated_name_opening_with_an_article_in_lower_case_is_a_name(text: str) -> None:
    # "al-…", "bin …" open Arabic names in lower case; after a class noun they are names like capitalised ones
    assert not [t for k, t, _ in texts(text) if k == "direct"]


@pytest.mark.parametrize("text,said", [
    ("So heißt es in der Meldung auf der Homepage von „blau energie“ wörtlich: „Wir bauen das Netz aus.“",
     ["Wir bauen das Netz aus."]),
    ("Nach einem Bericht der „Küstenwacht Nord“ sitzen 40 Menschen fest.", []),
])
def test_quoted_owner_of_a_website_or_report_is_a_name(text: str, said: list[str]) -> None:
    assert [t for k, t, _ in texts(text) if k == "direct"] == said


def test_quote_running_over_several_paragraphs_without_reopening_is_one_quote() -> None:
    words = "Die Schleuse bleibt gesperrt.\n\nWir prüfen die Tore.\n\nAm Freitag wissen wir mehr."
    q = only(f"{_SAID}„{words}“\n\nDer Verkehr staut sich.", "direct")
    assert q.text.text == words
    # an opening mark left unpaired does not run on to a later paragraph that has quotations of its own
    text = "Die Werft baut ein „neues Dock für die Fähren.\n\nDer Verkehr staut sich.\n\nDer Lotse sagte: „Wir warten.“"
    assert texts(text) == [("direct", "Wir warten.", "Der Lotse")]


@pytest.mark.parametrize("text", [
    "Das Motto lautete „Wir sind der Hafen“.",
    "Der Name des neuen Schiffs lautet: „Stolz der Küste“.",
    "Unter der Überschrift „Der Hafen stirbt“ berichtete die Zeitung über die Krise.",
    "Das Blatt erschien mit der Schlagzeile „Hafen in Not“.",
])
def test_mottos_names_and_headlines_given_by_their_noun_are_no_quotes(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"]


def test_what_a_finding_or_an_answer_lautet_is_a_quote() -> None:
    q = only("Die Antwort der Ministerin lautete: „Nein, wir bleiben.“", "direct")
    assert q.text.text == "Nein, wir bleiben."


def test_quoted_name_between_a_topic_verb_and_its_quoted_object() -> None:
    # "sprach im „Hafenreport“ von einem „…“": the show's name does not cut the verb from its object
    q = only("Der Minister sprach im „Hafenreport“ von einem „Desaster“.", "direct")
    assert q.text.text == "Desaster"
    assert q.speaker is not None and q.speaker.text == "Der Minister"
    q = only("Die Reederei warnte in der „Neuen Hafenpost“ vor „chaotischen Zuständen“.", "direct")
    assert q.text.text == "chaotischen Zuständen"


def test_short_quotation_after_als_without_a_labelling_verb_is_a_capacity_not_a_quote() -> None:
    for text in ["Viele Flüchtlinge versuchen, als „blinder Passagier“ auf Frachtern nach England zu gelangen.",
                 "Sie arbeitete jahrelang als „freie Lotsin“ im Hafen."]:
        assert not [t for k, t, _ in texts(text) if k == "direct"], text
    # with a verb that labels, the words after 'als' are the speaker's
    q = only("Als „völlig verfehlt“ beurteilte der Fraktionschef den Beschluss.", "direct")
    assert q.text.text == "völlig verfehlt"
    assert only("Der Lotse bezeichnete den Plan als „Unsinn“.", "direct").text.text == "Unsinn"


@pytest.mark.parametrize("text", [
    "Der Entwurf soll jede Art „maritimer Propaganda“ verbieten.",
    "Die Stadt plant eine Art „Schattenhaushalt“ für den Hafen.",
    "Ein Kleinflugzeug vom Typ „Seefalke“ stürzte vor der Mole ab.",
])
def test_a_kind_or_model_in_quotation_marks_is_no_quote(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"]


@pytest.mark.parametrize("text", [
    "Die Hafenbehörde gilt seit Jahren als „lame duck“ der Landesregierung.",
    "Der Kapitän war „in dubio pro reo“ freizusprechen, das Urteil fiel am Montag.",
])
def test_a_foreign_term_in_quotation_marks_without_a_cue_is_no_quote(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)


def test_foreign_words_next_to_a_cue_or_in_a_german_sentence_stay_quotes() -> None:
    q = only("Der Reeder sagte auf Englisch: „We will be back“.", "direct")
    assert q.text.text == "We will be back"
    # a German coinage with hyphens is the speaker's own word, not a foreign term
    assert only("Der Reeder warnte vor einem „Last-Minute-Chaos“ im Hafen.", "direct").text.text == "Last-Minute-Chaos"


@pytest.mark.parametrize("text,words", [
    ("Die Demonstranten skandierten vor dem Rathaus „Hafen bleibt“.", "Hafen bleibt"),
    ("Die Fans brüllten „Absteiger, Absteiger“.", "Absteiger, Absteiger"),
    ("Die Menge rief „Freiheit für Kessmund“.", "Freiheit für Kessmund"),
])
def test_words_shouted_or_chanted_are_a_quote_however_capitalised(text: str, words: str) -> None:
    q = only(text, "direct")
    assert q.text.text == words
    assert text[q.text.start : q.text.end] == words
    assert q.speaker is not None and q.speaker.text.startswith("Die ")


@pytest.mark.parametrize("text", [
    "Die Rufe „Hafen bleibt“ hallten durch die Nacht.",
    "Die Stadt rief die Initiative „Saubere Häfen“ ins Leben.",
    "Die Reederei rief die Fähre „Nordlicht“ zurück.",
])
def test_a_chant_named_by_a_noun_or_another_verb_of_rufen_is_no_shouted_quote(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)


def test_capitalised_words_attributed_by_a_cue_right_after_them_are_a_quote() -> None:
    q = only("„Frohe Ostern“, sagte die Bürgermeisterin zum Abschied.", "direct")
    assert q.text.text == "Frohe Ostern"
    assert q.speaker is not None and q.speaker.text == "die Bürgermeisterin"
    text = "Die Männer wurden als „Feinde Kessmunds“, so die amtliche Sprachregelung, verurteilt."
    q = only(text, "direct")
    assert q.text.text == "Feinde Kessmunds"
    assert q.speaker is not None and q.speaker.text == "die amtliche Sprachregelung"
    # a name with an apposition after its comma is still a name
    assert not [t for k, t, _ in texts("„Kessmunder Bote“, die Wochenzeitung, berichtete darüber.") if k == "direct"]


def test_a_quoted_term_in_a_question_without_a_cue_is_no_quote() -> None:
    assert not [t for k, t, _ in texts("Ist die Schleuse mit der „neuen Technik“ sicherer geworden?") if k == "direct"]
    # a cue or a labelling verb in the question still makes the words someone's
    q = only("Hat der Hafen wirklich eine „blühende Zukunft“, wie die Reederei sagt?", "direct")
    assert q.text.text == "blühende Zukunft"
    assert q.speaker is not None and q.speaker.text == "die Reederei"
    assert only("Warum nannte der Minister den Plan „völlig verfehlt“?", "direct").text.text == "völlig verfehlt"


@pytest.mark.parametrize("text", [
    "Im Musical spielte er den Kapitän, in dem er unter anderem „Wenn der Nebel steigt“ sang.",
    "Zum Abschluss sang der Chor „Kessmund bei Nacht“.",
    "Die Kapelle intonierte „Die Möwe am Kai“, als die Fähre einlief.",
])
def test_what_is_sung_is_the_title_of_a_song_not_a_quote(text: str) -> None:
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)


def test_a_cue_beside_the_singing_still_quotes() -> None:
    text = "„Wir singen heute für den Hafen“, sagte die Dirigentin, bevor der Chor begann."
    assert only(text, "direct").text.text == "Wir singen heute für den Hafen"


def test_quoted_words_whose_meaning_the_clause_discusses_are_no_new_quote() -> None:
    text = "Der Minister sprach von „neuen Wegen“. Wie „neue Wege“ zu verstehen sind, blieb offen."
    assert [(t, s) for k, t, s in texts(text) if k == "direct"] == [("neuen Wegen", "Der Minister")]
    text = "Die Reederei kündigte eine „Hafenwende“ an. Was eine „sanfte Wende“ bedeuten soll, blieb offen."
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)


def test_an_article_and_a_nominalised_adjective_without_a_cue_are_a_term() -> None:
    text = "Der Pfarrer warnte vor der Endzeit. Die Welt sei ein Kampf zwischen „dem Guten“ und „dem Bösen“."
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)
    assert not [t for k, t, _ in texts("Im Hafen kennt man ihn nur als „der Dicke“.") if k == "direct"]
    # a noun after the article, or a labelling verb, keeps the quotation
    assert only("Die Lotsin nannte die Reeder „die Gierigen“.", "direct").text.text == "die Gierigen"


@pytest.mark.parametrize("text,words", [
    ("„Freiheit!“, skandierte die Menge.", "Freiheit!"),
    ("„Raus hier!“, brüllte der Kapitän.", "Raus hier!"),
    ("Die Menge skandierte: „Hafen bleibt!“", "Hafen bleibt!"),
])
def test_a_verb_of_shouting_next_to_a_quotation_is_its_cue(text: str, words: str) -> None:
    q = only(text, "direct")
    assert q.text.text == words
    assert q.speaker is not None and q.speaker.text.lower() in {"die menge", "der kapitän"}


def test_a_verb_of_shouting_without_a_quotation_reports_nothing() -> None:
    assert texts("Die Menge skandierte den Namen des Kapitäns.") == []


def test_a_shouted_quotation_after_the_subject_of_an_inverted_clause_is_a_quote() -> None:
    text = "Laut Polizei riefen die Täter „Geld her“ und flüchteten."
    assert [t for k, t, _ in texts(text) if k == "direct"] == ["Geld her"]


def test_capitalised_words_with_a_comma_between_them_are_a_quote_not_a_name() -> None:
    said = "Das Gericht erklärte, das Gesetz sei nichtig. "
    text = said + "Zulässig ist der Eingriff nur bei einer Gefahr für „Leib, Leben und Eigentum“ der Anwohner."
    assert [t for k, t, _ in texts(text) if k == "direct"] == ["Leib, Leben und Eigentum"]
    # without a comma, mostly capitalised words and no cue stay a name
    assert not [t for k, t, _ in texts(said + "Die Richter tagten im „Haus der Küste“ am Hafen.") if k == "direct"]


def test_shouted_words_after_adverbials_and_a_source_are_a_quote() -> None:
    text = 'Der Angreifer rief bei dem Überfall laut Zeugenaussagen "Kessmund zuerst".'
    q = [q for q in extract_quotes(text, "de") if q.kind == "direct"]
    assert [x.text.text for x in q] == ["Kessmund zuerst"]
    assert text[q[0].text.start : q[0].text.end] == "Kessmund zuerst"
