"""IOB2 tag sequences, shared by model training and prediction."""

from __future__ import annotations


def repair_iob(tags: list[str]) -> list[str]:
    """An I-X that does not continue an X becomes B-X, so every tag sequence is valid IOB2."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed
