"""Tune the O-tag bonus of a transformer NER model folder on its held-out split and store it there.

A model that finds more spans than are there (precision well below recall) gains F1 when the O tag
gets a small bonus before decoding. How large is a property of the trained weights, so each folder
carries its own value (`o_bias` in config.json), chosen here on the held-out fifth of the gold dev
data only; the test sets never see the choice. Called at the end of training and by `card.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.nlp.e5_weights import E5Tokenizer
from lagebild.nlp.ner_tf import E5TokenClassifier, decode_tags, sentence_scores
from training.ner.data import Sentence
from training.ner_tf.evaluate import score_tags

GRID = (0.0, 0.5, 1.0, 1.5, 2.0)  # log-probability bonus; above 2 recall collapses (MISC first)


def tune_o_bias(
    model: E5TokenClassifier, tok: E5Tokenizer, holdout: list[Sentence]
) -> tuple[float, dict[float, float]]:
    """The grid value with the best held-out F1 (the smaller one on a tie) and every value's F1."""
    words = [w for w, _ in holdout]
    scores = sentence_scores(model.eval(), tok, words)
    f1: dict[float, float] = {}
    for bias in GRID:
        tags = [decode_tags(sc, ws, bias) for sc, ws in zip(scores, words, strict=True)]
        f1[bias] = round(score_tags(holdout, tags).prf()[2], 4)
    best = max(GRID, key=lambda b: (f1[b], -b))
    return best, f1


def store_o_bias(folder: Path, model: E5TokenClassifier, tok: E5Tokenizer, holdout: list[Sentence]) -> float:
    """Tune on `model` (the folder's shipped weights), write the value into config.json, set it on `model`."""
    best, f1 = tune_o_bias(model, tok, holdout)
    path = folder / "config.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    config["o_bias"] = best
    config["o_bias_heldout_f1"] = {str(b): f for b, f in f1.items()}
    path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    model.o_bias = best
    print(f"O bonus {best} (held-out F1 by bonus: {f1})", flush=True)
    return best
