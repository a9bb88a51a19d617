"""Merging mentions into the entities of one article.

Linked mentions group by KB id. Unlinked names group by transliteration key, full person names that
differ only in spelling are merged with rapidfuzz, and a person's short form ("Putin", "Kim", "Cha",
"Kostins", "Biden" in "Biden-Regierung") is attached to the full name the article uses. Everything here
is local to one article; only keys are meant to be stable across articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from lagebild.extract.entity_linking import surface_forms
from lagebild.extract.entity_ruler import Candidate
from lagebild.extract.entity_tokens import Token, camel_prefix, genitive_variants, separator
from lagebild.kb import KnowledgeBase
from lagebild.kb.names import slug, translit_key

SAME_PERSON_CUTOFF = 90.0

# Family names written first: the short form of "Kim Jong Un" is "Kim", not "Un".
FAMILY_NAME_FIRST = frozenset(
    "Kim Lee Park Choe Choi Moon Yoon Ri Jang Xi Li Wang Zhang Liu Chen Hu Jiang Mao Deng Zhou Yang Zhao Wu".split()
)


@dataclass
class Group:
    """One entity under construction."""

    type: str
    kb_id: str | None
    key: str
    mentions: list[Candidate] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)


def group_mentions(text: str, cands: list[Candidate], kb: KnowledgeBase) -> list[Group]:
    groups: dict[str, Group] = {}
    singles: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        surface = text[c.start : c.end]
        if c.kb_id is not None:
            entry = kb.entries[c.kb_id]
            _add(groups.setdefault(c.kb_id, Group(entry.type, c.kb_id, c.kb_id)), c, surface)
        elif c.type == "PER" and len(surface.split()) == 1:
            singles.append(c)
        else:
            key = _local_key(c.type, surface)
            target = _similar_person(groups, surface) if c.type == "PER" else None
            _add(target or groups.setdefault(key, Group(c.type, None, key)), c, surface)
    for c in singles:  # single-word person names: a short form of a full name, or a person of their own
        surface = text[c.start : c.end]
        owner = _owner_of_short_form(groups, surface, c.start, kb)
        _add(owner or groups.setdefault(_local_key("PER", surface), Group("PER", None, _local_key("PER", surface))),
             c, surface)
    _merge_demonyms(groups)
    _merge_genitives(groups)
    _one_type_per_name(groups)
    return list(groups.values())


def _one_type_per_name(groups: dict[str, Group]) -> None:
    """Unlinked groups of one name but different types merge into the type most of its mentions have.

    The tagger decides each mention from its context, so "Caldoria" can be a place in three sentences and
    a person in a fourth; within one article one name means one thing (ties: the type seen first).
    """
    by_name: dict[str, list[Group]] = {}
    for g in groups.values():
        if g.kb_id is None and ":" in g.key:
            by_name.setdefault(g.key.split(":", 1)[1], []).append(g)
    for same in by_name.values():
        if len({g.type for g in same}) < 2:
            continue
        winner = max(same, key=lambda g: (len(g.mentions), -min(m.start for m in g.mentions)))
        for g in same:
            if g is not winner and g.key in groups:
                winner.mentions.extend(g.mentions)
                winner.surfaces.extend(g.surfaces)
                del groups[g.key]


def _merge_genitives(groups: dict[str, Group]) -> None:
    """An unlinked name whose every surface is the genitive of another unlinked name of its type joins it.

    "Caldorias Regierung" beside "Caldoria": the knowledge base resolves the genitives of the names it
    knows ("Russlands"); for the others the article's own base form is the evidence, so "Jonas" or "Texas"
    stay as they are unless the article also says "Jona" or "Texa".
    """
    by_surface: dict[tuple[str, str], Group] = {}
    for g in groups.values():
        if g.kb_id is None:
            for surface in g.surfaces:
                by_surface.setdefault((g.type, surface), g)
    for key, group in list(groups.items()):
        if group.kb_id is not None or not group.surfaces:
            continue
        owners = []
        for surface in group.surfaces:
            head, _, last = surface.rpartition(" ")
            forms = [(head + " " + form).strip() for form, _ in genitive_variants(last)]
            owners.append(next((o for f in forms if (o := by_surface.get((group.type, f))) is not None), None))
        owner = owners[0]
        if owner is None or owner is group or any(o is not owner for o in owners) or owner.key not in groups:
            continue
        owner.mentions.extend(group.mentions)
        owner.surfaces.extend(group.surfaces)
        del groups[key]


# English demonym endings after a place name: Caldoria-n, Brazil-ian, Japan-ese, Israel-i, and German -er
# (Berlin-er). The knowledge base lists the adjectives of real countries; this covers places it does not
# know, only when the article names the place itself too.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "er")


def _merge_demonyms(groups: dict[str, Group]) -> None:
    """An unlinked one-word place whose every surface is a demonym of another unlinked place joins it."""
    places = {g.surfaces[0]: g for g in groups.values() if g.type == "LOC" and g.kb_id is None and g.surfaces}

    def owner_of(surface: str) -> Group | None:
        for ending in _DEMONYM_ENDINGS:
            if surface.endswith(ending) and (owner := places.get(surface[: -len(ending)])) is not None:
                return owner
        return None

    for key, group in list(groups.items()):
        if group.type != "LOC" or group.kb_id is not None:
            continue
        owners = [owner_of(surface) for surface in group.surfaces]
        owner = owners[0] if owners else None
        if owner is None or owner is group or any(o is not owner for o in owners) or owner.key not in groups:
            continue  # the last test: an owner already merged away itself would lose these mentions
        owner.mentions.extend(group.mentions)
        owner.surfaces.extend(group.surfaces)
        del groups[key]


def _add(group: Group, cand: Candidate, surface: str) -> None:
    group.mentions.append(cand)
    group.surfaces.append(surface)


# English writes a place's class after its name in lower case ("the Sella river", "Lake Orm valley"
# stays as is): the name is the place, so "Sella river" and "Sella" get one key.
_PLACE_CLASS_NOUNS = frozenset(
    "river rivers lake valley mountain mountains island islands sea bay gulf peninsula desert region strait".split()
)


def name_for_key(type_: str, surface: str) -> str:
    """The part of a name that identifies it: a place loses a trailing lower-case class noun."""
    words = surface.split()
    if type_ == "LOC" and len(words) > 1 and words[-1] in _PLACE_CLASS_NOUNS:
        return surface[: surface.rstrip().rfind(words[-1])].rstrip()
    return surface


def _local_key(type_: str, surface: str) -> str:
    forms = surface_forms(surface)
    return f"{type_.lower()}:{slug(forms[-1] if len(forms) > 1 and type_ == 'PER' else name_for_key(type_, surface))}"


def _similar_person(groups: dict[str, Group], surface: str) -> Group | None:
    """An unlinked person whose full name differs only in spelling ("Andriy"/"Andrij Kostin")."""
    key = translit_key(surface)
    for g in groups.values():
        multi_word = g.type == "PER" and g.kb_id is None and len(g.surfaces[0].split()) > 1
        if multi_word and fuzz.ratio(translit_key(g.surfaces[0]), key) >= SAME_PERSON_CUTOFF:
            return g
    return None


def short_forms(group: Group, kb: KnowledgeBase) -> set[str]:
    """Words that, alone, refer to this person within the article."""
    forms: set[str] = set()
    if group.kb_id is not None:
        forms.update(kb.entries[group.kb_id].short)
    for surface in group.surfaces:
        words = surface.replace("-", " ").split()
        if len(words) < 2:
            continue
        forms.add(words[0] if words[0] in FAMILY_NAME_FIRST else surface.split()[-1])
    return forms


def _owner_of_short_form(groups: dict[str, Group], word: str, pos: int, kb: KnowledgeBase) -> Group | None:
    """The person `word` abbreviates; with several, the one named last before `pos` (else first after)."""
    names = {word, *(f for f, _ in genitive_variants(word))}
    owners = [g for g in groups.values() if g.type == "PER" and names & short_forms(g, kb)]
    if not owners:
        return None
    before = [g for g in owners if any(m.start < pos for m in g.mentions)]
    if before:
        return max(before, key=lambda g: max(m.start for m in g.mentions if m.start < pos))
    return min(owners, key=lambda g: min(m.start for m in g.mentions))


def add_short_form_mentions(text: str, tokens: list[Token], groups: list[Group], kb: KnowledgeBase) -> None:
    """Find further mentions of the article's persons by their short forms (incl. "Putins", "Kim-Regime")."""
    by_form: dict[str, list[Group]] = {}
    for g in groups:
        if g.type == "PER":
            for form in short_forms(g, kb):
                by_form.setdefault(form, []).append(g)
    if not by_form:
        return
    taken = bytearray(len(text))
    for g in groups:
        for m in g.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    index = {g.key: g for g in groups}
    for i, tok in enumerate(tokens):
        if not tok.is_capitalised or any(taken[tok.start : tok.end]):
            continue
        hit = _short_form_at(text, tokens, i, by_form)
        if hit is None:
            continue
        form, end = hit
        owner = _owner_of_short_form({g.key: g for g in by_form[form]}, form, tok.start, kb)
        if owner is None:
            continue
        index[owner.key].mentions.append(Candidate(tok.start, end, "PER", owner.kb_id, "short"))
        index[owner.key].surfaces.append(text[tok.start : end])


