"""Sentences and language for quote extraction, behind one small seam so the splitter can change."""

from __future__ import annotations

import re

from lagebild.nlp.sentences import split_sentences

# A line break, or a full stop after a number that the splitter kept as an ordinal ("des Modells 3. Ein
# Sprecher ..."): an ordinal stands before a noun or adjective, never before an article or pronoun, so there
# the sentence ends. Also a full stop with no space after it before a capitalised word ("ausdrücklich.Der
# Kommissar"), which the splitter reads as one token.
_CUTS = re.compile(r"\n|(?<=\d)\.(?= (?:Ein|Eine|Einer|Der|Die|Das|Dies|Diese|Dieser|Er|Sie|Es|Wir|Ich|Man) )"
                   r"|(?<=[a-zäöüß]{3})\.(?=[A-ZÄÖÜ][a-zäöüß]+ )")
_EN_HINTS = re.compile(r"\b(the|and|said|of|to|that|with|was|is)\b")
_DE_HINTS = re.compile(r"\b(der|die|und|das|sagte|nicht|mit|ist|dass|von)\b")


def guess_language(text: str, language: str | None) -> str:
    """'de' or 'en': the given code when it is one of those, else a cheap function-word count."""
    if language:
        code = language.lower().split("-")[0].split("_")[0]
        if code in {"de", "en"}:
            return code
    sample = text[:4000].lower()
    return "en" if len(_EN_HINTS.findall(sample)) > len(_DE_HINTS.findall(sample)) else "de"


def sentence_units(text: str, lang: str, sentences: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """Given sentences (validated), or the shared splitter's, further cut at single line breaks."""
    if sentences is None:
        sentences = split_sentences(text, lang)
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if not (0 <= s <= e <= len(text)):
            raise ValueError(f"sentence span ({s}, {e}) lies outside the text of length {len(text)}")
        pos = s
        for m in _CUTS.finditer(text[s:e]):
            cut = s + m.start() + (1 if m.group() != "\n" else 0)  # keep the full stop with its sentence
            if text[pos:cut].strip():
                out.append(_trimmed(text, pos, cut))
            pos = cut if m.group() != "\n" else cut + 1
        if text[pos:e].strip():
            out.append(_trimmed(text, pos, e))
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)
