"""Reported-speech rules added for the quotation benchmark, on fictional sentences written for these tests."""

from __future__ import annotations

from lagebild.extract.quote_marks import find_quoted
from lagebild.extract.quotes import extract_quotes
from lagebild.extract.speech_units import sentence_units
from tests.extract.quote_helpers import only, texts


def test_report_only_verb_makes_the_sentence_a_reported_statement() -> None:
    text = "Die Bürgermeisterin nannte den Fährverein das Rückgrat des Dorfes, das seit Jahren trage."
    q = only(text, "reported")
    assert q.text.text == text.rstrip(".") or q.text.text == text
    assert q.speaker is not None and q.speaker.text == "Die Bürgermeisterin"
    assert not [k for k, _, _ in texts(text) if k == "indirect"]  # the relative clause is no statement


def test_separable_report_verb_with_its_particle_is_a_cue() -> None:
    q = only("Der Gemeinderat warf den Anwohnern gestern Ruhestörung vor.", "reported")
    assert q.cue is not None and q.cue.text.startswith("warf")
    assert q.speaker is not None and q.speaker.text == "Der Gemeinderat"


def test_reported_clause_after_an_indicative_main_clause_starts_at_dass() -> None:
    q = only("Zwei Fischer haben das Inselblatt darauf aufmerksam gemacht, dass der Damm undicht sei.", "indirect")
    assert q.text.text == "dass der Damm undicht sei."


def test_reported_clause_with_its_own_subject_starts_after_the_comma() -> None:
    q = only("Der Kapitän gab vor dem Ausschuss an, er sei wegen des Nebels langsamer gefahren.", "indirect")
    assert q.text.text.startswith("er sei")


def test_mood_verb_right_after_a_fronted_phrase_keeps_the_whole_sentence() -> None:
    text = "Nach dem ersten Gutachten der Werft, sei der Rumpf noch zu retten."
    q = only(text, "indirect")
    assert q.text.start == 0


