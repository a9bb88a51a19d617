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
import gzip
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from lagebild.nlp.iob import repair_iob
from training.ner.data import Sentence, datasets_dir, mapped, read_tsv, repo_root

HOLDOUT_EVERY = 5
_REDIRECTS = {"weiterleitung", "redirect"}


@dataclass(frozen=True)
class Mix:
    """How much of each source goes into the training set (measured in training/ner/README.md)."""

    wikiann: int = 6000  # silver sentences kept after filtering
    gold_repeat: int = 2  # copies of the gold in-domain sentences (GermEval / EWT)
    smartdata: bool = True
    smartdata_rejoin: bool = False  # undo SmartData's token splits at entity boundaries (see smartdata_rejoined)
    seed: int = 0


DEFAULT_MIX = {"de": Mix(wikiann=4000, gold_repeat=2), "en": Mix(wikiann=10000, gold_repeat=3)}
# The transformer route's own mix (measured in training/ner_tf/README.md); DEFAULT_MIX stays the CNN's.
TF_MIX = {"de": Mix(wikiann=3000, gold_repeat=4, smartdata_rejoin=True), "en": DEFAULT_MIX["en"]}


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


_ADJ_LOC = re.compile(r"(?i)(isch|ische|ischen|ischer|isches|ischem)$")


def _place_adjective(word: str, places: set[str]) -> bool:
    """ "Berliner", "Bremer", "Schweizer": the -er adjective of a place name that occurs itself."""
    if not word.endswith("er") or len(word) < 5:
        return False
    stem = word[:-2]
    return stem in places or stem + "en" in places or stem + "e" in places or word[:-3] in places


def _glue(left: str, right: str, left_is_entity: bool) -> str | None:
    """How two tokens with no space between them in the source text relate across an entity edge.

    "compound": a hyphen compound or a lower-case word ending ("Vivantes" + "-Kliniken", "Ex-" + "CDU",
    "NDR" + "reporter"), which GermEval tags *part (O in the coarse view); "inflection": a short
    lower-case ending of the entity itself ("Merkel" + "s"), which GermEval keeps in the entity; None:
    an ordinary token boundary (punctuation, a missing space before a capitalised word).
    """
    other = right if left_is_entity else left
    if left_is_entity and right[:1] == "-" and right[1:2].isalnum():
        return "compound"
    if not left_is_entity and len(left) > 1 and left.endswith("-") and right[:1].isalnum():
        return "compound"
    if left[-1:].isalnum() and right[:1].islower():
        return "inflection" if left_is_entity and len(other) <= 2 else "compound"
    return None


def _offsets_in(text: str, words: list[str], pos: int) -> tuple[list[tuple[int, int]], int] | None:
    offsets: list[tuple[int, int]] = []
    for w in words:
        k = text.find(w, pos)
        if k < 0 or k - pos > 50:
            return None
        offsets.append((k, k + len(w)))
        pos = k + len(w)
    return offsets, pos


def smartdata_rejoined(sentences: list[Sentence], spans_path: Path) -> list[Sentence]:
    """Re-join tokens that SmartData's converter split at entity edges although the text had no space.

    The TSV splits `Lufthansa-Streik` into `Lufthansa` (B-ORG) + `-Streik` (O); GermEval, the
    benchmark, keeps such a compound as one token tagged ORGpart, i.e. O in the coarse view, so the
    split version teaches the model to tag names inside compounds. The source texts (character-offset
    file) tell which splits were glued in the text: compounds become one O token (the whole entity
    they were part of becomes O), inflection endings join their entity. Single-token adjectival
    locations become O as well (GermEval: LOCderiv): "-isch" forms in any case, and "-er" forms of a
    place tagged elsewhere in the data ("Berliner" next to "Berlin"). Sentences that cannot be aligned
    to the source text are kept unchanged.
    """
    places = {w for words, tags in sentences for w, t in zip(words, tags, strict=True) if t == "B-LOC"}
    with gzip.open(spans_path, "rt", encoding="utf-8") as fh:
        text = "\n\n".join(json.loads(line)["text"] for line in fh)
    out: list[Sentence] = []
    pos = 0
    for words, tags in sentences:
        found = _offsets_in(text, words, pos)
        if found is None:
            out.append((words, tags))
            continue
        offsets, pos = found
        tags = list(tags)
        new_words, new_tags = [words[0]], [tags[0]]
        for i in range(1, len(words)):
            left_ent, right_ent = tags[i - 1] != "O", tags[i] != "O"
            glued = offsets[i][0] == offsets[i - 1][1] and left_ent != right_ent
            kind = _glue(new_words[-1], words[i], left_ent) if glued else None
            if kind is None:
                new_words.append(words[i])
                new_tags.append(tags[i])
                continue
            new_words[-1] += words[i]
            if kind == "inflection":
                continue
            # a compound, so the entity it contains is no entity in GermEval's coarse view
            if left_ent:
                j = len(new_tags) - 1
                while True:
                    was, new_tags[j] = new_tags[j], "O"
                    if not was.startswith("I-") or j == 0:
                        break
                    j -= 1
            else:
                k = i + 1
                while k < len(words) and tags[k].startswith("I-"):
                    tags[k] = "O"
                    k += 1
        for j, (w, t) in enumerate(zip(new_words, new_tags, strict=True)):
            nxt = new_tags[j + 1] if j + 1 < len(new_tags) else "O"
            if t == "B-LOC" and nxt != "I-LOC" and (_ADJ_LOC.search(w) or _place_adjective(w, places)):
                new_tags[j] = "O"
        out.append((new_words, repair_iob(new_tags)))
    return out


def build(lang: str, mix: Mix) -> tuple[list[Sentence], list[Sentence]]:
    """Training and tuning sentences for one language."""
    root = datasets_dir()
    if lang == "de":
        gold_train, dev = split_holdout(mapped(read_tsv(root / "germeval2014" / "dev.tsv")))
        train = gold_train * mix.gold_repeat
        if mix.smartdata:
            smart = mapped(read_tsv(root / "smartdata-v1" / "train.tsv"))
            if mix.smartdata_rejoin:
                smart = smartdata_rejoined(smart, root / "smartdata-v1" / "train.spans.jsonl.gz")
            train += smartdata_fixed(smart)
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