def _short_form_at(text: str, tokens: list[Token], i: int, by_form: dict[str, list[Group]]) -> tuple[str, int] | None:
    tok = tokens[i]
    multi = [f for f in by_form if " " in f]  # "von der Leyen"
    for form in multi:
        n = len(form.split())
        seq = tokens[i : i + n]
        if len(seq) == n and " ".join(t.text for t in seq) == form and all(
            separator(text, a, b) == " " for a, b in zip(seq, seq[1:], strict=False)
        ):
            return form, seq[-1].end
    candidates = [(tok.text, len(tok.text)), *genitive_variants(tok.text)]
    cut = camel_prefix(tok.text)
    if cut:
        candidates.append((tok.text[:cut], cut))
    for form, keep in candidates:
        if form in by_form:
            return form, tok.start + keep
    return None


def display_name(group: Group, kb: KnowledgeBase, lang: str | None) -> str:
    if group.kb_id is not None:
        return kb.entries[group.kb_id].display_name(lang)
    # a dateline's capitals ("MARROWICK (CWS) –") are typography: a mention in normal case names it better
    longest = max(group.surfaces, key=lambda s: (len(s.split()), not (s.isupper() and len(s) > 4),
                                                  -group.surfaces.index(s)))
    forms = surface_forms(longest)
    # Prefer the nominative when the article also uses it ("Kostins" next to "Andriy Kostin").
    plain = [f for f in forms[1:] if f in group.surfaces]
    return plain[0] if plain else longest


def stable_key(group: Group, name: str) -> str:
    return group.kb_id or f"{group.type.lower()}:{slug(name_for_key(group.type, name))}"