def test_quoted_words_in_a_plain_sentence_belong_to_its_subject() -> None:
    text = ("Der Lotse Jan Albers hat die Einfahrt geprüft. "
            "Die Fischerinnen trugen vor dem Hafenamt Schilder mit Sprüchen wie „Unser Hafen bleibt offen!“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Fischerinnen"


def test_quoted_words_in_a_reported_sentence_keep_the_statement_source() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. "
            "Der Plan sei „schmerzhaft, aber nötig“ gewesen.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Reederin Tilda Marx"


def test_free_indirect_sentence_after_a_plain_sentence_takes_its_subject() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert.\n\n"
            "Das Hafenamt rechnet mit weiteren Sperrungen. "
            "Nur der Nachtverkehr sei betroffen.")
    quotes = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Nur")]
    assert len(quotes) == 1, texts(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Das Hafenamt"


def test_relative_clause_after_a_cue_is_no_statement() -> None:
    text = "Eine Spaziergängerin bemerkte Qualm über dem Deich und informierte die Wache, die sofort ausrückte."
    assert texts(text) == []


def test_relative_clause_in_reported_mood_is_a_statement() -> None:
    q = only("Die Verbände beklagen Sparpläne, die längere Wartezeiten mit sich brächten.", "indirect")
    assert q.text.text == "die längere Wartezeiten mit sich brächten"


def test_apposition_of_the_speaker_is_not_the_content() -> None:
    assert texts("Der Leiter des Bauhofs, Kurt Lemke, spekulierte über Frost als Ursache der Risse.") == []
    q = only("Die Lage im Norden sei ruhig, sagte Kurt Lemke, Leiter des Krisenstabs, am Montag.", "indirect")
    assert q.text.text == "Die Lage im Norden sei ruhig"


def test_nominative_pronoun_after_the_verb_is_the_speaker_of_a_fronted_object() -> None:
    q = only("Diese Planung nannte er „kurzsichtig und teuer“.", "direct")
    assert q.speaker is not None and q.speaker.text == "er"


def test_possessive_object_after_the_verb_is_not_the_speaker() -> None:
    q = only("Mira Probst, die seit Jahren die Fähre steuert, nannte ihre Kündigung „ungerecht“.", "direct")
    assert q.speaker is not None and q.speaker.text.startswith("Mira Probst")


def test_heisst_es_with_the_source_fronted() -> None:
    q = only("Aus dem Hafenamt hieß es, zwei Fähren seien ausgefallen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "dem Hafenamt"


def test_wie_clause_split_by_an_apposition_keeps_its_subject() -> None:
    q = only("Wie Lena Vogt, Sprecherin des Hafenamts, in Kiel mitteilte, ist die Schleuse wieder offen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Lena Vogt, Sprecherin des Hafenamts"


def test_relative_pronoun_before_a_final_cue_is_the_speaker() -> None:
    q = only("Unterstützung kam von der Gemeinde Arnum, die vorschlug, den Deich zu erhöhen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die"


def test_passive_cue_with_a_content_clause_is_an_indirect_quote_without_speaker() -> None:
    q = only("Der Reederei wird vorgeworfen, die Löhne gekürzt zu haben, was sie bestreitet.", "indirect")
    assert q.text.text == "die Löhne gekürzt zu haben"
    assert q.speaker is None


def test_passive_cue_without_content_is_an_event() -> None:
    assert texts("Die Zahl der Verletzten wurde am Abend offiziell bestätigt.") == []


def test_bekannt_werden_with_dass() -> None:
    q = only("Am Freitag wurde bekannt, dass die Fährlinie eingestellt wird.", "indirect")
    assert q.text.text == "dass die Fährlinie eingestellt wird"


def test_separable_cue_split_by_an_apposition_and_joined_in_a_subclause() -> None:
    q = only("Wie das Hafenamt Nordstadt bekannt gab, wird die Schleuse im Juni gesperrt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "das Hafenamt Nordstadt"
    text = "Die Fähre fährt ab Juli seltener. Dies teilte der Sprecher der Reederei, Kai Nolte, mit."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("der Sprecher der Reederei")


def test_postposed_wie_clause_attributes_the_sentence_before_it() -> None:
    q = only("Die Brücke ist seit Jahren marode, wie Ingenieure betonen.", "indirect")
    assert q.text.text == "Die Brücke ist seit Jahren marode"
    assert q.speaker is not None and q.speaker.text == "Ingenieure"


def test_hervorgehen_names_the_document_as_source() -> None:
    text = "Die Fähre fährt künftig stündlich. Das geht aus einem Fahrplan des Hafenamts hervor."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "einem Fahrplan des Hafenamts"


def test_act_verb_without_content_is_no_statement() -> None:
    assert [k for k, _, _ in texts("Der Stadtrat kritisierte den Bau der neuen Mole.")] == []


def test_passive_report_with_agent_names_the_agent() -> None:
    q = only("Von den Anwohnern wurde die neue Mole als Bausünde bezeichnet.", "reported")
    assert q.speaker is not None and q.speaker.text == "den Anwohnern"


def test_prepositional_frame_opening_a_clause_governs_only_what_follows() -> None:
    quotes = texts("Ein Sprecher der Wasserwacht sagte am Abend, nach ersten Erkenntnissen sei das Boot gekentert.")
    assert ("indirect", "sei das Boot gekentert", "ersten Erkenntnissen") in quotes


def test_indirect_clause_with_a_quoted_part_is_both_indirect_and_direct() -> None:
    quotes = texts("Die Kapitänin erklärte, ihr lägen „bis heute keine Unterlagen vor“. Die Prüfung dauert an.")
    kinds = sorted(k for k, _, _ in quotes)
    assert kinds == ["direct", "indirect"], quotes


def test_passive_and_impersonal_statements_inherit_no_speaker() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. "
            "Ihr wird vorgeworfen, die Crew zu spät informiert zu haben.")
    q = [q for q in extract_quotes(text, "de") if q.text.text.startswith("die Crew")]
    assert len(q) == 1 and q[0].speaker is None


def test_impersonal_man_is_no_speaker() -> None:
    q = only("Damals befürchtete man, dass die Brücke einstürzen könnte.", "indirect")
    assert q.speaker is None


def test_main_clause_subject_speaks_for_a_reported_clause_without_cue() -> None:
    q = only("Die Prüferin hat den Eindruck, der Kassenwart habe Belege gefälscht.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Prüferin"


def test_fronted_object_before_a_colon_quote() -> None:
    text = "Den Ärger der Fischer über die Quote fasste die Sprecherin des Verbands so zusammen: „So geht es nicht.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("die Sprecherin des Verbands")


def test_fronted_thing_with_a_named_person_after_the_verb() -> None:
    text = "Die geplante Schließung der Werft zog der Betriebsrat Jonas Ebert in Zweifel: „Das ist falsch.“"
    q = only(text, "direct")
    assert q.speaker is not None and "Jonas Ebert" in q.speaker.text


def test_speech_noun_with_a_content_clause() -> None:
    q = only("Der Hafenmeister lehnte die Anfrage mit dem Hinweis ab, die Schleuse sei gesperrt.", "indirect")
    assert q.text.text == "die Schleuse sei gesperrt"
    assert q.cue is not None and q.cue.text == "Hinweis"
    assert q.speaker is not None and q.speaker.text == "Der Hafenmeister"


def test_speech_noun_with_its_owner_and_a_bounded_clause() -> None:
    quotes = texts("Die Kritik der Fischer, die Quote sei zu niedrig, wies das Ministerium zurück.")
    assert ("indirect", "die Quote sei zu niedrig", "der Fischer") in quotes


def test_konjunktiv_ii_of_a_condition_is_not_reported_speech() -> None:
    assert texts("Wenn der Pegel weiter stiege, würde die Altstadt überflutet.") == []


def test_dass_clause_ends_where_the_main_clause_resumes() -> None:
    q = only("Der Kapitän erklärte, dass die Lage ernst sei, und verglich sie mit dem Sturm vom Vorjahr.", "indirect")
    assert q.text.text == "dass die Lage ernst sei"
    q = only("Der Angeklagte plädierte dafür, dass er nicht schuldig sei, legte aber keine Belege vor.", "indirect")
    assert q.text.text == "dass er nicht schuldig sei"


def test_zitieren_gives_the_quoted_person_as_speaker_and_the_quoter_as_channel() -> None:
    q = only("„Wir bleiben im Hafen“, zitierte man die Lotsin Frauke Jansen.", "direct")
    assert q.speaker is not None and q.speaker.text == "die Lotsin Frauke Jansen"
    q = only("„Die Fähre fährt wieder“, wird Jansen zitiert.", "direct")
    assert q.speaker is not None and q.speaker.text == "Jansen"
    text = "Die Lotsin Frauke Jansen wird von der Nordpresse mit den Worten zitiert: „Wir bleiben im Hafen.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Lotsin Frauke Jansen"
    assert q.channel is not None and "Nordpresse" in q.channel.text


def test_apposition_with_party_in_brackets_before_a_verb_first_clause() -> None:
    text = "Die Kassenwartin des Vereins, Ina Kruse (FDP), warnte den Vorstand vor „leeren Versprechungen“."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Kassenwartin des Vereins, Ina Kruse (FDP)"


def test_auxiliary_after_an_apposition_is_the_finite_verb() -> None:
    text = "Die Sprecherin der Reederei (NFR), Ina Kruse, hat am Montag gefordert, dass die Fähre bleibe."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Sprecherin der Reederei (NFR), Ina Kruse"


def test_quoted_outlet_name_is_a_speaker_phrase() -> None:
    q = only("Die „Küstenpost“ meldete am Morgen, die Fährlinie werde eingestellt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die „Küstenpost“"
    q = only("„Sie kannte jede Sandbank“, schrieb „Die Möwe“ am Montag.", "direct")
    assert q.speaker is not None and q.speaker.text == "„Die Möwe“"


def test_free_indirect_sentence_does_not_inherit_a_thing_as_speaker() -> None:
    text = ("Die Fähre „Nordlicht“ liegt seit Montag im Dock.\n\n"
            "Die hohen Reparaturkosten belasten den Haushalt. Die Werft habe den Auftrag zu spät erhalten.")
    quotes = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Die Werft")]
    assert len(quotes) == 1 and quotes[0].speaker is None, texts(text)


def test_relative_clause_inside_a_reported_main_clause_keeps_the_whole_sentence() -> None:
    text = ("Das Hafenamt rechnet nicht mit Sperrungen. "
            "Nur Boote, die nachts hinausfahren, seien betroffen.")
    quotes = [q for q in extract_quotes(text, "de") if "nachts" in q.text.text]
    assert len(quotes) == 1 and quotes[0].text.text.startswith("Nur Boote"), texts(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Das Hafenamt"


def test_fronted_adverb_puts_the_subject_after_the_verb() -> None:
    q = only("Hier nahm die Kapitänin kein Blatt vor den Mund: „So geht es nicht weiter.“", "direct")
    assert q.speaker is not None and q.speaker.text == "die Kapitänin"


def test_subject_of_a_zumal_clause_speaks() -> None:
    text = "Die Kammer blieb skeptisch, zumal Anwalt Jonas Ebert erklärt hatte, sein Mandant sei verreist gewesen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Anwalt Jonas Ebert"


def test_closest_governing_frame_wins_for_a_quotation() -> None:
    text = "Auch der Verband kritisierte den Plan scharf: So sagte Vorstand Ole Brink: „Das geht zu weit.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Vorstand Ole Brink"


def test_adverbial_clause_before_a_verb_first_cue_is_no_content() -> None:
    text = "Obwohl alle Zeugen ihn sahen, bestritt der Mann die Tat vor Gericht."
    assert not [k for k, _, _ in texts(text) if k == "indirect"]
    q = only(text, "reported")
    assert q.speaker is not None and q.speaker.text == "der Mann"


def test_subject_with_relative_clause_before_a_verb_first_cue_is_no_content() -> None:
    text = "Taucher der Wasserwacht, die das Wrack besichtigten, gehen von einem Leck im Rumpf aus."
    assert not [k for k, _, _ in texts(text) if k == "indirect"]


def test_laut_with_a_web_address_or_a_long_source_phrase() -> None:
    q = only("Laut hafenblog.de plant das Amt eine zweite Mole.", "indirect")
    assert q.speaker is not None and q.speaker.text == "hafenblog.de"
    assert q.text.text.startswith("plant")
    q = only("Laut einer am Freitag verschickten Rundmail des Hafenamts fallen alle Fähren aus.", "indirect")
    assert q.speaker is not None and q.speaker.text == "einer am Freitag verschickten Rundmail des Hafenamts"


def test_gemaess_is_a_source_preposition() -> None:
    q = only("Gemäß der Hafenordnung dürfen Segler nachts nicht einlaufen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Hafenordnung"


def test_focus_particle_before_a_pronoun_subject() -> None:
    q = only("Auch sie verlangten eine Entschädigung für die Fischer.", "reported")
    assert q.speaker is not None and q.speaker.text == "sie"


def test_bare_name_after_the_verb_speaks_for_a_fronted_thing() -> None:
    q = only("Die neue Mole bezeichnete Oltmanns als „reine Verschwendung“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Oltmanns"


def test_quoted_name_in_apposition_belongs_to_the_speaker() -> None:
    text = "Die Wochenzeitung „Küstenbote“ hatte kritisiert, dass die Fähre zu teuer sei."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Wochenzeitung „Küstenbote“"


def test_indirect_content_stops_before_a_quotation_after_a_colon() -> None:
    text = "Der Verband erklärte, die Schleuse bleibe bis Mai zu: „Das ist leider nötig.“"
    quotes = texts(text)
    assert ("indirect", "die Schleuse bleibe bis Mai zu", "Der Verband") in quotes, quotes
    assert any(k == "direct" and t == "Das ist leider nötig." for k, t, _ in quotes), quotes


def test_reportative_soll_needs_a_statement_right_before() -> None:
    text = "Die Werft baut eine neue Halle.\n\nDer Fährverkehr soll im Mai wieder starten."
    assert texts(text) == []
    text = "Die Reederin sagte, die Flotte werde verkleinert. Zwei Fähren sollen verkauft werden."
    assert any(t.startswith("Zwei Fähren") for _, t, _ in texts(text))


def test_first_person_indicative_is_no_reported_speech() -> None:
    assert texts("Ich habe die Fähre jeden Tag genommen und sehe keinen Grund zur Klage.") == []


def test_konjunktiv_i_of_any_verb_marks_reported_speech() -> None:
    text = "Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. Eine neue Fähre koste zu viel."
    quotes = texts(text)
    assert any(t.startswith("die Flotte") and "Eine neue Fähre koste" in t for _, t, _ in quotes) or any(
        t.startswith("Eine neue Fähre koste") for _, t, _ in quotes), quotes


def test_capitalised_noun_is_no_konjunktiv() -> None:
    assert texts("Die Frage der Fähre bleibt offen.") == []


def test_passive_cue_with_a_document_as_source() -> None:
    q = only("In einer Presseerklärung des Hafenamts wurde verkündet, dass die Schleuse im Mai öffne.", "indirect")
    assert q.speaker is not None and q.speaker.text == "einer Presseerklärung des Hafenamts"


def test_heisst_es_after_the_source_and_its_relative_clause() -> None:
    text = "In dem Bericht der Werft, der am Montag erschien, heißt es, die Halle sei zu klein."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "dem Bericht der Werft"
    q = only("Inzwischen heißt es im Prüfbericht, die Halle sei zu klein.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Prüfbericht"


def test_short_foreign_title_in_quotes_is_no_statement() -> None:
    assert not [k for k, _, _ in texts("Das Blatt „La Voce del Porto“ erscheint seit Montag täglich.")
                if k == "direct"]
    quotes = [q for q in extract_quotes("“A very difficult situation”, the minister said on Monday.", "en")]
    assert [q.kind for q in quotes] == ["direct"]


def test_label_verb_after_the_quoted_word() -> None:
    q = only("Der Lotse, der den Umbau anfangs als „Fortschritt“ bezeichnete, schweigt heute.", "direct")
    assert q.text.text == "Fortschritt"
    assert q.speaker is not None and q.speaker.text == "der"
    q = only("Die Bürgermeisterin wies den Vorwurf als „Unsinn“ zurück.", "direct")
    assert q.speaker is not None and q.speaker.text == "Die Bürgermeisterin"


def test_quoted_word_inside_a_reported_statement() -> None:
    text = "Die Fischer warfen dem Amt „blanke Willkür“ vor."
    assert ("direct", "blanke Willkür", "Die Fischer") in texts(text)


def test_labelling_sentence_with_quoted_words_is_no_separate_reported_statement() -> None:
    quotes = texts("Die Bürgermeisterin nannte den Plan einen „teuren Irrweg“.")
    assert [k for k, _, _ in quotes] == ["direct"], quotes


def test_reported_statement_spans_its_own_clause() -> None:
    q = only("Während die Werft schwieg, verlangte die Gewerkschaft am Montag höhere Löhne.", "reported")
    assert q.text.text.startswith("verlangte die Gewerkschaft")
    q = only("Er nannte den Streik einen Fehler und rief die Beschäftigten zur Arbeit.", "reported")
    assert q.text.text == "Er nannte den Streik einen Fehler"


def test_unter_berufung_auf_names_the_source_of_the_speaker_not_the_speaker() -> None:
    q = only("Unter Berufung auf Fischer vor Ort teilte das Hafenamt mit, die Schleuse sei beschädigt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "das Hafenamt"


def test_inserted_so_frame_with_a_demonstrative_speaker() -> None:
    text = "Für die Reederei, so schrieb diese in einer Mitteilung, sei die Fähre unverzichtbar."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "diese"
    assert q.text.start == 0
    q = only("Das Amt erklärte diese Woche, die Fähre bleibe.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Das Amt"


def test_passive_naming_with_als_is_a_reported_statement_without_speaker() -> None:
    text = "Die Reederin sagte, die Flotte werde verkleinert. Als Grund wurden die hohen Kosten genannt."
    q = only(text, "reported")
    assert q.text.text.startswith("Als Grund") and q.speaker is None


def test_stance_verbs_without_content_report_a_statement() -> None:
    q = only("Die Reederei macht das Wetter für die Verspätung verantwortlich.", "reported")
    assert q.speaker is not None and q.speaker.text == "Die Reederei"
    q = only("Der Verband stufte den Neubau als riskant ein.", "reported")
    assert q.speaker is not None and q.speaker.text == "Der Verband"


def _direct(text: str) -> list[str]:
    return [q.text.text for q in extract_quotes(text, "de") if q.kind == "direct"]


def test_quoted_names_are_no_direct_quotes() -> None:
    # a class noun before the name, a gloss or acronym in brackets after it, a web address, a legal form
    assert _direct("Die Hilfsorganisation „Helfer ohne Zaun“ teilte mit, sie verteile Decken im Hafen.") == []
    assert _direct("Die Lotsin sagte, das Bündnis habe sich der „Allianz für saubere Häfen“ (ASH) angeschlossen.") == []
    assert _direct("Wie „hafenblatt.de“ berichtet, bleibt die Schleuse bis Freitag gesperrt.") == []
    assert _direct("Die Lotsin sagte, die Reederei „Möwe Schifffahrt AG“ habe Geld verloren.") == []


def test_naming_constructions_are_no_direct_quotes() -> None:
    assert _direct("Das Bündnis, das sich selbst „Rat der Küstenorte“ nennt, tagte am Montag in Kiel.") == []
    assert _direct("Die Lotsin sagte, der Nebel, der als „Graue Wand über dem Hafen“ bezeichnet wird, halte an.") == []
    assert _direct("Die Lotsin sagte, die Anlage gelte seit Jahren als „Herz der Werft“.") == []


def test_quoted_evaluations_stay_direct_quotes() -> None:
    assert _direct("Der Kapitän nannte seine Entlassung „völlig überzogen“.") == ["völlig überzogen"]
    assert _direct("Die Lotsin sagte, sie habe gekündigt. „Ich gehe nicht zurück“, fügte sie hinzu.") \
        == ["Ich gehe nicht zurück"]


def test_inflected_wording_after_a_statement_is_a_direct_quote() -> None:
    # lower-case opening words ("tiefer Sorge") mark quoted wording, names start with a capital
    text = ("Die Fischerin Ada Brenner sagte am Montag, der Hafen verfalle. "
            "Die Stadt reagierte mit „reiner Bequemlichkeit“ darauf.")
    assert _direct(text) == ["reiner Bequemlichkeit"]
    # with no one speaking nearby the same shape is a scare quote
    assert _direct("Im „historischen Saal“ der Werft standen am Abend Tische für 40 Gäste.") == []


def test_quoted_organisation_after_a_member_noun_or_as_speaker_is_no_direct_quote() -> None:
    assert _direct("Ein Sprecher der „Wacht von Nordstrand“ sagte, die Lage sei ruhig.") == []
    assert _direct("Wie die „Aktion Hafen hilft“ mitteilte, werde die Mauer saniert.") == []


def test_title_marker_of_the_previous_sentence_does_not_swallow_a_quote() -> None:
    text = "Die Ministerin sprach über das neue Gesetz. „Es kommt viel zu spät für uns“, sagte die Werftchefin."
    assert _direct(text) == ["Es kommt viel zu spät für uns"]


def test_same_mark_and_single_guillemet_quotations_are_paired() -> None:
    assert _direct("”Wir bleiben hier im Hafen”, sagte die Lotsin.") == ["Wir bleiben hier im Hafen"]
    assert _direct("›Wir bleiben hier im Hafen‹, sagte die Lotsin.") == ["Wir bleiben hier im Hafen"]
    assert _direct("‹Wir bleiben hier im Hafen›, sagte die Lotsin.") == ["Wir bleiben hier im Hafen"]


def test_speaker_is_not_taken_from_inside_the_quotation() -> None:
    for text in ("„Wir bleiben“ sagte die Lotsin am Montag.", "Die Lotsin sagte „Wir bleiben hier“ und ging."):
        q = only(text, "direct")
        assert q.speaker is not None and q.speaker.text.lower() == "die lotsin", text


def test_quoted_medium_spoken_to_is_no_direct_quote() -> None:
    assert _direct("Die Lotsin sagte der „Hafenpost am Sonntag“, es werde teuer.") == []
    assert _direct("Die Lotsin sagte dem „Kurier vom Kai“: „Es wird teuer.“") == ["Es wird teuer."]


def test_quoted_object_of_a_speech_verb_further_along_its_clause_is_a_direct_quote() -> None:
    text = ("Die Hafenmeisterin beklagte bei der Versammlung am Montagabend im Rathaus "
            "eine „Kluft zwischen Kai und Stadt“.")
    q = only(text, "direct")
    assert q.text.text == "Kluft zwischen Kai und Stadt"
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"


def test_hiess_es_after_a_report_citing_a_source_keeps_citing_it() -> None:
    text = ("Das Inselblatt berichtete unter Berufung auf zwei Lotsen über die Sperrung. "
            "Eine Öffnung könne noch Wochen dauern, hieß es.")
    q = next(q for q in extract_quotes(text, "de") if q.text.text.startswith("Eine Öffnung"))
    assert q.speaker is not None and q.speaker.text == "zwei Lotsen"
    # with no source named before, "hieß es" stays without a speaker
    alone = only("Eine Öffnung könne noch Wochen dauern, hieß es.", "indirect")
    assert alone.speaker is None


def test_attribution_right_after_a_quotation_wins_over_a_verb_inside_the_report() -> None:
    text = "Im Gegenzug erwarte die Gemeinde „eine rasche Reparatur der Schleuse“, hieß es in der Denkfabrik Nordwerk."
    q = only(text, "direct")
    assert q.speaker is not None and "Denkfabrik Nordwerk" in q.speaker.text


def test_statement_runs_on_around_an_inserted_so_frame() -> None:
    q = only("Die Schleuse sei, so die Lotsin, seit Wochen marode und müsse ersetzt werden.", "indirect")
    assert q.text.text == "Die Schleuse sei, so die Lotsin, seit Wochen marode und müsse ersetzt werden"
    assert q.speaker is not None and q.speaker.text == "die Lotsin"
    dashed = only("Der Kapitän habe den Kanal gesperrt – so der Vorwurf –, ohne jemanden zu fragen.", "indirect")
    assert dashed.text.text.endswith("ohne jemanden zu fragen")
    # a relative clause on the speaker is no continuation of the statement
    tail = only("Die Schleuse sei marode, so die Lotsin, die den Kanal seit Jahren befährt.", "indirect")
    assert tail.text.text == "Die Schleuse sei marode"


def test_source_before_zufolge_ends_at_the_cue_and_stops_at_the_verb() -> None:
    q = only("Schuld am Stau dürfte ersten Messungen zufolge die defekte Schleuse gewesen sein.", "indirect")
    assert q.speaker is not None and q.speaker.text == "ersten Messungen"
    assert q.text.text.startswith("Schuld am Stau")


def test_assuming_a_cause_is_a_reported_view_but_denying_or_announcing_an_object_is_not() -> None:
    q = only("Die Hafenfeuerwehr geht bei dem Brand am Kai von Brandstiftung aus.", "reported")
    assert q.speaker is not None and q.speaker.text == "Die Hafenfeuerwehr"
    assert texts("Der Kapitän bestritt jede Beteiligung an dem Unfall.") == []
    assert texts("Die Reederei hatte den neuen Fahrplan bereits im Mai angekündigt.") == []


def test_soll_with_a_perfect_infinitive_is_hearsay_even_with_no_statement_before() -> None:
    text = "Am Hafen brannte in der Nacht ein Lagerhaus. Der Brand soll in einem Kühlraum ausgebrochen sein."
    q = only(text, "indirect")
    assert q.text.text.startswith("Der Brand soll")
    assert only("Ein Unbekannter soll die Schleuse geöffnet haben.", "indirect").speaker is None
    # a bare "soll" with no statement before is a plan, not a report
    assert texts("Am Hafen brannte ein Lagerhaus. Im Frühjahr soll ein neues gebaut werden.") == []


def test_planned_soll_in_a_relative_clause_after_a_statement_is_no_report() -> None:
    text = ("Die Lotsin sagte, die Schleuse sei marode. Die Stadt plant eine neue Mole, die bis 2030 gebaut "
            "werden soll.")
    assert [q.text.text for q in extract_quotes(text, "de") if q.text.text.startswith("die bis")] == []
    # hearsay in the relative clause is still a report
    hearsay = ("Die Lotsin sagte, die Schleuse sei marode. Gesucht werden zwei Männer, die das Tor "
               "beschädigt haben sollen.")
    assert any("beschädigt haben sollen" in q.text.text for q in extract_quotes(hearsay, "de"))


def test_frame_after_a_relative_clause_leaves_the_main_clause_whole() -> None:
    text = ("Dagegen bleibt die Schleuse, die der Deichverband betreibt, nach Angaben des Hafenamts "
            "weiterhin geschlossen.")
    q = only(text, "indirect")
    assert q.text.text.startswith("Dagegen bleibt die Schleuse")
    # a frame that opens its own clause after a comma still governs only that clause
    own = only("Der Lotse blieb ruhig, nach ersten Erkenntnissen habe das Tor geklemmt.", "indirect")
    assert own.text.text == "habe das Tor geklemmt"


def test_reported_clause_ends_where_the_speaker_acts_on_in_the_past_indicative() -> None:
    q = only("Der Kapitän erklärte, er sei unschuldig, verließ den Saal und schwieg.", "indirect")
    assert q.text.text == "er sei unschuldig"
    q = only("Die Lotsin sagte, man müsse die Schleuse ersetzen und verwies auf die Kosten.", "indirect")
    assert q.text.text == "man müsse die Schleuse ersetzen"
    # adjectives after "und" do not end the clause
    q = only("Die Lotsin sagte, man habe eine Liste mit Schiffen und defekten Toren erstellt.", "indirect")
    assert q.text.text.endswith("erstellt")


def test_reported_clause_after_a_verb_first_frame_is_no_apposition() -> None:
    text = ("In einer Ansprache, die am Abend im Hafen übertragen wurde, sagte die Lotsin, man werde die Schleuse "
            "verteidigen.")
    assert only(text, "indirect").text.text == "man werde die Schleuse verteidigen"
    text = "Die Fischer, die sich am Kai versammelten, warnte er, die Reederei verfolgte eigene Ziele."
    assert only(text, "indirect").text.text == "die Reederei verfolgte eigene Ziele"
    # a real apposition of the speaker is still no statement
    q = only("Die Lage sei ernst, sagte Kurt Meier, Leiter des Hafenamts, am Montag.", "indirect")
    assert q.text.text == "Die Lage sei ernst"


def test_verb_frame_steps_over_a_bracketed_gloss_of_the_channel() -> None:
    text = "Die Forscherin berichtete im Fachblatt „Kai und Welle“ („KuW“), es sei kaum Schlick gefunden worden."
    q = only(text, "indirect")
    assert q.text.text == "es sei kaum Schlick gefunden worden"
    assert q.speaker is not None and q.speaker.text == "Die Forscherin"


def test_content_clause_runs_on_over_a_subordinate_clause_after_its_comma() -> None:
    text = "Die Fischer teilten mit, dass die Boote im Hafen blieben, bis die Stadt die Schleuse repariert habe."
    assert only(text, "indirect").text.text.endswith("repariert habe")
    text = "Die Lotsin forderte, die Schleuse zu öffnen, damit die Fähren wieder fahren könnten."
    assert only(text, "indirect").text.text.endswith("fahren könnten")
    # a main clause resuming after the comma still ends it
    text = "Der Kapitän sagte, dass er unschuldig sei, lege aber Berufung ein."
    assert only(text, "indirect").text.text == "dass er unschuldig sei"


def test_speaker_attachment_stops_before_a_new_adjective_phrase() -> None:
    q = only("Trotzdem würden laut Kapitän Jan Ohm von der Küstenwache gute Fortschritte gemacht.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Kapitän Jan Ohm von der Küstenwache"
    q = only("Laut einem Sprecher des Zentrums für maritime Forschung sei die Schleuse marode.", "indirect")
    assert q.speaker is not None and q.speaker.text.endswith("für maritime Forschung")


def test_relative_clause_after_a_preposition_is_no_content_clause() -> None:
    text = "Die Reederei spricht dagegen von zehn Booten, auf die es die Diebe abgesehen hatten."
    assert [q.kind for q in extract_quotes(text, "de")] == ["reported"]
    text = "Der Verband fordert einen Plan, mit dem die Schleuse gesichert werden soll."
    assert [q.kind for q in extract_quotes(text, "de")] == ["reported"]
    # in Konjunktiv the relative clause is part of the statement
    text = "Der Verband warnte vor Kürzungen, mit denen die Schleuse verfallen würde."
    assert any(q.text.text.startswith("mit denen") for q in extract_quotes(text, "de"))


def test_purpose_clause_after_a_cue_is_no_statement() -> None:
    text = "Die Fischer forderten den Rücktritt der Hafenmeisterin, um den Weg für einen Neuanfang freizumachen."
    assert [q.kind for q in extract_quotes(text, "de")] == ["reported"]
    text = "Die Lotsin rief beim Hafenamt an, um ihren Dienst zu kündigen."
    assert texts(text) == []


def test_result_and_adverbial_clauses_after_a_cue_are_no_statement() -> None:
    text = "Der Lotse meldete einen Maschinenschaden, so dass am Kai ein Großalarm ausgelöst wurde."
    assert all(not q.text.text.startswith("so dass") for q in extract_quotes(text, "de"))
    text = "Die Fluglotsen meldeten den Jet als vermisst, nachdem er auf dem Radar nicht mehr zu sehen war."
    assert all(not q.text.text.startswith("nachdem") for q in extract_quotes(text, "de"))


def test_participle_used_as_an_adjective_is_no_cue() -> None:
    text = ("Der Anwalt der Reederei sagte, die Polizei habe den Kapitän vorverurteilt. Auch die angekündigten "
            "Zeugen seien nicht glaubwürdig, da sie mit ihm verfeindet seien.")
    quotes = extract_quotes(text, "de")
    assert all(q.cue is None or q.cue.text != "angekündigten" for q in quotes)
    assert any(q.text.text.startswith("Auch die angekündigten Zeugen") for q in quotes)
    # "Das berichtete X" keeps its verb
    back = extract_quotes("Die Schleuse bleibt zu. Das berichtete Radio Kai am Montag.", "de")
    assert any(q.speaker is not None and q.speaker.text == "Radio Kai" for q in back)


def test_quoted_name_ending_in_a_legal_form_is_no_quote() -> None:
    text = "Die Firma „Kai und Welle Shipping Inc.“ meldete gestern Insolvenz an."
    assert [q for q in extract_quotes(text, "de") if q.kind == "direct"] == []
    text = "Auf der Seite steht nur ein Hinweis des „Vereins zur Förderung der Hafenkultur e.V.“ zu lesen."
    assert [q for q in extract_quotes(text, "de") if q.kind == "direct"] == []


def test_name_with_a_lower_case_arabic_article_is_a_speaker() -> None:
    q = only("Anschließend sei laut el-Mansur die Fähre sofort ausgelaufen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "el-Mansur"
    assert q.cue is not None and q.cue.text == "laut"


def test_sentence_after_a_demnach_statement_keeps_the_named_source() -> None:
    text = ("Die Hafenmeisterin Jana Kolk sagte, die Schleuse sei marode. Demnach müsse sie ersetzt werden. "
            "Das Tor habe schon im Winter geklemmt.")
    q = next(q for q in extract_quotes(text, "de") if q.text.text.startswith("Das Tor"))
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin Jana Kolk"


def test_strong_konjunktiv_two_continues_a_statement() -> None:
    text = "Die Hafenmeisterin sagte, die Schleuse sei marode. Die Tore befänden sich nahe der Belastungsgrenze."
    q = next(q for q in extract_quotes(text, "de") if q.text.text.startswith("Die Tore"))
    assert q.speaker is not None and q.speaker.text == "Die Hafenmeisterin"
    # a weak past or an adjective with an umlaut is no reported mood
    text = "Die Hafenmeisterin sagte, die Schleuse sei marode. Die Fischer hörten davon erst am Abend."
    assert not any(q.text.text.startswith("Die Fischer") for q in extract_quotes(text, "de"))


def test_strong_konjunktiv_two_in_a_relative_clause_makes_it_the_statement() -> None:
    q = only("Die Lotsin sprach von Schäden am Tor, die erst im Frühjahr ans Licht kämen.", "indirect")
    assert q.text.text == "die erst im Frühjahr ans Licht kämen"
    plain = extract_quotes("Die Lotsin sprach von Schäden am Tor, die erst im Frühjahr ans Licht kamen.", "de")
    assert [q.kind for q in plain] == ["reported"]


def test_chanted_or_written_slogans_are_direct_quotes_however_capitalised() -> None:
    text = "Die Fischer skandierten Parolen wie zum Beispiel „Rettet den Deich“ oder „Boote statt Beton“."
    direct = [t for k, t, _ in texts(text) if k == "direct"]
    assert direct == ["Rettet den Deich", "Boote statt Beton"]
    q = only("Einige Anwohner trugen Westen mit der Aufschrift „Deich = Heimat“ zur Sitzung.", "direct")
    assert q.text.text == "Deich = Heimat"
    # a motto names the event
    assert not [k for k, _, _ in texts("Sie zogen unter dem Motto „Mehr Licht am Hafen“ durch die Stadt.")
                if k == "direct"]


def test_one_word_object_of_sprechen_von_or_warnen_vor_is_the_speakers_wording() -> None:
    q = only("Der Lotse warnte vor den „Sparexzessen“.", "direct")
    assert q.text.text == "Sparexzessen" and q.speaker is not None and q.speaker.text == "Der Lotse"
    q = only("Die Hafenzeitung hatte am Montag von einem „Wendepunkt“ gesprochen.", "direct")
    assert q.cue is not None and q.cue.text == "gesprochen"
    # an infinitive with zu has no one speaking
    text = "Das Gutachten erlaubt es, bei einem Pegel über acht Metern von einer „Sturmflut“ zu sprechen."
    assert not [k for k, _, _ in texts(text) if k == "direct"]


def test_quoted_names_of_speakers_and_titles_in_lists_are_no_direct_quotes() -> None:
    for text in ("Die „Initiative Freie Deiche“ berichtete am Abend über einen Protestmarsch.",
                 "Wie „hafen online“ berichtet, ist die Fähre gesperrt.",
                 "„Hilfe ohne Grenzen“ sowie das Rote Kreuz schicken mehr Helfer.",
                 "Sie spielte früher in „Die Brücke“ oder „Wer zuletzt lacht, lacht am besten“ mit.",
                 "Im nächsten Jahr nennt sie sich „hafenfest 12“ und dauert drei Tage.",
                 "Danach tagte der neue „Hohe Rat der Deiche“, wie sich die Gruppe selbst nennt, im Rathaus."):
        assert not [k for k, _, _ in texts(text) if k == "direct"], text
    # the words right before a speech verb with its subject after it stay a quotation
    q = only("„Wir bleiben hier“ sagte die Lotsin.", "direct")
    assert q.speaker is not None and q.speaker.text == "die Lotsin"


def test_sprechen_and_berichten_report_words_only_with_von() -> None:
    q = only("Die Lotsin sprach von einem ruhigen Abend im Hafen.", "reported")
    assert q.speaker is not None and q.speaker.text == "Die Lotsin"
    assert only("Die Inselzeitung berichtete von drei gesunkenen Booten.", "reported").cue is not None
    for text in ("Die Lotsin sprach sich für einen neuen Deich aus.",
                 "Das Urteil sprechen die Richter erst im Frühjahr.",
                 "Die Zahlen sprechen für den Ausbau des Hafens.",
                 "Die Inselzeitung berichtete am Abend über den Umzug der Werft.",
                 "Die Werft schließt im Mai (Inselzeitung berichtete)."):
        assert not [k for k, _, _ in texts(text) if k == "reported"], text


def test_naming_and_claimed_lives_are_no_reported_statements() -> None:
    for text in ("Seit dem Umzug nennt sich der Verein Hafenfreunde Nord.",
                 "Das Boot, genannt Möwe II, liegt seit Jahren im Schlick.",
                 "Die Sturmflut hatte damals mehr als 40 Todesopfer gefordert."):
        assert not [k for k, _, _ in texts(text) if k == "reported"], text
    assert only("Der Fischerverband forderte einen höheren Deich.", "reported").speaker is not None


def test_a_quoted_clause_is_no_name_however_capitalised() -> None:
    q = only("Die Sprecherin versuchte mit den Worten zu beruhigen: „Der Hafen ist sicher“.", "direct")
    assert q.text.text == "Der Hafen ist sicher"
    q = only("„Ja, es gibt Probleme“. Das musste die Ministerin am Montag einräumen.", "direct")
    assert q.text.text == "Ja, es gibt Probleme"
    # a French title with "du" stays a name
    assert not [k for k, _, _ in texts("Im „Grand Prix du Port de Plaisance“ siegte eine Seglerin aus Kiel.")
                if k == "direct"]


def test_quoted_object_before_the_particle_of_vorwerfen_or_zusichern_is_a_direct_quote() -> None:
    q = only("Die Fischer warfen der Werft unter anderem „Wortbruch“ vor.", "direct")
    assert q.speaker is not None and q.speaker.text == "Die Fischer" and q.cue is not None
    q = only("Die Lotsin sicherte dem Verein ihre „volle Unterstützung“ zu.", "direct")
    assert q.text.text == "volle Unterstützung"
    # the particle must close the clause: "zu" opening a phrase is no particle
    assert not [k for k, _, _ in texts("Die Werft sicherte den „Neubau“ zu günstigen Preisen.") if k == "direct"]


def test_quoted_web_address_is_a_source_not_a_quote() -> None:
    q = only("Laut „news.hafen.co.uk“ sei die Fähre gestern gesunken.", "indirect")
    assert q.speaker is not None and q.speaker.text == "„news.hafen.co.uk“"
    assert not [k for k, _, _ in texts("Das Angebot von „hafen.co.uk“ war gestern nicht erreichbar.") if k == "direct"]


def test_main_clause_after_a_subordinate_cue_clause_is_no_statement() -> None:
    text = "Als die Lotsin der Presse von dem Unfall erzählte, verdoppelte das Amt die Zahl der Kontrollen."
    assert not [k for k, _, _ in texts(text) if k == "indirect"]
    # reported mood or a zu-infinitive after the comma is the statement
    q = only("Während der Hafenmeister ankündigte, den Plan prüfen zu lassen, schwieg die Werft.", "indirect")
    assert q.text.text.startswith("den Plan prüfen zu lassen")
    q = only("Als die Lotsin erklärte, die Schleuse sei marode, reagierte das Amt sofort.", "indirect")
    assert q.text.text.startswith("die Schleuse sei marode")


def test_halten_es_fuer_takes_the_clause_after_the_comma_as_statement() -> None:
    q = only("Die Hafenbehörde hält es jedoch für möglich, dass der Deich im Winter bricht.", "indirect")
    assert q.text.text == "dass der Deich im Winter bricht"
    assert q.speaker is not None and q.speaker.text == "Die Hafenbehörde"
    assert not texts("Die Lotsin hält den Steg für zu kurz.")  # no 'es': a plain judgement, no content
    q = only("hafenblog hält es für möglich, dass die Fähre heute ausfällt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "hafenblog"  # "es" is the placeholder, no speaker


def test_findings_signals_and_deliberations_take_a_content_clause() -> None:
    q = only("Die Forscherinnen fanden heraus, dass der Deich älter ist als gedacht.", "indirect")
    assert q.cue is not None and q.cue.text == "fanden heraus"
    assert only("Die Stadt denkt darüber nach, die Fähre zu verkaufen.", "indirect").text.text == \
        "die Fähre zu verkaufen"
    assert only("Die Reederei signalisierte, dass sie verhandeln wolle.", "indirect").speaker is not None
    assert not texts("Die Lotsin fand den Weg zum Hafen heraus.")  # no content clause: no statement


def test_estimates_expectations_and_proposals_are_reported_statements() -> None:
    for text, speaker in (("Die Hafenbehörde bezifferte den Schaden auf drei Millionen Euro.", "Die Hafenbehörde"),
                          ("Die Werft rechnet für das nächste Jahr mit einem Umsatz von zehn Millionen Euro.",
                           "Die Werft"),
                          ("Die Wetterdienste sagten für die Küste weitere Stürme voraus.", "Die Wetterdienste"),
                          ("Zudem regte die Lotsin eine Sitzung des Hafenrats an.", "die Lotsin")):
        q = only(text, "reported")
        assert q.speaker is not None and q.speaker.text == speaker, text
    q = only("Die Werft rechnet damit, dass der Auftrag bis Mai kommt.", "indirect")
    assert q.text.text == "dass der Auftrag bis Mai kommt"


def test_passive_angegeben_with_als_or_mit_is_a_reported_statement() -> None:
    q = only("Als Grund wurden die hohen Kosten des Hafenumbaus angegeben.", "reported")
    assert q.speaker is None and q.cue is not None and q.cue.text == "angegeben"
    assert only("Die Zahl der beschädigten Boote wurde mit vierzehn angegeben.", "reported").speaker is None
    assert not texts("Der Weg zum Hafen ist auf der Karte angegeben.")


def test_quoted_first_part_of_a_compound_is_no_quote() -> None:
    text = "Der Sprecher sagte, man denke nicht an eine „Eins zu Eins“-Begegnung mit der Werft."
    assert not [k for k, _, _ in texts(text) if k == "direct"]
    assert [k for k, _, _ in texts(text) if k == "indirect"] == ["indirect"]


def test_adverbial_clause_after_a_cue_inside_a_report_is_no_second_statement() -> None:
    text = "Der Sprecher sagte, er werde sich erst wieder äußern, wenn die Werft entschieden habe."
    assert texts(text) == [("indirect", "er werde sich erst wieder äußern, wenn die Werft entschieden habe",
                            "Der Sprecher")]


def test_zu_infinitive_after_a_dass_clause_belongs_to_it() -> None:
    q = only("Der Lotse sagte, dass es nicht erlaubt werden solle, bestimmte Boote zu nutzen.", "indirect")
    assert q.text.text == "dass es nicht erlaubt werden solle, bestimmte Boote zu nutzen"
    q = only("Der Lotse sagte, dass er unschuldig sei, lehnte aber jede weitere Aussage ab.", "indirect")
    assert q.text.text == "dass er unschuldig sei"


def test_relative_clause_of_a_fronted_source_is_no_part_of_the_statement() -> None:
    q = only("Nach offiziellen Angaben, die nicht überprüft werden können, waren die meisten Opfer Fischer.",
             "indirect")
    assert q.text.text == "waren die meisten Opfer Fischer"
    q = only("Laut einem Bericht der Inselzeitung, die sich auf Behördenkreise beruft, ist die Fähre gesunken.",
             "indirect")
    assert q.text.text == "ist die Fähre gesunken"


def test_speaker_of_words_in_a_plain_sentence_is_never_inside_another_quotation() -> None:
    text = ("Unter dem Motto „Licht statt Lärm“ zogen die Anwohner durch den Hafen und skandierten dabei "
            "Parolen wie „Rettet den Deich“.")
    q = only(text, "direct")
    assert q.text.text == "Rettet den Deich" and q.speaker is not None and q.speaker.text == "die Anwohner"


def test_a_cue_in_a_relative_clause_reports_only_that_clause() -> None:
    text = "Bei der Hafenpolizei gingen Notrufe besorgter Anwohner ein, die von lauten Explosionen sprachen."
    q = only(text, "reported")
    assert q.text.text.startswith("die von lauten Explosionen sprachen")
    text = "Der Lotse, der von einem Unfall sprach, verließ am Abend den Hafen."
    assert [k for k, _, _ in texts(text)] == ["reported"]  # the main clause after it is no statement


def test_quotation_runs_over_a_line_break_inside_a_paragraph_but_not_over_a_blank_line() -> None:
    text = "In der Satzung heißt es: „Der Verein darf\n1. Boote bauen,\n2. Boote verleihen.“ Mehr steht dort nicht."
    (q,) = find_quoted(text)
    assert text[q.inner_start : q.inner_end] == "Der Verein darf\n1. Boote bauen,\n2. Boote verleihen."
    # unclosed at a paragraph end: after a colon it ends there, elsewhere the mark pairs with nothing
    (q,) = find_quoted("Er sagte: „Wir bleiben\n\nDie Fähre fährt.")
    assert not q.closed and q.end == len("Er sagte: „Wir bleiben")
    assert find_quoted("Er baut ein „Dock\n\nDie Fähre fährt.") == []


def test_danach_after_a_named_document_gives_its_content() -> None:
    text = "Die Reederei legte am Montag ihre Quartalszahlen vor. Danach verzeichnet sie hohe Verluste."
    q = only(text, "indirect")
    assert q.text.text == "verzeichnet sie hohe Verluste" and q.cue is not None and q.cue.text == "Danach"
    assert not texts("Die Lotsin aß im Hafen zu Abend. Danach ging sie schlafen.")  # temporal, no document


def test_hearsay_and_konjunktiv_sentences_stay_apart_while_alike_ones_merge() -> None:
    text = ("Die Hafenpolizei berichtete über den Einsatz. Dabei sollen zwei Boote beschlagnahmt worden sein. "
            "Auch seien drei Männer festgenommen worden. Die Männer seien inzwischen wieder frei.")
    indirect = [t for k, t, _ in texts(text) if k == "indirect"]
    assert indirect == ["Dabei sollen zwei Boote beschlagnahmt worden sein.",
                        "Auch seien drei Männer festgenommen worden. Die Männer seien inzwischen wieder frei."]


def test_placeholder_es_of_the_sentence_before_is_no_speaker() -> None:
    q = only("Es gab am Montag einen Unfall im Hafen. Dabei seien drei Boote gesunken.", "indirect")
    assert q.speaker is None
    q = only("Sie meldete sich am Abend bei der Hafenzeitung. Dabei seien drei Boote gesunken.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Sie"  # a personal pronoun still can be the source


def test_quotation_after_a_topic_category_or_saying_noun_is_no_direct_quote() -> None:
    for text in ("Die Fährstadt liegt im Bereich „sichere Häfen für kleine Boote“ an erster Stelle.",
                 "Die Lotsen sprachen über Themen wie „Der Nebel über der Bucht und seine Folgen“ und anderes.",
                 "Der Richter hielt sich an den Grundsatz „im Zweifel für die Fischer“ und sprach ihn frei."):
        assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)
    # before a colon the noun introduces what someone said
    q = only("Die Lotsin sprach über Gewalt im Bereich: „Wir dulden keine Übergriffe auf dem Kai.“", "direct")
    assert q.text.text.startswith("Wir dulden")


def test_quoted_words_ending_in_a_legal_form_name_a_company_in_lower_case_too() -> None:
    text = "Die Firma „blaue welle ag“ baut in der Bucht ein Windrad."
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)
    q = only("Der Fischer sagte: „Wir verklagen die Werft AG“.", "direct")  # a clause stays a statement
    assert q.text.text.startswith("Wir verklagen")


def test_quotation_after_a_colon_that_ends_a_clause_about_a_name_is_that_name() -> None:
    text = "Den Namen der neuen Fähre gab die Reederei am Montag bekannt: „Stolz der Bucht – Dienst für alle“."
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)
    q = only("Den Lotsen gab die Reederei am Montag bekannt: „Die Fähre fährt ab Mai wieder täglich.“", "direct")
    assert q.text.text.startswith("Die Fähre")


def test_quotation_runs_on_over_a_blank_line_to_the_closer_in_the_next_paragraph() -> None:
    text = ("Die Hafenmeisterin sagte zum Abschied: „Wir haben die Fähre gerettet. Das war harte Arbeit.\n\n"
            "Nun liegt es an euch, den „Stolz der Bucht“ weiter zu pflegen.“\n\nDanach ging sie von Bord.")
    quoted = [q for q in find_quoted(text) if q.depth == 0]
    assert len(quoted) == 1 and text[quoted[0].end - 1] == "“" and quoted[0].end > text.index("pflegen")
    q = only(text, "direct")
    assert q.text.text.startswith("Wir haben") and q.text.text.endswith("pflegen.")
    # without a closer of its own the next paragraph is no part of it: the open quotation ends at its paragraph
    text = "Er rief: „Wir bleiben hier.\n\nDie Fähre fuhr ab."
    assert [text[q.inner_start : q.inner_end] for q in find_quoted(text)] == ["Wir bleiben hier."]


def test_quotation_after_a_media_noun_is_the_medium_name_in_any_case() -> None:
    for text in ("Laut einem Test des Magazines „boot und bucht“ gibt es im Hafen zwölf freie Liegeplätze.",
                 "So berichtete die in Kranstadt erscheinende „Stimme am Kai“ gestern von einem Streik."):
        assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)
    q = only("Die Lotsin sagte der Zeitung: „Wir bleiben im Hafen.“", "direct")  # a colon opens her words
    assert q.text.text.startswith("Wir bleiben")


def test_reflexive_verb_right_after_a_quotation_attributes_it_to_the_phrase_after_sich() -> None:
    for text, speaker in (("Der Hafen ist voll. „Die Fähre fährt wieder“, erinnerte sich Kramer später.", "Kramer"),
                          ("Der Hafen ist voll. „Die Fähre fährt wieder“, zeigte sich die Lotsin zufrieden.",
                           "die Lotsin"),
                          ("Der Hafen ist voll. „Wozu noch eine Fähre?“ fragen sich Experten.", "Experten")):
        q = only(text, "direct")
        assert q.speaker is not None and q.speaker.text == speaker, texts(text)
        assert q.cue is not None and q.cue.text in {"erinnerte", "zeigte", "fragen"}
    # a relative pronoun before "sich" opens no attribution: the quotation keeps no cue from it
    q = only("Der Hafen ist voll. „Die Fähre fährt nicht mehr“, die sich nicht mehr lohne.", "direct")
    assert q.cue is None


def test_herausstreichen_with_its_particle_is_a_cue() -> None:
    q = only("Der Hafen ist voll. „Ich bleibe Kapitän“, strich Kramer in Kranstadt heraus.", "direct")
    assert q.speaker is not None and q.speaker.text == "Kramer"
    assert not texts("Die Reederei strich die Abendfähre aus dem Fahrplan.")  # without the particle, no cue


def test_speaker_with_apposition_and_relative_clause_before_the_verb() -> None:
    text = ("Jan Kramer, der Chef der Reederei, der zur Zeit den Verband leitet, sagte am Abend: "
            "„Wir hatten gute Gespräche.“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("Jan Kramer")
    q = only("Jan Kramer, der Chef der Reederei, sagte am Abend: „Wir hatten gute Gespräche.“", "direct")
    assert q.speaker is not None and q.speaker.text.startswith("Jan Kramer")  # the plain apposition as before


def test_hearsay_soll_holds_the_verb_place_so_the_speaker_follows_it() -> None:
    for text in ("Am Abend soll Kramer zu der Lotsin gesagt haben: „Du bist entlassen.“",
                 "Laut der Hafenpost soll Kramer zu der Lotsin gesagt haben: „Du bist entlassen.“"):
        q = only(text, "direct")
        assert q.speaker is not None and q.speaker.text == "Kramer", texts(text)


def test_quotation_with_an_indefinite_apposition_after_it_is_a_name() -> None:
    text = "Dazu schrieb der Reporter Jan Kramer in der „Stimme am Kai“, einem Boulevardblatt, der Hafen sei zu klein."
    assert not [t for k, t, _ in texts(text) if k == "direct"], texts(text)
    q = only("Die Lotsin sagte: „Wir bleiben“, eine klare Ansage.", "direct")  # a comment, not a class noun
    assert q.text.text == "Wir bleiben"
    q = only("Die Lotsin sagte, der Plan sei „völlig verfehlt“, eine klare Ansage.", "direct")  # at the end
    assert q.text.text == "völlig verfehlt"


def test_subject_after_the_verb_that_follows_a_fronted_subordinate_clause() -> None:
    q = only("Als die Lotsin kam, biss der Kapitän den Matrosen und rief: „Lasst mich raus!“", "direct")
    assert q.speaker is not None and q.speaker.text == "der Kapitän"
    q = only("Als die Lotsin kam, sagte sie: „Lasst mich raus!“", "direct")  # a pronoun subject, as before
    assert q.speaker is not None and q.speaker.text == "sie"


def test_possessive_opinion_frame_inside_a_content_clause_yields_to_the_verb() -> None:
    q = only("Der Leiter der Hafenbehörde, Jan Oltmann, erklärte, die Stadt besitze seiner Meinung nach vier Fähren.",
             "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("Der Leiter der Hafenbehörde")
    q = only("Seiner Meinung nach besitzt die Stadt vier Fähren.", "indirect")  # on its own it is the source
    assert q.speaker is not None and q.speaker.text == "Seiner Meinung"
    text = "Jan Oltmann fordert eine Prüfung des Unfalls, bei dem es sich seiner Meinung nach um Leichtsinn handle."
    q = only(text, "indirect")  # inside a relative clause the possessive frame stays the source
    assert q.speaker is not None and q.speaker.text == "seiner Meinung"


def test_focus_particle_before_the_subject_of_a_plain_sentence() -> None:
    text = ("Auch die Lotsin Anna Holt äußerte Bedenken und wagte die Prognose, im Winter werde es eng: "
            "„Ich gehe davon aus, dass es eng wird, weil es große Lücken gibt.“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "die Lotsin Anna Holt"


def test_separable_cue_written_as_one_word_at_the_end_of_a_wie_or_relative_clause() -> None:
    q = only("Der Fall ist geklärt. Wie Kramer darlegte, handelte es sich dabei um einen Testkoffer.", "indirect")
    assert q.text.text == "handelte es sich dabei um einen Testkoffer"
    assert q.speaker is not None and q.speaker.text == "Kramer"
    text = "Die Rede hielt die Lotsin Anna Holt, die den Mut der Crew hervorhob, der sich im Sturm gezeigt habe."
    q = only(text, "indirect")
    assert q.text.text == "der sich im Sturm gezeigt habe" and q.speaker is not None and q.speaker.text == "die"
    # a participle or a zu-infinitive of such a verb is no finite cue
    assert not texts("Der Hafen versucht, die Identität des Mannes herauszufinden.")


def test_fronted_span_of_time_or_genitive_adverb_is_no_speaker() -> None:
    for text in ("Wenige Stunden nach dem Sturm erklärte der Hafenrat, die Lage sei unter Kontrolle.",
                 "Zwei Tage später erklärte der Hafenrat, die Lage sei unter Kontrolle."):
        q = only(text, "indirect")
        assert q.speaker is not None and q.speaker.text == "der Hafenrat", texts(text)
    q = only("Des Weiteren verwies Kramer darauf, dass der Etat wieder ausgeglichen sei.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Kramer"
    q = only("Zwei Lotsen erklärten, die Lage sei unter Kontrolle.", "indirect")  # people counted, as before
    assert q.speaker is not None and q.speaker.text == "Zwei Lotsen"


def test_particle_between_wie_and_the_subject_of_its_clause() -> None:
    text = "Der Fall ist offen. Wie schon die Behörde sagte, ist es unwahrscheinlich, sich im Hafen anzustecken."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "die Behörde"


def test_noun_with_an_umlaut_is_no_konjunktiv_that_continues_a_statement() -> None:
    text = "Ein Sprecher erklärte, es gehe dem Jungen gut. Die Umstände seines Verschwindens waren rätselhaft."
    q = only(text, "indirect")
    assert q.text.text == "es gehe dem Jungen gut"
    text = "Die Bürgermeisterin forderte alle Bewohner zum Rückzug auf. Kämen sie dem nicht nach, drohe ihnen Ärger."
    q = only(text, "indirect")  # a strong Konjunktiv II opening the sentence still continues it
    assert q.text.text.startswith("Kämen sie") and q.speaker is not None and q.speaker.text == "Die Bürgermeisterin"


def test_nach_frames_with_a_genitive_name_or_a_relative_pronoun() -> None:
    q = only("Der Markt wächst. Nach Kramers Meinung werden im Hafen zu viele Fehler gemacht.", "indirect")
    assert q.text.text == "werden im Hafen zu viele Fehler gemacht"
    assert q.speaker is not None and q.speaker.text == "Kramers Meinung"
    q = only("Das folgt aus den Umfragen im Land, nach denen zwei Drittel der Bürger den Plan ablehnen.", "indirect")
    assert q.text.text == "zwei Drittel der Bürger den Plan ablehnen"
    assert q.speaker is not None and q.speaker.text == "denen"
    assert not texts("Er fuhr in die Stadt, nach der er sich lange gesehnt hatte.")  # no report noun before it


def test_hypothetical_infinitive_cue_and_adjectival_participle_make_no_reported_statement() -> None:
    assert not texts("Die Reederei wollte eigentlich das Doppelte verlangen, doch der Rat stimmte nicht zu.")
    assert only("Die Reederei verlangte das Doppelte.", "reported").speaker is not None  # the plain act reports
    assert not texts("Der Richter hat sich am Dienstag zu dem von ihm geforderten Strafmaß geäußert.")
    q = only("Die Lotsin hat eine harte Strafe gefordert.", "reported")  # the participle closing its clause
    assert q.speaker is not None and q.speaker.text == "Die Lotsin"


def test_focus_particle_before_a_bare_name_or_plural_speaker() -> None:
    q = only("Die Wahl ist offen. Auch Kramer argumentierte, die Lotsin habe so viele Stimmen wie niemand.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Kramer"
    q = only("Auch Rettungskräfte berichten von zwei Explosionen im Hafen.", "reported")
    assert q.speaker is not None and q.speaker.text == "Rettungskräfte"
    # "auch X genannt" gives a second name, no one's statement
    assert not texts("Am Morgen erreichte die Fähre den Nordkai (auch Kai Eins genannt), der weit draußen liegt.")


def test_participle_cue_after_an_apposition_takes_the_subject_around_its_auxiliary() -> None:
    text = ("Der Hafen ist zu. Vor kurzem hatte ein Sprecher der Reederei, Jan Oltmann, erklärt, die Fähren "
            "würden bald wieder fahren.")
    q = only(text, "indirect")
    assert q.text.text == "die Fähren würden bald wieder fahren"
    assert q.speaker is not None and q.speaker.text == "ein Sprecher der Reederei"


def test_neuter_article_before_a_quoted_name_opens_the_subject() -> None:
    q = only("Der Sturm zieht weiter. Das „Nationale Sturmzentrum“ geht davon aus, dass er stärker wird.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Das „Nationale Sturmzentrum“"


def test_erwaehnen_introduces_a_content_clause() -> None:
    text = "Der Code ist frei. Der Entwickler erwähnte auch, dass er weiteren Code veröffentlichen werde."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Der Entwickler"
    assert not texts("Die Lotsin erwähnte den Vorfall mit keinem Wort.")  # with an object only it reports nothing


def test_so_frame_after_a_quotation_closed_by_its_own_full_stop() -> None:
    text = "Die Stadt kündigte. „Offenbar sind Bürgerfragen dann doch zu lästig.“ so das Fazit der Betreiber."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "das Fazit der Betreiber"


def test_konjunktiv_cue_with_a_pronoun_subject_is_spoken_by_the_person_named_before() -> None:
    text = "Die Fraktionschefin Anna Holt äußerte sich kritisch über die Werft. Sie rate zum Verkauf der Anteile."
    q = only(text, "reported")
    assert q.speaker is not None and q.speaker.text == "Die Fraktionschefin Anna Holt"
    q = only("Die Fraktionschefin Anna Holt äußerte sich kritisch. Sie rät zum Verkauf der Anteile.", "reported")
    assert q.speaker is not None and q.speaker.text == "Sie"  # in the indicative the pronoun is the speaker


def test_quoted_name_attached_to_a_source_belongs_to_the_speaker() -> None:
    text = ("Die Regenzeit könnte nach Angaben des Leiters der Sektion von „Ärzte im Einsatz“ in diesem Jahr "
            "bis September andauern.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Leiters der Sektion von „Ärzte im Einsatz“"
    assert q.text.text == "in diesem Jahr bis September andauern"  # the long source is left out
    q = only("Die Fähre wird nach Angaben der Reederei am Montag wieder fahren.", "indirect")
    assert q.text.text.startswith("Die Fähre wird")  # a short source stays inside the statement


def test_web_address_and_lower_case_brand_name_the_speaker() -> None:
    text = "Wie hafenblog.de berichtet, ist der erste Trailer zum Spiel im Netz veröffentlicht worden."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "hafenblog.de"
    text = "Die Fähre hat nach Angaben des Dienstes shiptrack24 am Morgen den Hafen verlassen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Dienstes shiptrack24"


def test_wonach_after_a_quoted_name_or_with_no_phrase_before_it() -> None:
    text = "Ein Bericht der Agentur „Hafenfunk“, wonach der Kapitän festgenommen worden sein soll, wurde dementiert."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Ein Bericht der Agentur „Hafenfunk“"
    text = "Die Sicht von Jan Rech (CDU), wonach es ein gutes Gesetz geben werde, teilt Kramer nicht."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "wonach"  # the relative adverb stands in, as for "demnach"


def test_quoted_words_after_a_konjunktiv_belong_to_the_earlier_speaker() -> None:
    text = "Die Ministerin sagte, es müsse Schluss sein. Es drohe „eine dramatische Erwärmung um sechs Grad“."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Ministerin"


def test_speaker_phrase_with_an_attribute_that_has_its_own_prepositional_phrase() -> None:
    q = only("„Jetzt wird es noch schöner“, schrieb die in Hamburg geborene Sängerin Lena Berg.", "direct")
    assert q.speaker is not None and q.speaker.text == "die in Hamburg geborene Sängerin Lena Berg"
    text = "„Wir bleiben“, sagte die zur großen Hafenschule gehörende Lotsengruppe am Montag."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "die zur großen Hafenschule gehörende Lotsengruppe"


def test_pronoun_after_the_verb_that_follows_a_fronted_object_with_commas() -> None:
    text = "Das Angebot der Reederei, Verletzte kostenlos mitzunehmen, lehnt er jedoch ab: „Alle sollten mitfahren.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "er"


def test_result_clause_after_a_speech_noun_is_not_its_content() -> None:
    text = ("Nach dem Bericht der Hafenwacht sollen die Schmuggler Gerüchte verbreitet haben, sodass Streit "
            "entstanden sei. Momentan gebe es außerdem etwa 70 Gefangene.")
    assert not [t for _, t, _ in texts(text) if t.startswith("sodass")], texts(text)
    q = [x for x in extract_quotes(text, "de") if x.text.text.startswith("Momentan")][0]
    assert q.speaker is not None and q.speaker.text == "dem Bericht der Hafenwacht"


def test_document_a_plain_sentence_opens_in_is_the_source_of_the_next() -> None:
    text = "Im Bericht der Hafenwacht werden viele Fälle aufgeführt. Oft habe die Polizei zu spät reagiert."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Bericht der Hafenwacht"


def test_full_stop_after_a_number_before_an_article_ends_the_sentence() -> None:
    text = "Das betrifft das Modell 3. Ein Sprecher teilte mit, man warte ab. Am 3. Oktober kommt er."
    units = [text[s:e] for s, e in sentence_units(text, "de", None)]
    assert units == ["Das betrifft das Modell 3.", "Ein Sprecher teilte mit, man warte ab.", "Am 3. Oktober kommt er."]
    text = "Ein Streik hätte Folgen für das Modell 3. Ein Sprecher der Werft teilte mit: „Alle werden bezahlt.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Ein Sprecher der Werft"


def test_full_stop_without_a_space_before_a_capitalised_word_ends_the_sentence() -> None:
    text = "Das verbietet die Regel ausdrücklich.Der Kommissar sagt, es gelte. Siehe hafen.co.uk heute."
    units = [text[s:e] for s, e in sentence_units(text, "de", None)]
    assert units == ["Das verbietet die Regel ausdrücklich.", "Der Kommissar sagt, es gelte.",
                     "Siehe hafen.co.uk heute."]


def test_joined_separable_cue_whose_base_begins_with_ge() -> None:
    text = "Es kursiert eine Argumentation, die davon ausgeht, die Fähre solle nicht mehr fahren."
    q = only(text, "indirect")
    assert q.text.text == "die Fähre solle nicht mehr fahren" and q.speaker is not None and q.speaker.text == "die"


def test_pronoun_cue_with_a_konjunktiv_auxiliary_is_reported_by_the_source_before() -> None:
    q = only("Laut einer Meldung wurde der Keller ausgepumpt. Sie hätten dafür Geld verlangt.", "reported")
    assert q.speaker is not None and q.speaker.text == "einer Meldung"
    q = only("Laut einer Meldung wurde der Keller ausgepumpt. Sie verlangten dafür Geld.", "reported")
    assert q.speaker is not None and q.speaker.text == "Sie"  # in the indicative the pronoun speaks


def test_konjunktiv_cue_with_a_pronoun_lets_the_sentence_inherit_the_speaker() -> None:
    text = "Der Mönch Tashi sagte: „Sie werden alles durchsuchen.“ Er erwarte Verhaftungen in den nächsten Tagen."
    q = only(text, "indirect")
    assert q.text.text.startswith("Er erwarte") and q.speaker is not None and q.speaker.text == "Der Mönch Tashi"


def test_ordinal_full_stop_inside_a_separable_cue_clause() -> None:
    text = "Die Lehrer protestierten. Die Ministerin Anna Holt kündigte am 6. Mai eine Änderung des Entwurfs an."
    q = only(text, "reported")
    assert q.speaker is not None and q.speaker.text == "Die Ministerin Anna Holt"


def test_ordinal_full_stop_inside_a_cue_clause_before_its_content() -> None:
    q = only("Der Hafenmeister erklärte am 6. Mai, die Lage sei ruhig.", "indirect")
    assert q.text.text == "die Lage sei ruhig" and q.cue is not None and q.cue.text == "erklärte"


def test_quoted_words_after_laut_name_the_source() -> None:
    # 'laut' takes a source, so the quoted words after it are a name, whatever their shape
    assert _direct("Laut „hafenpost.de“ gehören auch zwei Fähren zur Flotte.") == []
    assert _direct("Außerdem hatte sie laut „Küstenkurier am Abend“ kritisiert, dass die Mole zu kurz sei.") == []
    q = only("Laut „hafenpost.de“ gehören auch zwei Fähren zur Flotte.", "indirect")
    assert q.speaker is not None and q.speaker.text == "„hafenpost.de“"


def test_laut_after_a_speech_verb_is_the_adverb_before_a_quotation() -> None:
    text = "Der Fischer rief laut „Hilfe, mein Boot sinkt“, bevor er ins Wasser sprang."
    q = only(text, "direct")
    assert q.text.text == "Hilfe, mein Boot sinkt"
    assert q.speaker is not None and q.speaker.text == "Der Fischer"
    assert not [s for _, _, s in texts(text) if s and s.startswith("„")]  # the shouted words are no source


def test_quoted_name_of_a_law_programme_or_institution_is_no_quote() -> None:
    # a class head and the attachment that names it, compounds included
    assert _direct("Die Kammer beriet über den Entwurf für ein „Gesetz zur Änderung des Hafengesetzes“.") == []
    assert _direct("Die Lotsin sagte, in Kiel entstehe ein neues „Kompetenzzentrum für Schiffsantriebe“.") == []
    assert _direct("Das „Bündnis gegen den Hafenausbau“ sammelte am Samstag Unterschriften.") == []
    # a statement that opens with such a noun stays a quote
    q = only("Die Lotsin sagte: „Das Gesetz für die Häfen kommt zu spät.“", "direct")
    assert q.text.text == "Das Gesetz für die Häfen kommt zu spät."


def test_question_verb_next_to_a_quotation_is_its_cue() -> None:
    q = only("„Wann öffnet die Schleuse?“, fragte ein Fischer die Hafenmeisterin.", "direct")
    assert q.speaker is not None and q.speaker.text == "ein Fischer"
    assert q.cue is not None and q.cue.text == "fragte"
    q = only("Ein Fischer fragte die Hafenmeisterin: „Wann öffnet die Schleuse?“", "direct")
    assert q.speaker is not None and q.speaker.text == "Ein Fischer"
    # elsewhere 'gefragt' is 'in demand', no cue
    assert not texts("Die kleinen Fähren sind bei Touristen sehr gefragt, vor allem im Sommer.")


def test_cue_without_a_subject_of_its_own_takes_the_subject_of_the_sentence() -> None:
    text = ("Der Kapitän blieb die ganze Nacht an Deck, nur einmal war er eingenickt und hatte gerufen: "
            "„Wo ist das Leuchtfeuer geblieben?“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Der Kapitän"


def test_cue_coordinated_after_und_shares_the_subject_of_the_first_verb() -> None:
    text = ("In einer Stellungnahme befand die Hafenmeisterin Ida Kranich den Umbau als richtig und nannte den neuen "
            "Fahrplan „mutig, klug und überfällig“.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "die Hafenmeisterin Ida Kranich"
    q = only("Der Kapitän kam an Land und sagte: „Der Sturm ist vorbei.“", "direct")
    assert q.speaker is not None and q.speaker.text == "Der Kapitän"


def test_quoted_words_inside_a_free_indirect_sentence_do_not_keep_it_apart_from_the_next() -> None:
    text = ("Die Lotsin meldete sich am Abend. Die Sperre sei eine „reine Vorsicht“. "
            "Der Kanal werde morgen wieder frei.")
    indirect = [t for k, t, _ in texts(text) if k == "indirect"]
    assert indirect == ["Die Sperre sei eine „reine Vorsicht“. Der Kanal werde morgen wieder frei."]


def test_after_the_reporters_own_indicative_clauses_the_clause_with_the_mood_form_is_the_report() -> None:
    # a leading adverbial clause, then the main clause, then the content clause
    text = "Während die Fähre noch lag, war der Kapitän davon ausgegangen, dass der Nebel bald aufreiße."
    q = only(text, "indirect")
    assert q.text.text == "dass der Nebel bald aufreiße."
    # an inserted 'wie'-clause before the reported clause
    q = only("Im Funkspruch war der Lotse zu hören, wie er später angab, er sehe das Ufer nicht.", "indirect")
    assert q.text.text.rstrip(".") == "er sehe das Ufer nicht"
    # a reason clause in reported mood after an infinitive clause of the main clause
    text = "Der Verein begrüßte den Schritt der Gemeinde, sich an der Mole zu beteiligen, weil er dem Hafen diene."
    q = only(text, "indirect")
    assert q.text.text == "weil er dem Hafen diene."
    # after a semicolon
    q = only("Die Reederin wandte sich an die Presse; sie habe von dem Leck nichts gewusst.", "indirect")
    assert q.text.text == "sie habe von dem Leck nichts gewusst."


def test_a_mood_form_right_after_the_reporters_clause_keeps_the_whole_sentence() -> None:
    text = "Als die Flut kam, sei der Deich schon gebrochen gewesen."
    assert only(text, "indirect").text.start == 0


def test_a_report_after_a_coordinated_clause_keeps_the_source_named_before() -> None:
    text = ("Der Fährmann Kolbe sagte, er höre bald auf. "
            "Sein Boot ist in den letzten Jahren oft repariert worden, und er wolle nun an Land bleiben.")
    q = [q for q in extract_quotes(text, "de") if q.text.text.startswith("und er wolle")]
    assert len(q) == 1, texts(text)
    assert q[0].speaker is not None and q[0].speaker.text == "Der Fährmann Kolbe"


def test_a_speech_act_inside_the_content_of_another_source_is_no_statement_of_its_own() -> None:
    for text, content in (
        ("Laut einem Bericht der Hafenzeitung hat der Minister auf einer Pressekonferenz verkündet, "
         "der Rat wolle die Fähren behalten.",
         "hat der Minister auf einer Pressekonferenz verkündet, der Rat wolle die Fähren behalten"),
        ("Der Lotse sagte, er verstehe nicht, wie der Kapitän behaupten konnte, der Bericht sei falsch.",
         "er verstehe nicht, wie der Kapitän behaupten konnte, der Bericht sei falsch"),
        ("Nach Angaben der Zeitung sei bei den Fischern die Befürchtung aufgekommen, mit den Netzen würde Öl "
         "eingeschleppt.",
         "sei bei den Fischern die Befürchtung aufgekommen, mit den Netzen würde Öl eingeschleppt"),
    ):
        assert [t for k, t, _ in texts(text) if k != "direct"] == [content]


def test_a_verb_of_evidence_in_a_wie_clause_names_the_source_of_the_main_clause() -> None:
    q = only("Wie eine Zählung der Hafenbehörde ergab, liegen im Winter kaum Boote am Kai.", "indirect")
    assert q.text.text == "liegen im Winter kaum Boote am Kai"
    assert q.speaker is not None and q.speaker.text == "eine Zählung der Hafenbehörde"
    q = only("Wie sich aus dem Logbuch des Kutters ergab, hatte der Schiffer den Kurs geändert.", "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("dem Logbuch")
    q = only("Die Fähre ist oft verspätet, wie die Fahrpläne der letzten Monate zeigen.", "indirect")
    assert q.text.text == "Die Fähre ist oft verspätet"
    # outside a 'wie'-clause such a verb is no cue
    assert not texts("Der Lotse zeigte sich mit dem Ergebnis zufrieden.")


def test_a_main_clause_with_its_own_subject_and_indicative_verb_ends_the_report_before_it() -> None:
    text = ("Der Kapitän sagte, die Fähre sei sicher, doch ein Sprecher der Reederei erklärte, "
            "das Leck nicht ausschließen zu können.")
    assert [t for k, t, _ in texts(text) if k == "indirect"] == [
        "die Fähre sei sicher", "das Leck nicht ausschließen zu können"]
    text = "Nach Angaben der Veranstalter kamen 500 Menschen zum Hafenfest, die Polizei spricht von 300."
    assert [(k, t) for k, t, _ in texts(text)] == [
        ("indirect", "kamen 500 Menschen zum Hafenfest"), ("reported", "die Polizei spricht von 300.")]
    # a relative clause is no such main clause, with or without a subject of its own
    q = only("Der Lotse sagte, jemand, der gegenüber der Behörde lüge, werde bestraft.", "indirect")
    assert q.text.text == "jemand, der gegenüber der Behörde lüge, werde bestraft"
    q = only("Nach Angaben der Werft ist die Reparatur, die der Kapitän verlangte, längst bezahlt.", "indirect")
    assert q.text.text.endswith("längst bezahlt")


def test_a_source_frame_in_a_sentence_that_attributes_the_one_before_gives_no_statement() -> None:
    text = "Die Fähre fällt morgen aus. Das berichtet die Hafenzeitung unter Berufung auf Kreise der Reederei."
    assert texts(text) == [("indirect", "Die Fähre fällt morgen aus. Das", "die Hafenzeitung")]


def test_a_proposal_plan_or_request_noun_takes_its_infinitive_clause_as_content() -> None:
    for text, content in (
        ("Ursprüngliche Pläne, die alte Fähre zu verschrotten, wurden verworfen.", "die alte Fähre zu verschrotten"),
        ("Unterstützung erhält der Vorschlag, die Mole zu verlängern, nun auch vom Rat.", "die Mole zu verlängern"),
        ("Mehrere Anfragen, den Fahrplan zu ändern, blieben ohne Antwort.", "den Fahrplan zu ändern"),
    ):
        q = only(text, "indirect")
        assert q.text.text == content


def test_a_speech_noun_keeps_its_content_clause_after_an_addressee_phrase() -> None:
    q = only("Damals hatte der Rat eine deutliche Mahnung an die Reederei ausgesprochen, die Fähre nicht zu "
             "überladen.", "indirect")
    assert q.text.text == "die Fähre nicht zu überladen"
    q = only("Mehrere Anfragen an den neuen Hafenmeister, den Kai zu öffnen, blieben ohne Antwort.", "indirect")
    assert q.text.text == "den Kai zu öffnen"


def test_a_content_after_the_cues_comma_without_a_verb_is_no_statement() -> None:
    # an apposition and a list of names after the comma: no clause, nothing said
    assert not [t for k, t, _ in texts("Das sagte der Fährmann Kolbe, Gründer des Rudervereins.") if k != "direct"]
    text = "Zur Feier hatten mehrere Vereine aufgerufen, darunter der Segelclub, die Lotsengilde und der Anglerbund."
    assert not [t for k, t, _ in texts(text) if k == "indirect"]
    # with a verb, even an infinitive, the content stays
    q = only("Der Rat hatte die Reederei aufgefordert, die Fähre zu reparieren.", "indirect")
    assert q.text.text == "die Fähre zu reparieren"
    # the source it names still carries over to the next reported sentence
    quotes = extract_quotes("Das sagte der Fährmann Kolbe, Gründer des Rudervereins. Die Fähre sei alt.", "de")
    q = next(q for q in quotes if q.text.text.startswith("Die Fähre"))
    assert q.speaker is not None and q.speaker.text.startswith("der Fährmann")


def test_a_relative_clause_with_deren_or_dessen_after_a_cue_is_no_content() -> None:
    for text in ("Das geht aus dem Urteil hervor, dessen Verkündung am Montag in Kiel begann.",
                 "Das berichtet die Küstenwache in einer Mitteilung, deren Darstellung auf Zeugen beruht."):
        assert not [t for _, t, _ in texts(text) if t.startswith(("dessen", "deren"))], texts(text)


def test_a_konjunktiv_report_goes_on_across_a_paragraph_break() -> None:
    text = ("Der Hafenmeister berichtete über den Sturm. Zwei Boote seien gesunken.\n\n"
            "Die Besatzungen seien aber gerettet worden.")
    indirect = [t for k, t, _ in texts(text) if k == "indirect"]
    assert indirect == ["Zwei Boote seien gesunken.\n\nDie Besatzungen seien aber gerettet worden."]


def test_heissen_names_the_place_after_auf_an_adverb_or_lower_case_attributes() -> None:
    cases = {
        "„Die Fähre fährt wieder“, heißt es auf der Webseite des Hafenvereins, der seit 1990 besteht.":
            "der Webseite des Hafenvereins",
        "Auf der Homepage des Vereins heißt es zur Begründung: „Wir haben keine Lotsen mehr.“":
            "der Homepage des Vereins",
        "„Wir haben keine Lotsen mehr“, heißt es dazu in einer Pressemitteilung des Vereins.":
            "einer Pressemitteilung des Vereins",
        "„Wir haben keine Lotsen mehr“, heißt es in einer gestern verbreiteten Erklärung.":
            "einer gestern verbreiteten Erklärung",
        "Im letzten Satz der Verfügung, die der Verein gestern erhielt, heißt es: „Wir haben keine Lotsen mehr.“":
            "letzten Satz der Verfügung",
    }
    for text, place in cases.items():
        q = only(text, "direct")
        assert q.speaker is not None and q.speaker.text == place, text
        assert text[q.speaker.start:q.speaker.end] == place
    # "auf Anfrage" is the occasion, not a place that speaks
    asked = only("„Wir haben keine Lotsen mehr“, hieß es auf Anfrage.", "direct")
    assert asked.speaker is None


def test_a_citation_naming_quoter_and_quoted_is_one_statement_with_the_quoter_as_channel() -> None:
    """The corpus marks such a citation twice (the person's words, the medium's report); one record with the
    medium as its channel says the same without listing the words twice."""
    text = "Die Küstenpost zitierte den Hafenmeister mit den Worten: „Wir haben keine Lotsen mehr.“"
    q = only(text, "direct")
    assert q.text.text == "Wir haben keine Lotsen mehr."
    assert q.speaker is not None and q.speaker.text == "den Hafenmeister"
    assert q.channel is not None and text[q.channel.start : q.channel.end] == "Die Küstenpost"
    passive = "Der Lotse Jan Berger wird von der „Küstenpost“ mit den Worten zitiert: „Der Nebel bleibt.“"
    q = only(passive, "direct")
    assert q.speaker is not None and q.speaker.text == "Der Lotse Jan Berger"
    assert q.channel is not None and "Küstenpost" in q.channel.text
    assert len(extract_quotes("„Der Nebel bleibt“, wird Berger zitiert.", "de")) == 1
    assert len(extract_quotes("„Der Nebel bleibt“, zitiert die Küstenpost.", "de")) == 1


def test_a_passive_citation_names_the_notice_or_paper_after_in_as_quoter() -> None:
    text = "In der Meldung des Vereins wird Berger wie folgt zitiert: „Wir haben keine Lotsen mehr.“"
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Berger"
    assert q.channel is not None and q.channel.text.startswith("der Meldung")
    paper = "„Wir haben keine Lotsen mehr“, wird Berger im Inselblatt „Küstenpost“ zitiert."
    q = only(paper, "direct")
    assert q.speaker is not None and q.speaker.text == "Berger"
    assert q.channel is not None and q.channel.text == "Inselblatt „Küstenpost“"


def test_a_web_address_before_a_name_is_the_quoter_not_an_adjective() -> None:
    text = "„Wir haben keine Lotsen mehr“, zitiert hafenblog.de Hafenmeister Jan Berger."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Hafenmeister Jan Berger"
    assert q.channel is not None and q.channel.text == "hafenblog.de"


def test_a_quotation_before_a_passive_citation_fills_the_first_place() -> None:
    text = "Der Hafen ist zu. „Wir haben keine Lotsen mehr“ wird der Hafenmeister im Inselblatt „Küstenpost“ zitiert."
    q = only(text, "direct")
    assert q.text.text == "Wir haben keine Lotsen mehr"
    assert q.speaker is not None and q.speaker.text == "der Hafenmeister"
    assert q.channel is not None and q.channel.text == "Inselblatt „Küstenpost“"


def test_zusichern_is_a_cue_joined_and_with_its_particle() -> None:
    q = only("So hatte der frühere Senator Jan Kruse im Mai zugesichert: „Die Daten bleiben auf dem Pass.“", "direct")
    assert q.speaker is not None and q.speaker.text == "der frühere Senator Jan Kruse"
    text = "Den verbliebenen Fischern sicherte Präsident Kruse vor dem Ende der Mission zu, dass sie bleiben dürften."
    q = only(text, "indirect")
    assert q.text.text == "dass sie bleiben dürften"
    assert q.speaker is not None and q.speaker.text == "Präsident Kruse"


def test_anprangern_cues_its_content_clause_and_the_quotations_inside() -> None:
    content = "dass neben der „Schlamperei im Amt“ die Reeder „als stille Teilhaber“ profitierten"
    assert texts(f"Zwei Lotsen prangerten an, {content}.") == [
        ("indirect", content, "Zwei Lotsen"),
        ("direct", "Schlamperei im Amt", "Zwei Lotsen"),
        ("direct", "als stille Teilhaber", "Zwei Lotsen"),
    ]


def test_participle_after_als_or_wie_compares_with_an_expectation_and_cues_nothing() -> None:
    for text in ("Der Pegel stieg in der Nacht schneller als befürchtet, die Deiche hielten aber.",
                 "Die Sorgen der Fischer haben sich als begründet erwiesen, die Fangquote sinkt.",
                 "Wie erwartet hat die Werft am Montag Insolvenz angemeldet."):
        assert texts(text) == []
    # with a subject between 'wie' and the verb the clause still names a source
    q = only("Wie die Hafenmeisterin erwartet, öffnet die Schleuse am Freitag.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die Hafenmeisterin"


def test_quotation_interrupted_by_a_so_frame_is_two_direct_quotes_and_no_statement_around_them() -> None:
    for dash in (",", " –"):
        text = f"„Wir sind auf einem guten Weg“{dash} so die Hafenmeisterin{dash} „aber noch nicht am Ziel.“"
        assert texts(text) == [("direct", "Wir sind auf einem guten Weg", "die Hafenmeisterin"),
                               ("direct", "aber noch nicht am Ziel.", "die Hafenmeisterin")]
    # words of the reporter's own between or around the quotations still make a statement
    text = "„In absehbarer Zeit“, so der Vorstand, wird die Werft „ein neues Schiff bauen“."
    assert [k for k, _, _ in texts(text)] == ["indirect", "direct", "direct"]
