"""Entity extraction on fictional samples (written for these tests; the events never happened)."""

from __future__ import annotations

import pytest

from lagebild.extract.entities import EntityInputError, extract_entities
from lagebild.records import Entity

# Sample text, fictional.
DE_SAMPLE = (
    "Kremlsprecher Dmitrij Peskov bestätigte am Montag ein Treffen. Der russische Präsident Vladimir Putin "
    "reist nach Pjöngjang. Putins Reise sei lange geplant, sagte Selenskyj in Kyjiw. Die Expertin Laura "
    "Winter von der Stiftung Wissenschaft und Politik sprach von einer Zäsur. Winters Einschätzung teilen "
    "nicht alle. Das Kim-Regime schwieg, Kim Jong Un war in Wonsan. Die nordkoreanischen Medien berichteten."
)
# Sample text, fictional.
EN_SAMPLE = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Pyongyang, Reuters reported. "
    "Kremlin spokesman Dmitry Peskov said Putin's trip went well. Kim later thanked Russia's army."
)


def _by_key(entities: list[Entity]) -> dict[str, Entity]:
    return {e.key: e for e in entities}


def _texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_transliteration_variants_link_to_the_kb() -> None:
    ents = _by_key(extract_entities(DE_SAMPLE, "de", []))
    assert "Dmitrij Peskov" in _texts(ents["lb:per:dmitry-peskov"])
    assert _texts(ents["Q7747"]) == ["Vladimir Putin", "Putins"]
    assert ents["Q7747"].name == "Wladimir Putin"  # the German KB name in a German article
    assert _texts(ents["Q3874799"]) == ["Selenskyj"]


def test_places_adjectives_and_genitives_resolve_to_countries_and_cities() -> None:
    ents = _by_key(extract_entities(DE_SAMPLE, "de", []))
    assert _texts(ents["Q159"]) == ["russische"]
    assert _texts(ents["Q423"]) == ["nordkoreanischen"]
    assert ents["Q18808"].type == "LOC" and ents["Q1899"].name == "Kiew"


def test_short_forms_join_the_full_name() -> None:
    ents = _by_key(extract_entities(DE_SAMPLE, "de", []))
    assert _texts(ents["Q56226"]) == ["Kim", "Kim Jong Un"]  # "Kim-Regime" before the full name
    winter = next(e for e in ents.values() if e.name == "Laura Winter")
    assert winter.kb_id is None and winter.key == "per:laura-winter"
    assert _texts(winter) == ["Laura Winter", "Winters"]


def test_english_article() -> None:
    ents = _by_key(extract_entities(EN_SAMPLE, "en", []))
    assert _texts(ents["Q56226"]) == ["Kim Jong-un", "Kim"]
    assert ents["Q7747"].name == "Vladimir Putin" and _texts(ents["Q7747"]) == ["Vladimir Putin", "Putin"]
    assert _texts(ents["Q159"]) == ["Russian", "Russia"]  # the clitic 's stays outside the mention
    assert ents["Q130879"].type == "ORG"


def test_unknown_names_get_one_stable_key_across_articles() -> None:
    a = extract_entities("Die Analystin Nina Falkenberg warnte. Falkenberg sagte, es werde ernst.", "de", [])
    b = extract_entities("Nina Falkenberg said the talks had failed.", "en", [])
    assert [e.key for e in a] == [e.key for e in b] == ["per:nina-falkenberg"]
    assert len(a[0].mentions) == 2


def test_a_place_and_its_lowercase_class_noun_share_one_key() -> None:
    text = "Boats left the Orvel river at dawn. By noon the Orvel had risen again."  # fictional
    spans = [(15, 26, "LOC"), (48, 53, "LOC")]
    ents = extract_entities(text, "en", spans)
    assert [e.key for e in ents] == ["loc:orvel"] and len(ents[0].mentions) == 2
    de = extract_entities("Die Orvel trat über die Ufer.", "de", [(4, 9, "LOC")])  # fictional
    assert [e.key for e in de] == ["loc:orvel"]
    lake = extract_entities("They sailed on Lake Orvel.", "en", [(15, 25, "LOC")])
    assert [e.key for e in lake] == ["loc:lake-orvel"]  # a capitalised class word is part of the name


def test_a_demonym_of_an_unknown_place_joins_the_place_named_in_the_article() -> None:
    text = "Caldorian officials met in Kessmund. Caldoria wants the talks to go on."  # fictional
    ents = {e.key: e for e in extract_entities(text, "en", [(0, 9, "LOC"), (27, 35, "LOC"), (37, 45, "LOC")])}
    assert set(ents) == {"loc:caldoria", "loc:kessmund"}
    assert [m.text for m in ents["loc:caldoria"].mentions] == ["Caldorian", "Caldoria"]
    assert ents["loc:caldoria"].name == "Caldoria"
    alone = extract_entities("Caldorian officials met.", "en", [(0, 9, "LOC")])
    assert [e.key for e in alone] == ["loc:caldorian"]  # without the place itself nothing to join


