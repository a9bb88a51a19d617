"""Reported-speech rules added for the quotation benchmark, on fictional sentences written for these tests."""

from __future__ import annotations

from lagebild.extract.quotes import extract_quotes
from lagebild.records import Quote


def _texts(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text, "de")]


def _only(text: str, kind: str) -> Quote:
    quotes = [q for q in extract_quotes(text, "de") if q.kind == kind]
    assert len(quotes) == 1, _texts(text)
    return quotes[0]


def test_report_only_verb_makes_the_sentence_a_reported_statement() -> None:
    text = "Die Bürgermeisterin nannte den Fährverein das Rückgrat des Dorfes, das seit Jahren trage."
    q = _only(text, "reported")
    assert q.text.text == text.rstrip(".") or q.text.text == text
    assert q.speaker is not None and q.speaker.text == "Die Bürgermeisterin"
    assert not [k for k, _, _ in _texts(text) if k == "indirect"]  # the relative clause is no statement


def test_separable_report_verb_with_its_particle_is_a_cue() -> None:
    q = _only("Der Gemeinderat warf den Anwohnern gestern Ruhestörung vor.", "reported")
    assert q.cue is not None and q.cue.text.startswith("warf")
    assert q.speaker is not None and q.speaker.text == "Der Gemeinderat"


def test_reported_clause_after_an_indicative_main_clause_starts_at_dass() -> None:
    q = _only("Mehrere Fischer haben gegenüber dem Inselblatt ausgesagt, dass der Damm undicht sei.", "indirect")
    assert q.text.text == "dass der Damm undicht sei."


def test_reported_clause_with_its_own_subject_starts_after_the_comma() -> None:
    q = _only("Der Kapitän gab vor dem Ausschuss an, er sei wegen des Nebels langsamer gefahren.", "indirect")
    assert q.text.text.startswith("er sei")


def test_mood_verb_right_after_a_fronted_phrase_keeps_the_whole_sentence() -> None:
    text = "Nach dem ersten Gutachten der Werft, sei der Rumpf noch zu retten."
    q = _only(text, "indirect")
    assert q.text.start == 0


def test_quoted_words_in_a_plain_sentence_belong_to_its_subject() -> None:
    text = ("Der Lotse Jan Albers hat die Einfahrt geprüft. "
            "Die Fischerinnen skandierten vor dem Hafenamt Parolen wie „Unser Hafen bleibt offen!“")
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Fischerinnen"


def test_quoted_words_in_a_reported_sentence_keep_the_statement_source() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. "
            "Der Plan sei „schmerzhaft, aber nötig“ gewesen.")
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Reederin Tilda Marx"


