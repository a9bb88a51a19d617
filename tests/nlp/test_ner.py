"""lagebild.nlp.ner on own-written fictional sentences (samples, not real events)."""

from __future__ import annotations

import logging

import pytest

from lagebild.nlp import ner

# Fictional sample sentences written for these tests.
DE = "Die Bürgermeisterin Karla Brenninger besuchte am Montag das Werk der Firma Siemens in München."
EN = "Mayor Jonathan Whitfield met engineers from Microsoft in Chicago on Tuesday."


def _need(lang: str) -> None:
    if not (ner.model_path(lang) / "config.cfg").is_file():
        pytest.skip(f"model {ner.model_path(lang)} missing; train with python -m training.ner.train")


@pytest.mark.parametrize(("lang", "text"), [("de", DE), ("en", EN)])
def test_offsets_cut_entity_text(lang: str, text: str) -> None:
    _need(lang)
    spans = ner.predict_spans(text, lang)
    assert spans, "expected at least one entity in an obvious sentence"
    for start, end, label in spans:
        surface = text[start:end]
        assert 0 <= start < end <= len(text)
        assert surface == surface.strip() and surface[0].isalnum()
        assert label in {"PER", "ORG", "LOC", "MISC"}
    assert spans == sorted(set(spans)), "spans come sorted and once each"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", DE, {("Brenninger", "PER"), ("Siemens", "ORG"), ("München", "LOC")}),
    ("en", EN, {("Whitfield", "PER"), ("Microsoft", "ORG"), ("Chicago", "LOC")}),
])
def test_obvious_entities(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    """Small models miss some names; most of three obvious ones must be found with the right type."""
    _need(lang)
    spans = ner.predict_spans(text, lang)
    hits = {(n, lab) for n, lab in expected for s, e, got in spans if n in text[s:e] and got == lab}
    assert len(hits) >= 2, spans


def test_batch_matches_single_and_is_deterministic() -> None:
    _need("de")
    texts = [DE, "Ein Satz ohne Namen.", "", DE]
    first = ner.predict_spans_batch(texts, "de")
    assert first == ner.predict_spans_batch(texts, "de")
    assert first == [ner.predict_spans(t, "de") for t in texts]
    assert first[0] == first[3] and first[2] == []


def test_other_languages_fall_back_to_english() -> None:
    assert ner.model_lang("fr") == "en" and ner.model_lang("de-AT") == "de"
    _need("en")
    assert ner.load_ner("fr") is ner.load_ner("en")


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        ner.predict_spans(b"bytes", "en")  # type: ignore[arg-type]


def test_missing_model_warns_and_returns_none(monkeypatch: pytest.MonkeyPatch, tmp_path, caplog) -> None:
    monkeypatch.setattr(ner, "MODELS_DIR", tmp_path)
    ner._load.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert ner.load_ner("de") is None
            assert ner.predict_spans(DE, "de") == []
        assert "not found" in caplog.text
    finally:
        ner._load.cache_clear()
