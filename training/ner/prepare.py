"""Convert the permitted NER TSVs into spaCy DocBins for training.

Only data that may train shipped weights is read here (see ../shared/datasets/LICENSES.md):
German: GermEval 2014 dev (never test: that is the benchmark), SmartData v1 train, WikiANN de train.
English: UNER English-EWT dev, WikiANN en train. Europarl has no license and is not used.

GermEval dev doubles as gold training data and as the tuning set, so a fixed fifth of it
(every 5th sentence) is held out as `dev.spacy`; model selection and tuning look only at that part.
WikiANN is a silver standard of title-like Wikipedia fragments, so it is filtered to sentence-like
lines and subsampled (fixed seed) to weigh it below the gold data.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from training.ner.data import Sentence, datasets_dir, mapped, read_tsv, repo_root

HOLDOUT_EVERY = 5
_REDIRECTS = {"weiterleitung", "redirect"}


@dataclass(frozen=True)
class Mix:
    """How much of each source goes into the training set (measured in training/ner/README.md)."""

    wikiann: int = 6000  # silver sentences kept after filtering
    gold_repeat: int = 2  # copies of the gold in-domain sentences (GermEval / EWT)
    smartdata: bool = True
    seed: int = 0


DEFAULT_MIX = {"de": Mix(wikiann=4000, gold_repeat=2), "en": Mix(wikiann=10000, gold_repeat=3)}


def split_holdout(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Fixed split: every HOLDOUT_EVERY-th sentence is held out for tuning and model selection."""
    train = [s for i, s in enumerate(sentences) if i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    dev = [s for i, s in enumerate(sentences) if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    return train, dev


def sentence_like(sentence: Sentence) -> bool:
    """Keep WikiANN lines that read like prose: no redirects, list bullets or short fragments."""
    words, _ = sentence
    if len(words) < 6 or any(w.lower() in _REDIRECTS for w in words):
        return False
    return words[0] not in {"*", "**", "***", "'", "''", "|", "-", "#"}


def silver(path: Path, n: int, seed: int) -> list[Sentence]:
    """Filtered, deterministically subsampled WikiANN sentences."""
    pool = [s for s in mapped(read_tsv(path)) if sentence_like(s)]
    random.Random(seed).shuffle(pool)
    return pool[:n]


def smartdata_fixed(sentences: list[Sentence]) -> list[Sentence]:
    """Drop SmartData's one-token lower-case LOC spans ("deutschen").

    SmartData tags adjectival country forms as locations, GermEval tags them LOCderiv, which the
    coarse view maps to O. Keeping them would teach the model the opposite of the benchmark's rule.
    """
    out: list[Sentence] = []
    for words, tags in sentences:
        new = list(tags)
        for i, (w, t) in enumerate(zip(words, tags, strict=True)):
            nxt = tags[i + 1] if i + 1 < len(tags) else "O"
            if t == "B-LOC" and w[:1].islower() and nxt != "I-LOC":
                new[i] = "O"
        out.append((words, new))
    return out


def build(lang: str, mix: Mix) -> tuple[list[Sentence], list[Sentence]]:
    """Training and tuning sentences for one language."""
    root = datasets_dir()
    if lang == "de":
        gold_train, dev = split_holdout(mapped(read_tsv(root / "germeval2014" / "dev.tsv")))
        train = gold_train * mix.gold_repeat
        if mix.smartdata:
            train += smartdata_fixed(mapped(read_tsv(root / "smartdata-v1" / "train.tsv")))
        train += silver(root / "wikiann-de" / "train.tsv", mix.wikiann, mix.seed)
    elif lang == "en":
        gold_train, dev = split_holdout(mapped(read_tsv(root / "uner-en-ewt" / "dev.tsv")))
        train = gold_train * mix.gold_repeat
        train += silver(root / "wikiann-en" / "train.tsv", mix.wikiann, mix.seed)
    else:
        raise ValueError(f"no NER training data for language {lang!r}; use 'de' or 'en'")
    random.Random(mix.seed).shuffle(train)
    return train, dev


def to_docbin(nlp: spacy.Language, sentences: list[Sentence]) -> DocBin:
    """One Doc per sentence with the gold tokens; entities from the IOB2 tags."""
    db = DocBin(store_user_data=False)
    for words, tags in sentences:
        db.add(Doc(nlp.vocab, words=words, ents=tags))
    return db


def corpus_dir(lang: str) -> Path:
    return repo_root() / "training" / "corpus" / f"ner-{lang}"


def prepare(lang: str, mix: Mix | None = None, out: Path | None = None) -> Path:
    """Write train.spacy and dev.spacy for `lang`; returns the folder."""
    mix = mix or DEFAULT_MIX[lang]
    out = out or corpus_dir(lang)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank(lang)
    train, dev = build(lang, mix)
    to_docbin(nlp, train).to_disk(out / "train.spacy")
    to_docbin(nlp, dev).to_disk(out / "dev.spacy")
    print(f"[{lang}] {len(train)} training and {len(dev)} held-out sentences -> {out}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["de", "en"], required=True)
    parser.add_argument("--wikiann", type=int, help="silver sentences to keep")
    parser.add_argument("--gold-repeat", type=int, help="copies of the gold sentences")
    parser.add_argument("--no-smartdata", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    base = DEFAULT_MIX[args.lang]
    mix = Mix(
        wikiann=base.wikiann if args.wikiann is None else args.wikiann,
        gold_repeat=base.gold_repeat if args.gold_repeat is None else args.gold_repeat,
        smartdata=base.smartdata and not args.no_smartdata,
        seed=base.seed,
    )
    prepare(args.lang, mix, args.out)


if __name__ == "__main__":
    main()
