"""Language identification for articles and their paragraphs.

py3langid is small, offline and fast; its guesses on very short strings are noise, so short inputs
return None rather than a confident wrong answer.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_CHARS = 20


@lru_cache(maxsize=1)
def _identifier() -> Any:
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The model stores its feature weights as float16, and every `classify` gathers a few hundred rows of them
    # and multiplies them with float32 counts, which makes numpy convert the gathered rows to float32 first:
    # about half the cost of classifying a paragraph. Converted once here (exactly: every float16 is a float32),
    # the scores are the same bits. Forked cleaning workers share the converted table.
    identifier.nb_ptc = np.asarray(identifier.nb_ptc, dtype=np.float32)
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the dominant language, or None when the text is too short to tell."""
    sample = text.strip()[:5000]
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None


def detect_block_languages(blocks: list[str], article_language: str | None) -> list[str | None]:
    """Per-paragraph language, so a German article quoting an English paragraph says so.

    Short paragraphs inherit the article language: a five-word line gives no reliable signal.
    """
    out: list[str | None] = []
    for text in blocks:
        lang = detect_language(text) if len(text) >= 60 else None
        out.append(lang or article_language)
    return out
