"""Speaker mentions the second round of rules finds: fronted adverbials, anaphoric adverbs, opinion phrases.

All sentences are fictional samples written for these tests.
"""

from __future__ import annotations

from lagebild.extract.quotes import extract_quotes
from lagebild.records import Quote
from tests.extract.quote_helpers import only, texts


def _first(text: str, kind: str) -> Quote:
    quotes = [q for q in extract_quotes(text, "de") if q.kind == kind]
    assert quotes, [(q.kind, q.text.text) for q in extract_quotes(text, "de")]
    return quotes[0]


def test_fronted_adverb_is_not_the_speaker() -> None:
    q = _first("Besorgt äußerte sich die Hafenmeisterin Jana Kolk, der Pegel steige weiter.", "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("die Hafenmeisterin")


def test_demnach_is_an_anaphoric_speaker_linked_to_the_source_before() -> None:
    text = "Der Deichverband legte am Montag einen Bericht vor. Demnach seien drei Schleusen marode."
    q = _first(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Demnach"


def test_seiner_meinung_nach_names_the_speaker_mention() -> None:
    q = _first("Seiner Meinung nach hätte der Fährbetrieb früher eingestellt werden müssen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Seiner Meinung"


def test_object_after_the_cue_is_not_the_speaker() -> None:
    q = _first("Der Verband der Imker (VdI) verlangte den Rückzug des Pestizids aus allen Märkten.", "reported")
    assert q.speaker is not None and q.speaker.text.startswith("Der Verband der Imker")


def test_laut_inside_a_relative_clause_governs_only_that_clause() -> None:
    text = "Die Fähre, die laut dem Betreiber seit Jahren defekt sei, fährt wieder."
    q = _first(text, "indirect")
    assert q.text.text.startswith("die laut") and "fährt wieder" not in q.text.text


def test_a_fronted_thing_with_a_name_in_its_attachment_is_no_speaker() -> None:
    q = only("Die Äußerungen Kramers und Jansens bezeichnete Oltmanns als „Knaller aus dem Rathaus“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Oltmanns"
    q = only("Die Lage in Marrowick verglich Oltmanns mit dem „Untergang einer Epoche“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Oltmanns"
    # an agent up front stays the subject
    q = only("Die Europäische Union nannte den Plan „mutig“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Die Europäische Union"


def test_wollen_holds_the_verb_second_place_before_the_subject() -> None:
    q = only("Am Abend will Senator Kramer vor dem Rat bekannt geben, dass die Fähre eingestellt wird.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Senator Kramer"


def test_a_second_verb_after_a_comma_and_aber_shares_the_first_clauses_subject() -> None:
    text = "Internationale Beobachter monieren Fehler, sprechen aber davon, dass die Wahl fair gewesen sei."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Internationale Beobachter"


def test_an_age_in_lower_case_after_an_article_is_the_speaker_noun() -> None:
    text = "Am Montag sagte der 81-jährige in einem Interview, dass die Maus sofort tot gewesen sei."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "der 81-jährige"
    q = only("Am Montag sagte der 81-jährige Fischer, dass die Maus tot gewesen sei.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der 81-jährige Fischer"


def test_a_konjunktiv_after_the_quotations_clause_leaves_the_subject_its_speaker() -> None:
    text = "Der Sprecher Jan Kruse will „in den kommenden Wochen sorgfältig prüfen“, ob ein Verbot sinnvoll sei."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Der Sprecher Jan Kruse"
    # a Konjunktiv in the quotation's own clause still reports someone else's words
    q = only("Die Lage sei „sehr ernst“ geworden.", "direct")
    assert q.speaker is None


def test_own_account_keeps_its_phrase_and_names_the_clause_subject() -> None:
    """ "nach eigenen Angaben": the phrase is the speaker mention, the clause's subject is whom it means."""
    cases = {
        "Die Reederei Nordlicht will nach eigenen Angaben im Mai drei Fähren verkaufen.": "Die Reederei Nordlicht",
        "Nach eigener Aussage habe der Hafenmeister nichts von dem Leck gewusst.": "der Hafenmeister",
        "Laut eigenen Angaben beschäftigt die Werft 40 Leute.": "die Werft",
    }
    for text, subject in cases.items():
        quotes = [q for q in extract_quotes(text, "de") if q.speaker is not None]
        assert quotes, text
        sp = quotes[0].speaker
        assert sp is not None and sp.text.split()[0] in ("eigenen", "eigener")
        assert text[sp.start : sp.end] == sp.text
        assert sp.description == subject


def test_own_account_names_its_subject_in_the_sourcing_chain() -> None:
    from lagebild.extract.sourcing import build_sources

    text = "Die Reederei Nordlicht will nach eigenen Angaben im Mai drei Fähren verkaufen."
    quotes = extract_quotes(text, "de")
    names = [s.name for s in build_sources(text, quotes, None, None, None)]
    assert any("Reederei Nordlicht" in n for n in names) and not any("eigenen" in n for n in names)


def test_a_verb_after_und_shares_the_subject_of_the_first_clause() -> None:
    """'und' after a quotation, a content clause or an apposition's clause: the second verb has no subject of its
    own, so the phrase after it is its object, not the speaker."""
    text = "Der Sprecher der Fischer nannte die Quote „absurd“ und rief die Behörde auf, den Entwurf zurückzuziehen."
    assert {(kind, sp) for kind, _, sp in texts(text)} == {("direct", "Der Sprecher der Fischer"),
                                                          ("indirect", "Der Sprecher der Fischer")}
    text = ("Die Deichgräfin Ute Sand erklärte, es sei kein Wasser eingedrungen, und verglich die Lage mit dem "
            "Hochwasser von 1962, weil „damals alles viel schlimmer war“.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Deichgräfin Ute Sand"
    text = ("Auch der frühere Leiter des Segelclubs, Hans Möller, unterstützte den Protest und bezeichnete in einem "
            "Brief die Regatta als „Farce“.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("der frühere Leiter des Segelclubs")
    # a verb between the quotation and 'und' keeps the clause's own subject
    text = "„Wir bleiben“, sagte die Lotsin Jana Kolk und verwies auf den Sturm."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "die Lotsin Jana Kolk"


def test_wie_clause_split_by_an_apposition_or_a_relative_clause() -> None:
    """'Wie X, Y, ausführte': the apposition between subject and verb does not hide the 'wie' that makes a
    joined separable verb a cue; a relative clause there is not part of the speaker."""
    q = only("Wie der Vorsitzende Richter, Otto Brenner, ausführte, hätte es ein großes Unglück gegeben.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Vorsitzende Richter, Otto Brenner"
    text = ("Wie Olaf Paulsen, der als Beobachter am 20. August im Hafen war, dazu feststellt, verlangt "
            "„der Tatbestand einen Beweis“.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Olaf Paulsen"


def test_a_reflexive_source_hands_its_subject_to_the_sentences_after_it() -> None:
    """'nach eigenem Bekunden' is a source like 'nach eigenen Angaben'; the quotations after it carry on the
    subject's statement, so they inherit the subject, not the reflexive phrase."""
    text = ("„Ich gebe das Amt ab“, sagte der Bürgermeister. Die Schwester des Bürgermeisters, Ilse Brandt, war "
            "nach eigenem Bekunden seit Wochen eingeweiht. „Er wünscht sich mehr Ruhe.“")
    found = texts(text)
    assert ("indirect", "eigenem Bekunden") in {(kind, sp) for kind, _, sp in found}, found
    last = [q for q in extract_quotes(text, "de") if q.text.text == "Er wünscht sich mehr Ruhe."]
    assert len(last) == 1 and last[0].speaker is not None
    assert last[0].speaker.text.startswith("Die Schwester des Bürgermeisters")
    assert text[last[0].speaker.start : last[0].speaker.end] == last[0].speaker.text


def test_a_regnal_number_after_a_name_is_part_of_the_speaker() -> None:
    """'Königin Margarete II., ...': the dot of the ordinal does not end the sentence before the verb."""
    text = "Das Staatsoberhaupt, die Königin Margarete II., bat den Premier, ihre „tiefe Anteilnahme“ zu übermitteln."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.endswith("Königin Margarete II.")
    q = only("König Olaf IV. sagte, er sei mit der Ernte zufrieden.", "indirect")
    assert q.speaker is not None and q.speaker.text == "König Olaf IV."


def test_a_regnal_number_before_a_new_sentence_keeps_its_full_stop() -> None:
    from lagebild.extract.quote_tokens import tokenize

    words = [t.text for t in tokenize("Sie lobte König Olaf IV. Der Hof schwieg. Er kam zu Olaf IV., der lachte.")]
    assert words[4:6] == ["IV", "."] and "IV." in words


def test_a_subordinate_clause_first_is_not_the_speaker() -> None:
    """'Da X ... sind, warnte Y: „…“': the clause fills the first place; the subject follows the verb."""
    text = ("Da Fischer auf sauberes Wasser angewiesen sind, warnte der Vorsitzende des Fischereiverbands, Kai Holm, "
            "die Politik in einem Brief: „Die Förderung gefährdet unsere Fanggründe.“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("der Vorsitzende des Fischereiverbands")
    q = only("Weil die Preise steigen, sieht der Hafenverein nur einen Ausweg: „Wir müssen sparen.“", "direct")
    assert q.speaker is not None and q.speaker.text == "der Hafenverein"


def test_a_subject_first_clause_after_a_quotation_is_a_new_main_clause() -> None:
    """'„…“, Trainer X bezeichnete ...': only a verb right after the comma attributes the quotation before it."""
    text = "Holm nannte den Platzverweis „überzogen“, Trainer Jens Ahrens bezeichnete die Karten als „zu viel“."
    assert {(q, sp) for _, q, sp in texts(text)} == {("überzogen", "Holm"), ("zu viel", "Trainer Jens Ahrens")}
    q = only("Holm nannte den Platzverweis „völlig überzogen“, sagte Trainer Jens Ahrens.", "direct")
    assert q.speaker is not None and q.speaker.text == "Trainer Jens Ahrens"


def test_two_appositions_between_subject_and_verb() -> None:
    """'X, Nachfolgerin von Y, Frank Z, würdigte W als „…“': the whole chain before the verb is the subject."""
    text = ("Der Vorsitzende der Gewerkschaft, Nachfolgerin der Fischerinnung, Frank Born, würdigte Kruse in einer "
            "Mitteilung als „eine bedeutende Persönlichkeit“.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("Der Vorsitzende der Gewerkschaft")
    assert q.speaker.text.endswith("Frank Born")
    # a fronted phrase with a relative clause is no chain of appositions: the subject follows the verb
    q = only("Nach dem Treffen in Kiel, das lange dauerte, sagte die Lotsin Jana Kolk, die Lage sei ernst.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die Lotsin Jana Kolk"


def test_a_fronted_adverb_before_the_verb_leaves_the_subject_after_it() -> None:
    """'Ursprünglich wollte er „…“': a single uninflected adverb fills the first place, the subject follows
    the finite verb; a fronted preposition ('Angesichts solcher Pläne nannte X ...') is read as before."""
    text = "Der Verband legte ein Konzept vor. Ursprünglich wollte er „sechs bis acht Häfen anbinden“, nun sind es elf."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "er"
    text = "Angesichts solcher Pläne nannte Jan Ahrens, Chef des Fischereiverbands, die Quote „überflüssig“."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("Jan Ahrens")


def test_a_passive_citation_with_an_apposition_before_the_participle() -> None:
    """'„…“, wird Jan X, Leiter von Y, zitiert': the one quoted stands after the auxiliary, before the apposition."""
    q = only("„Wir bauen weiter“, wird Mike Dorn, Leiter der Planung, im Hafenblatt zitiert.", "direct")
    assert q.speaker is not None and q.speaker.text == "Mike Dorn"
    text = ("Das ist eine Chance für die Werft, im Norden ein „Zentrum des Schiffbaus zu werden“, wird Mike Dorn, "
            "Technischer Leiter für Planung und Bau, zitiert.")
    assert {sp for _, _, sp in texts(text)} == {"Mike Dorn"}


def test_after_a_colon_the_cue_verb_speaks_not_a_source_phrase_inside_its_clause() -> None:
    """'X sagte einigen Teilnehmern zufolge: „…“': the source phrase attributes the telling, X the words."""
    q = only("In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „Er war ein Stabilisator.“", "direct")
    assert q.speaker is not None and q.speaker.text == "die Kanzlerin"
    text = "Sie äußerte sich gegen die ihrer Meinung nach verbreiteten Illusionen: „Ich kritisiere diesen Irrglauben.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Sie"
    # with no cue verb before the colon the source phrase stays the speaker
    q = only("Nach Angaben der Polizei gilt weiter: „Niemand darf das Gelände betreten.“", "direct")
    assert q.speaker is not None and q.speaker.text.endswith("Polizei")


def test_a_reported_sentence_with_its_own_subject_in_an_indicative_main_clause() -> None:
    """'Auch der Sprecher X, Y, will „…“ prüfen, ob ... solle': the subject reports, not the source before."""
    text = ("Hans Meier glaubt, dass ein Verbot möglich sei. Er geht davon aus, dass die Boote abgezogen werden. "
            "Auch der Sprecher der Fraktion im Landtag, Dieter Wiese, will „in den kommenden Wochen prüfen“, ob ein "
            "neues Verbot angestrebt werden solle.")
    last = [q for q in extract_quotes(text, "de") if q.kind == "indirect" and q.text.text.startswith("Auch")]
    assert len(last) == 1 and last[0].speaker is not None, texts(text)
    assert last[0].speaker.text.startswith("der Sprecher der Fraktion")
    # a main clause in the reported mood goes on with the source before
    text = "Hans Meier sagte, ein Verbot sei möglich. Der Verband habe die Boote bereits abgezogen."
    last = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Der Verband")]
    assert len(last) == 1 and last[0].speaker is not None and last[0].speaker.text == "Hans Meier"


def test_so_before_a_verb_fills_the_first_place() -> None:
    """'So fassten die Grünen den Beschluss, ...': 'so' is the adverb before the verb, not a conjunction."""
    text = "So fassten die Hafengrünen am Donnerstag bei ihrer Versammlung den Beschluss, Gespräche zu führen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "die Hafengrünen"
    text = "So enthält das Gesetz unter der Überschrift Fischfang folgende Regel: „Wer fischt, braucht einen Schein.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("das Gesetz")


def test_a_main_clause_coordinated_after_und_has_its_own_subject() -> None:
    """'Dies war nicht der erste Streit und die Anwohner befürchten, dass ...': the phrase between 'und' and the
    cue is the subject; a coordinated name, a phrase inside a fronted object and a verb-final clause are not."""
    q = only("Dies war nicht der erste Streit und die Anwohner befürchten, dass es nicht der letzte sein wird.",
             "indirect")
    assert q.speaker is not None and q.speaker.text == "die Anwohner"
    q = only("Der Hafenmeister und die Lotsin sagten, es gebe keinen Streit.", "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("Der Hafenmeister")
    text = "Das Landesamt für Fischerei und Küstenschutz warnt davor, bei Sturm auszulaufen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("Das Landesamt")


def test_a_participle_coordinated_after_an_apposition_shares_the_auxiliarys_subject() -> None:
    """'So hat sich etwa X, Leiterin von Y, gegen Z ausgesprochen und behauptet, ...': both participles belong to
    the auxiliary before the apposition; its subject speaks."""
    text = ("So hat sich etwa die Vorsitzende des Seglerverbands, Karin Brosch, gegen die Regatta ausgesprochen und "
            "behauptet, die neuen Boote kämen nur durch „Tricks“ zustande.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("die Vorsitzende des Seglerverbands")


def test_an_indirect_yes_no_question_after_fragen() -> None:
    """'X fragte, ob ... habe': the question is X's; 'gefragt' alone ('ist sehr gefragt') stays no cue."""
    q = only("Die Vorsitzende des Ausschusses, Renate Kunz, fragte, ob der Minister gelogen habe.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Vorsitzende des Ausschusses, Renate Kunz"
    assert q.text.text == "ob der Minister gelogen habe"
    assert not extract_quotes("Fisch aus der Ostsee ist sehr gefragt, ob frisch oder geräuchert.", "de")


def test_a_new_main_clause_after_a_comma_with_subject_and_apposition() -> None:
    """'X wies das zurück, die Sprecherin der Fraktion, Sandra Y (Grüne), erklärte: „…“': the phrase and its
    apposition after the comma are the new clause's subject."""
    text = ("Die Senatorin wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra Bode (Grüne), erklärte: "
            "„Das ist fehl am Platz.“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("die Sprecherin der Fraktion, Sandra Bode")


def test_a_fronted_subordinate_statement_ends_before_the_main_clause_after_its_quotation() -> None:
    """'Während X erklärte, ..., „…“, räumte Y ein, seit dem Start davon geträumt zu haben': X's content ends at
    the quotation, the main clause's verb cues Y's own content after it."""
    text = ("Während Kolk erklärte, sehr aufgeregt zu sein, „größer wird es nicht“, räumte Jana Brandt ein, seit dem "
            "ersten Rennen davon geträumt zu haben.")
    found = {(kind, q, sp) for kind, q, sp in texts(text)}
    assert ("indirect", "sehr aufgeregt zu sein, „größer wird es nicht“", "Kolk") in found, found
    assert ("indirect", "seit dem ersten Rennen davon geträumt zu haben", "Jana Brandt") in found, found


def test_verlauten_names_where_the_word_came_from() -> None:
    """'Aus EU-Kreisen verlautete, ...': the 'aus' phrase is the source, not the one cited before."""
    text = ("Laut einem Bericht des Magazins will der Fonds nicht zahlen. Aus Kreisen der Reederei verlautete, "
            "dies sei falsch.")
    last = [q for q in extract_quotes(text, "de") if q.text.text.startswith("dies sei")]
    assert len(last) == 1 and last[0].speaker is not None and last[0].speaker.text == "Kreisen der Reederei"
    q = only("Wie aus dem Hafenamt verlautete, wird die Schleuse geschlossen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "dem Hafenamt"


def test_ist_zu_hoeren_cues_hearsay_from_its_source() -> None:
    """'Aus der Regierung ist zu hören, X habe ...': the 'aus'/'von' phrase is the source."""
    text = "Der Film lief gestern. Aus der Hafenbehörde ist zu hören, ein Reeder habe den Film bestellt."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "der Hafenbehörde"
    q = only("Von der Werft war zu hören, man prüfe den Fall.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Werft"
    assert not extract_quotes("Im Hafen ist zu hören, wie die Möwen schreien.", "de")  # a sound, no source


def test_words_quoted_inside_a_reported_statement_are_its_speakers() -> None:
    """'X kritisierte die Pläne. Hier seien die Mittel „völlig unrealistisch“.': the quoted words inside the
    reported sentence belong to its source, not to the one who spoke before."""
    text = ("Er forderte die Partei auf, mehr zu sparen. Die Politikerin der Grünen, Anja Holm, kritisierte die "
            "Pläne der Regierung. Hier seien die Mittel „völlig unrealistisch“.")
    found = {(kind, q, sp) for kind, q, sp in texts(text)}
    assert ("direct", "völlig unrealistisch", "Die Politikerin der Grünen") in found, found


def test_a_speech_verb_without_content_makes_its_subject_the_current_source() -> None:
    """'X bestritt das. Sein Schiff sei sicher.': the reported sentence goes on with X, who spoke last, even
    though X's own sentence quotes nothing."""
    text = "Die Behörde sagte, das Schiff sei marode. Der Reeder Jan Holm bestritt das. Sein Schiff sei sicher."
    last = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Sein Schiff")]
    assert len(last) == 1 and last[0].speaker is not None and last[0].speaker.text == "Der Reeder Jan Holm"


def test_a_speech_verb_in_brackets_is_an_aside_not_the_current_source() -> None:
    """'(Hafenblatt berichtete)' does not take over from the source the reported sentences go on with."""
    text = ("Dem Verband zufolge wurden zwei Blogger verurteilt (Hafenblatt berichtete). Die Lage sei weltweit ernst. "
            "Hafenblatt berichtete.")
    last = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Die Lage")]
    assert len(last) == 1 and last[0].speaker is not None and last[0].speaker.text == "Dem Verband"


def test_a_coordinated_verb_after_a_main_clause_with_an_apposition() -> None:
    """'X, ein Mitglied von Y, wollte sich nicht festlegen, sagte aber, ...': the second verb shares X."""
    text = ("Jan Demmer, ein prominentes Mitglied des Hafenrats, wollte sich noch nicht festlegen, sagte aber, die "
            "Stadt müsse „auf die Fischer hören“.")
    found = {(kind, sp) for kind, _, sp in texts(text)}
    assert found == {("indirect", "Jan Demmer"), ("direct", "Jan Demmer")}, found


def test_an_adverb_before_a_participle_stays_in_the_speaker_phrase() -> None:
    """'Die staatlich kontrollierten Medien hatten ... gesprochen': 'staatlich' qualifies the participle."""
    q = only("Die staatlich kontrollierten Medien hatten von der Gefahr eines „Generalstreiks“ gesprochen.", "direct")
    assert q.speaker is not None and q.speaker.text == "Die staatlich kontrollierten Medien"
    q = only("Die besonders betroffenen Anwohner sagten, die Mole sei zu niedrig.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die besonders betroffenen Anwohner"


def test_a_scholar_named_by_the_field_can_speak() -> None:
    """'der Theologe', 'die Soziologin': role nouns of scholars are people who speak, like 'Experte'."""
    q = only("Für die Soziologin Mara Feldkamp sei die Sperrung „aus vielen Gründen falsch“.", "direct")
    assert q.speaker is not None and q.speaker.text == "die Soziologin Mara Feldkamp"


def test_fuer_someone_with_a_verb_of_being_gives_that_persons_view() -> None:
    """'Für die Ministerin ist der Plan „…“': the view is the minister's, not the plan's."""
    q = only("Für die Ministerin ist der Plan „völlig übertrieben“.", "direct")
    assert q.speaker is not None and q.speaker.text == "die Ministerin"
    text = "Der Hafen wird gesperrt. Für den Theologen Jan Brakel sei die Sperrung „kaum verständlich“."
    assert {(k, sp) for k, _, sp in texts(text)} == {("indirect", "den Theologen Jan Brakel"),
                                                     ("direct", "den Theologen Jan Brakel")}
    # a thing after 'für' is no one whose view it is
    assert texts("Für die Reform ist kein Geld da.") == []


def test_one_quoted_word_stating_someones_view_after_fuer_is_a_quote() -> None:
    q = only("Für die Gesundheitsministerin ist die Lage im Hafen „alarmierend“.", "direct")
    assert q.text.text == "alarmierend"
    assert q.speaker is not None and q.speaker.text == "die Gesundheitsministerin"
    # without someone whose view it is, one quoted word stays a scare quote
    assert not [t for k, t, _ in texts("Die Lage im Hafen ist „alarmierend“.") if k == "direct"]


def test_agent_of_a_passive_labelling_verb_is_the_speaker() -> None:
    """'Seine Bilder werden von Kritikern als „…“ bezeichnet': the critics label, the pictures are labelled."""
    q = only("Seine Bilder werden von Kritikern als „Meilensteine der Malerei“ bezeichnet.", "direct")
    assert q.speaker is not None and q.speaker.text == "Kritikern"
    q = only("Die Lage im Hafen wurde vom Hafenrat als „bedrohlich“ bezeichnet.", "direct")
    assert q.speaker is not None and q.speaker.text == "Hafenrat"
    # active: the subject labels
    q = only("Der Lotse hat den Plan als „Unsinn“ bezeichnet.", "direct")
    assert q.speaker is not None and q.speaker.text == "Der Lotse"


def test_mit_diesen_worten_attributes_the_quotation_before() -> None:
    text = "„Wir haben alles versucht. Aber die Tore sind alt.“ Mit diesen Worten trat die Hafenmeisterin zurück."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "die Hafenmeisterin"
    # a quotation with its own cue keeps its speaker
    q = only("Der Lotse sagte: „Wir warten.“ Mit diesen Worten ging die Kapitänin von Bord.", "direct")
    assert q.speaker is not None and q.speaker.text == "Der Lotse"


def test_words_named_as_the_subject_are_no_speaker_the_place_they_were_written_on_stands_for_it() -> None:
    q = only("Auf dem Plakat waren die Worte zu lesen: „Der Hafen gehört uns.“", "direct")
    assert q.speaker is not None and q.speaker.text == "dem Plakat"
    q = only("Darauf stand die Parole „Der Hafen gehört uns“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Darauf"
    q = only("Die Parole „Hafen für alle, sofort und überall“ hallte durch die Straßen.", "direct")
    assert q.speaker is None


def test_object_relative_pronoun_before_a_labelling_verb_leaves_the_subject_after_it() -> None:
    """'Der Deal, den Kritiker als „…“ bezeichnen': 'den' is the object, the critics label the deal."""
    q = only("Der Hafen-Deal, den Kritiker als „Ausverkauf“ bezeichnen, platzte am Montag.", "direct")
    assert q.speaker is not None and q.speaker.text == "Kritiker"


def test_quoted_words_after_a_noun_of_testimony_are_no_part_of_the_source() -> None:
    text = 'Der Angreifer rief bei der Tat laut Zeugenaussagen "Kessmund zuerst".'
    found = texts(text)
    assert ("direct", "Kessmund zuerst", "Zeugenaussagen") in found
    assert all(s == "Zeugenaussagen" for _, _, s in found), found
    # a class noun before a quoted name still takes the name
    assert texts("Laut der Wochenzeitung „Kessmunder Bote“ ist der Hafen gesperrt.") == [
        ("indirect", "ist der Hafen gesperrt", "der Wochenzeitung „Kessmunder Bote“")]


def test_a_relative_pronoun_labelling_in_its_clause_stands_for_the_phrase_before_it() -> None:
    q = only("Kritik kommt vom Kessmunder Fahrgastverband, der die Sperrung als „Kapitulation“ vor den Randalierern "
             "sieht.", "direct")
    assert q.text.text == "Kapitulation"
    assert q.speaker is not None and q.speaker.text == "Kessmunder Fahrgastverband"
