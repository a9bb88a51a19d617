"""Span-level exact-match scores of the transformer NER on gold-tokenised sentences.

Uses the Scores container and IOB span reader of training/ner, so both NER routes are scored
under the same rules (and the same tag mapping of the gold data).
"""

from __future__ import annotations

import time

from lagebild.nlp.e5_weights import E5Tokenizer
from lagebild.nlp.ner_tf import E5TokenClassifier, tag_sentences
from training.ner.data import Sentence, iob_spans
from training.ner.evaluate import Scores


def predict(model: E5TokenClassifier, tok: E5Tokenizer, sentences: list[Sentence]) -> tuple[list[list[str]], float]:
    """Predicted tags for the gold words (no re-tokenisation) and the seconds it took."""
    start = time.perf_counter()
    tags = tag_sentences(model.eval(), tok, [words for words, _ in sentences])
    return tags, time.perf_counter() - start


def score_tags(sentences: list[Sentence], predicted: list[list[str]], seconds: float = 0.0) -> Scores:
    """Compare predicted and gold spans token for token (one prediction can be scored in several views)."""
    result = Scores(seconds=seconds)
    for (words, gold_tags), pred_tags in zip(sentences, predicted, strict=True):
        result.tokens += len(words)
        gold = set(iob_spans(gold_tags))
        pred = set(iob_spans(pred_tags))
        result.count(pred, gold)
    return result


def score(model: E5TokenClassifier, tok: E5Tokenizer, sentences: list[Sentence]) -> Scores:
    tags, seconds = predict(model, tok, sentences)
    return score_tags(sentences, tags, seconds)
