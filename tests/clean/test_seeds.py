"""The founding seed articles against their line-level gold (../shared/gold/seed-lines.json)."""

from __future__ import annotations

import json
import re

import pytest

from lagebild.clean.text_dump import clean_text_dump, label_lines
from tests.conftest import shared_path

SEEDS = ["000_26876b411ad06f14.txt", "001_92616571f9933cbb.txt"]
_WS = re.compile(r"\s+")


def _gold() -> dict:
    return json.loads(shared_path("gold", "seed-lines.json").read_text(encoding="utf-8"))


def _lines(name: str) -> list[str]:
    return shared_path("seeds", name).read_text(encoding="utf-8").splitlines()


def _gold_labels(gold: dict, name: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for label, numbers in gold[name].items():
        for n in numbers:
            out[n] = {label, *gold["ambiguous"].get(name, {}).get(str(n), [])}
    return out


@pytest.mark.parametrize("name", SEEDS)
def test_every_seed_line_gets_a_gold_label(name: str) -> None:
    labels = label_lines(_lines(name))
    wrong = {n: labels[n - 1] for n, ok in _gold_labels(_gold(), name).items() if labels[n - 1] not in ok}
    assert wrong == {}


@pytest.mark.parametrize("name", SEEDS)
def test_seed_body_kept_and_boilerplate_removed(name: str) -> None:
    gold, lines = _gold(), _lines(name)
    art = clean_text_dump("\n".join(lines))
    kept = {_WS.sub(" ", b.text) for b in art.paragraphs} | {art.lede}
    for n in [n for lab in ("body", "lede", "subhead") for n in gold[name].get(lab, [])]:
        assert lines[n - 1].strip() in kept
    removed = set(art.removed)
    ambiguous = gold["ambiguous"].get(name, {})
    for n in [n for n in gold[name].get("boilerplate", []) if str(n) not in ambiguous]:
        assert lines[n - 1].strip() not in art.text and lines[n - 1].strip() in removed


def test_seed_titles_dates_and_provenance() -> None:
    a0 = clean_text_dump("\n".join(_lines(SEEDS[0])))
    a1 = clean_text_dump("\n".join(_lines(SEEDS[1])))
    assert a0.title == _lines(SEEDS[0])[0].strip()
    assert a1.title == _lines(SEEDS[1])[19].strip()
    assert a1.published == "2024-05-25" and a1.reading_time_min == 2
    assert [(p.kind, p.outlet) for p in a0.provenance] == [("translated_from", "Business Insider")]
    assert any(p.kind == "image_credit" and "dpa" in p.text for p in a1.provenance)
    assert "Kim Jong Un und Wladimir Putin" in a1.captions
