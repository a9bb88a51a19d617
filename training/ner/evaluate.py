"""Span-level exact-match scoring of a spaCy NER pipeline on gold-tokenised TSV sentences.

Scoring is done here rather than with spaCy's Scorer so that the benchmark and the model card
report the same numbers under the same tag mapping (and can score a second mapping view).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import spacy
from spacy.tokens import Doc

from training.ner.data import LABELS, Sentence, iob_spans


@dataclass
class Scores:
    """True positives, false positives and false negatives per label."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    tokens: int = 0
    seconds: float = 0.0

    def count(self, pred: set[tuple[int, int, str]], gold: set[tuple[int, int, str]]) -> None:
        """Add one sentence's exact-match comparison of predicted and gold (start, end, label) spans."""
        for sp in pred & gold:
            self.tp[sp[2]] += 1
        for sp in pred - gold:
            self.fp[sp[2]] += 1
        for sp in gold - pred:
            self.fn[sp[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 for one label or (None) micro-averaged over all."""
        if label is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def labels(self) -> list[str]:
        seen = set(self.tp) | set(self.fp) | set(self.fn)
        return [lab for lab in LABELS if lab in seen] + sorted(seen - set(LABELS))

    def table(self) -> str:
        """Plain-text table, one line per label plus the overall micro average."""
        lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}"]
        for label in [*self.labels(), None]:
            p, r, f = self.prf(label)
            gold = self.tp[label] + self.fn[label] if label else sum(self.tp.values()) + sum(self.fn.values())
            lines.append(f"{label or 'overall':<8}{p:>8.4f}{r:>8.4f}{f:>8.4f}{gold:>8}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for label in [*self.labels(), None]:
            p, r, f = self.prf(label)
            out[label or "overall"] = {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}
        return out


def predict_docs(nlp: spacy.Language, sentences: list[Sentence], batch_size: int = 256) -> list[Doc]:
    """Run the pipeline on the gold tokens (no re-tokenisation), so spans compare token for token."""
    docs = (Doc(nlp.vocab, words=words) for words, _ in sentences)
    return list(nlp.pipe(docs, batch_size=batch_size))


def score(
    nlp: spacy.Language, sentences: list[Sentence], only: tuple[str, ...] | None = None
) -> Scores:
    """Exact-match span scores; `only` restricts both gold and predictions to some labels."""
    result = Scores()
    start = time.perf_counter()
    docs = predict_docs(nlp, sentences)
    result.seconds = time.perf_counter() - start
    for doc, (words, tags) in zip(docs, sentences, strict=True):
        result.tokens += len(words)
        gold = {s for s in iob_spans(tags) if only is None or s[2] in only}
        pred = {(e.start, e.end, e.label_) for e in doc.ents if only is None or e.label_ in only}
        result.count(pred, gold)
    return result