def test_the_genitive_of_an_unknown_name_joins_the_name_in_the_article() -> None:
    text = "Caldoria und Vardeland einigen sich. Caldorias Regierung stimmte zu."  # fictional
    spans = [(0, 8, "LOC"), (13, 22, "LOC"), (37, 46, "LOC")]
    ents = {e.key: e for e in extract_entities(text, "de", spans)}
    assert set(ents) == {"loc:caldoria", "loc:vardeland"}
    assert [m.text for m in ents["loc:caldoria"].mentions] == ["Caldoria", "Caldorias"]
    alone = extract_entities("Die Regierung Caldorias stimmte zu.", "de", [(14, 23, "LOC")])
    assert [e.key for e in alone] == ["loc:caldorias"]  # without the base form there is no evidence


def test_one_name_has_one_type_within_an_article() -> None:
    # the tagger typed the last mention a person; three of four mentions say place
    text = "Caldoria und Vardeland einigen sich. Caldoria zahlt mehr. Regierungschefin Caldoria lachte."  # fictional
    spans = [(0, 8, "LOC"), (13, 22, "LOC"), (37, 45, "LOC"), (75, 83, "PER")]
    ents = {e.key: e for e in extract_entities(text, "de", spans)}
    assert set(ents) == {"loc:caldoria", "loc:vardeland"}
    assert len(ents["loc:caldoria"].mentions) == 3


def test_a_dateline_in_capitals_does_not_name_the_place() -> None:
    text = "MARROWICK (CWS) – Dockers in Marrowick stopped work."  # fictional
    ents = extract_entities(text, "en", [(0, 9, "LOC"), (29, 38, "LOC")])
    assert [(e.key, e.name, len(e.mentions)) for e in ents] == [("loc:marrowick", "Marrowick", 2)]
    acronym = extract_entities("Die KDU streikt.", "de", [(4, 7, "ORG")])
    assert [e.name for e in acronym] == ["KDU"]


def test_model_spans_are_linked_and_trimmed() -> None:
    text = "„Wladimir Putin“ und die Firma Nordwerk AG trafen Ana Ruiz."  # sample text, fictional
    spans = [(0, 16, "PER"), (31, 42, "ORG"), (50, 58, "PER")]
    ents = _by_key(extract_entities(text, "de", spans))
    assert _texts(ents["Q7747"]) == ["Wladimir Putin"]
    assert _texts(ents["org:nordwerk-ag"]) == ["Nordwerk AG"]
    assert ents["per:ana-ruiz"].type == "PER"


def test_common_words_are_not_entities() -> None:
    text = "Das Bild zeigt die Welt im Spiegel. Wir essen in der Halle, die Zeit drängt."  # fictional
    assert extract_entities(text, "de", []) == []


def test_output_is_sorted_and_offsets_cut_the_mention() -> None:
    ents = extract_entities(DE_SAMPLE, "de", [])
    firsts = [e.mentions[0].start for e in ents]
    assert firsts == sorted(firsts)
    for e in ents:
        assert all(DE_SAMPLE[m.start : m.end] == m.text for m in e.mentions)


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(EntityInputError, match="must be str"):
        extract_entities(b"bytes", "de")  # type: ignore[arg-type]
    with pytest.raises(EntityInputError, match="outside the text"):
        extract_entities("kurz", "de", [(0, 99, "PER")])
    assert extract_entities("   ", None) == []


def test_a_model_name_around_a_place_of_another_type_wins() -> None:
    text = "Sie lehrt an der Universität Moskau und lebt in Moskau."  # sample text, fictional
    ents = extract_entities(text, "de", [(17, 35, "ORG")])
    assert [(e.type, e.key, [m.text for m in e.mentions]) for e in ents] == [
        ("ORG", "org:universitat-moskau", ["Universität Moskau"]),
        ("LOC", "Q649", ["Moskau"]),
    ]


def test_spelling_variants_of_an_unknown_person_merge_within_an_article() -> None:
    text = "Andriy Sorokin sprach zuerst. Später widersprach Andrij Sorokin sich selbst."  # fictional
    ents = extract_entities(text, "de", [(0, 14, "PER"), (49, 63, "PER")])
    assert [(e.key, [m.text for m in e.mentions]) for e in ents] == [
        ("per:andriy-sorokin", ["Andriy Sorokin", "Andrij Sorokin"])
    ]
