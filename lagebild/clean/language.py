"""Language tagging for cleaned articles, through the shared detector in `lagebild.nlp`."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def _detector() -> Callable[[str], str | None] | None:
    # The detector lives in another stage that may not be installed yet; cleaning must not fail for it.
    try:
        module = importlib.import_module("lagebild.nlp.language")
    except ImportError:
        return None
    func = getattr(module, "detect_language", None)
    return func if callable(func) else None


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when unknown or no detector is available."""
    if not text.strip():
        return None
    detect = _detector()
    if detect is None:
        return None
    try:
        return detect(text[:600])  # a paragraph or two decides; more only costs time
    except Exception:  # a detector bug must not lose the article
        return None
