"""Named-entity recognition with lagebild's own shipped spaCy models.

The models live in lagebild/models/ner-{de,en} and are trained by `python -m training.ner.train`
(see their MODEL_CARD.md). Nothing is downloaded: if a model folder is missing we log a warning and
return None / no spans, so the rest of the analysis still runs.

Labels are PER, ORG, LOC and MISC (the English model has no MISC training data, so it predicts only
the first three). Languages without their own model use the English model, whose training data
(Wikipedia + web text) is the less language-specific of the two; German-like languages would fare
no better with the German model, which leans on German capitalisation of nouns.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import spacy

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
SUPPORTED = ("de", "en")
FALLBACK = "en"

Span = tuple[int, int, str]


def model_lang(lang: str) -> str:
    """The language whose model serves `lang` (de/en themselves, English for everything else)."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a language code string, got {type(lang).__name__}")
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else FALLBACK


def model_path(lang: str) -> Path:
    return MODELS_DIR / f"ner-{model_lang(lang)}"


@lru_cache(maxsize=4)
def _load(code: str) -> spacy.Language | None:
    path = MODELS_DIR / f"ner-{code}"
    if not (path / "config.cfg").is_file():
        log.warning(
            "NER model for %r not found at %s; only knowledge-base names will be found. "
            "Train it with: python -m training.ner.train --lang %s",
            code,
            path,
            code,
        )
        return None
    return spacy.load(path)


def load_ner(lang: str) -> spacy.Language | None:
    """The (cached) NER pipeline serving `lang`, or None when its model folder is missing."""
    return _load(model_lang(lang))


def _spans(doc: spacy.tokens.Doc) -> list[Span]:
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return text


def predict_spans(text: str, lang: str) -> list[Span]:
    """Entity spans as (start_char, end_char, label); text[start:end] is the entity's surface."""
    _check_text(text)
    if not text.strip():
        return []
    return predict_spans_batch([text], lang)[0]


def predict_spans_batch(texts: list[str], lang: str, batch_size: int = 64) -> list[list[Span]]:
    """predict_spans for many texts at once (nlp.pipe batches them; same results, faster).

    The transformer models (lagebild/models/ner-tf-de and -en; F1 0.77 vs 0.53 on GermEval test, 0.71 vs 0.49
    on UNER English-EWT test) give the spans when torch is installed; the spaCy CNN models answer only
    without it. The German CNN's MISC spans used to be added where they overlapped nothing the transformer
    found; with the shipped transformer that changed no sentence of the held-out fifth of GermEval dev (440 of
    440 alike) and cost about 8 % of the analyze stage, so it was dropped.
    """
    checked = [_check_text(t) for t in texts]
    code = model_lang(lang)
    tf = _transformer_spans(checked, code)
    if tf is not None:
        return tf
    nlp = load_ner(lang)
    if nlp is None:
        return [[] for _ in checked]
    return [_spans(doc) for doc in nlp.pipe(checked, batch_size=batch_size)]


def _transformer_spans(texts: list[str], code: str) -> list[list[Span]] | None:
    """Spans from the transformer model for a model language, or None where it (or torch) is not installed."""
    if not (MODELS_DIR / f"ner-tf-{code}" / "config.json").is_file():
        return None
    try:
        from lagebild.nlp.ner_tf import predict_spans_tf_batch
    except ImportError as exc:  # torch is an optional extra; without it the CNN model answers alone
        _warn_no_transformer(str(exc))
        return None
    return predict_spans_tf_batch(texts, code)


@lru_cache(maxsize=1)
def _warn_no_transformer(reason: str) -> None:
    """Once per process: the fallback costs about 0.2 F1, so a user should know it happened."""
    log.warning("transformer NER not used (%s); install lagebild[transformer] for it", reason)
