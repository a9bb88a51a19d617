"""The sourcing chain: which publication the text comes from, which media it cites, whom those relied on.

Built from the quotes (speaker, channel), from media names in the text, from "unter Berufung auf X" /
"citing X" phrases and from provenance notes. A statement made "gegenüber AFP" hangs under AFP; a
translated or syndicated article hangs everything it cites under its original publication, because
the translation reproduces the original's sourcing rather than doing its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lagebild.extract import quote_lexicon as lx
from lagebild.extract.dateline import dateline_credit
from lagebild.extract.quote_speaker import head_word, is_anonymous
from lagebild.records import Entity, Provenance, Quote, Source, Span

_PROVENANCE_RE = re.compile(
    r"(?:Lesen Sie den Original(?:artikel|beitrag) (?:auf|bei|in)|Dieser (?:Artikel|Beitrag|Text) erschien "
    r"(?:zuerst|ursprünglich) (?:auf|bei|in)|Read the original article on|This article (?:was )?originally "
    r"(?:appeared|published) (?:on|in|at|by)|Original(?:artikel|text) (?:auf|bei|von)|übersetzt aus dem \w+ von)"
    r"\s+(?:der |dem |the )?(?P<name>[A-ZÄÖÜ][\w.\-&]*(?:\s+[A-ZÄÖÜ][\w.\-&]*){0,3})"
)
# The source phrase runs to a punctuation mark, but not to an initialism's stop ("citing six senior U.S. officials").
_BERUFUNG_RE = re.compile(r"(?:unter Berufung auf|citing)\s+(?P<np>(?:[^.,;:]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z]))"
                          r"{3,80}?)(?=\s+(?:berichtet|berichtete|"
                          r"gemeldet|meldete|wurde|hat|hatte|said|reported)\b|[,;:]|(?<!\b[A-Z])\.|\.(?![A-Z]\.|\s+[a-z])|$)")
_X_NACHRICHTEN = re.compile(r"\b(?P<base>[A-Z]{2,6})-Nachrichten\b")
_MEDIA_NOUN_RE = re.compile(r"\b(?:Nachrichtenagentur|Agentur|Zeitung|Sender|Magazin|news agency|newspaper)\s+"
                            r"[„\"»]?(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})")
_ARTICLE = re.compile(r"^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|the|a|an)\s+", re.I)


@dataclass
class _Node:
    source: Source
    key: str
    heads: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)


def _media_names() -> list[tuple[str, str]]:
    names = [(n, "news_agency") for n in lx.NEWS_AGENCIES] + [(n, "news_outlet") for n in lx.NEWS_OUTLETS]
    return sorted(names, key=lambda x: -len(x[0]))


def _find_media(text: str, own: set[str]) -> list[tuple[str, str, int, int]]:
    """(canonical name, type, start, end) of every medium named in the text, longest names first."""
    found: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, kind: str, s: int, e: int) -> None:
        if name.lower() in own or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append((name, kind, s, e))

    for m in _X_NACHRICHTEN.finditer(text):  # "NBC-Nachrichten": a translated "NBC News"
        base = m.group("base")
        add(f"{base} News" if f"{base} News" in lx.NEWS_OUTLETS else m.group(0), "news_outlet", m.start(), m.end())
    for name, kind in _media_names():
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            add(name, kind, m.start(), m.end())
    for m in _MEDIA_NOUN_RE.finditer(text):
        noun = m.group(0).split()[0].lower()
        kind = "news_agency" if "agentur" in noun or "agency" in noun else "news_outlet"
        add(m.group("name"), kind, m.start("name"), m.end("name"))
    found.sort(key=lambda x: x[2])
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-zÄÖÜäöü]+", name)).lower()


def _provenance_root(
    text: str, provenance: list[Provenance] | None, outlet: str | None = None
) -> tuple[str, Span | None] | None:
    for p in provenance or []:
        if p.kind in {"translated_from", "syndicated_from", "original_at"} and p.outlet:
            pos = text.find(p.text) if p.text else -1
            return p.outlet, (Span(pos, pos + len(p.text), p.text) if pos >= 0 else None)
    m = _PROVENANCE_RE.search(text)
    if m:
        name = m.group("name").strip()
        if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
            name = name[:-1]  # the sentence's full stop ("... published by the Harbor Ledger."), not "U.S."
        return name, Span(m.start("name"), m.start("name") + len(name), name)
    # a wire credit in the dateline ("Berlin (dpa) - "): the report is that agency's text, carried by the outlet
    credit = dateline_credit(text)
    if credit:
        name, s, e = credit
        own = {outlet.lower(), _initials(outlet)} if outlet else set()
        if name.lower() not in own:  # the agency's own report ("CWS" in the Continental Wire Service)
            return name, Span(s, e, name)
    return None


def _type_of(phrase: str, anonymous: bool, entity_type: str | None, context: str) -> str:
    words = [w.lower().strip(",.") for w in phrase.split()]
    head = _body_of_figures(head_word(phrase).lower())
    orgs = lx.ORG_HEADS_DE + lx.ORG_HEADS_TYPING

    def has(heads: tuple[str, ...], ws: list[str]) -> bool:
        return any(w == h or w.endswith(h) or w.endswith("-" + h) for w in ws for h in heads)

    if has(lx.THINK_TANK_HEADS, [head]):
        return "think_tank"
    if has(lx.MEDIA_NOUNS_DE + lx.MEDIA_NOUNS_EN, [head]):
        return "news_outlet"
    # English: the role noun before an attachment ("six senior U.S. officials", "an official at the ministry")
    core = next((words[:k] for k in range(1, len(words)) if words[k] in lx.ATTACH_WORDS_EN), words)
    if core and (has(lx.OFFICIAL_HEADS_EN, core[-1:]) or core[-1] in orgs):
        head = core[-1]
    if anonymous:
        if has(lx.OFFICIAL_HEADS_DE + lx.OFFICIAL_HEADS_EN, [head]):
            return "anonymous_official"
        if has(lx.POLITICIAN_HEADS, [head]):
            return "politician"
        if has(orgs, [head]):
            return "anonymous_official"  # "the authorities", "nach Behördenangaben": an unnamed official body
        return "person"
    if has(lx.DOCUMENT_HEADS, [head]):
        return "document"
    if has(orgs, [head]) or entity_type in ("ORG", "LOC"):  # a state speaks through its government
        return "organisation"
    ctx = [w.lower().strip(",.") for w in context.split()]
    if has(lx.EXPERT_HEADS, words) or has(lx.EXPERT_HEADS, ctx):
        return "expert"
    if has(lx.OFFICIAL_HEADS_DE + lx.OFFICIAL_HEADS_EN, words):
        return "government_official"
    party = any(w.startswith(_PARTY_MARKERS) or any(p in _PARTY_MARKERS for p in w.split("-")) for w in words)
    if has(lx.POLITICIAN_HEADS, words) and (not has(_CHAIR_HEADS, words) or party):
        return "politician"
    return "person"


# A chair or chief is a politician when a party or parliament is named with him ("SPD-Chef", "Fraktionsvorsitzende");
# "KDU-Chefin", "Konzernchef" and "Vereinsvorsitzender" lead other bodies.
_CHAIR_HEADS = ("chef", "chefin", "vorsitzende", "vorsitzender")
_PARTY_MARKERS = ("partei", "parteichef", "parteichefin", "fraktion", "fraktionschef", "fraktionschefin",
                  "fraktionsvorsitzende", "fraktionsvorsitzender", "parteivorsitzende", "parteivorsitzender",
                  "landesvorsitzende", "landesvorsitzender", "bundesvorsitzende", "bundesvorsitzender", "spd",
                  "cdu", "csu", "fdp", "afd", "grünen", "linken", "bsw", "parlament")


def _norm(word: str) -> str:
    w = word.lower().strip(".,;:„“\"»«")
    for suf in ("en", "n", "s", "e"):
        if len(w) > 5 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def _stems_meet(a: set[str], b: set[str]) -> bool:
    """Name stems agree up to inflection: 'kostin' (Kostins) meets 'kosti' (Kostin)."""
    return any(len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def _stems(phrase: str) -> set[str]:
    return {_norm(w) for w in phrase.split()[1:] + phrase.split()[:1] if w[:1].isupper()
            and w.lower() not in lx.ARTICLES_DE}


def _anon_key(phrase: str) -> str:
    words = phrase.split()
    nums = [w.lower() for w in words if w.lower() in lx.NUMBER_WORDS or w.isdigit()]
    if nums:  # "sechs hochrangige US-Beamte" and "die sechs US-Beamten" are the same group
        return f"anon:{nums[0]}:{_norm(head_word(phrase))}"
    adjs = [_norm(w) for w in words if w.islower() and w not in lx.ARTICLES_DE and w not in lx.NUMBER_WORDS]
    return f"anon:{'-'.join(adjs)}:{_norm(head_word(phrase))}"


def _body_of_figures(word: str) -> str:
    """'Gewerkschaftsangaben' -> 'Gewerkschaft', 'US-Angaben' -> 'US': a source named by its figures is the body
    that gave them; any other word is returned as it is."""
    if not (word.lower().endswith("angaben") and len(word) > 9):
        return word
    body = word[:-7]
    if body.endswith("-"):
        return body[:-1]  # "US-Angaben"
    return body[:-1] if body.endswith("s") and not body.endswith("ss") else body  # "Regierungs-angaben"


def _clean_name(phrase: str) -> str:
    name = _ARTICLE.sub("", phrase.strip())
    return _body_of_figures(name) if " " not in name else name


def _think_tank_name(text: str, before: int) -> str | None:
    """'die Denkfabrik' -> the name given to it earlier: 'Denkfabrik des Zentrums für ... Studien'."""
    best = None
    for m in re.finditer(r"(?:Denkfabrik|Think-?Tank|think tank)\s+(?:des|der|vom|von|the)?\s*"
                         r"(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+(?:für|für|und|and|for|of|[A-Za-zÄÖÜäöü][\w\-]*)){0,6})",
                         text[:before]):
        name = m.group("name").strip()
        words = name.split()
        while words and not words[-1][:1].isupper():
            words.pop()
        if words:
            if words[0].endswith("s") and m.group(0).split()[1:2] == ["des"]:
                words[0] = words[0][:-1]
            best = " ".join(words)
    return best


def build_sources(
    text: str,
    quotes: list[Quote],
    entities: list[Entity] | None,
    provenance: list[Provenance] | None,
    outlet: str | None,
) -> list[Source]:
    """The sourcing tree of one text; `parent` None means cited by the article itself."""
    if not isinstance(text, str):
        raise TypeError(f"build_sources needs the article text as str, got {type(text).__name__}")
    nodes: list[_Node] = []

    def new(name: str, kind: str, parent: str | None, key: str) -> _Node:
        node = _Node(Source(f"s{len(nodes) + 1}", name, kind, parent), key)
        nodes.append(node)
        return node

    own = {outlet.lower()} if outlet else set()
    root_id: str | None = None
    root = _provenance_root(text, provenance, outlet)
    if root:
        name, span = root
        node = new(name, "original_publication", None, "media:" + name.lower())
        if span:
            node.source.mentions.append(span)
        root_id = node.source.id
        own.add(name.lower())
    if outlet:
        own |= {o.strip().lower() for o in re.split(r"[(/]", outlet) if o.strip()}

    media: dict[str, _Node] = {}
    media_spans: list[tuple[int, int, _Node]] = []
    for name, kind, s, e in _find_media(text, own):
        node = media.get(name) or new(name, kind, root_id, "media:" + name.lower())
        media[name] = node
        node.source.mentions.append(Span(s, e, text[s:e]))
        media_spans.append((s, e, node))

    def medium_in(s: int, e: int) -> _Node | None:
        return next((n for ms, me, n in media_spans if ms < e and s < me), None)

    def speaker_node(phrase: str, s: int, e: int, entity_key: str | None, anonymous: bool,
                     parent: str | None) -> _Node | None:
        med = medium_in(s, e)
        if med is not None:
            return med
        if phrase.lower() in lx.PRONOUNS_DE | lx.PRONOUNS_EN | lx.ANAPHORIC_ADVERBS_DE and entity_key is None:
            return None
        ent_type = next((en.type for en in entities or [] if en.key == entity_key), None)
        kind = _type_of(phrase, anonymous, ent_type, text[e:e + 80])
        name = _clean_name(phrase)
        if kind == "think_tank":
            name = _think_tank_name(text, e + 120) or name
        key = entity_key or (_anon_key(phrase) if anonymous else "name:" + name.lower())
        head = _norm(head_word(phrase))
        stems = _stems(phrase) - {head}
        for n in nodes:
            same = n.key == key or (not anonymous and n.source.type == kind and head in n.heads
                                    and (_stems_meet(stems, n.stems) or kind == "think_tank"))
            if same:
                n.source.mentions.append(Span(s, e, text[s:e]))
                if parent and n.source.parent in {None, root_id}:
                    n.source.parent = parent
                return n
        node = new(name, kind, parent or root_id, key)
        node.heads.add(head)
        node.stems |= stems
        node.source.mentions.append(Span(s, e, text[s:e]))
        return node

    # "NBC News berichtete unter Berufung auf sechs hochrangige US-Beamte": officials under the medium
    for m in _BERUFUNG_RE.finditer(text):
        sent_s = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        med = next((n for ms, _, n in media_spans if sent_s <= ms < m.start()), None)
        np = m.group("np").strip()
        s = m.start("np")
        speaker_node(np, s, s + len(np), None, is_anonymous(np, False), med.source.id if med else None)

    for qi, q in enumerate(quotes):
        sp = q.speaker
        if sp is None:
            continue
        parent = None
        if q.channel is not None:
            med = medium_in(q.channel.start, q.channel.end)
            parent = med.source.id if med else None
        phrase = sp.text
        if sp.description and phrase.split()[0].lower() in lx.REFLEXIVE_OWNERS_DE:
            phrase = sp.description  # "nach eigenen Angaben": the source is the clause's subject it refers to
        spk_node = speaker_node(phrase, sp.start, sp.end, sp.entity_key, sp.anonymous, parent)
        if spk_node is not None and qi not in spk_node.source.statements:
            spk_node.source.statements.append(qi)
    return [n.source for n in nodes]
