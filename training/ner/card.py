"""Score a freshly exported NER model and write its MODEL_CARD.md and scores.json.

The card is generated from training/ner/cards/{lang}.md, not hand-edited, so its numbers are
always the ones the shipped weights reach.
"""

from __future__ import annotations

import json
import platform
from pathlib import Path

import spacy

from training.ner.data import datasets_dir, mapped, read_tsv
from training.ner.evaluate import Scores, score
from training.ner.prepare import DEFAULT_MIX, HOLDOUT_EVERY


def _test_sets(lang: str) -> list[tuple[str, Path, str]]:
    root = datasets_dir()
    test = root / "germeval2014" / "test.tsv"
    if lang == "de":
        return [
            ("GermEval 2014 test, coarse view (deriv/part -> O)", test, "coarse"),
            ("GermEval 2014 test, base view (deriv/part -> base type)", test, "base"),
        ]
    return [("UNER English-EWT test", root / "uner-en-ewt" / "test.tsv", "coarse")]


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def write_card(lang: str, target: Path) -> dict[str, object]:
    """Evaluate `target` on the test sets, then write scores.json and MODEL_CARD.md into it."""
    nlp = spacy.load(target)
    results: dict[str, Scores] = {}
    for name, path, view in _test_sets(lang):
        results[name] = score(nlp, mapped(read_tsv(path), view))
    first = next(iter(results.values()))
    speed = first.tokens / first.seconds if first.seconds else 0.0
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    dev_f = meta.get("performance", {}).get("ents_f", 0.0)
    summary: dict[str, object] = {
        "held_out_dev_f1": round(float(dev_f), 4),
        "tests": {name: s.as_dict() for name, s in results.items()},
        "tokens_per_second_1_thread": round(speed),
        "size_mb": round(_size_mb(target), 2),
    }
    (target / "scores.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    mix = DEFAULT_MIX[lang]
    blocks = "\n\n".join(f"**{name}** (span-level exact match, gold tokens)\n\n```\n{s.table()}\n```"
                         for name, s in results.items())
    template = (Path(__file__).parent / "cards" / f"{lang}.md").read_text(encoding="utf-8")
    card = template.format(
        lang=lang,
        language={"de": "German", "en": "English"}[lang],
        gold_repeat=mix.gold_repeat,
        wikiann=mix.wikiann,
        blocks=blocks,
        dev_f=float(dev_f),
        every=HOLDOUT_EVERY,
        speed=speed,
        cpu=platform.processor() or platform.machine(),
        size=_size_mb(target),
        labels=", ".join(getattr(nlp.get_pipe("ner"), "labels", ())),
        spacy_version=spacy.__version__,
    )
    (target / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    return summary
