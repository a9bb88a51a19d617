"""Entities of one article: statistical NER spans plus KB ruler matches, linked and merged.

Steps: candidates (NER model, KB gazetteer, given-name pattern) -> link NER spans to the KB ->
keep non-overlapping spans (linked ones first, then longer) -> group into entities -> add short-form
mentions ("Putin", "Kim") -> roles. Works without the NER model: the ruler and the name pattern alone
still find and link the well-known actors.
"""

from __future__ import annotations

import logging

from lagebild.extract.entity_coref import (
    Group,
    add_short_form_mentions,
    display_name,
    group_mentions,
    stable_key,
)
from lagebild.extract.entity_linking import link
from lagebild.extract.entity_persons import find_person_names
from lagebild.extract.entity_ruler import Candidate, get_ruler
from lagebild.extract.entity_tokens import tokenize
from lagebild.extract.roles import find_roles
from lagebild.kb import KnowledgeBase, load_kb
from lagebild.records import Entity, Mention

log = logging.getLogger(__name__)

NerSpan = tuple[int, int, str]
_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "GPE": "LOC", "PERSON": "PER"}
_PRIORITY = {"kb": 0, "ner": 1, "name": 2}


class EntityInputError(ValueError):
    """The text or the NER spans given to `extract_entities` are not usable."""


def extract_entities(text: str, language: str | None, ner_spans: list[NerSpan] | None = None) -> list[Entity]:
    """Canonical entities with all their mentions; offsets index `text`. Deterministic and sorted."""
    if not isinstance(text, str):
        raise EntityInputError(f"text must be str, got {type(text).__name__}")
    lang = _lang(language)
    if not text.strip():
        return []
    kb = load_kb()
    spans = _predict(text, lang) if ner_spans is None else _check_spans(text, ner_spans)
    tokens = tokenize(text)
    cands = get_ruler().find(text, tokens, lang)
    cands += _linked(text, spans, kb, "ner")
    names = find_person_names(text, tokens, kb.given_names)
    cands += _linked(text, [(c.start, c.end, c.type) for c in names], kb, "name")
    groups = group_mentions(text, _resolve(cands), kb)
    add_short_form_mentions(text, tokens, groups, kb)
    entities = [_entity(text, g, kb, lang) for g in groups]
    roles = find_roles(text, tokens, entities, lang, kb)
    for ent in entities:
        ent.roles = roles.get(ent.key, [])
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.key))


def _lang(language: str | None) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str):
        raise EntityInputError(f"language must be a code like 'de' or None, got {type(language).__name__}")
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return code or None


def _predict(text: str, lang: str | None) -> list[NerSpan]:
    """Spans from the shipped NER model; none when the model (or its module) is not installed."""
    try:
        from lagebild.nlp.ner import predict_spans
    except ImportError:
        return []
    try:
        return _check_spans(text, predict_spans(text, lang or "de"))
    except (OSError, RuntimeError) as exc:  # a broken model folder must not stop the analysis
        log.warning("NER model unusable (%s); using the knowledge base only", exc)
        return []


def _check_spans(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    out = []
    for span in spans:
        try:
            start, end, label = span
        except (TypeError, ValueError) as exc:
            raise EntityInputError(f"NER span must be (start, end, label), got {span!r}") from exc
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise EntityInputError(f"NER span {span!r} is outside the text (length {len(text)})")
        out.append((start, end, _LABELS.get(str(label).upper(), "MISC")))
    return out


def _linked(text: str, spans: list[NerSpan], kb: KnowledgeBase, source: str) -> list[Candidate]:
    out = []
    for start, end, label in spans:
        # Trim what models often include at the edges: quotes, punctuation, whitespace.
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
            end -= 1
        if start >= end:
            continue
        entry = link(" ".join(text[start:end].split()), label, kb)
        out.append(Candidate(start, end, entry.type if entry else label, entry.id if entry else None, source))
    return out


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping spans: linked before unlinked, then longer, then ruler over model.

    One exception: a model span of another type around a KB match is a longer name that contains a
    place or organisation ("Universität Moskau", ORG around LOC); the model span wins there.
    """
    containers = [c for c in cands if c.source == "ner" and c.kb_id is None and c.type != "MISC"]
    cands = [c for c in cands if not (c.source == "kb" and _inside_other_type(c, containers))]
    order = sorted(cands, key=lambda c: (c.kb_id is None, -(c.end - c.start), _PRIORITY.get(c.source, 3), c.start))
    kept: list[Candidate] = []
    occupied = bytearray(max((c.end for c in cands), default=0))
    for c in order:
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _inside_other_type(cand: Candidate, containers: list[Candidate]) -> bool:
    return any(
        o.start <= cand.start
        and cand.end <= o.end
        and (o.end - o.start) > (cand.end - cand.start)
        and o.type != cand.type
        for o in containers
    )


def _entity(text: str, group: Group, kb: KnowledgeBase, lang: str | None) -> Entity:
    name = display_name(group, kb, lang)
    mentions = sorted({(m.start, m.end) for m in group.mentions})
    return Entity(
        key=stable_key(group, name),
        name=name,
        type=group.type,
        kb_id=group.kb_id,
        mentions=[Mention(s, e, text[s:e]) for s, e in mentions],
    )
