"""The language identifier read from the decompressed cache is the package's own, and classifies the same."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lagebild.nlp import language

SAMPLES = [
    "Die Fähre nach Velmora fährt ab Mai wieder stündlich, teilte der Hafenmeister am Montag mit.",
    "The ferry to Velmora will run every hour again from May, the harbour master said on Monday.",
    "Le traversier pour Velmora reprendra chaque heure dès le mois de mai, a indiqué le capitaine du port.",
]


def test_cached_model_is_the_packages_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    written = language._load_cached(norm_probs=True)  # first run: decompresses and writes the copy
    assert [p.suffix for p in tmp_path.iterdir()] == [".npz"]  # no partial file left behind
    cached = language._load_cached(norm_probs=True)  # later runs: read the copy
    package = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for ident in (written, cached):
        assert ident.nb_classes == package.nb_classes and ident.tk_output == package.tk_output
        assert ident.tk_nextmove == package.tk_nextmove and ident.tk_row == package.tk_row
        assert ident.nb_ptc.dtype == package.nb_ptc.dtype and np.array_equal(ident.nb_ptc, package.nb_ptc)
        assert np.array_equal(ident.nb_pc, package.nb_pc)
        assert [ident.classify(s) for s in SAMPLES] == [package.classify(s) for s in SAMPLES]


def test_float32_weights_score_like_the_float16_model() -> None:
    """`_identifier` widens the weights once; the probabilities must be the same bits as the package's."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    package = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ours = language._identifier()
    assert [ours.classify(s) for s in SAMPLES] == [package.classify(s) for s in SAMPLES]
    assert [language.detect_language(s) for s in SAMPLES] == ["de", "en", "fr"]
