"""Read the CoNLL-like NER files and map their tag sets onto lagebild's four labels.

Kept apart from the DocBin writer so the benchmark can score with exactly the same tag mapping
that training used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lagebild.nlp.iob import repair_iob

Sentence = tuple[list[str], list[str]]

LABELS = ("PER", "ORG", "LOC", "MISC")
_RENAME = {"OTH": "MISC", "OTHER": "MISC", "MISC": "MISC", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def repo_root() -> Path:
    """Repository root, found from this file (training/ner/data.py)."""
    return Path(__file__).resolve().parents[2]


def datasets_dir() -> Path:
    """The shared NER data lives next to the repository, never inside it."""
    return (repo_root() / ".." / "shared" / "datasets" / "ner").resolve()


def read_tsv(path: Path) -> list[Sentence]:
    """Parse `token<TAB>tag` lines with blank lines between sentences."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise ValueError(f"{path}:{lineno}: expected 'token<TAB>tag', got {line!r}")
            words.append(parts[0])
            tags.append(parts[1])
    if words:
        sentences.append((words, tags))
    return sentences


def map_tag(tag: str, view: str = "coarse") -> str:
    """Map a source tag onto PER/ORG/LOC/MISC.

    view="coarse" is GermEval's "outer chunk, coarse" view: `*deriv` and `*part` become O.
    view="base" maps them onto their base type instead (a secondary, more lenient view).
    OTH and MISC both become MISC.
    """
    if tag == "O":
        return "O"
    prefix, _, typ = tag.partition("-")
    if prefix not in ("B", "I") or not typ:
        raise ValueError(f"not an IOB2 tag: {tag!r}")
    for suffix in ("deriv", "part"):
        if typ.endswith(suffix):
            if view == "coarse":
                return "O"
            typ = typ[: -len(suffix)]
    if typ not in _RENAME:
        raise ValueError(f"unknown entity type in tag {tag!r}")
    return f"{prefix}-{_RENAME[typ]}"


def mapped(sentences: list[Sentence], view: str = "coarse") -> list[Sentence]:
    """Apply map_tag to every tag and keep the IOB sequence valid."""
    return [(words, repair_iob([map_tag(t, view) for t in tags])) for words, tags in sentences]


def iob_spans(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label) of an IOB2 sequence."""
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            yield start, i, label
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
