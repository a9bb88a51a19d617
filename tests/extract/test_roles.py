"""Roles and titles around person mentions (fictional samples written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.extract.entities import extract_entities
from lagebild.extract.roles import role_head


def _roles(text: str, lang: str) -> dict[str, list[str]]:
    return {e.name: e.roles for e in extract_entities(text, lang, []) if e.type == "PER"}


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("Präsidenten", "Präsident"), ("Kremlsprecher", "Kremlsprecher"), ("Generalstaatsanwalts", "Generalstaatsanwalt"),
     ("Expertin", "Expertin"), ("spokesman", "spokesman"), ("Haus", None), ("Wahlen", None),
     ("Meteorologist", "Meteorologist"), ("Meteorologin", "Meteorologin"), ("officer", "officer"),
     ("Kommissar", "Kommissar")],
)
def test_role_head(word: str, lemma: str | None) -> None:
    assert role_head(word) == lemma


def test_german_roles_before_the_name() -> None:
    roles = _roles(
        "Russlands Präsident Wladimir Putin traf den nordkoreanischen Obersten Führer Kim Jong Un. "
        "Regierungssprecherin Nina Falkenberg schwieg.", "de")  # sample text, fictional
    assert roles["Wladimir Putin"] == ["Präsident (Russland)"]
    assert roles["Kim Jong Un"] == ["Oberste Führer (Nordkorea)"]
    assert roles["Nina Falkenberg"] == ["Regierungssprecherin"]


def test_role_with_organisation_after_the_name() -> None:
    roles = _roles("Das sagte Experte Thomas Berg vom Center for Strategic and International Studies.", "de")
    assert roles["Thomas Berg"] == ["Experte (CSIS)"]


def test_apposition_roles() -> None:
    de = _roles("Laura Winter, Senior Fellow am Stimson Center, widersprach.", "de")  # fictional
    en = _roles("Laura Winter, a senior fellow at the Stimson Center, disagreed.", "en")  # fictional
    assert de["Laura Winter"] == ["Senior Fellow (Stimson Center)"]
    assert en["Laura Winter"] == ["senior fellow (Stimson Center)"]


def test_english_roles_and_subsumed_bare_titles() -> None:
    roles = _roles("Russian President Vladimir Putin spoke. Later President Putin left. "
                   "Kremlin spokesman Dmitry Peskov declined to comment.", "en")  # fictional
    assert roles["Vladimir Putin"] == ["President (Russia)"]
    assert roles["Dmitry Peskov"] == ["spokesman (Kremlin)"]


def test_role_of_someone_else_is_not_taken() -> None:
    roles = _roles("Ein Wahlkampfsprecher von Donald Trump widersprach.", "de")  # fictional
    assert roles.get("Donald Trump", []) == []


def test_english_titles_with_of() -> None:
    roles = _roles("U.S. Secretary of State Nina Falkenberg met Chinese Foreign Minister Wang Yi.", "en")  # fictional
    assert roles["Nina Falkenberg"] == ["Secretary of State (United States)"]
    assert roles["Wang Yi"] == ["Foreign Minister (China)"]
