"""Name normalisation: the spelling variants linking must treat as one name."""

from __future__ import annotations

import pytest

from lagebild.kb.names import fold, slug, strip_genitive, translit_key


def test_fold_ignores_case_accents_and_hyphens() -> None:
    assert fold("Kim Jong-un") == fold("kim jong un") == "kim jong un"
    assert fold("Pjöngjang") == "pjongjang"
    assert fold("Weißes Haus") == "weisses haus"


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("Wladimir Putin", "Vladimir Putin"),
        ("Dmitrij Peskow", "Dmitry Peskov"),
        ("Dmitri Peskow", "Dmitriy Peskov"),
        ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"),
        ("Pjöngjang", "Pyongyang"),
        ("Sergej Schoigu", "Sergei Shoigu"),
        ("Charkiw", "Kharkiv"),
    ],
)
def test_transliteration_variants_share_a_key(german: str, english: str) -> None:
    assert translit_key(german) == translit_key(english)


def test_different_names_keep_different_keys() -> None:
    assert translit_key("Peskow") != translit_key("Putin")
    assert translit_key("Kim Jong Un") != translit_key("Kim Yo Jong")


def test_genitive_and_slug() -> None:
    assert strip_genitive("Putins") == "Putin"
    assert strip_genitive("Russia's") == "Russia"
    assert strip_genitive("Ost") is None
    assert slug("Victor Cha") == "victor-cha"
