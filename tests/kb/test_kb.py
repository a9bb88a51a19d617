"""The shipped knowledge base: ids, aliases across languages, and a reproducible build."""

from __future__ import annotations

import time

from lagebild.kb import KB_PATH, load_kb
from training.kb.build import build, dumps


def test_well_known_entities_carry_their_wikidata_ids() -> None:
    kb = load_kb()
    for qid, name in [("Q159", "Russia"), ("Q423", "North Korea"), ("Q7747", "Vladimir Putin"),
                      ("Q56226", "Kim Jong Un"), ("Q18808", "Pyongyang"), ("Q458", "European Union")]:
        entry = kb.get(qid)
        assert entry is not None and entry.name == name and entry.qid == qid


def test_aliases_in_german_and_english_lead_to_one_entry() -> None:
    kb = load_kb()
    for alias, qid in [("Nordkorea", "Q423"), ("North Korea", "Q423"), ("Pjöngjang", "Q18808"),
                       ("Moskau", "Q649"), ("Peking", "Q956"), ("Kyjiw", "Q1899"), ("Kiew", "Q1899"),
                       ("Wladimir Putin", "Q7747"), ("Kim Jong-un", "Q56226")]:
        assert kb.candidates(alias)[0].id == qid, alias


def test_adjectives_are_inflected_and_marked() -> None:
    entry = load_kb().get("Q423")
    assert entry is not None
    adjectives = {a.text for a in entry.aliases if a.adjective}
    assert {"nordkoreanisch", "nordkoreanischen", "nordkoreanischer", "Nordkoreaner", "North Korean"} <= adjectives


def test_entries_without_a_known_qid_get_stable_local_ids() -> None:
    kb = load_kb()
    csis = kb.candidates("Center for Strategic and International Studies")[0]
    assert csis.qid is None and csis.id == "lb:org:center-for-strategic-and-international-studies"
    assert csis.abbrev == "CSIS"
    assert kb.candidates("Zentrum für strategische und internationale Studien")[0].id == csis.id


def test_load_is_cached() -> None:
    load_kb()
    t = time.perf_counter()
    assert load_kb() is load_kb()
    assert time.perf_counter() - t < 0.01


def test_rebuild_is_deterministic_and_matches_the_shipped_file() -> None:
    first = dumps(build())
    assert first == dumps(build())
    assert first == KB_PATH.read_text(encoding="utf-8"), "run: python -m training.kb.build"
    assert len(first.encode()) < 3_000_000
