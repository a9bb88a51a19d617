"""Training examples for the transformer NER: the same permitted data and mix rules as training/ner.

Sentences come from training.ner.prepare.build (GermEval dev 4/5 + SmartData train + filtered
WikiANN silver for German; EWT dev 4/5 + WikiANN for English; every 5th gold dev sentence held out
for model selection), so both NER routes learn from exactly the same licensed data.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.nlp.e5_weights import E5Tokenizer
from lagebild.nlp.ner_tf import TAGS, encode_words
from training.ner.data import Sentence
from training.ner.prepare import Mix, build

IGNORE = -100  # label of pieces that are not the first piece of a word
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}


@dataclass(frozen=True)
class Example:
    ids: list[int]
    labels: list[int]


def encode(tok: E5Tokenizer, sentences: list[Sentence]) -> list[Example]:
    """Piece ids with the word's tag on its first piece; long sentences become several windows."""
    out: list[Example] = []
    for words, tags in sentences:
        done = 0
        for window in encode_words(tok, words):
            labels = [IGNORE] * len(window.ids)
            for k, pos in enumerate(window.first):
                labels[pos] = TAG_INDEX[tags[done + k]]
            done += len(window.first)
            out.append(Example(window.ids, labels))
    return out


def load(lang: str, tok: E5Tokenizer, mix: Mix) -> tuple[list[Example], list[Sentence]]:
    """Encoded training examples and the held-out gold sentences (scored word by word)."""
    train, dev = build(lang, mix)
    return encode(tok, train), dev
