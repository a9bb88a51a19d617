"""The in-memory knowledge base: canonical entries plus the lookup tables linking needs.

An entry's `id` is its Wikidata QID where one is known for certain, else a stable local id
("lb:iso3166:XK", "lb:geonames:2643743", "lb:org:stimson-center"). Aliases may carry a language tag
("de:Island") when the string is a common word in other languages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from lagebild.kb.names import fold, translit_key

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class Alias:
    """One surface form of an entry; `adjective` marks derived forms ("nordkoreanischen", "Russians")."""

    text: str
    lang: str | None = None
    adjective: bool = False

    def applies_to(self, lang: str | None) -> bool:
        return self.lang is None or lang is None or self.lang == lang


@dataclass
class KBEntry:
    id: str
    type: str
    kind: str  # country, city, region, org, agency, outlet, think_tank, person, ...
    name: str  # English canonical name
    qid: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # language -> preferred name
    aliases: list[Alias] = field(default_factory=list)
    short: list[str] = field(default_factory=list)  # in-article short forms only ("Kim")
    rank: int = 0  # tie-breaker when a string names several entries (curated > populous > rest)
    abbrev: str | None = None  # the short label roles use ("CSIS")

    def display_name(self, lang: str | None) -> str:
        return self.names.get(lang or "", self.name)

    def label(self, lang: str | None) -> str:
        """Compact label for role affiliations: the abbreviation when there is one."""
        return self.abbrev or self.display_name(lang)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "type": self.type, "kind": self.kind, "name": self.name}
        if self.qid:
            out["qid"] = self.qid
        if self.names:
            out["names"] = dict(sorted(self.names.items()))
        if self.aliases:
            out["aliases"] = [_alias_to_json(a) for a in self.aliases]
        if self.short:
            out["short"] = list(self.short)
        if self.rank:
            out["rank"] = self.rank
        if self.abbrev:
            out["abbrev"] = self.abbrev
        return out

    @classmethod
    def from_json(cls, d: dict[str, object]) -> KBEntry:
        return cls(
            id=str(d["id"]),
            type=str(d["type"]),
            kind=str(d["kind"]),
            name=str(d["name"]),
            qid=d.get("qid"),  # type: ignore[arg-type]
            names=dict(d.get("names") or {}),  # type: ignore[call-overload]
            aliases=[_alias_from_json(a) for a in d.get("aliases") or []],  # type: ignore[attr-defined]
            short=list(d.get("short") or []),  # type: ignore[call-overload]
            rank=int(d.get("rank") or 0),  # type: ignore[call-overload]
            abbrev=d.get("abbrev"),  # type: ignore[arg-type]
        )


def _alias_to_json(a: Alias) -> str:
    """Compact encoding: "de:Island", "~nordkoreanisch" (adjective), "~en:Russian"."""
    return ("~" if a.adjective else "") + (f"{a.lang}:" if a.lang else "") + a.text


def _alias_from_json(s: str) -> Alias:
    adjective = s.startswith("~")
    if adjective:
        s = s[1:]
    lang = None
    if len(s) > 3 and s[2] == ":" and s[:2].isalpha() and s[:2].islower():
        lang, s = s[:2], s[3:]
    return Alias(s, lang, adjective)


class KnowledgeBase:
    """Entries plus exact, folded and transliteration-keyed alias tables (built once per load)."""

    def __init__(self, entries: Iterable[KBEntry], given_names: Iterable[str] = ()) -> None:
        self.entries: dict[str, KBEntry] = {e.id: e for e in entries}
        self.given_names: frozenset[str] = frozenset(given_names)
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        self.by_translit: dict[str, list[str]] = defaultdict(list)
        for entry in self.entries.values():
            for text in [entry.name, *entry.names.values(), *(a.text for a in entry.aliases)]:
                self._add(self.by_fold, fold(text), entry.id)
                self._add(self.by_translit, translit_key(text), entry.id)
        for table in (self.by_fold, self.by_translit):
            for ids in table.values():
                ids.sort(key=self._order)

    @staticmethod
    def _add(table: dict[str, list[str]], key: str, entry_id: str) -> None:
        if key and entry_id not in table[key]:
            table[key].append(entry_id)

    @cached_property
    def person_keys(self) -> tuple[list[str], list[str]]:
        """Transliteration keys of multi-word person names and their entry ids, for fuzzy matching."""
        keys, ids = [], []
        for key, entry_ids in sorted(self.by_translit.items()):
            for entry_id in entry_ids:
                if self.entries[entry_id].type == "PER" and " " in key:
                    keys.append(key)
                    ids.append(entry_id)
        return keys, ids

    def _order(self, entry_id: str) -> tuple[int, str]:
        return (-self.entries[entry_id].rank, entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def candidates(self, name: str) -> list[KBEntry]:
        """Entries whose names fold or transliterate to the same key as `name`, best first."""
        ids = self.by_fold.get(fold(name)) or self.by_translit.get(translit_key(name)) or []
        return [self.entries[i] for i in ids]
