"""SmartData re-joining: compounds split at entity edges go back to one O token (fictional texts)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from training.ner.data import Sentence
from training.ner.prepare import DEFAULT_MIX, TF_MIX, smartdata_rejoined


def _spans_file(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "train.spans.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": str(i), "text": text, "mentions": []}) + "\n")
    return path


def test_compound_becomes_one_o_token_and_inflection_joins_the_entity(tmp_path: Path) -> None:
    texts = ["Der Quarkhaus-Streik traf Bad Wolkenfeld.", "Ex-Quarkhaus Chef Lina Murr sagt: Murrs Plan."]
    sentences: list[Sentence] = [
        (["Der", "Quarkhaus", "-Streik", "traf", "Bad", "Wolkenfeld", "."],
         ["O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "O"]),
        (["Ex-", "Quarkhaus", "Chef", "Lina", "Murr", "sagt", ":", "Murr", "s", "Plan", "."],
         ["O", "B-ORG", "O", "B-PER", "I-PER", "O", "O", "B-PER", "O", "O", "O"]),
    ]
    out = smartdata_rejoined(sentences, _spans_file(tmp_path, texts))
    assert out[0] == (["Der", "Quarkhaus-Streik", "traf", "Bad", "Wolkenfeld", "."],
                      ["O", "O", "O", "B-LOC", "I-LOC", "O"])
    words, tags = out[1]
    assert (words[0], tags[0]) == ("Ex-Quarkhaus", "O")
    assert (words[6], tags[6]) == ("Murrs", "B-PER")  # a genitive ending stays part of the name
    assert tags[2:4] == ["B-PER", "I-PER"]  # tokens with a space between them are left alone


def test_adjectival_locations_become_o(tmp_path: Path) -> None:
    texts = ["In Wolkenfeld sagte die wolkische Presse: Wolkenfelder Bier."]
    sentences: list[Sentence] = [
        (["In", "Wolkenfeld", "sagte", "die", "wolkische", "Presse", ":", "Wolkenfelder", "Bier", "."],
         ["O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-LOC", "O", "O"]),
    ]
    ((_, tags),) = smartdata_rejoined(sentences, _spans_file(tmp_path, texts))
    assert tags == ["O", "B-LOC", "O", "O", "O", "O", "O", "O", "O", "O"]


def test_unalignable_sentences_stay_unchanged(tmp_path: Path) -> None:
    sentences: list[Sentence] = [(["Nirgendwo", "-Text"], ["B-LOC", "O"])]
    assert smartdata_rejoined(sentences, _spans_file(tmp_path, ["ganz anders"])) == sentences


def test_cnn_mix_does_not_rejoin() -> None:
    """The spaCy route keeps its mix (and so its reproducibility); only the transformer re-joins."""
    assert not DEFAULT_MIX["de"].smartdata_rejoin
    assert TF_MIX["de"].smartdata_rejoin
