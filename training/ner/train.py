"""Train lagebild's NER models from scratch: `python -m training.ner.train --lang de|en|all`.

Steps: prepare the DocBins (training/ner/prepare.py), train with the spaCy config in
training/ner/configs/{lang}.cfg (fixed seed, one CPU thread), copy the best checkpoint's
loadable parts into lagebild/models/ner-{lang}/ (config, meta, tokenizer, vocab, weights;
no optimizer state), score it on the test sets and write the model card.
"""

from __future__ import annotations

import os

# One thread: the training machine is shared, and fixed threading keeps runs reproducible.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

from training.ner.data import repo_root  # noqa: E402
from training.ner.prepare import DEFAULT_MIX, Mix, corpus_dir, prepare  # noqa: E402

KEEP = ("config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner")
_WIKIANN = "WikiANN (Pan et al. 2017; split Rahimi et al. 2019), train, silver"
SOURCES = {
    "de": ["GermEval 2014 dev (CC BY 4.0)", "DFKI SmartData v1 train (CC BY 4.0)", _WIKIANN + " (de)"],
    "en": ["UNER English-EWT dev (CC BY-SA 4.0)", _WIKIANN + " (en)"],
}


def config_path(lang: str) -> Path:
    return repo_root() / "training" / "ner" / "configs" / f"{lang}.cfg"


def model_dir(lang: str) -> Path:
    return repo_root() / "lagebild" / "models" / f"ner-{lang}"


def fit(lang: str, workdir: Path, overrides: dict[str, object], mix: Mix, tag: str) -> Path:
    """Run spaCy training; returns the best checkpoint (by held-out F1)."""
    from spacy.cli.train import train as spacy_train

    # spaCy re-reads the corpus every epoch, so each run gets its own folder.
    corpus = prepare(lang, mix, corpus_dir(lang) / tag)
    settings: dict[str, object] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
    }
    settings.update(overrides)
    spacy_train(config_path(lang), workdir, overrides=settings, use_gpu=-1)
    return workdir / "model-best"


def label_meta(lang: str, target: Path) -> None:
    """Name the package and state its license and sources in meta.json (spaCy leaves them blank)."""
    path = target / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(
        name=f"lagebild_ner_{lang}",
        version="0.1.0",
        license="CC BY-SA 4.0",
        description="lagebild's own small CNN NER pipeline; see MODEL_CARD.md and NOTICE.md",
        sources=SOURCES[lang],
    )
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def export(best: Path, target: Path) -> None:
    """Copy only what spacy.load needs; never the optimizer or training state."""
    if target.exists():
        for child in target.iterdir():
            if child.name in KEEP:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
    target.mkdir(parents=True, exist_ok=True)
    for name in KEEP:
        src = best / name
        if src.is_dir():
            shutil.copytree(src, target / name)
        elif src.exists():
            shutil.copy2(src, target / name)


def parse_overrides(items: list[str]) -> dict[str, object]:
    """`--set training.dropout=0.2` style overrides, values parsed as JSON where possible."""
    out: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--set expects key=value, got {item!r}")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def run(lang: str, overrides: dict[str, object], ship: bool, tag: str, mix: Mix) -> None:
    workdir = repo_root() / "training" / "output" / f"ner-{lang}" / tag
    best = fit(lang, workdir, overrides, mix, tag)
    if ship:
        from training.ner.card import write_card

        target = model_dir(lang)
        export(best, target)
        label_meta(lang, target)
        write_card(lang, target)


def main() -> None:
    parser = argparse.ArgumentParser(description="Train lagebild's NER models from scratch.")
    parser.add_argument("--lang", choices=["de", "en", "all"], required=True)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="spaCy config override, for experiments only")
    parser.add_argument("--no-ship", action="store_true",
                        help="train into training/output only; leave lagebild/models alone")
    parser.add_argument("--tag", default="shipped", help="name of the run folder under training/output")
    parser.add_argument("--wikiann", type=int, help="experiments: silver sentences to keep")
    parser.add_argument("--gold-repeat", type=int, help="experiments: copies of the gold sentences")
    parser.add_argument("--no-smartdata", action="store_true", help="experiments: German without SmartData")
    args = parser.parse_args()
    overrides = parse_overrides(args.set)
    for lang in (["de", "en"] if args.lang == "all" else [args.lang]):
        base = DEFAULT_MIX[lang]
        mix = Mix(
            wikiann=base.wikiann if args.wikiann is None else args.wikiann,
            gold_repeat=base.gold_repeat if args.gold_repeat is None else args.gold_repeat,
            smartdata=base.smartdata and not args.no_smartdata,
            seed=base.seed,
        )
        if mix != base and not args.no_ship:
            raise SystemExit("data-mix options are for experiments: add --no-ship")
        run(lang, overrides, ship=not args.no_ship, tag=args.tag, mix=mix)


if __name__ == "__main__":
    main()
