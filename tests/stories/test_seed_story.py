"""The founding example: two German articles on one story (read from ../shared, skipped when absent).

Gold facts are prose descriptions; each is matched here by a pattern on the statements of the side(s)
that should carry it. Run with -s to see the dossier's facts for review.
"""

import re

import pytest

from lagebild.clean.text_dump import clean_text_dump
from lagebild.records import Article
from lagebild.stories.cluster import StoryClusterer
from lagebild.stories.dossier import build_dossier
from lagebild.stories.item import StoryItem
from tests.conftest import shared_path

NAMES = ("000_26876b411ad06f14.txt", "001_92616571f9933cbb.txt")
# gold shared fact -> (pattern a 000 statement must match, pattern a 001 statement must match)
SHARED = {
    "US fears NK provocation before the election (NBC)": (r"(NBC|US-Behörden).*Wahl", r"Wahl|Eskalation"),
    "provocation meant to create turmoil elsewhere": (r"anderen Teil der Welt", r"weiteren Weltregion"),
    "Putin visit to North Korea expected": (r"Besuch|Treffen", r"besucht"),
    "North Korea supplied munitions to Russia": (r"Munition|Artillerie|Militärhilfe", r"Munition"),
    "Russia gives military technology in return": (r"Waffensysteme|Know-how", r"Technologie|U-Boot"),
    "alliance could expand nuclear capabilities": (r"nuklearen Fähigkeiten", r"nuklearen Fähigkeiten"),
    "Russia may hold back before the election": (r"zögern", r"zurückschrecken"),
}
ONLY_000 = {
    "Trump campaign reply": r"Wahlkampfsprecher",
    "Peskov confirms visit": r"Peskow|Einladung",
    "CSIS: modern weapon systems": r"Waffensysteme",
    "Rachel Minyoung Lee": r"Minyoung Lee",
    "half of missiles failed": r"Hälfte|Kostin",
    "submarine launched 2023": r"Stapellauf",
    "China wants no instability": r"China",
}
ONLY_001 = {
    "2016 election meddling": r"2016",
    "Victor Cha roller coaster": r"Achterbahn|Victor Cha",
    "Russia may help finish submarine": r"Fertigstellung",
    "tech transfer harder to track": r"physisch verfolgt",
    "no dialogue for three years": r"Dialog",
    "UN veto": r"Vetorecht",
}


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return [clean_text_dump(shared_path("seeds", n).read_text(encoding="utf-8")) for n in NAMES]


@pytest.fixture(scope="module")
def dossier(seeds: list[Article]) -> dict:
    return build_dossier(seeds, [None, None], ["000", "001"])


def test_seeds_form_one_story(seeds: list[Article]) -> None:
    c = StoryClusterer()
    ids = [c.add(StoryItem.from_article(a, n)) for a, n in zip(seeds, ("000", "001"), strict=True)]
    assert ids[0] == ids[1]
    assert c.story(ids[0])["independent_sources"] == 2  # type: ignore[index]


def test_shared_facts(dossier: dict) -> None:
    found = []
    for fact, (pa, pb) in SHARED.items():
        for group in dossier["shared"]:
            sides = {s["article"]: [] for s in group["statements"]}
            for s in group["statements"]:
                sides[s["article"]].append(s["text"])
            if any(re.search(pa, t) for t in sides.get("000", [])) and any(
                re.search(pb, t) for t in sides.get("001", [])
            ):
                found.append(fact)
                print(f"SHARED {fact}:\n   000 {sides['000']}\n   001 {sides['001']}")
                break
    print(f"shared facts found: {len(found)}/7 -> missing {sorted(set(SHARED) - set(found))}")
    assert len(found) >= 5


@pytest.mark.parametrize(("side", "gold", "need"), [("000", ONLY_000, 4), ("001", ONLY_001, 4)])
def test_unique_facts_on_the_right_side(dossier: dict, side: str, gold: dict, need: int) -> None:
    texts = [u["text"] for u in dossier["unique"][side]]
    other = [u["text"] for k, v in dossier["unique"].items() if k != side for u in v]
    hits = [f for f, p in gold.items() if any(re.search(p, t) for t in texts)]
    assert not any(re.search(p, t) for p in gold.values() for t in other if p != r"Dialog")
    print(f"only in {side}: {len(hits)}/{len(gold)} -> missing {sorted(set(gold) - set(hits))}")
    assert len(hits) >= need


def test_quote_translations_paired_and_shells_flagged(dossier: dict) -> None:
    pairs = [q for q in dossier["quote_pairs"] if q["a"]["text"].startswith("Wir haben keinen Zweifel")]
    assert len(pairs) == 1 and pairs[0]["b"]["text"].startswith("Wir haben keinen Zweifel")
    assert not pairs[0]["same_wording"]
    numeric = [c for c in dossier["conflicts"] if c["kind"] == "numeric"]
    assert any(
        "Artilleriegeschoss" in c["a"]["item"]["text"] and "Millionen" in c["b"]["item"]["text"] for c in numeric
    )
    assert dossier["outlets"] == ["Business Insider", "t-online"]
