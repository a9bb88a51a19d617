"""Name normalisation shared by the KB build and entity linking.

Two levels: `fold` removes what never distinguishes two names (case, diacritics, hyphens vs spaces,
apostrophes), `translit_key` additionally collapses the spelling differences between German and
English transliterations of Cyrillic, Korean and Chinese names (Wladimir/Vladimir, Peskow/Peskov,
Dmitrij/Dmitry, Selenskyj/Zelensky, Pjöngjang/Pyongyang). Written by hand because no packaged library
maps between *transliteration conventions* (unidecode and friends only map scripts to Latin).
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,'’`´]+")
_GENITIVE = re.compile(r"(?:['’]s|['’])$")

# Ordered substitutions applied to each folded token; earlier rules feed later ones.
_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"tsch", "ch"),  # Tschernobyl / Chernobyl
        (r"sch", "sh"),  # Schoigu / Shoigu
        (r"kh", "ch"),  # Kharkiv / Charkiw
        (r"zh", "sh"),  # Prigozhin / Prigoschin
        (r"ts", "z"),  # Tsipras / Zipras
        (r"w", "v"),  # Wladimir / Vladimir, Peskow / Peskov
        (r"j", "y"),  # Jerewan / Yerevan, Pjöngjang / Pyongyang
        (r"(?:ey|ei)$", "ey"),  # Sergej / Sergei / Sergey
        (r"(?:iy|yy|ii|i)$", "y"),  # Dmitrij / Dmitriy / Dmitri / Zelenskyy
        (r"ks", "x"),  # Alexander / Aleksandr
        (r"^s(?=[aeiouy])", "z"),  # Selenskyj / Zelensky
        (r"ph", "f"),
        (r"(.)\1", r"\1"),  # doubled letters: Assad / Asad
    )
)


def strip_diacritics(text: str) -> str:
    """ASCII-fold Latin letters (ö -> o, ß -> ss) without touching other scripts' letters."""
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(name: str) -> str:
    """Case-, accent- and separator-insensitive form of a name: "Kim Jong-un" -> "kim jong un"."""
    name = _GENITIVE.sub("", name.strip())
    name = strip_diacritics(name).casefold()
    return " ".join(part for part in _SEPARATORS.split(name) if part)


def strip_genitive(token: str) -> str | None:
    """The token without a German/English genitive ending, or None when it has none.

    "Putins" -> "Putin", "Russia's" -> "Russia", "Kremls" -> "Kreml"; too short tokens are left alone.
    """
    for suffix in ("'s", "’s", "’", "'", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return None


def translit_token(token: str) -> str:
    for pattern, repl in _TRANSLIT_RULES:
        token = pattern.sub(repl, token)
    return token


def translit_key(name: str) -> str:
    """Transliteration-insensitive key: "Wladimir Putin" and "Vladimir Putin" share one."""
    return " ".join(translit_token(tok) for tok in fold(name).split())


def slug(name: str) -> str:
    """A readable, stable id fragment: "Victor Cha" -> "victor-cha", "Gerhard Schröder" -> "gerhard-schroder"."""
    return "-".join(fold(name).split()) or "unnamed"