def test_free_indirect_sentence_after_a_plain_sentence_takes_its_subject() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert.\n\n"
            "Das Hafenamt sieht derzeit keine Gefahr für die Fähren. "
            "Nur der Nachtverkehr sei betroffen.")
    quotes = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Nur")]
    assert len(quotes) == 1, _texts(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Das Hafenamt"


def test_relative_clause_after_a_cue_is_no_statement() -> None:
    assert _texts("Ein Radfahrer bemerkte den Rauch und alarmierte die Feuerwehr, die mit zehn Leuten anrückte.") == []


def test_relative_clause_in_reported_mood_is_a_statement() -> None:
    q = _only("Die Verbände beklagen Kürzungen, die einen Mangel an Lehrern zur Folge hätten.", "indirect")
    assert q.text.text == "die einen Mangel an Lehrern zur Folge hätten"


def test_apposition_of_the_speaker_is_not_the_content() -> None:
    assert _texts("Der Leiter des Bauhofs, Kurt Lemke, spekulierte über einen Kurzschluss als Ursache.") == []
    q = _only("Die Lage im Norden sei ruhig, sagte Kurt Lemke, Leiter des Krisenstabs, am Montag.", "indirect")
    assert q.text.text == "Die Lage im Norden sei ruhig"


def test_nominative_pronoun_after_the_verb_is_the_speaker_of_a_fronted_object() -> None:
    q = _only("Deren Haltung zum Hafen bezeichnete er als „kurzsichtig und teuer“.", "direct")
    assert q.speaker is not None and q.speaker.text == "er"


def test_possessive_object_after_the_verb_is_not_the_speaker() -> None:
    q = _only("Mira Probst, die wegen eines Fouls vom Platz musste, nannte ihren Platzverweis „überzogen“.", "direct")
    assert q.speaker is not None and q.speaker.text.startswith("Mira Probst")


def test_heisst_es_with_the_source_fronted() -> None:
    q = _only("Bei der Agentur Nordpress hieß es, dass zwei Fähren ausgefallen seien.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Agentur Nordpress"


def test_wie_clause_split_by_an_apposition_keeps_its_subject() -> None:
    q = _only("Wie Lena Vogt, Sprecherin des Hafenamts, in Kiel mitteilte, ist die Schleuse wieder offen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Lena Vogt, Sprecherin des Hafenamts"


def test_relative_pronoun_before_a_final_cue_is_the_speaker() -> None:
    q = _only("Ein Vorschlag kam von der Gemeinde Arnum, die vorschlug, den Deich zu erhöhen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die"


def test_passive_cue_with_a_content_clause_is_an_indirect_quote_without_speaker() -> None:
    q = _only("Dem Hafenmeister wird vorgeworfen, die Gebühren erhöht zu haben, was dieser jedoch bestreitet.",
              "indirect")
    assert q.text.text == "die Gebühren erhöht zu haben"
    assert q.speaker is None


def test_passive_cue_without_content_is_an_event() -> None:
    assert _texts("Die Zahl der Verletzten wurde am Abend offiziell bestätigt.") == []


def test_bekannt_werden_with_dass() -> None:
    q = _only("Im Mai wurde bekannt, dass die Werft verkauft werden soll.", "indirect")
    assert q.text.text == "dass die Werft verkauft werden soll"


def test_separable_cue_split_by_an_apposition_and_joined_in_a_subclause() -> None:
    q = _only("Wie das Hafenamt Nordstadt bekannt gab, wird die Schleuse im Juni gesperrt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "das Hafenamt Nordstadt"
    text = "Die Fähre fährt ab Juli seltener. Dies teilte der Sprecher der Reederei, Kai Nolte, mit."
    q = _only(text, "indirect")
    assert q.speaker is not None and q.speaker.text.startswith("der Sprecher der Reederei")


def test_postposed_wie_clause_attributes_the_sentence_before_it() -> None:
    q = _only("Im Nachbarkreis ist die Seuche noch aktiv, wie Tierärzte betonen.", "indirect")
    assert q.text.text == "Im Nachbarkreis ist die Seuche noch aktiv"
    assert q.speaker is not None and q.speaker.text == "Tierärzte"


def test_hervorgehen_names_the_document_as_source() -> None:
    text = "Die Werft plant einen Umbau der Halle. Dies geht aus einem Schreiben des Vorstands hervor."
    q = _only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "einem Schreiben des Vorstands"


def test_act_verb_without_content_is_no_statement() -> None:
    assert [k for k, _, _ in _texts("Der Stadtrat kritisierte den Bau der neuen Mole.")] == []


def test_passive_report_with_agent_names_the_agent() -> None:
    q = _only("Von den Anwohnern wurde der Umbau des Hafens als überstürzt bezeichnet.", "reported")
    assert q.speaker is not None and q.speaker.text == "den Anwohnern"


def test_prepositional_frame_opening_a_clause_governs_only_what_follows() -> None:
    quotes = _texts("Ein Sprecher der Wasserwacht sagte am Abend, nach ersten Erkenntnissen sei das Boot gekentert.")
    assert ("indirect", "sei das Boot gekentert", "ersten Erkenntnissen") in quotes


def test_indirect_clause_with_a_quoted_part_is_both_indirect_and_direct() -> None:
    quotes = _texts("Die Kapitänin erklärte, ihr lägen „bis heute keine Unterlagen vor“. Die Prüfung dauert an.")
    kinds = sorted(k for k, _, _ in quotes)
    assert kinds == ["direct", "indirect"], quotes


def test_passive_and_impersonal_statements_inherit_no_speaker() -> None:
    text = ("Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. "
            "Ihr wird vorgeworfen, die Crew zu spät informiert zu haben.")
    q = [q for q in extract_quotes(text, "de") if q.text.text.startswith("die Crew")]
    assert len(q) == 1 and q[0].speaker is None


def test_impersonal_man_is_no_speaker() -> None:
    q = _only("Damals befürchtete man, dass die Brücke einstürzen könnte.", "indirect")
    assert q.speaker is None


def test_main_clause_subject_speaks_for_a_reported_clause_without_cue() -> None:
    q = _only("Die Staatsanwältin hegt den Verdacht, der Kassenwart habe Belege gefälscht.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Staatsanwältin"


def test_fronted_object_before_a_colon_quote() -> None:
    text = "Den Ärger der Fischer über die Quote brachte die Sprecherin des Verbands zum Ausdruck: „So geht es nicht.“"
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("die Sprecherin des Verbands")


def test_fronted_thing_with_a_named_person_after_the_verb() -> None:
    text = "Die geplante Schließung der Werft stellte der Betriebsrat Jonas Ebert ebenfalls in Frage: „Das ist falsch.“"
    q = _only(text, "direct")
    assert q.speaker is not None and "Jonas Ebert" in q.speaker.text


def test_speech_noun_with_a_content_clause() -> None:
    q = _only("Der Hafenmeister lehnte die Anfrage mit dem Hinweis ab, die Schleuse sei gesperrt.", "indirect")
    assert q.text.text == "die Schleuse sei gesperrt"
    assert q.cue is not None and q.cue.text == "Hinweis"
    assert q.speaker is not None and q.speaker.text == "Der Hafenmeister"


def test_speech_noun_with_its_owner_and_a_bounded_clause() -> None:
    quotes = _texts("Die Kritik der Fischer, die Quote sei zu niedrig, wies das Ministerium zurück.")
    assert ("indirect", "die Quote sei zu niedrig", "der Fischer") in quotes


def test_konjunktiv_ii_of_a_condition_is_not_reported_speech() -> None:
    assert _texts("Wenn der Pegel weiter stiege, würde die Altstadt überflutet.") == []


def test_dass_clause_ends_where_the_main_clause_resumes() -> None:
    q = _only("Der Kapitän erklärte, dass die Lage ernst sei, und verglich sie mit dem Sturm vom Vorjahr.", "indirect")
    assert q.text.text == "dass die Lage ernst sei"
    q = _only("Der Angeklagte plädierte dafür, dass er nicht schuldig sei, legte aber keine Belege vor.", "indirect")
    assert q.text.text == "dass er nicht schuldig sei"


def test_zitieren_gives_the_quoted_person_as_speaker_and_the_quoter_as_channel() -> None:
    q = _only("„Wir bleiben im Hafen“, zitierte man die Lotsin Frauke Jansen.", "direct")
    assert q.speaker is not None and q.speaker.text == "die Lotsin Frauke Jansen"
    q = _only("„Die Fähre fährt wieder“, wird Jansen zitiert.", "direct")
    assert q.speaker is not None and q.speaker.text == "Jansen"
    text = "Die Lotsin Frauke Jansen wird von der Nordpresse mit den Worten zitiert: „Wir bleiben im Hafen.“"
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Die Lotsin Frauke Jansen"
    assert q.channel is not None and "Nordpresse" in q.channel.text


def test_apposition_with_party_in_brackets_before_a_verb_first_clause() -> None:
    text = "Der frühere Hafenmeister, Jan Oltmanns (SPD), warnte die Stadt vor einem „teuren Fehler“."
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Der frühere Hafenmeister, Jan Oltmanns (SPD)"


def test_auxiliary_after_an_apposition_is_the_finite_verb() -> None:
    text = "Die Sprecherin der Reederei (NFR), Ina Kruse, hat am Montag gefordert, dass die Fähre bleibe."
    q = _only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Sprecherin der Reederei (NFR), Ina Kruse"


def test_quoted_outlet_name_is_a_speaker_phrase() -> None:
    q = _only("Die „Küstenpost“ hatte gestern berichtet, 20 Fähren sollen stillgelegt werden.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die „Küstenpost“"
    q = _only("„Sie war die Seele des Hafens“, schrieb „Die Möwe“ in einem Nachruf.", "direct")
    assert q.speaker is not None and q.speaker.text == "„Die Möwe“"


def test_free_indirect_sentence_does_not_inherit_a_thing_as_speaker() -> None:
    text = ("Die Fähre „Nordlicht“ liegt seit Montag im Dock.\n\n"
            "Die hohen Reparaturkosten belasten den Haushalt. Die Werft habe den Auftrag zu spät erhalten.")
    quotes = [q for q in extract_quotes(text, "de") if q.text.text.startswith("Die Werft")]
    assert len(quotes) == 1 and quotes[0].speaker is None, _texts(text)


def test_relative_clause_inside_a_reported_main_clause_keeps_the_whole_sentence() -> None:
    text = ("Das Gesundheitsamt sieht keine Gefahr. "
            "Lediglich Personen, die mit Geflügel arbeiteten, seien besonders zu schützen.")
    quotes = [q for q in extract_quotes(text, "de") if "Geflügel" in q.text.text]
    assert len(quotes) == 1 and quotes[0].text.text.startswith("Lediglich Personen"), _texts(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Das Gesundheitsamt"


def test_fronted_adverb_puts_the_subject_after_the_verb() -> None:
    q = _only("Hier sparte die Kapitänin nicht mit Kritik: „So geht es nicht weiter.“", "direct")
    assert q.speaker is not None and q.speaker.text == "die Kapitänin"


def test_subject_of_a_zumal_clause_speaks() -> None:
    text = "Die Richterin blieb hart, zumal Verteidiger Jonas Ebert betont hatte, der Mann sei nie auffällig gewesen."
    q = _only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Verteidiger Jonas Ebert"


def test_closest_governing_frame_wins_for_a_quotation() -> None:
    text = "Auch die Kommission kritisierte den Plan scharf: So sagte Kommissar Olli Berg: „Das geht zu weit.“"
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Kommissar Olli Berg"


def test_adverbial_clause_before_a_verb_first_cue_is_no_content() -> None:
    text = "Obwohl die Beute bei ihm gefunden wurde, bestritt der Mann die Tat vor Gericht."
    assert not [k for k, _, _ in _texts(text) if k == "indirect"]
    q = _only(text, "reported")
    assert q.speaker is not None and q.speaker.text == "der Mann"


def test_subject_with_relative_clause_before_a_verb_first_cue_is_no_content() -> None:
    text = "Gutachter der Werft, die das Boot untersuchten, gehen von einem Totalschaden aus."
    assert not [k for k, _, _ in _texts(text) if k == "indirect"]


def test_laut_with_a_web_address_or_a_long_source_phrase() -> None:
    q = _only("Laut hafenblog.de veröffentlichte das Amt kürzlich einen Bericht.", "indirect")
    assert q.speaker is not None and q.speaker.text == "hafenblog.de"
    assert q.text.text.startswith("veröffentlichte")
    q = _only("Laut einer am Dienstag veröffentlichten Mitteilung des Hafenamts wurden 200 Boote gezählt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "einer am Dienstag veröffentlichten Mitteilung des Hafenamts"


def test_gemaess_is_a_source_preposition() -> None:
    q = _only("Die Schleuse bleibt gemäß einem Sprecher des Hafenamts bis Montag gesperrt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "einem Sprecher des Hafenamts"


def test_focus_particle_before_a_pronoun_subject() -> None:
    q = _only("Auch sie forderten den Rücktritt des Hafenmeisters.", "reported")
    assert q.speaker is not None and q.speaker.text == "sie"


def test_bare_name_after_the_verb_speaks_for_a_fronted_thing() -> None:
    q = _only("Eine Verschiebung der Wahl bezeichnete Oltmanns als „fatal“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Oltmanns"


def test_quoted_name_in_apposition_belongs_to_the_speaker() -> None:
    text = "Die Wochenzeitung „Küstenbote“ hatte kritisiert, dass die Fähre zu teuer sei."
    q = _only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Wochenzeitung „Küstenbote“"


def test_indirect_content_stops_before_a_quotation_after_a_colon() -> None:
    text = "Der Verband erklärte, die Sorte gelange nicht in die Nahrung: „Das ist ausgeschlossen.“"
    quotes = _texts(text)
    assert ("indirect", "die Sorte gelange nicht in die Nahrung", "Der Verband") in quotes, quotes
    assert any(k == "direct" and t == "Das ist ausgeschlossen." for k, t, _ in quotes), quotes


def test_reportative_soll_needs_a_statement_right_before() -> None:
    text = "Die Werft baut eine neue Halle.\n\nDer Fährverkehr soll im Mai wieder starten."
    assert _texts(text) == []
    text = "Die Reederin sagte, die Flotte werde verkleinert. Zwei Fähren sollen verkauft werden."
    assert any(t.startswith("Zwei Fähren") for _, t, _ in _texts(text))


def test_first_person_indicative_is_no_reported_speech() -> None:
    assert _texts("Ich habe die Fähre jeden Tag genommen und sehe keinen Grund zur Klage.") == []


def test_konjunktiv_i_of_any_verb_marks_reported_speech() -> None:
    text = "Die Reederin Tilda Marx sagte, die Flotte werde verkleinert. Eine neue Fähre koste zu viel."
    quotes = _texts(text)
    assert any(t.startswith("die Flotte") and "Eine neue Fähre koste" in t for _, t, _ in quotes) or any(
        t.startswith("Eine neue Fähre koste") for _, t, _ in quotes), quotes


def test_capitalised_noun_is_no_konjunktiv() -> None:
    assert _texts("Die Frage der Fähre bleibt offen.") == []


def test_passive_cue_with_a_document_as_source() -> None:
    q = _only("In einer Presseerklärung des Hafenamts wurde verkündet, dass die Schleuse im Mai öffne.", "indirect")
    assert q.speaker is not None and q.speaker.text == "einer Presseerklärung des Hafenamts"


def test_heisst_es_after_the_source_and_its_relative_clause() -> None:
    text = "In dem Bericht der Werft, der am Montag erschien, heißt es, die Halle sei zu klein."
    q = _only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "dem Bericht der Werft"
    q = _only("Nun heißt es im Abschlussbericht, die Halle sei zu klein.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Abschlussbericht"


def test_short_foreign_title_in_quotes_is_no_statement() -> None:
    assert not [k for k, _, _ in _texts("Das Blatt „La Voce del Porto“ erscheint seit Montag täglich.")
                if k == "direct"]
    quotes = [q for q in extract_quotes("“A very difficult situation”, the minister said on Monday.", "en")]
    assert [q.kind for q in quotes] == ["direct"]


def test_label_verb_after_the_quoted_word() -> None:
    q = _only("Der Lotse, der den Umbau zunächst als „Fortschritt“ bezeichnete, schweigt inzwischen.", "direct")
    assert q.text.text == "Fortschritt"
    assert q.speaker is not None and q.speaker.text == "der"
    q = _only("Die Bürgermeisterin wies dies als „Unverschämtheit“ zurück.", "direct")
    assert q.speaker is not None and q.speaker.text == "Die Bürgermeisterin"


def test_quoted_word_inside_a_reported_statement() -> None:
    text = "Die Fischer warfen der Behörde „glatten Wortbruch“ vor."
    assert ("direct", "glatten Wortbruch", "Die Fischer") in _texts(text)


def test_labelling_sentence_with_quoted_words_is_no_separate_reported_statement() -> None:
    quotes = _texts("Die Bürgermeisterin nannte den Plan einen „teuren Irrweg“.")
    assert [k for k, _, _ in quotes] == ["direct"], quotes


def test_reported_statement_spans_its_own_clause() -> None:
    q = _only("Während die Werft schwieg, fordert die Gewerkschaft seit gestern den Rücktritt des Chefs.", "reported")
    assert q.text.text.startswith("fordert die Gewerkschaft")
    q = _only("Er nannte den Streik einen Fehler und rief die Beschäftigten zur Arbeit.", "reported")
    assert q.text.text == "Er nannte den Streik einen Fehler"
