"""The two seed articles against the gold entities (read from ../shared; skipped in a fresh clone).

The raw scraped text stands in for the cleaned article: entity finding must cope with either.
"""

from __future__ import annotations

import json
import re

import pytest

from lagebild.extract.entities import extract_entities
from lagebild.kb.names import fold
from lagebild.records import Entity
from tests.conftest import shared_path

SEEDS = ("000_26876b411ad06f14.txt", "001_92616571f9933cbb.txt")


def _seed(name: str) -> tuple[list[Entity], dict]:
    text = shared_path("seeds", name).read_text(encoding="utf-8")
    gold = json.loads(shared_path("gold", "seed-story.json").read_text(encoding="utf-8"))["articles"][name]
    return extract_entities(text, "de", []), gold


def _gold_names(label: str) -> list[str]:
    """ "Biden (in 'Biden-Regierung')" -> ["Biden"]; "Kim Jong Un / Kim Jong-un" -> both spellings."""
    return [p.strip() for p in re.sub(r"\(.*?\)", "", label).split("/")]


def _find(entities: list[Entity], name: str, type_: str) -> Entity | None:
    for e in entities:
        forms = {fold(e.name), *(fold(m.text) for m in e.mentions)}
        if e.type == type_ and (fold(name) in forms or fold(name) + "s" in forms):
            return e
    return None


@pytest.mark.parametrize("seed", SEEDS)
def test_every_gold_person_is_found(seed: str) -> None:
    entities, gold = _seed(seed)
    missing = [n for label in gold["entities"]["PER"] for n in _gold_names(label) if not _find(entities, n, "PER")]
    assert missing == []


@pytest.mark.parametrize("seed", SEEDS)
def test_gold_places_are_found(seed: str) -> None:
    entities, gold = _seed(seed)
    found = [label for label in gold["entities"]["LOC"] if _find_place(entities, label)]
    assert len(found) == len(gold["entities"]["LOC"])


def _find_place(entities: list[Entity], label: str) -> bool:
    quoted = re.search(r"'(.+?)'", label)
    name = quoted.group(1) if quoted else _gold_names(label)[0]
    key = fold(name)
    return any(
        e.type == "LOC" and (fold(e.name) == key or any(key in fold(m.text) or fold(m.text) in key for m in e.mentions))
        for e in entities
    )


def test_name_variants_merge_into_one_linked_entity() -> None:
    entities, _ = _seed(SEEDS[1])
    kim = [e for e in entities if any(m.text.startswith("Kim Jong") for m in e.mentions)]
    assert len(kim) == 1 and kim[0].kb_id == "Q56226"
    assert {"Kim Jong Un", "Kim Jong-un", "Kim"} <= {m.text for m in kim[0].mentions}
    putin = [e for e in entities if any("Putin" in m.text for m in e.mentions)]
    assert len(putin) == 1 and putin[0].kb_id == "Q7747"
    assert {"Wladimir Putin", "Putin"} <= {m.text for m in putin[0].mentions}


def test_places_resolve_to_the_right_kb_entries() -> None:
    entities, _ = _seed(SEEDS[0])
    by_id = {e.kb_id: {m.text for m in e.mentions} for e in entities}
    assert {"Nordkorea", "nordkoreanischen", "Nordkoreas"} <= by_id["Q423"]
    assert "Pjöngjangs" in by_id["Q18808"]
    assert "südkoreanischer" in by_id["Q884"]


def test_seed_roles() -> None:
    roles = {e.name: e.roles for s in SEEDS for e in _seed(s)[0] if e.roles}
    assert "Kremlsprecher" in roles["Dmitri Peskow"]
    assert "Präsident (Russland)" in roles["Wladimir Putin"]
    assert "Experte (CSIS)" in roles["Victor Cha"]
    assert roles["Rachel Minyoung Lee"] == ["Senior Fellow (38 North, Stimson Center)"]
