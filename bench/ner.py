"""Benchmark lagebild's shipped NER models: accuracy on the test sets and speed on one core.

    python bench/ner.py [--limit N]

Prints span-level exact-match P/R/F1 per type and overall on GermEval 2014 test (primary: coarse
view, deriv/part -> O; secondary: deriv/part -> base type), on UNER English-EWT test, and throughput
in tokens/s on one thread for NER alone (raw text in, spans out, tokenisation included) and, when
lagebild.extract.pipeline is there (analyze_text or analyze_batch), for the whole analyze stage.
The first tables score the spaCy CNN models on gold tokens; then the NER as shipped
(predict_spans_batch: the transformer model when torch is installed, else the CNN)
is scored on the raw text of the throughput run (character spans, its own word tokenisation).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import importlib  # noqa: E402
import inspect  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TypeVar  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lagebild.nlp.ner import load_ner, predict_spans_batch  # noqa: E402
from training.ner.data import Sentence, datasets_dir, iob_spans, mapped, read_tsv  # noqa: E402
from training.ner.evaluate import Scores, score  # noqa: E402

T = TypeVar("T")


def _one_thread() -> None:
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


def _texts(sentences: list[Sentence]) -> tuple[list[str], int]:
    """Sentences re-joined with spaces, as raw text the way callers pass it."""
    return [" ".join(words) for words, _ in sentences], sum(len(w) for w, _ in sentences)


def _throughput(label: str, fn: Callable[[list[str]], T], texts: list[str], tokens: int) -> T:
    fn(texts[:20])  # warm-up: model load and first allocations are not throughput
    start = time.perf_counter()
    out = fn(texts)
    secs = time.perf_counter() - start
    print(f"{label}: {tokens / secs:,.0f} tokens/s ({tokens} tokens in {secs:.1f} s, 1 thread)")
    return out


def _score_raw(sentences: list[Sentence], predicted: list[list[tuple[int, int, str]]]) -> Scores:
    """Exact-match scores of character spans on the space-joined sentences (see _texts)."""
    result = Scores()
    for (words, tags), pred in zip(sentences, predicted, strict=True):
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        gold = {(starts[a], starts[b - 1] + len(words[b - 1]), label) for a, b, label in iob_spans(tags)}
        result.tokens += len(words)
        result.count(set(pred), gold)
    return result


def _analyze_fn() -> tuple[str, Callable[[list[str]], object]] | None:
    """The full analyze stage, through whichever entry point lagebild.extract.pipeline offers."""
    try:
        module = importlib.import_module("lagebild.extract.pipeline")
    except ImportError:
        return None
    analyze_text = getattr(module, "analyze_text", None)
    if analyze_text is not None:
        kwargs = {"lang": "de"} if "lang" in inspect.signature(analyze_text).parameters else {}
        return "analyze_text", lambda texts: [analyze_text(t, **kwargs) for t in texts]
    batch, item = getattr(module, "analyze_batch", None), getattr(module, "AnalysisInput", None)
    if batch is None or item is None:
        return None
    return "analyze_batch", lambda texts: batch([item(id=i, text=t, language="de") for i, t in enumerate(texts)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences of each test set")
    args = parser.parse_args()
    _one_thread()
    root = datasets_dir()
    if not root.is_dir():
        raise SystemExit(f"NER datasets not found at {root}")

    def load(path: Path, view: str) -> list[Sentence]:
        sents = mapped(read_tsv(path), view)
        return sents[: args.limit] if args.limit else sents

    de = load_ner("de")
    if de is not None:
        test = root / "germeval2014" / "test.tsv"
        coarse = load(test, "coarse")
        print("== GermEval 2014 test, coarse view (deriv/part -> O), German model ==")
        print(score(de, coarse).table())
        base = score(de, load(test, "base"))
        p, r, f = base.prf()
        print(f"secondary (deriv/part -> base type): overall P {p:.4f} R {r:.4f} F1 {f:.4f}")
        texts, tokens = _texts(coarse)
        shipped = _throughput("NER alone, German raw text", lambda t: predict_spans_batch(t, "de"), texts, tokens)
        print("== GermEval 2014 test, coarse view, German NER as shipped (predict_spans_batch), raw text ==")
        print(_score_raw(coarse, shipped).table())
        analyze = _analyze_fn()
        if analyze is None:
            print("full analyze stage: lagebild.extract.pipeline not available, skipped")
        else:
            # Pseudo-articles of 20 test sentences each, so per-document costs count as in real use.
            n = min(len(texts), 2000)
            docs = ["\n".join(texts[i : i + 20]) for i in range(0, n, 20)]
            _throughput(f"full analyze stage ({analyze[0]}), German", analyze[1], docs,
                        sum(len(t.split()) for t in texts[:n]))
    en = load_ner("en")
    if en is not None:
        print("== UNER English-EWT test, English model ==")
        en_test = load(root / "uner-en-ewt" / "test.tsv", "coarse")
        print(score(en, en_test).table())
        texts, tokens = _texts(en_test)
        shipped = _throughput("NER alone, English raw text", lambda t: predict_spans_batch(t, "en"), texts, tokens)
        print("== UNER English-EWT test, English NER as shipped (predict_spans_batch), raw text ==")
        print(_score_raw(en_test, shipped).table())


if __name__ == "__main__":
    main()
