"""The KB ruler on the forms news text uses: compounds, genitives, glued words, case (fictional samples)."""

from __future__ import annotations

from lagebild.extract.entity_ruler import get_ruler
from lagebild.extract.entity_tokens import tokenize


def _matches(text: str, lang: str | None = "de") -> list[tuple[str, str | None]]:
    return [(text[c.start : c.end], c.kb_id) for c in get_ruler().find(text, tokenize(text), lang)]


def test_hyphen_compounds_yield_the_name_part() -> None:
    assert _matches("Die Biden-Regierung und die US-Wahlen") == [("Biden", "Q6279"), ("US", "Q30")]
    assert _matches("im UN-Sicherheitsrat") == [("UN-Sicherheitsrat", "Q37470")]


def test_spelling_with_hyphen_or_space_is_the_same_name() -> None:
    assert _matches("Kim Jong-un traf Kim Jong Un") == [("Kim Jong-un", "Q56226"), ("Kim Jong Un", "Q56226")]


def test_genitive_and_glued_words() -> None:
    assert _matches("Russlands Präsident, Pjöngjangs Pläne") == [("Russlands", "Q159"), ("Pjöngjangs", "Q18808")]
    assert _matches("Wladimir PutinVergrößern des Bildes") == [("Wladimir Putin", "Q7747")]


def test_case_and_language_guard_common_words() -> None:
    assert _matches("wir essen, der Trumpf sticht, trump card") == []
    assert _matches("Island", "de") == [("Island", "Q189")]
    assert _matches("Island", "en") == []
    assert _matches("Nordkoreanisches U-Boot") == [("Nordkoreanisches", "Q423")]
