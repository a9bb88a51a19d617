"""Roles and titles an article gives a person: "Kremlsprecher", "Präsident (Russland)", "Experte (CSIS)".

Rules over the words next to a person mention, with a role lexicon:
- before: [country/org] [modifiers] ROLE <person>  ("Russlands Präsident Wladimir Putin",
  "der nordkoreanische Oberste Führer Kim Jong Un", "Russian President Vladimir Putin");
- after, as apposition: <person>, [article] [modifiers] ROLE ... [org, org] ("Rachel Minyoung Lee,
  Senior Fellow des 38 North Program am Stimson Center");
- after a role before: <person> vom/of/at ORG ("Experte Victor Cha vom Center for ...").
The affiliation is shown in parentheses by its short KB label. Hand-written: no packaged German role
tagger exists, and these patterns cover what news writing does with titles.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from lagebild.extract.entity_tokens import Token
from lagebild.kb import KnowledgeBase
from lagebild.records import Entity

MAX_APPOSITION_WORDS = 14

_DE_HEADS = """präsident kanzler minister sprecher chef führer machthaber diktator herrscher könig papst botschafter
general generalsekretär sekretär staatsanwalt anwalt richter abgeordnete abgeordneter senator gouverneur
bürgermeister experte analyst forscher wissenschaftler professor direktor leiter berater vorsitzende
vorsitzender kommandeur befehlshaber journalist korrespondent reporter autor politiker diplomat beauftragte
beauftragter kandidat gründer premier fellow emir meteorologe ökonom historiker ingenieur kommissar manager
aktivist kapitän oberst arzt""".split()
_DE_FEMININE = {h + "in" for h in _DE_HEADS if not h.endswith(("e", "er"))} | {
    "expertin", "anwältin", "staatsanwältin", "sprecherin", "kanzlerin", "führerin", "beraterin", "leiterin",
    "forscherin", "wissenschaftlerin", "politikerin", "bürgermeisterin", "botschafterin", "königin", "richterin",
    "reporterin", "korrespondentin", "senatorin", "gouverneurin", "autorin", "direktorin", "professorin",
    "meteorologin", "ökonomin", "historikerin", "ingenieurin", "kommissarin", "managerin", "aktivistin",
    "kapitänin", "ärztin",
}
DE_ROLE_HEADS = frozenset(_DE_HEADS) | _DE_FEMININE
DE_COMPOUND_HEADS = tuple(sorted(h for h in DE_ROLE_HEADS if len(h) >= 5))

EN_ROLE_HEADS = frozenset(
    """president chancellor minister secretary spokesman spokeswoman spokesperson leader dictator king queen
    pope ambassador general prosecutor attorney judge senator governor mayor expert analyst researcher
    scientist professor director head chief adviser advisor chairman chairwoman chair commander journalist
    correspondent reporter author politician diplomat envoy candidate founder ceo fellow lawmaker
    congressman congresswoman premier emir meteorologist economist historian engineer inspector commissioner
    manager executive officer lawyer activist coordinator captain colonel admiral sheriff superintendent
    physician doctor""".split()
)
_MODIFIER_STEMS = (
    "oberst stellvertretend ehemalig früher designiert amtierend leitend hochrangig langjährig damalig "
    "scheidend geschäftsführend"
).split()
_DE_ENDINGS = ("", "e", "en", "er", "es", "em")
DE_MODIFIERS = frozenset(s + e for s in _MODIFIER_STEMS for e in _DE_ENDINGS)
EN_MODIFIERS = frozenset(
    """senior former deputy acting chief prime foreign defense defence supreme vice top leading press
    national security interior finance first""".split()
)
_ARTICLES = frozenset("der die das den dem des ein eine einer eines einem a an the".split())
_AFFILIATION_PREPS = frozenset("vom von des der am beim bei im of at from with".split())


def role_head(word: str) -> str | None:
    """The lemma when `word` is a role noun ("Präsidenten" -> "Präsident", "Kremlsprecher"), else None."""
    low = word.lower()
    if low in EN_ROLE_HEADS:
        return word
    for suffix in ("", "s", "es", "n", "en"):
        if suffix and not low.endswith(suffix):
            continue
        base = low[: len(low) - len(suffix)] if suffix else low
        if base in DE_ROLE_HEADS or (base.endswith(DE_COMPOUND_HEADS) and len(base) > 6):
            return word[: len(base)]
    return None


def _is_modifier(word: str) -> bool:
    return word.lower() in DE_MODIFIERS or word.lower() in EN_MODIFIERS


def _modifier_lemma(word: str) -> str:
    low = word.lower()
    if low in EN_MODIFIERS:
        return word
    for ending in ("en", "er", "es", "em"):
        if low.endswith(ending) and low[: -len(ending)] in _MODIFIER_STEMS:
            return word[: -len(ending)] + "e"
    return word


class _Context:
    def __init__(self, text: str, tokens: list[Token], entities: list[Entity], lang: str | None,
                 kb: KnowledgeBase) -> None:
        self.text, self.tokens, self.lang, self.kb = text, tokens, lang, kb
        self.by_start = {t.start: i for i, t in enumerate(tokens)}
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self.owner: dict[int, Entity] = {}  # token index -> ORG/LOC entity whose mention covers it
        self.person: dict[int, Entity] = {}  # token index -> person ("Scholz' Sprecher")
        for ent in entities:
            table = self.owner if ent.type in ("ORG", "LOC") else self.person if ent.type == "PER" else None
            if table is None:
                continue
            for m in ent.mentions:
                for i in range(bisect_right(self.ends, m.start), bisect_left(self.starts, m.end)):
                    table[i] = ent

    def label(self, ent: Entity) -> str:
        entry = self.kb.get(ent.kb_id) if ent.kb_id else None
        return entry.label(self.lang) if entry else ent.name

    def gap(self, left: int, right: int) -> str:
        return self.text[self.tokens[left].end : self.tokens[right].start]

    def token_before(self, offset: int) -> int | None:
        i = bisect_right(self.ends, offset) - 1
        if i < 0 or self.text[self.tokens[i].end : offset].strip(" \u00a0-"):
            return None
        return i


def find_roles(text: str, tokens: list[Token], entities: list[Entity], lang: str | None,
               kb: KnowledgeBase) -> dict[str, list[str]]:
    persons = [e for e in entities if e.type == "PER"]
    if not persons:
        return {}
    ctx = _Context(text, tokens, entities, lang, kb)
    out: dict[str, list[str]] = {}
    for ent in persons:
        roles: list[str] = []
        for m in ent.mentions:
            role = _role_before(ctx, m.start, m.end) or _apposition(ctx, m.end)
            if role and role not in roles:
                roles.append(role)
        if roles:
            out[ent.key] = _drop_subsumed(roles)
    return out


def _role_before(ctx: _Context, start: int, end: int) -> str | None:
    j = ctx.token_before(start)
    if j is None or j in ctx.owner or j in ctx.person:
        return None
    head = role_head(ctx.tokens[j].text)
    k = j - 1
    if head is None and j >= 2 and ctx.tokens[j - 1].text == "of" and ctx.tokens[j].is_capitalised:
        # "Secretary of State", "Minister of Defence": the role noun comes before "of"
        title = role_head(ctx.tokens[j - 2].text)
        head = f"{title} of {ctx.tokens[j].text}" if title else None
        k = j - 3
    if head is None:
        return None
    words = [head]
    while k >= 0 and _is_modifier(ctx.tokens[k].text) and ctx.gap(k, k + 1).strip() == "":
        words.insert(0, _modifier_lemma(ctx.tokens[k].text))
        k -= 1
    affiliations = []
    if k >= 0 and ctx.gap(k, k + 1).strip(" -") == "":
        before = ctx.owner.get(k) or ctx.person.get(k)
        if before is not None:
            affiliations.append(ctx.label(before))
    affiliations += _affiliation_after(ctx, end)
    return _format(" ".join(words), affiliations)


def _affiliation_after(ctx: _Context, end: int) -> list[str]:
    """ "vom Center for Strategic ...", "of CSIS": the organisation right after the person."""
    i = ctx.by_start.get(_next_token_start(ctx, end))
    if i is None or ctx.tokens[i].text.lower() not in _AFFILIATION_PREPS:
        return []
    i += 1
    if i < len(ctx.tokens) and ctx.tokens[i].text.lower() in _ARTICLES:
        i += 1
    ent = ctx.owner.get(i)
    return [ctx.label(ent)] if ent is not None and ent.type == "ORG" else []


def _next_token_start(ctx: _Context, end: int) -> int:
    rest = ctx.text[end:]
    stripped = rest.lstrip(" \u00a0")
    return end + (len(rest) - len(stripped)) if stripped[:1].isalnum() else -1


def _apposition(ctx: _Context, end: int) -> str | None:
    """<person>, [article] [modifiers] ROLE [... affiliations ...] up to the next comma."""
    rest = ctx.text[end:]
    if not rest.startswith(", "):
        return None
    i = ctx.by_start.get(end + 2)
    if i is None:
        return None
    if ctx.tokens[i].text.lower() in _ARTICLES:
        i += 1
    words: list[str] = []
    while i < len(ctx.tokens) and _is_modifier(ctx.tokens[i].text) and role_head(ctx.tokens[i].text) is None:
        words.append(_modifier_lemma(ctx.tokens[i].text))
        i += 1
    if i >= len(ctx.tokens):
        return None
    head = role_head(ctx.tokens[i].text)
    if head is None and words and words[-1].lower() in ("senior",) and ctx.tokens[i].text.lower() == "fellow":
        head = ctx.tokens[i].text
    if head is None:
        return None
    words.append(head)
    affiliations: list[str] = []
    for k in range(i + 1, min(i + 1 + MAX_APPOSITION_WORDS, len(ctx.tokens))):
        if any(ch in ctx.gap(k - 1, k) for ch in ",;.:\n()\"“”„"):
            break
        ent = ctx.owner.get(k)
        if ent is not None and (label := ctx.label(ent)) not in affiliations:
            affiliations.append(label)
    return _format(" ".join(words), affiliations)


def _format(role: str, affiliations: list[str]) -> str:
    return f"{role} ({', '.join(affiliations)})" if affiliations else role


def _drop_subsumed(roles: list[str]) -> list[str]:
    """ "Präsident" adds nothing next to "Präsident (Russland)"."""
    return [r for r in roles if not any(o != r and o.startswith(r + " (") for o in roles)]
