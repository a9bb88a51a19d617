"""Linking a name span to a KB entry: exact alias, folded, transliterated, then fuzzy (rapidfuzz).

Types must agree, except that places and organisations stand in for each other ("Russland sagte ...":
a state acting) and MISC from the model may be a country adjective.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from lagebild.extract.entity_tokens import genitive_variants
from lagebild.kb import KBEntry, KnowledgeBase
from lagebild.kb.names import translit_key

FUZZY_CUTOFF = 90.0


def compatible(span_type: str, entry_type: str) -> bool:
    if span_type == entry_type or span_type == "MISC":
        return True
    return {span_type, entry_type} <= {"LOC", "ORG"}


def surface_forms(surface: str) -> list[str]:
    """The surface and its forms without a genitive ending on the last word ("Putins" -> "Putin")."""
    words = surface.split(" ")
    head = " ".join(words[:-1])
    return [surface] + [(head + " " + form).strip() for form, _ in genitive_variants(words[-1])]


def link(surface: str, span_type: str, kb: KnowledgeBase) -> KBEntry | None:
    """The KB entry a name most likely refers to, or None."""
    for form in surface_forms(surface):
        for entry in kb.candidates(form):
            if compatible(span_type, entry.type):
                return entry
    if span_type != "PER" or len(surface.split()) < 2:
        return None
    keys, ids = kb.person_keys
    hit = process.extractOne(translit_key(surface), keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return kb.entries[ids[hit[2]]] if hit else None
