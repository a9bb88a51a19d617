"""Gazetteer matching of KB aliases (names, adjectives, demonyms) over word tokens.

Matching is case-sensitive on purpose: names are capitalised, so "Bild" the picture, "essen" the verb
and "trump" the card game stay out. Lower-case adjectives ("nordkoreanischen") also match capitalised at
a sentence start. Names may be in the German genitive ("Russlands", "Zentrums für ..."), joined by a
hyphen to a compound ("Biden-Regierung", "US-Wahlen"), or glued to the next word by a scraper.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from lagebild.extract.entity_tokens import Token, camel_prefix, genitive_variants, separator, tokenize
from lagebild.kb import KnowledgeBase, load_kb


@dataclass(frozen=True)
class Candidate:
    """A span that may name an entity; `kb_id` is set when it is already linked."""

    start: int
    end: int
    type: str
    kb_id: str | None
    source: str  # "kb" (ruler), "ner" (statistical model), "name" (given-name pattern), "short"
    adjective: bool = False


@dataclass(frozen=True)
class _Pattern:
    tokens: tuple[str, ...]
    seps: tuple[str, ...]
    entry_id: str
    lang: str | None
    adjective: bool
    rank: int


def _norm_sep(sep: str) -> str:
    return " " if sep in (" ", "-") else sep  # "Kim Jong-un" == "Kim Jong Un"


class Ruler:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.index: dict[str, list[_Pattern]] = defaultdict(list)
        for entry in kb.entries.values():
            for alias in entry.aliases:
                toks = tokenize(alias.text)
                if not toks:
                    continue
                pairs = zip(toks, toks[1:], strict=False)
                seps = tuple(_norm_sep(separator(alias.text, a, b) or "?") for a, b in pairs)
                texts = tuple(t.text for t in toks)
                pat = _Pattern(texts, seps, entry.id, alias.lang, alias.adjective, entry.rank)
                self.index[texts[0]].append(pat)
                if alias.adjective and texts[0][:1].islower():  # sentence-initial "Nordkoreanisches"
                    cap = (texts[0][:1].upper() + texts[0][1:],) + texts[1:]
                    self.index[cap[0]].append(_Pattern(cap, seps, entry.id, alias.lang, True, entry.rank))
        for pats in self.index.values():
            pats.sort(key=lambda p: (-len(p.tokens), -p.rank, p.entry_id))

    def find(self, text: str, tokens: list[Token], lang: str | None) -> list[Candidate]:
        """Non-overlapping longest matches, left to right."""
        out: list[Candidate] = []
        i = 0
        while i < len(tokens):
            match = self._match_at(text, tokens, i, lang)
            if match is None:
                i += 1
                continue
            cand, used = match
            out.append(cand)
            i += used
        return out

    def _forms(self, token: Token, last: bool) -> list[tuple[str, int]]:
        if not token.text[:1].isalpha():
            return [(token.text, len(token.text))]
        forms = [(token.text, len(token.text)), *genitive_variants(token.text)]
        cut = camel_prefix(token.text) if last else None
        if cut:
            forms.append((token.text[:cut], cut))
        return forms

    def _match_at(self, text: str, tokens: list[Token], i: int, lang: str | None) -> tuple[Candidate, int] | None:
        best: tuple[int, _Pattern, int] | None = None  # (end, pattern, tokens used)
        for form, keep in self._forms(tokens[i], last=True):
            for pat in self.index.get(form, ()):
                if pat.lang is not None and lang is not None and pat.lang != lang:
                    continue
                end = self._extend(text, tokens, i, pat, keep)
                if end is not None and (best is None or end > best[0]):
                    best = (end, pat, len(pat.tokens))
        if best is None:
            return None
        end, pat, used = best
        entry = self.kb.entries[pat.entry_id]
        return Candidate(tokens[i].start, end, entry.type, entry.id, "kb", pat.adjective), used

    def _extend(self, text: str, tokens: list[Token], i: int, pat: _Pattern, keep: int) -> int | None:
        """End offset when `pat` matches from token i on, else None."""
        n = len(pat.tokens)
        if n == 1:
            return tokens[i].start + keep
        if i + n > len(tokens) or keep < len(tokens[i].text):
            return None  # only the last word of a name can be cut off a glued word or clitic
        end = tokens[i].start + keep
        for k in range(1, n):
            left, tok = tokens[i + k - 1], tokens[i + k]
            sep = separator(text, left, tok)
            if sep is None or _norm_sep(sep) != pat.seps[k - 1]:
                return None
            forms = self._forms(tok, last=k == n - 1)
            hit = next((kp for f, kp in forms if f == pat.tokens[k]), None)
            if hit is None:
                return None
            end = tok.start + hit
        return end


@lru_cache(maxsize=2)
def _ruler(kb_id: int) -> Ruler:
    return Ruler(load_kb())


def get_ruler(kb: KnowledgeBase | None = None) -> Ruler:
    """The ruler over the shipped KB (built once), or over a given KB (tests)."""
    return Ruler(kb) if kb is not None else _ruler(0)
