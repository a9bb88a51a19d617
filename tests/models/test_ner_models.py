"""The shipped NER model folders: loadable, small, and stable across save-and-reload."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from lagebild.nlp.ner import load_ner

MODELS = Path(__file__).resolve().parents[2] / "lagebild" / "models"
# Fictional sample text written for this test.
SAMPLES = {
    "de": "Der Verein Nordlicht Hamburg verpflichtete den Trainer Malte Oberhuber aus Kiel.",
    "en": "The Riverside Historical Society hired archivist Helen Markham from Boston.",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_save_and_reload_gives_same_entities(lang: str, tmp_path: Path) -> None:
    path = MODELS / f"ner-{lang}"
    if not (path / "config.cfg").is_file():
        pytest.skip(f"{path} missing; train with python -m training.ner.train --lang {lang}")
    nlp = load_ner(lang)  # the cached pipeline the other NER tests use, so it loads once
    assert nlp is not None
    assert nlp.pipe_names == ["tok2vec", "ner"]
    nlp.to_disk(tmp_path / "copy")
    again = spacy.load(tmp_path / "copy")
    text = SAMPLES[lang]
    assert [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] == [
        (e.start_char, e.end_char, e.label_) for e in again(text).ents
    ]


def test_models_are_small_and_carry_a_card() -> None:
    dirs = [MODELS / f"ner-{lang}" for lang in ("de", "en") if (MODELS / f"ner-{lang}").is_dir()]
    if not dirs:
        pytest.skip("no NER model shipped yet")
    total = sum(f.stat().st_size for d in dirs for f in d.rglob("*") if f.is_file())
    assert total < 60e6
    for d in dirs:
        assert (d / "MODEL_CARD.md").is_file() and (d / "meta.json").is_file()
