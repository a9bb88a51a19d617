"""Attribution frames inside one sentence: the cue, its speaker, its channel and the region it governs.

A frame is what turns text into a quote: "sagte X", "laut X", "X zufolge", ", so X", "hieß es in X",
"according to X". Each frame names the stretch of the sentence it attributes (`content`), so direct
quotations inside that stretch and the reported clause itself can both be given the frame's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.extract import quote_lexicon as lx
from lagebild.extract.dateline import match_dateline
from lagebild.extract.quote_marks import DOUBLE_CLOSERS
from lagebild.extract.quote_speaker import channel_after, clause_subject, noun_phrase, quoted_name, speaker_around
from lagebild.extract.quote_tokens import Token, lemma
from lagebild.extract.roles import DE_COMPOUND_HEADS, DE_ROLE_HEADS

_BOUNDARY = frozenset({",", ":", ";", "–", "—", "(", ")"})
_CLAUSE_END = frozenset({".", "!", "?", ";"})
_PASSIVE = frozenset({"worden", "wurde", "wurden", "wird"})
_AFTER_QUOTE = frozenset({",", "–", "—", "“", "”", '"', "«", "»"})
# A clause opening with "und" and a verb right after these coordinates the verb with the sentence's first clause.
_BEFORE_AND = frozenset({",", "“", "”", '"', "«", "»"})


@dataclass
class Frame:
    cue: tuple[int, int]  # char span of the cue word(s)
    speaker: tuple[int, int] | None  # char span
    channel: tuple[int, int] | None
    content: tuple[int, int] | None  # char span the frame attributes; None = no content clause
    kind: str  # "verb", "prep", "impersonal", "so", "berufung", "adverb", "passive"
    frame_span: tuple[int, int]  # chars of the frame itself (cue + speaker + channel)
    reported_ok: bool = False  # the verb can carry a reported statement without a content clause


def _char_span(tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    if rng is None or rng[1] <= rng[0]:
        return None
    return (tokens[rng[0]].start, tokens[rng[1] - 1].end)


def _clause_bounds(tokens: list[Token], i: int, lo: int, hi: int) -> tuple[int, int]:
    s = i
    while s > lo:
        if tokens[s - 1].text == ")":  # "Die Mission (UNMIS) verlangte": step over the bracket
            k = s - 1
            while k > lo and tokens[k].text != "(" and s - k < 12:
                k -= 1
            if tokens[k].text == "(" and k > lo and tokens[k - 1].is_word:
                s = k
                continue
        if tokens[s - 1].text in "“\"«" and s - 2 > lo:
            k = s - 2
            while k > max(lo, s - 8) and tokens[k].text not in {"„", "\"", "»"} and tokens[k].is_word:
                k -= 1
            if tokens[k].text in {"„", "\"", "»"} and quoted_name(tokens, k, s) == s:
                s = k  # "hatte die „Küstenpost“ berichtet": a quoted name inside the clause
                continue
        if tokens[s - 1].text in _BOUNDARY or tokens[s - 1].text in "„“”\"»«":
            break
        s -= 1
    e = i + 1
    while e < hi:
        q = quoted_name(tokens, e, hi)
        if q is not None:
            e = q
            continue
        if tokens[e].text == "." and e + 1 < hi and tokens[e - 1].text.isdigit() and tokens[e + 1].is_cap:
            e += 1  # "erklärte am 6. Mai, ...": the full stop of an ordinal
            continue
        if tokens[e].text in _BOUNDARY or tokens[e].text in _CLAUSE_END or tokens[e].text in "„“”\"»«":
            break
        e += 1
    return s, e


def _strip_end(tokens: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    while hi > lo and not tokens[hi - 1].is_word and tokens[hi - 1].text not in "“”\"«»'’‘":
        hi -= 1
    while lo < hi and tokens[lo].text in {",", ":", ";", "–", "—"}:
        lo += 1
    if hi <= lo:
        return None
    return (tokens[lo].start, tokens[hi - 1].end)


def _verb_cue(tokens: list[Token], i: int, hi: int, lang: str) -> tuple[int, bool] | None:
    """If token i is a speech cue verb, return (index of the last cue token, reported_ok)."""
    tok = tokens[i]
    if not tok.is_word or tok.is_cap and i > 0 and lang == "de":
        return None
    if lang == "en":
        return (i, False) if tok.low in lx.SPEECH_VERBS_EN else None
    if (i + 1 < hi and tokens[i + 1].low in _PASSIVE) or (i > 0 and tokens[i - 1].low in _PASSIVE):
        return None  # "wurde bestätigt", "bestätigt worden": an event, not a speaker's act (see _passive_cue)
    if i > 0 and i + 1 < hi and tokens[i - 1].low in lx.ARTICLES_DE and tokens[i - 1].low not in {"das", "dies"} \
            and tokens[i + 1].is_cap \
            and tokens[i + 1].is_word and tok.low.endswith(("e", "en", "er", "es", "em")):
        return None  # "die angekündigten Zeuginnen", "der erklärte Wille": a participle used as an adjective
    lem = lemma(tok.text, "de")
    if i > 0 and tokens[i - 1].low in {"als", "wie"} and tok.low != lem:
        return None  # "früher als erwartet", "wie befürchtet", "sich als begründet erweisen": a participle compares
    if tok.low.startswith("ge") and not lem.startswith("ge") and tok.low.endswith(("e", "en", "er", "es", "em")) \
            and i + 1 < hi and tokens[i + 1].is_cap and tokens[i + 1].is_word:
        return None  # "das von ihm geforderte Strafmaß": an inflected participle before its noun is an adjective
    if lem == "halten" and any(tokens[j].low == "es" for j in range(max(0, i - 1), min(hi, i + 4))) \
            and any(tokens[j].low == "für" for j in range(i + 1, min(hi, i + 6))):
        return (i, False)  # "hält es für möglich, dass ...": a view on the statement after the comma
    if _clause_final(tokens, i, hi) and _passive_clause(tokens, i):
        return None  # "Die Zahl wurde am Abend bestätigt": the participle of a passive clause
    if lem in lx.SEPARABLE_DE:
        if i > 0 and tokens[i - 1].low in lx.SEPARABLE_DE[lem] and _clause_final(tokens, i, hi):
            return (i, tokens[i - 1].low + lem in lx.REPORTED_VERBS_DE)  # "wie X bekannt gab"
        k = _particle(tokens, i, hi, lx.SEPARABLE_DE[lem])
        if k is not None:
            return (k, tokens[k].low + lem in lx.REPORTED_VERBS_DE or lem in lx.REPORTED_VERBS_DE)
        if lem not in lx.SPEECH_VERBS_DE:
            return None
    joined = _joined_particle(lem) if tok.low != lem and _clause_final(tokens, i, hi) else None
    if joined is not None \
            and not _participle_or_zu(tok.low[len(joined):], lem[len(joined):]) \
            and _clause_opener(tokens, i) in _JOINED_CUE_OPENERS:
        return (i, lem in lx.REPORTED_VERBS_DE)  # "wie X darlegte": a finite separable cue written as one word
    if lem in lx.REPORT_ONLY_VERBS_DE:
        return (i, lem in lx.REPORTED_VERBS_DE)
    if lem == "hören" and i >= 2 and tokens[i - 1].low == "zu" and tokens[i - 2].low in {"ist", "war"} \
            and i + 1 < hi and tokens[i + 1].text in {",", ":"} and _from_phrase_before(tokens, i - 2):
        return (i, False)  # "Aus der Regierung ist zu hören, X habe ...": hearsay with its source
    if lem in lx.CRY_VERBS_DE and _next_to_quotation(tokens, i, hi):
        return (i, False)  # "„Freiheit!“, skandierte die Menge", "Die Menge skandierte: „…“"
    if lem in lx.QUESTION_VERBS_DE and (_next_to_quotation(tokens, i, hi) or _asks_whether(tokens, i, hi)):
        return (i, False)  # "„Wann öffnet die Schleuse?“, fragte X", "X fragte: „…?“", "X fragte, ob ..."
    if lem in _EVIDENCE_VERBS and _clause_final(tokens, i, hi) and _clause_opener(tokens, i) == "wie":
        return (i, False)  # "Wie eine Studie ergab, ...", "..., wie die Zahlen zeigen": a source for the clause
    if lem in lx.SPEECH_VERBS_DE or lem in lx.IMPERSONAL_DE:
        if lem == "heißen" and not (i + 1 < hi and tokens[i + 1].low == "es") and not (
            i > 0 and tokens[i - 1].low == "es"
        ):
            return None
        return (i, lem in lx.REPORTED_VERBS_DE)
    return None


# Verbs of evidence: no speech verbs ("zeigte sich zufrieden", "ergab sich"), but at the end of a 'wie'-clause
# they name the study or document the main clause reports from.
_EVIDENCE_VERBS = frozenset({"ergeben", "zeigen", "belegen", "nahelegen", "bestätigen", "beweisen"})


def _next_to_quotation(tokens: list[Token], i: int, hi: int) -> bool:
    """The verb at i follows a quotation ("„…?“, fragte X") or a colon before one ("fragte die Lotsin: „…“").

    A question verb cues only what it frames next to it: elsewhere 'gefragt' is often 'in demand' ("ist sehr
    gefragt"), and an indirect question after it is not always one the corpus counts.
    """
    j = i - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    if j >= 0 and tokens[j].text in DOUBLE_CLOSERS and j < i and tokens[j].end <= tokens[i].start:
        return True
    for k in range(i + 1, min(hi, i + 6)):
        if tokens[k].text in {".", ";", ",", "!", "?"}:
            return False
        if tokens[k].text == ":":
            return k + 1 < hi and tokens[k + 1].text in "„“\"»«"
    return False


def _asks_whether(tokens: list[Token], i: int, hi: int) -> bool:
    """'X fragte, ob ... habe': a finite question verb with an indirect yes-no question right after its comma."""
    return i + 2 < hi and tokens[i].text.islower() and not tokens[i].low.startswith("ge") \
        and tokens[i + 1].text == "," and tokens[i + 2].low == "ob"


# Openers of the verb-final clauses a joined separable cue reports in: "wie X darlegte", ", die ... hervorhob".
_JOINED_CUE_OPENERS = frozenset({"wie", "der", "die", "das", "welche", "welcher"})


def _clause_opener(tokens: list[Token], i: int) -> str:
    """The first word of the clause that token i closes: back to the last punctuation mark, or over the
    appositions between its subject and the verb ("Wie der Richter, Otto X, ausführte")."""
    k = i
    while k > 0 and tokens[k - 1].is_word:
        k -= 1
    if k > 0 and tokens[k - 1].text == "," and _wie_before_appositions(tokens, k - 1):
        return "wie"
    return tokens[k].low


def _wie_before_appositions(tokens: list[Token], comma: int) -> bool:
    """'Wie der Richter, Otto X, ausführte', 'Wie X, der am 20. Mai dabei war, feststellt': a 'wie' opens the
    clause a comma-separated apposition or relative clause splits before its verb. Reads back at most 30
    tokens to the 'wie' at the start of the sentence or after a comma, over the full stop of an ordinal only.
    """
    k = comma
    while k > max(0, comma - 30):
        k -= 1
        t = tokens[k].text
        if t in {";", ":", "„", "“", "”", "\"", "»", "«", "!", "?"} or t == "." and not tokens[k - 1].text.isdigit():
            return False
        if tokens[k].low == "wie":
            return k == 0 or tokens[k - 1].text in {",", "(", "–", ".", "!", "?", "“", "”"}
    return False


def _participle_or_zu(rest: str, base: str) -> bool:
    """After the particle: a participle ("…gesagt", "…gegeben") or a zu-infinitive ("…zulegen"), not a finite
    form of a base that itself begins with "ge" ("hervorgeht", "bekanntgab")."""
    if rest.startswith("zu") and not base.startswith("zu"):
        return True
    return rest.startswith("gege") if base.startswith("ge") else rest.startswith("ge")


@lru_cache(maxsize=4096)
def _joined_particle(lem: str) -> str | None:
    """The particle of a separable cue written as one word at the end of its clause ("darlegte", "hervorhob"),
    where no particle follows; the lemma is the particle and a base lemma listed with it."""
    for base, particles in lx.SEPARABLE_DE.items():
        if lem.endswith(base) and lem[: -len(base)] in particles:
            return lem[: -len(base)]
    return None


def _particle(tokens: list[Token], i: int, hi: int, particles: frozenset[str]) -> int | None:
    """The particle that closes a separable cue's clause, also past an apposition ("teilte X, Sprecher, mit")."""
    commas = 0
    skip_to = -1
    for k in range(i + 1, min(hi, i + 30)):
        t = tokens[k]
        if k <= skip_to:
            continue
        if t.text in {"„", "»"}:  # step over a short quotation inside the clause: "warfen X „Wortbruch“ vor"
            close = next((m for m in range(k + 1, min(hi, k + 12)) if tokens[m].text in {"“", "«", "”"}), None)
            if close is None:
                return None
            skip_to = close
            continue
        if t.text == "." and tokens[k - 1].text.isdigit() and k + 1 < hi and tokens[k + 1].is_cap:
            continue  # "am 6. Mai": the full stop of an ordinal inside the clause
        if t.text in _CLAUSE_END or t.text in {":", "„", "“", "\"", "»", "«"}:
            return None
        if t.text == ",":
            commas += 1
            if commas > 2:
                return None
            continue
        if t.low in particles and (k + 1 >= hi or not tokens[k + 1].is_word):
            return k
    return None


def _passive_clause(tokens: list[Token], i: int) -> bool:
    """A form of 'werden' as finite verb of the clause that the participle at i closes."""
    if not tokens[i].low.startswith("ge") and not any(tokens[i].low.startswith(p) for p in _PREFIXES):
        return False
    k = i - 1
    while k >= 0 and i - k < 15 and tokens[k].text not in {",", ".", ";", ":", "!", "?", "„", "“", "\""}:
        if tokens[k].low in {"wurde", "wurden", "wird", "werden"}:
            return True
        k -= 1
    return False


_PREFIXES = ("be", "er", "ver", "kritisiert", "zitiert", "dementiert", "informiert", "kommentiert", "bezeichnet",
             "an", "auf", "aus", "bekannt", "mit", "vor", "zurück", "hin")


def _clause_final(tokens: list[Token], i: int, hi: int) -> bool:
    return i + 1 >= hi or not tokens[i + 1].is_word


_WERDEN = frozenset({"wird", "wurde", "wurden", "werden", "worden", "geworden", "war"})


def _passive_cue(tokens: list[Token], i: int, lo: int, hi: int) -> int | None:
    """'Ihm wird vorgeworfen, ...', 'Es wurde bekannt, dass ...': a passive cue with a content clause after it.

    Returns the index of the comma that opens the content, or None. Without such a clause a passive
    cue reports an event ("wurde bestätigt"), not a statement.
    """
    tok = tokens[i]
    if not tok.is_word or tok.is_cap:
        return None
    near = {tokens[j].low for j in range(max(lo, i - 1), min(hi, i + 3))}
    if not near & _WERDEN and not _passive_clause(tokens, i):
        return None
    lem = lemma(tok.text, "de")
    cue = lem in lx.SPEECH_VERBS_DE or tok.low == "bekannt" or (
        lem in lx.SEPARABLE_DE and i > 0 and tokens[i - 1].low in lx.SEPARABLE_DE[lem])
    participle = tok.low.startswith("ge") and tok.low.endswith(("t", "en")) \
        and lemma(tok.text[2:], "de") in lx.SPEECH_VERBS_DE  # "gesagt", "gemeldet"
    if not cue and not participle:
        return None
    k = i + 1
    while k < hi and k - i <= 3 and tokens[k].low in _WERDEN | {"sein", "ist"}:
        k += 1
    if k + 1 < hi and tokens[k].text == "," and (tokens[k + 1].low in {"dass", "daß", "ob"} or _zu_clause(
            tokens, k + 1, hi)):
        return k
    return None


def _zu_clause(tokens: list[Token], k: int, hi: int) -> bool:
    e = k
    while e < hi and tokens[e].text not in {",", ";", ".", ":"}:
        e += 1
    return e - 1 > k and (tokens[e - 2].low == "zu" or "zu" in tokens[e - 1].low[2:-2]
                          and tokens[e - 1].low.endswith("en"))


def _laut_adverb(tokens: list[Token], i: int, lo: int, hi: int) -> bool:
    """'laut' between a speech verb and a quotation is the adverb ('rief laut „…“'), not 'according to'."""
    return i > lo and i + 1 < hi and tokens[i + 1].text in "„“\"»«‚" and tokens[i - 1].is_word \
        and lemma(tokens[i - 1].text, "de") in lx.SPEECH_VERBS_DE


def _after_dateline(tokens: list[Token], lo: int, hi: int) -> int:
    """First token after a wire dateline that opens the sentence ("Berlin (dpa) - ", "KESSMUND, May 6 (CWS) -
    "): the dateline is no part of the statement a frame attributes."""
    if lo >= hi or not any(t.text in {"-", "–", "—"} for t in tokens[lo : min(hi, lo + 16)]):
        return lo  # no dash near the start: no dateline (most sentences; spares building the string)
    parts, pos = [], tokens[lo].start
    for t in tokens[lo:hi]:  # the sentence's characters with their spacing, from the tokens' offsets
        parts.append(" " * (t.start - pos) + t.text)
        pos = t.end
    m = match_dateline("".join(parts))
    if m is None:
        return lo
    end = tokens[lo].start + m.end()
    k = lo
    while k < hi and tokens[k].start < end:
        k += 1
    return k if k < hi else lo


def find_frames(tokens: list[Token], lo: int, hi: int, lang: str, masked: set[int]) -> list[Frame]:
    """Frames among tokens[lo:hi] (one sentence); `masked` token indices lie inside direct quotations."""
    lo = _after_dateline(tokens, lo, hi)
    if lang == "en":
        from lagebild.extract.quote_frames_en import find_frames_en  # imported late: it builds on this module

        return find_frames_en(tokens, lo, hi, masked)
    frames: list[Frame] = []
    i = lo
    while i < hi:
        if i in masked:
            i += 1
            continue
        tok = tokens[i]
        low = tok.low
        frame: Frame | None = None
        if lang == "de" and low in lx.LAUT_WORDS_DE and _laut_adverb(tokens, i, lo, hi):
            pass  # "rief laut „Hilfe, …“": the adverb 'loudly' before the words shouted, no source
        elif lang == "de" and low in lx.LAUT_WORDS_DE:
            frame = _prep_frame(tokens, i, i + 1, lo, hi, before=False)
        elif lang == "de" and low in lx.ZUFOLGE_WORDS_DE:
            frame = _zufolge_frame(tokens, i, lo, hi)
        elif lang == "de" and low == "nach" and i + 1 < hi and tokens[i + 1].low in lx.ANGABEN_NOUNS_DE:
            frame = _prep_frame(tokens, i, i + 2, lo, hi, before=False, skip_attach=True)
        elif lang == "de" and low == "nach" and _relative_source(tokens, i, lo, hi):
            frame = _relative_source_frame(tokens, i, hi)  # "Gerüchte, nach denen X ...": like "wonach"
        elif lang == "de" and low == "nach" and _report_noun_follows(tokens, i + 1, hi):
            frame = _prep_frame(tokens, i, i + 1, lo, hi, before=False)  # "nach einem Bericht der BBC"
        elif lang == "de" and low in {"demnach", "wonach"} and (i == lo or tokens[i - 1].text == ","):
            frame = adverb_frame(tokens, i, lo, hi)
        elif lang == "de" and low == "demnach":
            frame = adverb_frame(tokens, i, lo, hi)  # "Die Rolle der Fed soll demnach gestärkt werden"
        elif lang == "de" and low == "nach" and i - 2 >= lo and tokens[i - 1].low in lx.OPINION_NOUNS_DE \
                and tokens[i - 2].low in lx.POSTPOSED_OWNERS_DE and (i + 1 >= hi or tokens[i + 1].is_word):
            frame = _postposed_frame(tokens, i, lo, hi)  # "Seiner Meinung nach", "Dem Vernehmen nach"
        elif lang == "de" and low == "unter" and i + 2 < hi and tokens[i + 1].low == "berufung":
            frame = _prep_frame(tokens, i, i + 3, lo, hi, before=False, kind="berufung")
        elif lang == "en" and low == "according" and i + 1 < hi and tokens[i + 1].low == "to":
            frame = _prep_frame(tokens, i, i + 2, lo, hi, before=False, lang="en")
        elif lang == "en" and low == "citing":
            frame = _prep_frame(tokens, i, i + 1, lo, hi, before=False, lang="en", kind="berufung")
        elif low == "so" and i > lo and lang == "de" and (tokens[i - 1].text in {",", "–", "—"} or i - 2 >= lo
                                                           and tokens[i - 1].text in {"“", "”", "«"}
                                                           and tokens[i - 2].text in {".", "!", "?"}):
            # "„…“, so X" and "„… .“ so X": the comma falls away after the quotation's own full stop
            frame = _so_frame(tokens, i, lo, hi)
        elif lang == "de" and tok.text.islower() and lemma(tok.text, "de") == "zitieren":
            frame = _zitieren_frame(tokens, i, lo, hi)
        else:
            cue = _verb_cue(tokens, i, hi, lang)
            if cue is not None:
                frame = _verb_frame(tokens, i, cue[0], lo, hi, lang, cue[1])
            elif lang == "de":
                comma = _passive_cue(tokens, i, lo, hi)
                if comma is not None:
                    frame = _passive_frame(tokens, i, comma, lo, hi)
                elif tok.is_cap and tok.low in lx.SPEECH_NOUNS_DE:
                    frame = _noun_frame(tokens, i, lo, hi)
                else:
                    frame = _passive_agent_frame(tokens, i, lo, hi)
        if frame is not None:
            frames.append(frame)
        i += 1
    return frames


_COMMENT_OPENERS = frozenset({"was", "wobei", "woraufhin", "wodurch", "weshalb", "weswegen", "womit"})


def _trailing_comment(tokens: list[Token], k: int, hi: int) -> int:
    """End of a content clause before the reporter's own comment on it: ", was bisher nicht bestätigt ist"."""
    if k >= hi:
        return hi
    subordinate = tokens[k].low in {"dass", "daß", "ob"} or _zu_clause(tokens, k, hi)
    for j in range(k + 1, hi - 1):
        if tokens[j].text == ";":
            return j
        if tokens[j].text == "," and tokens[j + 1].low in _COMMENT_OPENERS:
            e = j + 1
            while e < hi and tokens[e].text not in {",", ";", "."}:
                e += 1
            if not any(is_mood(tokens[m]) for m in range(j + 1, e)):
                return j
        nxt = j + 2 if j + 2 < hi and tokens[j + 1].low in {"und", "sowie"} else j + 1
        if subordinate and tokens[j].text == "," and _finite_verb_like(tokens[nxt]) and _inflected_verb(tokens[nxt]) \
                and (tokens[j - 1].text.islower() or tokens[j - 1].text in DOUBLE_CLOSERS) \
                and not _zu_clause(tokens, j + 1, hi):
            return j  # "dass er unschuldig sei, lege aber ...", "..., „…“, räumte X ein": the main clause resumes
        if not subordinate and tokens[j].text in {",", "und"} and _indicative_past(tokens[j + 1]) \
                and any(is_mood(tokens[m]) for m in range(k, j)):
            return j  # "er sei unschuldig, erkannte das Gericht aber nicht an": the speaker's own acts go on
        if tokens[j].text == "," and new_main_clause(tokens, j + 1, hi) and any(is_mood(tokens[m])
                                                                                 for m in range(k, j)):
            return j  # "X sei tot, doch ein Sprecher erklärte ...": another subject's indicative clause
    return hi


_MAIN_COORDINATORS = frozenset({"doch", "aber", "jedoch", "und"})


def new_main_clause(tokens: list[Token], k: int, hi: int) -> bool:
    """A main clause of the reporter's own from k: an optional coordinator, a subject phrase with a noun or
    name, then a finite verb in the indicative ("doch ein Sprecher erklärte", "die Polizei spricht")."""
    if k < hi and tokens[k].low in _MAIN_COORDINATORS:
        k += 1
    if k >= hi or k + 1 < hi and tokens[k].low in _RELATIVE and not tokens[k + 1].is_cap:
        return False  # "jemand, der gegenüber X lüge": a relative clause
    j = k
    while j < hi and j - k < 6 and (tokens[j].low in lx.ARTICLES_DE or tokens[j].is_cap and tokens[j].is_word
                                    or tokens[j].text.islower() and tokens[j].low.endswith(("e", "en", "er"))
                                    and lemma(tokens[j].text, "de") != tokens[j].low  # an inflected adjective
                                    and not is_mood(tokens[j]) and not _finite_verb_like(tokens[j])):
        j += 1
    if j == k or j >= hi or not any(tokens[m].is_cap for m in range(k, j)):
        return False
    # after 'der'/'die'/'das' the verb in second place has words after it; a verb right before the comma ends
    # a relative clause with its own subject ("Die Alternative, die X nannte, ist ...")
    return _finite_verb_like(tokens[j]) and _inflected_verb(tokens[j]) and not is_mood(tokens[j]) \
        and (tokens[k].low not in _RELATIVE or j + 1 < hi and tokens[j + 1].is_word)


def _inflected_verb(tok: Token) -> bool:
    """An inflected verb form ("lege", "ist"), not a subordinator, preposition or adjective ("bis", "von",
    "illegale") that a comma after a content clause also lets through."""
    lem = lemma(tok.text, "de")
    return lem != tok.low and lem.endswith("n")


def _indicative_past(tok: Token) -> bool:
    """A finite past-tense verb in the indicative ("erkannte", "bemühte"): the reporter narrates, not the speaker."""
    low = tok.low
    weak = low.endswith(("te", "ten"))
    strong = not low.endswith(("t", "e", "n"))  # "verließ", "verwies", "schwieg": no participle looks so
    return _finite_verb_like(tok) and (weak or strong) and not is_mood(tok) \
        and low not in {"hätte", "hätten", "könnte", "könnten", "müsste", "müssten", "sollte", "sollten",
                        "dürfte", "dürften", "wollte", "wollten", "möchte", "möchten"} \
        and lemma(tok.text, "de") != low and lemma(tok.text, "de").endswith(("en", "ern", "eln"))


def _finite_verb_like(tok: Token) -> bool:
    """A lower-case word that can only be a verb here: no article, pronoun, particle or subordinator."""
    low = tok.low
    return tok.text.islower() and tok.is_word and low not in _NOT_VERB and low not in lx.ARTICLES_DE \
        and low not in _REL_PRONOUN and low not in lx.TEMPORAL_DE \
        and not (low.endswith(("lich", "ig", "isch")) and lemma(tok.text, "de") == low)  # adverbs stay as they are


_NOT_VERB = frozenset(
    """
    dass daß ob und oder aber sondern denn doch wie wo wenn weil da als um was wer welche welcher welches
    er sie es man wir ich ihr du zu zum zur so sowie bzw nicht auch noch nur sogar etwa ca rund mehr
    weniger fast knapp insgesamt darunter davon dabei zudem jedoch zwar allerdings vor allem wobei
    """.split()
)


def _doc_head(low: str) -> bool:
    return any(low == h or low.endswith(h) for h in lx.DOCUMENT_HEADS) or low.endswith(("erklärung", "mitteilung"))


def _passive_frame(tokens: list[Token], i: int, comma: int, lo: int, hi: int) -> Frame | None:
    """The content of a passive cue; its speaker is the 'von X' agent when the clause names one."""
    content = _strip_end(tokens, comma + 1, _trailing_comment(tokens, comma + 1, hi))
    if content is None:
        return None
    cs, _ = _clause_bounds(tokens, i, lo, hi)
    speaker = None
    for k in range(cs, i):
        if tokens[k].low in {"von", "vom", "seitens"}:
            speaker = _char_span(tokens, noun_phrase(tokens, k + 1, i, "de"))
            break
        if tokens[k].low in {"in", "im"} and speaker is None:
            np = noun_phrase(tokens, k + 1, i, "de")  # "In einer Presseerklärung wurde verkündet, ..."
            if np is not None and any(_doc_head(tokens[j].low) for j in range(np[0], np[1]) if tokens[j].is_cap):
                speaker = _char_span(tokens, np)
    cue = (tokens[i].start, tokens[i].end)
    return Frame(cue, speaker, None, content, "passive", cue)


def _zitieren_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    """'X zitiert Y mit den Worten', 'zitierte man Y', 'wird Y zitiert': the one quoted speaks, not the quoter.

    The quoter (a medium, "man") is the channel; in the passive "von X" names it.
    """
    frame = _verb_frame(tokens, i, i, lo, hi, "de", False)
    if frame is None:
        return None
    cs, ce = _clause_bounds(tokens, i, lo, hi)
    if tokens[cs].text in {"„", "\"", "»"} and not (cs > lo and (tokens[cs - 1].low in lx.ARTICLES_DE
                                                                or tokens[cs - 1].low in _SOURCE_PREPS)):
        # "„…“ wird X im Blatt Y zitiert": the quotation fills the first place, the clause starts after it
        close = next((k for k in range(cs + 1, i) if tokens[k].text in {"“", "\"", "«", "”"}), None)
        cs = close + 1 if close is not None else cs
    while cs > lo and tokens[cs - 1].text in "„“\"»«" and cs - 2 > lo and tokens[cs - 2].is_word:
        k = cs - 1  # step over a quoted name ("von der „Küstenpost“ mit den Worten zitiert")
        while k > lo and tokens[k - 1].text not in _CLAUSE_STOP:
            k -= 1
        if not (k - 2 >= lo and (tokens[k - 2].low in lx.ARTICLES_DE or tokens[k - 2].low in _SOURCE_PREPS)):
            break  # "„…“ wird X im Blatt Y zitiert": the quotation itself ends there, no name inside the clause
        cs = k
    if cs - 1 > lo and tokens[cs - 1].text == "," and not any(tokens[k].low in _PASSIVE for k in range(cs, i)):
        cs = _passive_before_apposition(tokens, cs - 1, lo) or cs
    werden = [k for k in range(cs, ce) if tokens[k].low in {"wird", "wurde", "werden", "wurden"}]
    speaker: tuple[int, int] | None = None
    channel = frame.channel
    if werden:
        k = werden[0]
        if k == cs and cs > lo and tokens[cs - 1].text == "," and tokens[cs - 2].is_word:
            speaker = clause_subject(tokens, cs, ce, lo)  # "X, Sprecher von Y, wird ... zitiert"
        elif k == cs:  # "„…“, wird Oltmanns zitiert"
            speaker = noun_phrase(tokens, _skip_fillers_de(tokens, k + 1, ce), ce, "de")
        else:
            speaker = clause_subject(tokens, cs, k, lo)
            if speaker is None and tokens[cs].low in {"in", "im"}:
                speaker = noun_phrase(tokens, _skip_fillers_de(tokens, k + 1, ce), ce, "de")  # "In X wird Y zitiert"
        own = _char_span(tokens, speaker)
        if channel is not None and own is not None and channel[0] < own[1] and own[0] < channel[1]:
            channel = None  # the verb frame read the one quoted as the channel; the quoter is looked for below
        for j in range(cs, ce):
            if tokens[j].low in {"von", "vom"} and j + 1 < ce:
                np = noun_phrase(tokens, j + 1 + (tokens[j + 1].text in "„\"»"), ce, "de")
                channel = _char_span(tokens, np) or channel
                break
        if channel is None:
            # "wird X im Fachblatt Y zitiert", "In der Meldung wird X zitiert": the paper or notice quotes
            place = next((j for j in range(cs, ce) if tokens[j].low in {"in", "im"} and j + 1 < ce
                          and (speaker is None or not speaker[0] <= j < speaker[1])), None)
            if place is not None:
                channel = _char_span(tokens, noun_phrase(tokens, place + 1, ce, "de"))
    else:
        j = i + 1
        man = j < ce and tokens[j].low == "man"
        j = _skip_fillers_de(tokens, j + man, ce)
        speaker = noun_phrase(tokens, j, ce, "de")
        if speaker is not None and cs == i and not man:
            # "„…“, zitiert die Zeitung X": the subject follows the verb, the one quoted comes after it
            second = noun_phrase(tokens, _skip_fillers_de(tokens, speaker[1], ce), ce, "de")
            channel = _char_span(tokens, speaker)
            speaker = second
        elif speaker is not None and cs < i:
            channel = _char_span(tokens, clause_subject(tokens, cs, i, lo)) or channel
    sp = _char_span(tokens, speaker)
    if sp is None:
        return frame
    return Frame(frame.cue, sp, channel, frame.content, "verb", frame.frame_span, False)


_CLAUSE_STOP = frozenset({",", ";", ":", ".", "(", ")", "„", "“", "\"", "»", "«"})


def _passive_before_apposition(tokens: list[Token], comma: int, lo: int) -> int | None:
    """'„…“, wird Jan X, Leiter von Y, zitiert': the participle follows an apposition of the one quoted; the
    clause starts at the auxiliary before it. Start of that clause, or None."""
    b = comma
    while b > lo and tokens[b - 1].text not in _CLAUSE_STOP:
        b -= 1  # the apposition
    if b - 1 <= lo or tokens[b - 1].text != "," or not tokens[b].is_cap or not _no_verb(tokens, b, comma):
        return None
    a = b - 1
    while a > lo and tokens[a - 1].text not in _CLAUSE_STOP:
        a -= 1  # the auxiliary and the one quoted
    if tokens[a].low in {"wird", "wurde"} and a + 1 < b - 1 and tokens[a + 1].is_cap:
        return a
    return None


def _skip_fillers_de(tokens: list[Token], j: int, limit: int) -> int:
    while j < limit and (tokens[j].low in lx.TEMPORAL_DE and tokens[j].low not in lx.ARTICLES_DE
                         or tokens[j].low in {"auch", "dabei", "dazu", "so", "folgendermaßen"}):
        j += 1
    return j


def _noun_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    """'mit dem Hinweis, man sei beschäftigt', 'die Forderung, dass ...': a speech noun with its content clause.

    The speaker is the subject of the clause the noun stands in ("X lehnte mit dem Hinweis ab, ...").
    """
    if any(tokens[k].low in {"in", "im", "aus", "laut", "nach", "gemäß"} for k in range(max(lo, i - 3), i)):
        return None  # "schrieb sie in einer Mitteilung, ...": where it was said, not what
    c = i + 1
    owner: tuple[int, int] | None = None
    if c < hi and tokens[c].low in {"der", "des", "von", "vom"}:
        np = noun_phrase(tokens, c + 1 if tokens[c].low in {"von", "vom"} else c, hi, "de")
        if np is not None and np[1] - c <= 6:
            owner, c = np, np[1]  # "die Kritik der Fischer, ...": whose statement it is
    if c < hi and tokens[c].low in _NOUN_ATTACH:
        # "Anfragen an den Provider, ...", "eine Mahnung an die Politik ausgesprochen, ...": the addressee
        c += 1
        while c < hi and c - i <= 9 and tokens[c].is_word:
            c += 1
    while c < hi and c - i <= 4 and tokens[c].is_word and tokens[c].text.islower():
        c += 1  # "mit dem Hinweis abgelehnt worden, ..."
    if c + 1 >= hi or tokens[c].text not in {",", ":"}:
        return None
    k = c + 1
    low = tokens[k].low
    e = k
    while e < hi and tokens[e].text not in {",", ";", ".", ":"}:
        e += 1
    if not (low in {"dass", "daß", "ob"} or any(is_mood(tokens[j]) for j in range(k, e)) or _zu_clause(tokens, k, hi)):
        return None
    if low in _NOT_CONTENT or low == "so" and k + 1 < hi and tokens[k + 1].low == "dass":
        return None  # "verbreiteten Gerüchte, sodass Streit entstanden sei": a result, not the noun's content
    end = _trailing_comment(tokens, k, hi)
    while e < end and tokens[e].text == ",":  # further clauses belong to it while they stay reported
        f = e + 1
        while f < end and tokens[f].text not in {",", ";", ".", ":"}:
            f += 1
        if not (any(is_mood(tokens[j]) for j in range(e + 1, f)) or e + 1 < f and tokens[e + 1].low in {
                "dass", "daß", "und", "oder", "aber"}):
            end = e
            break
        e = f
    content = _strip_end(tokens, k, end)
    if content is None:
        return None
    cs, _ = _clause_bounds(tokens, i, lo, hi)
    spk = _char_span(tokens, clause_subject(tokens, cs, i, lo)) if cs < i else None
    cue = (tokens[i].start, tokens[i].end)
    if spk is not None and spk[0] <= cue[0] < spk[1]:
        spk = None  # "Die Forderung, ...": the noun itself opens the clause
    if owner is not None:
        spk = _char_span(tokens, owner)
    return Frame(cue, spk, None, content, "verb", cue)


_NOUN_ATTACH = frozenset({"an", "zur", "zum", "gegenüber"})


def _passive_agent_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    """'Von Anwohnern wurde der Umbau als überstürzt bezeichnet': a reported statement with its agent."""
    if not _clause_final(tokens, i, hi) or not _passive_clause(tokens, i):
        return None
    lem = lemma(tokens[i].text, "de")
    cs, _ = _clause_bounds(tokens, i, lo, hi)
    if lem == "angeben" and (tokens[cs].low == "als" or any(tokens[k].low == "mit" for k in range(cs, i))):
        cue = (tokens[i].start, tokens[i].end)  # "Als Ursache wurde ... angegeben", "wurde mit 14 angegeben"
        return Frame(cue, None, None, None, "passive", cue, reported_ok=True)
    if lem not in lx.REPORTED_VERBS_DE and lem not in lx.REPORT_ONLY_VERBS_DE:
        return None
    for k in range(cs, i):
        if tokens[k].low in {"von", "vom"}:
            np = noun_phrase(tokens, k + 1, i, "de")
            if np is None:
                return None
            cue = (tokens[i].start, tokens[i].end)
            return Frame(cue, _char_span(tokens, np), None, None, "verb", cue, reported_ok=True)
    if tokens[cs].low == "als" and lem in {"nennen", "bezeichnen"}:
        cue = (tokens[i].start, tokens[i].end)  # "Als Grund wurde ... genannt": reported, its source unnamed
        return Frame(cue, None, None, None, "passive", cue, reported_ok=True)
    return None


def _report_noun_follows(tokens: list[Token], j: int, hi: int) -> bool:
    """'nach ersten Informationen', 'nach einer norwegischen Studie', 'nach Medienberichten'."""
    for _ in range(3):
        if j < hi and not tokens[j].is_cap and tokens[j].is_word and (
            tokens[j].low in lx.ARTICLES_DE or tokens[j].low in {"deren", "dessen"}
            or tokens[j].low.endswith(("e", "en", "er", "es", "em"))
        ):
            j += 1
    if j >= hi or not tokens[j].is_cap:
        return False
    if j + 1 < hi and tokens[j].low.endswith("s") and tokens[j + 1].is_cap and tokens[j + 1].is_word \
            and tokens[j].low not in lx.ARTICLES_DE and tokens[j + 1].low in _OWNED_VIEWS:
        return True  # "Nach Grupps Meinung": a name in the genitive before the view
    low = tokens[j].low
    return any(low.endswith(n) for n in lx.REPORT_NOUNS_DE)


# Views a name in the genitive can own right after "nach" ("Nach Grupps Meinung", "nach Meyers Worten").
_OWNED_VIEWS = frozenset({"meinung", "ansicht", "auffassung", "einschätzung", "worten", "angaben", "aussage",
                          "darstellung", "überzeugung", "sicht"})


def _relative_source(tokens: list[Token], i: int, lo: int, hi: int) -> bool:
    """', nach denen ...' after a noun for a report, rumour or poll: the relative clause gives its content."""
    if i - 2 < lo or i + 2 >= hi or tokens[i - 1].text != "," or tokens[i + 1].low not in {"denen", "dem", "der"}:
        return False
    k = i - 2
    while k > lo and i - 1 - k < 4 and tokens[k - 1].is_word and not tokens[k].low.endswith(_RUMOUR_HEADS):
        k -= 1  # "den Umfragen im Land, nach denen ...": back over a short attachment to the noun
    noun = tokens[k]
    return noun.is_cap and (noun.low.endswith(_RUMOUR_HEADS) or noun.low in lx.SPEECH_NOUNS_DE)


_RUMOUR_HEADS = tuple(lx.REPORT_NOUNS_DE) + ("gerüchte", "gerüchten", "umfragen", "berichte")


def _relative_source_frame(tokens: list[Token], i: int, hi: int) -> Frame | None:
    """The relative pronoun is the speaker mention, as the corpus marks "wonach"'s antecedent's stand-in."""
    e = i + 2
    while e < hi and tokens[e].text not in {",", ";", ".", ":", "!", "?"}:
        e += 1
    content = _strip_end(tokens, i + 2, e)
    if content is None:
        return None
    pron = (tokens[i + 1].start, tokens[i + 1].end)
    return Frame((tokens[i].start, tokens[i].end), pron, None, content, "adverb", (tokens[i].start, pron[1]))


def adverb_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    """'Demnach sind ...', '..., wonach ...': the rest of the sentence reports what was said before.

    The corpus takes "demnach" itself as the speaker mention, an anaphor like a pronoun; after
    "wonach" the speaker is the phrase the relative adverb hangs on ("Berichte, wonach ...").
    """
    first = i == lo or tokens[i - 1].text == ","
    content = _strip_end(tokens, i + 1, hi) if first else _strip_end(tokens, lo, hi)
    if content is None:
        return None
    cue = (tokens[i].start, tokens[i].end)
    speaker: tuple[int, int] | None = cue
    if tokens[i].low == "wonach":
        # the phrase the relative adverb hangs on; failing that, "wonach" itself stands for it, as the corpus
        # marks it ("Die Sichtweise von X (CDU), wonach ...")
        speaker = _char_span(tokens, _phrase_before(tokens, i - 1, lo)) or cue
    return Frame(cue, speaker, None, content, "adverb", cue)


def _phrase_before(tokens: list[Token], end: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase that ends at token `end` (exclusive): back over words to an article or a boundary."""
    if end - 2 > lo and tokens[end - 1].text in {"“", "”", "\"", "«"}:
        opener = next((k for k in range(end - 2, max(lo, end - 8) - 1, -1) if tokens[k].text in {"„", "\"", "»"}),
                      None)  # "ein Bericht der Agentur „Interfax“, wonach": step over the quoted name
        if opener is not None and quoted_name(tokens, opener, end) == end:
            inner = _phrase_before(tokens, opener, lo)
            return (inner[0], end) if inner is not None else None
    k = end
    while k > lo and end - k < 8 and tokens[k - 1].is_word and (
        tokens[k - 1].is_cap or tokens[k - 1].low in lx.ARTICLES_DE or tokens[k - 1].low in {"von", "des", "der"}
        or tokens[k - 1].low.endswith(("e", "en", "er", "es", "em"))
    ):
        k -= 1
        if tokens[k].low in lx.ARTICLES_DE and not (k > lo and tokens[k - 1].is_cap):
            break
    while k < end and not tokens[k].is_cap and tokens[k].low not in lx.ARTICLES_DE:
        k += 1
    return (k, end) if k < end and tokens[end - 1].is_cap else None


def _postposed_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    """'Seiner Meinung nach ...': the possessive phrase before "nach" is the speaker mention."""
    if tokens[hi - 1].text == "?":
        return None  # an interviewer's question: "Was ist Ihrer Meinung nach ...?"
    sp = (tokens[i - 2].start, tokens[i - 1].end)
    cs = i - 2
    while cs > lo and tokens[cs - 1].text not in {",", ";", ":"}:
        cs -= 1
    content = _content_around(tokens, i - 2, i + 1, cs, hi)
    return Frame((tokens[i].start, tokens[i].end), sp, None, content, "prep", (sp[0], tokens[i].end))


def _prep_frame(tokens: list[Token], i: int, np_start: int, lo: int, hi: int, *, before: bool,
                skip_attach: bool = False, kind: str = "prep", lang: str = "de") -> Frame | None:
    j = np_start
    if skip_attach and j < hi and tokens[j].low in {"des", "der", "von", "vom", "aus"}:
        j += 1
    np = noun_phrase(tokens, j, hi, lang)
    if np is None and lang == "de" and j + 1 < hi and _is_adj_form(tokens[j]):
        np = noun_phrase(tokens, j + 1, hi, lang)  # "Laut nationalem statistischen Institut"
        np = (j, np[1]) if np else None
    if np is None and lang == "de":
        np = _loose_source(tokens, j, hi)
    if np is None:
        return None
    if lang == "en":
        e = np[0]
        while e < hi and tokens[e].text not in _BOUNDARY and tokens[e].text not in _CLAUSE_END:
            e += 1
        np = (np[0], e)
    speaker = _char_span(tokens, np)
    frame_span = (tokens[i].start, tokens[np[1] - 1].end)
    content = _content_around(tokens, i, np[1], lo, hi)
    return Frame((tokens[i].start, tokens[np_start - 1].end), speaker, None, content, kind, frame_span)


_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(de|com|net|org|at|ch|eu|info|uk|fr)$")  # "news.hafen.co.uk" too


def _loose_source(tokens: list[Token], j: int, hi: int) -> tuple[int, int] | None:
    """The source after "laut"/"nach" when it is no plain noun phrase: "laut hafenblog.de", "laut einer am
    Dienstag veröffentlichten Mitteilung des Hafenamts". Runs up to the last capitalised word (or web address)
    before the finite verb, the first lower-case word that is neither article, preposition nor adjective.
    """
    last = None
    in_pp = False  # inside a prepositional phrase before the head: "einer am Dienstag veröffentlichten ..."
    k = j
    while k < hi and k - j < 12:
        t = tokens[k]
        if _DOMAIN.match(t.low) or t.is_cap or t.text in "„“":
            last = k
            if t.text == "“" and k > j:
                break  # "laut „hafen.co.uk“ mit …": the quoted source ends with its closing mark
        elif not t.is_word or t.text.isdigit():
            if t.text not in {"-", "."}:
                break
        elif t.low in _SOURCE_ATTACH:
            in_pp = t.low not in {"des", "der"}
        elif _is_adj_form(t) and (last != k - 1 or in_pp):
            in_pp = False
        elif t.low not in lx.ARTICLES_DE:
            break  # a lower-case word right after the head noun is the verb, whatever its ending
        k += 1
    return (j, last + 1) if last is not None else None


_SOURCE_ATTACH = frozenset({"des", "der", "von", "vom", "am", "im", "in", "an", "auf", "aus", "bei", "beim", "zur",
                            "zum", "für", "mit"})


def _is_adj_form(tok: Token) -> bool:
    return tok.is_word and tok.text.islower() and tok.low.endswith(("e", "en", "er", "es", "em"))


# Words a phrase before "zufolge" cannot run across: conjunctions and the finite verbs of the clause
# ("Ursache dürfte ersten Annahmen zufolge ...": "dürfte" ends like an adjective but is the verb).
_ZUFOLGE_STOP = frozenset({"und", "aber", "oder", "sei", "ist", "hat", "sind", "war", "waren", "hatte", "hatten",
                           "habe", "haben", "wird", "werden", "wurde", "wurden", "dürfte", "dürften", "könnte",
                           "könnten", "sollte", "sollten", "würde", "würden", "soll", "sollen", "muss", "müsse",
                           "kann", "könne", "seien", "wäre", "wären"})


def _zufolge_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    # "X zufolge": the phrase ends at the cue; walk back over the phrase
    s = i
    while s > lo and tokens[s - 1].is_word and tokens[s - 1].low not in _ZUFOLGE_STOP:
        s -= 1
        if i - s >= 6:
            break
    np = noun_phrase(tokens, s, i, "de")
    while (np is None or np[1] != i) and s < i - 1:
        s += 1  # the phrase must end at the cue: "mit dem Geschäft nimmt sie Schätzungen zufolge" is no phrase
        np = noun_phrase(tokens, s, i, "de")
    if np is None or np[1] != i:
        return None
    speaker = _char_span(tokens, (np[0], i))
    content = _content_around(tokens, np[0], i + 1, lo, hi)
    return Frame((tokens[i].start, tokens[i].end), speaker, None, content, "prep",
                 (tokens[np[0]].start, tokens[i].end))


def _so_frame(tokens: list[Token], i: int, lo: int, hi: int) -> Frame | None:
    """', so X' after the statement, or inserted into it: "Die Lage sei, so X, ernst" (the corpus cuts the
    frame out of one statement; a contiguous span runs over it)."""
    np = noun_phrase(tokens, i + 1, hi, "de")
    if np is None:
        return None
    e = np[1]
    chan = channel_after(tokens, e, min(hi, e + 8))
    end_tok = chan[1] if chan else e
    content = _strip_end(tokens, lo, i - 1)
    if _statement_resumes(tokens, end_tok, hi):
        content = _strip_end(tokens, lo, hi)
    return Frame((tokens[i].start, tokens[i].end), _char_span(tokens, np), _char_span(tokens, chan), content,
                 "so", (tokens[i].start, tokens[end_tok - 1].end))


_SO_WORDS_AFTER = frozenset({"weiter", "weiters", "zufolge", "damals", "gestern", "heute", "zuletzt"})


def _statement_resumes(tokens: list[Token], k: int, hi: int) -> bool:
    """After an inserted ', so X,' or '– so X –' the sentence goes on: more than a relative clause on X."""
    while k < hi and tokens[k].low in _SO_WORDS_AFTER:
        k += 1
    if k >= hi - 1 or tokens[k].text not in {",", "–", "—"}:
        return False
    if tokens[k].text in {"–", "—"} and k + 1 < hi and tokens[k + 1].text == ",":
        k += 1
    rest = [t for t in tokens[k + 1 : hi] if t.is_word]
    if len(rest) < 2:
        return False
    if tokens[k + 1].low in _RELATIVE_AFTER_SPEAKER:
        # "…, so Müller, der das Amt seit 2010 leitet.": the relative clause describes X; only when another
        # clause follows it does the statement resume
        return any(t.text in {",", "–"} for t in tokens[k + 2 : hi - 1])
    return True


_RELATIVE_AFTER_SPEAKER = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche",
                                     "welches", "wie", "als"})


def _content_around(tokens: list[Token], fs: int, fe: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence minus a prepositional frame: the larger side, or both sides when it sits inside.

    A frame inside a relative or subordinate clause ("…, der laut X … habe, …") governs only that clause.
    """
    k = fs
    while k > lo and tokens[k - 1].text not in {",", ";", ":", "(", "–"}:
        k -= 1
    if k > lo and tokens[k - 1].text == "," and _opens_subclause(tokens, k, fs):
        lo = k
        e = fe
        while e < hi and tokens[e].text not in {",", ";", ":", ")", "–"}:
            e += 1
        hi = e
    elif k == fs and k > lo and tokens[k - 1].text in {",", ":", ";"} and fe < hi and tokens[fe].is_word \
            and (tokens[k - 1].text != "," or _finite_verb_like(tokens[fe])
                 or tokens[fs + 1].low in {"dem", "denen", "welchem", "welchen"}):
        lo = k  # "X sagte, nach ersten Erkenntnissen habe ...": the frame opens its own clause
        # (not "Das Werk, das X betreibt, bleibt nach Y weiterhin zu": there the main clause goes on)
    if fs == lo and fe + 1 < hi and tokens[fe].text == "," and tokens[fe + 1].low in _REL_PRONOUN:
        e = fe + 2  # "Nach Angaben X, die nicht überprüft werden können, waren ...": the source's relative clause
        while e < hi and tokens[e].text not in {",", ";", ":", "."}:
            e += 1
        if e + 1 < hi and tokens[e].text == "," and _finite_verb_like(tokens[e + 1]):
            fe = e + 1
    cut = next((j for j in range(fe + 1, hi - 1) if tokens[j].text == "," and new_main_clause(tokens, j + 1, hi)),
               None)
    if cut is not None:
        hi = cut  # "Nach Angaben X demonstrierten 7.000 Menschen, die Polizei spricht von 4.000": another source
    left = _strip_end(tokens, lo, fs)
    right = _strip_end(tokens, fe, hi)
    if left and right:
        whole = right[1] - left[0]
        frame = tokens[fe - 1].end - tokens[fs].start
        if frame <= 0.4 * whole:
            return (left[0], right[1])
        return left if left[1] - left[0] >= right[1] - right[0] else right
    return left or right


_SUB_OPENERS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
                          "welches", "wo", "weil", "da", "obwohl", "wenn", "falls", "als", "nachdem", "während",
                          "bis", "sodass", "damit"})


def _opens_subclause(tokens: list[Token], k: int, fs: int) -> bool:
    """'der laut X …', 'auf dem sich nach Angaben X …': a relative or subordinate clause opens at k."""
    if k >= fs:
        return False
    if tokens[k].low in _SUB_OPENERS and (k + 1 >= fs or not tokens[k + 1].is_cap):
        return True
    return k + 1 < fs and tokens[k].text.islower() and tokens[k + 1].low in {"dem", "der", "denen", "deren",
                                                                            "dessen", "welchem", "welcher"}


# Hearsay 'sollen' before a cue ("Am Abend soll X gesagt haben"): like an auxiliary it holds the verb-second
# place, so the subject stands around it rather than around the participle. Other modals ("musste sich X ...
# anhören") added false statements on the training split and stay out.
_MODALS = frozenset({"soll", "sollen", "sollte", "sollten"})
# 'wollen' before a cue ("Heute will X bekannt geben, dass ...") holds that place too, for the speaker only;
# 'müssen' added a false statement on the training split ("musste sich X ... vorwerfen lassen") and stays out.
_SPEAKER_MODALS = frozenset({"will", "wollen"})


def _is_role_noun(word: str) -> bool:
    low = word.lower()
    return low in DE_ROLE_HEADS or low.endswith(DE_COMPOUND_HEADS)


def _dative_addressee(
    tokens: list[Token], spk: tuple[int, int], chan: tuple[int, int] | None, ce: int
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Split the addressee off a speaker named after the verb ("sagte Präsidentin Varga der Rheinfeld Rundschau",
    "sagte die Ministerin dem Westboten").

    A name takes no genitive attribute, so "der X" right after a role noun and a name is the dative of the
    one addressed; "dem X" after the speaker is that dative in any case (the genitive would be "des"). A
    channel already found inside the speaker phrase ends it ("der Minister der Nachrichtenagentur dpa").
    """
    s, e = spk
    if chan is not None and s < chan[0] < e:
        return (s, chan[0]), chan
    for k in range(s + 2, min(e, ce)):
        if tokens[k].low not in {"der", "dem"} or k + 1 >= ce or not tokens[k + 1].text[:1].isupper():
            continue
        role = next((r for r in range(k - 2, s - 1, -1) if _is_role_noun(tokens[r].text)), None)
        if role is not None and all(tokens[j].text[:1].isupper() and tokens[j].is_word for j in range(role + 1, k)):
            np = noun_phrase(tokens, k, ce, "de")
            if np is not None:
                return (s, k), np
    if chan is None and e < ce and tokens[e].low == "dem":
        np = noun_phrase(tokens, e, ce, "de")
        if np is not None:
            return spk, np
    return spk, chan


def _verb_frame(tokens: list[Token], v: int, last: int, lo: int, hi: int, lang: str,
                reported_ok: bool) -> Frame | None:
    cs, ce = _clause_bounds(tokens, v, lo, hi)
    ce = max(ce, min(hi, last + 1))
    if ce < hi and tokens[ce].text == "(":  # "berichtete im Fachblatt X („Y“), es sei ...": step over the gloss
        close = next((j for j in range(ce + 1, min(hi, ce + 10)) if tokens[j].text == ")"), None)
        if close is not None and close + 1 < hi and tokens[close + 1].text in {",", ":"}:
            ce = close + 1
    pivot = v
    for k in range(cs, v):
        if tokens[k].low in {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "wird", "werden",
                             "wurde", "wurden", "has", "had", "have"} \
                and (k > cs or k > lo and tokens[k - 1].text == ","):
            pivot = k
            break
    # the speaker only: the content rules below keep reading the clause from the cue
    modal = next((k for k in range(cs, v) if (tokens[k].low in _MODALS or tokens[k].low in _SPEAKER_MODALS)
                  and (k > cs or k > lo and tokens[k - 1].text == ",")), None) if lang == "de" else None
    spk_pivot = modal if pivot == v and modal is not None else pivot
    lem = lemma(tokens[v].text, lang)
    if lang == "de" and lem == "heißen":
        spk = _heisst_speaker(tokens, v, ce) or _heisst_fronted(tokens, v, cs, lo)
    elif lang == "de" and lem in {"verlauten", "hören"} and v > cs + 1 and (
            tokens[cs].low in _FROM or tokens[cs].low == "wie" and tokens[cs + 1].low in _FROM):
        # "Aus EU-Kreisen verlautete, ...", "Wie aus dem Ministerium verlautete", "Von X war zu hören, ...":
        # where the word came from
        spk = noun_phrase(tokens, cs + 1 + (tokens[cs].low == "wie"), v, "de")
    elif lang == "de" and lem == "gehen" and tokens[last].low == "hervor":
        spk = _heisst_speaker(tokens, v, last)  # "Dies geht aus einem Bericht hervor": the document
    elif lang == "de" and lem == "ergeben" and (src := next((k for k in range(cs, v) if tokens[k].low == "aus"),
                                                            None)) is not None:
        spk = noun_phrase(tokens, src + 1, v, "de")  # "Wie sich aus dem Bericht ergab": the document
    else:
        spk = speaker_around(tokens, spk_pivot, cs, ce, lang)
        coordinated = lang == "de" and v > cs and tokens[v - 1].low in {"und", "sowie"}
        if coordinated and (spk is None or spk[0] < v):
            spk = clause_subject(tokens, cs, v, lo) or _first_clause_subject(tokens, cs, v, lo)  # "X dankte ... und
            # ergänzte": X speaks
            if spk is None and cs > lo and tokens[cs - 1].text == ",":
                # "So hat sich X, Leiterin von Y, gegen Z ausgesprochen und behauptet, ...": the auxiliary before
                # the apposition holds the verb-second place of both participles
                spk = _subject_before_apposition(tokens, lo, cs)
        elif coordinated and spk is not None and spk[0] > v and tokens[v - 1].low == "und":
            # "X, Leiter von Y, lobte den Plan und rief Z auf, ...": the subject stands before the apposition's
            # comma; the phrase after the coordinated verb is its object
            spk = clause_subject(tokens, cs, v, lo) or _first_clause_subject(tokens, cs, v, lo) or spk
        elif lang == "de" and pivot == cs and (spk is None or _apposition_first(tokens, cs, lo)):
            spk = clause_subject(tokens, cs, ce, lo) or spk  # "X, der Sprecher, sagte"
        if lang == "de" and _verb_final(tokens, last, ce):
            spk = _subordinate_subject(tokens, cs, v, lo) or spk
    if lang == "de" and spk is None and v == cs and cs > lo and tokens[cs - 1].text == ",":
        spk = _subject_before_apposition(tokens, lo, cs) or _coordinated_subject(tokens, lo, cs, ce)
    if lang == "de" and lem == "halten" and spk is not None and spk[1] - spk[0] == 1 and tokens[spk[0]].low == "es":
        # "eBay hält es für möglich": "es" is the placeholder object; the word before the verb is the subject
        spk = (v - 1, v) if v - 1 >= cs and tokens[v - 1].is_word and tokens[v - 1].low not in _NOT_CONTENT \
            else None
    chan = channel_after(tokens, pivot if lang == "en" else pivot + 1, ce, lang)
    if spk and chan and spk[0] == chan[0]:
        spk = None
    if lang == "de" and spk is not None and spk[0] > v:
        spk, chan = _dative_addressee(tokens, spk, chan, ce)
    # content: before a verb-first clause ("..., sagte X."), else after the clause (", dass ..." / ": ...")
    content: tuple[int, int] | None = None
    opens_after_comma = cs > lo and tokens[cs - 1].text in _AFTER_QUOTE
    verb_first = pivot == cs or v == cs or (lang == "en" and ce - cs <= 8)
    after: tuple[int, int] | None = None
    if ce < hi and tokens[ce].text in {",", ":"}:
        after = _strip_end(tokens, ce + 1, _trailing_comment(tokens, ce + 1, hi) if lang == "de" else hi)
    elif ce < hi and tokens[ce].text in "„“\"»«":
        after = _strip_end(tokens, ce, hi)
    before_is_quote = opens_after_comma and (tokens[cs - 1].text in "“”\"«»" or (
        cs - 2 >= lo and tokens[cs - 2].text in "“”\"«»"))
    if before_is_quote and after is not None and lang == "de" and tokens[lo].low in _ADVERBIAL_FIRST:
        # "Während X erklärte, ..., „…“, räumte Y ein, ...": the verb opens the main clause after a subordinate
        # clause; the quotation before it is the subordinate clause's, its own content follows
        before_is_quote = False
    if lang == "de" and after is not None and ce < hi and tokens[ce].text == "," \
            and not _opens_content(tokens, ce + 1, hi):
        after = None  # ", die mit zehn Leuten anrückte", ", nachdem ...": a relative or adverbial clause
    elif lang == "de" and after is not None and ce + 1 < hi and tokens[ce].text == "," \
            and tokens[ce + 1].low in _NOT_CONTENT and any(is_mood(tokens[j]) for j in range(cs, ce)):
        after = None  # "er werde sich äußern, wenn ... feststehe": the mood is the outer report's, no new content
    if after is not None and verb_first and opens_after_comma and spk is not None and spk[1] == ce \
            and tokens[ce].text == "," and tokens[ce + 1].low not in {"dass", "daß", "ob"} \
            and not _mood_in_segment(tokens, ce + 1, hi) and not (spk[1] - spk[0] == 1
                                                                  and tokens[spk[0]].low in lx.PRONOUNS_DE):
        after = None  # "..., sagte Kurt X, Leiter des Amtes, am Montag": the apposition of the speaker
        # (", sagte Thaksin, man werde kämpfen" or ", warnte er, die X verfolgten Y": the statement)
    relative_clause = tokens[cs].low in _REL_PRONOUN and cs > lo and tokens[cs - 1].text == "," \
        and cs + 1 < hi and not tokens[cs + 1].is_cap
    if lang == "de" and after is not None and (tokens[cs].low in _SUBORDINATORS or relative_clause) \
            and _verb_final(tokens, last, ce) and not (tokens[cs].low == "als" and tokens[cs + 1].is_cap) \
            and tokens[ce].text == "," and not _reported_clause_after(tokens, ce + 1, hi):
        after = None  # "Als sie davon erzählte, verdoppelte ein Gericht ...": the main clause goes on, unreported
    postposed_wie = lang == "de" and tokens[cs].low == "wie" and opens_after_comma and after is None \
        and _verb_final(tokens, last, ce)  # "..., wie Beobachter betonen."
    inserted_so = lang == "de" and tokens[cs].low == "so" and cs > lo and tokens[cs - 1].text == "," \
        and ce < hi and tokens[ce].text == "," and after is not None
    if inserted_so:  # "Für X, so schrieb sie, sei es eine Ehre": the statement runs around the inserted frame
        content = _strip_end(tokens, lo, hi)
    elif (verb_first or postposed_wie) and opens_after_comma and (after is None or before_is_quote):
        content = _strip_end(tokens, lo, cs - 1 if tokens[cs - 1].text in {",", "–", "—"} else cs)
        if lang == "de" and not postposed_wie and not before_is_quote and _no_statement_before(tokens, lo, cs):
            content, reported_ok = None, True  # "Obwohl X ..., bestritt er", "X, die ..., kritisierte Y": reported
    else:
        content = after
    if content is not None and sp_overlaps(content, _char_span(tokens, spk)):
        content = None  # "Der Leiter, Kurt X, sprach über ...": the apposition is no statement
    if content is None and lang == "en":
        k = last + 1
        if spk and spk[1] > k:
            k = spk[1]
        if chan:
            k = max(k, chan[1])
        if k < hi and tokens[k].low in lx.CONTENT_CONJ_EN:
            content = _strip_end(tokens, k, hi)
    if lang == "de" and lemma(tokens[v].text, "de") in lx.REPORT_ONLY_VERBS_DE:
        content = None  # "nannte X einen Y, der ...": what follows the comma is no statement
    if content is None and lang == "de":
        # "X erklärte, dass": a content conjunction may follow the speaker after the clause ends early
        for k in range(v + 1, min(hi, v + 12)):
            if tokens[k].low in {"dass", "daß"}:
                content = _strip_end(tokens, k, _trailing_comment(tokens, k, hi))
                break
    if lang == "de" and content is None and reported_ok and not _reports_words(tokens, v, cs, ce, lem):
        reported_ok = False
    cue_span = (tokens[v].start, tokens[last].end if last - v <= 1 else tokens[v].end)
    pieces = [cue_span[0], cue_span[1]]
    sp = _char_span(tokens, spk)
    ch = _char_span(tokens, chan)
    for p in (sp, ch):
        if p:
            pieces += [p[0], p[1]]
    return Frame(cue_span, sp, ch, content, "verb", (min(pieces), max(pieces)), reported_ok)


def _first_clause_subject(tokens: list[Token], cs: int, v: int, lo: int) -> tuple[int, int] | None:
    """'X nannte den Plan „absurd“ und rief Y auf', 'X erklärte, es sei ..., und verglich ...': 'und' after a
    quotation or a content clause, with no verb between, coordinates a verb with no subject of its own; it
    shares the subject of the sentence's first clause.
    """
    if cs > lo and tokens[cs - 1].text in _BEFORE_AND and tokens[v - 1].low == "und" and _no_verb(tokens, cs, v - 1):
        return clause_subject(tokens, lo, cs, lo)
    return None


def _no_verb(tokens: list[Token], s: int, e: int) -> bool:
    """Whether tokens[s:e] hold only a phrase (names, articles, prepositions, adjectives), no verb."""
    return all(t.is_cap or not t.is_word or t.low in lx.ARTICLES_DE or t.low in _SOURCE_ATTACH or t.low in _PHRASE_WORDS
               or _is_adj_form(t) and k + 1 < e and tokens[k + 1].is_cap  # an adjective before its noun
               for k, t in enumerate(tokens[s:e], s))


_PHRASE_WORDS = frozenset({"mit", "für", "gegen", "über", "unter", "nach", "vor", "zu", "um", "durch", "ohne", "und"})


_FROM = frozenset({"aus", "von", "vom"})


def _from_phrase_before(tokens: list[Token], aux: int) -> bool:
    """A clause opening with 'aus'/'von' and a phrase right before the auxiliary: "Aus der Regierung ist ..."."""
    k = aux
    while k > 0 and aux - k < 8 and tokens[k - 1].is_word:
        k -= 1
    return k < aux and tokens[k].low in _FROM
# Conjunctions of a subordinate clause that opens the sentence and fills its first place.
_ADVERBIAL_FIRST = frozenset({"während", "obwohl", "nachdem", "weil", "wenn", "als", "da"})


_PERFECT_AUX = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten"})


def _subject_before_apposition(tokens: list[Token], lo: int, cs: int) -> tuple[int, int] | None:
    """'Vor kurzem hatte ein Sprecher der Reederei, Jan Oltmann, erklärt, ...': the participle follows an
    apposition, and its auxiliary holds the verb-second place in the sentence's first stretch, where the
    subject stands around it."""
    first = lo
    while first < cs and tokens[first].text != ",":
        first += 1
    if first >= cs - 1:
        return None
    aux = next((k for k in range(lo + 1, first) if tokens[k].low in _PERFECT_AUX), None)
    if aux is None or any(tokens[k].text in {"„", "“", ":", ";"} for k in range(first, cs)):
        return None
    return speaker_around(tokens, aux, lo, first, "de")


def _coordinated_subject(tokens: list[Token], lo: int, cs: int, ce: int) -> tuple[int, int] | None:
    """'Beobachter monieren Fehler, sprechen aber davon, dass ...': a finite verb after a comma with no subject
    of its own after it shares the subject of the main clause before the comma."""
    if cs + 1 >= ce or tokens[cs + 1].low not in _COORD_ADVERBS:
        return None
    first = lo
    while first < cs and tokens[first].text not in {",", "„", "“", ":", ";"}:
        first += 1
    if first != cs - 1:
        # "X, ein Mitglied von Y, wollte sich nicht festlegen, sagte aber, ...": appositions before the main clause;
        # otherwise only a single main clause before the comma
        rng = clause_subject(tokens, lo, cs - 1, lo) if tokens[first].text == "," else None
        return rng if rng is not None and rng[1] == first and any(
            _finite_verb_like(tokens[k]) and not tokens[k].is_cap for k in range(first, cs - 1)) else None
    verb = next((k for k in range(lo + 1, first) if _finite_verb_like(tokens[k]) and not tokens[k].is_cap), None)
    if verb is None:
        return None
    return speaker_around(tokens, verb, lo, first, "de")


_COORD_ADVERBS = frozenset({"aber", "jedoch", "zudem", "außerdem", "gleichzeitig", "zugleich", "dann", "später"})


def _reports_words(tokens: list[Token], v: int, cs: int, ce: int, lem: str) -> bool:
    """Whether a clause with a speech verb and no content clause reports what someone said.

    "X sprach von einem Erfolg" does; "sprach sich für X aus", "ein Urteil sprechen", "spricht für X",
    "mit X sprechen" do not (six in eight of these were no statement on the training split). Likewise
    "berichtete von X" reports, "berichtete über X" and a cross-reference "(Wikinews berichtete)" do not.
    Neither does naming ("nennt sich", "nennt man", "das Objekt, genannt X,") nor a disaster that
    "claimed" lives ("forderte 90 Todesopfer").
    """
    words = {tokens[k].low for k in range(cs, ce)}
    if tokens[v].low == lem and words & _HYPOTHETICAL_MODALS:
        return False  # "hätte ... verlangen müssen", "wollte eigentlich ... verlangen": a possibility, no statement
    if lem in {"sprechen", "berichten"}:
        return bool(words & {"von", "vom"})
    if lem == "fordern":
        return not any(w.endswith("opfer") or w in {"menschenleben", "tote", "toten"} for w in words)
    if lem == "nennen":
        return not words & {"sich", "man"} and not (v > cs and tokens[v - 1].text == "," or v == cs
                                                    and tokens[v].low == "genannt") \
            and not (tokens[v].low == "genannt" and tokens[cs].low == "auch")  # "(auch X genannt)": a name
    return True


# Modals in the past or in Konjunktiv II that turn an infinitive cue into a plan or a possibility.
_HYPOTHETICAL_MODALS = frozenset({"wollte", "wollten", "hätte", "hätten", "müsste", "müssten", "könnte", "könnten",
                                  "würde", "würden", "sollte", "sollten", "dürfte", "dürften"})

_SUBORDINATORS = frozenset({"als", "nachdem", "während", "weil", "obwohl", "wenn", "da", "seit", "seitdem", "bevor",
                            "sobald"})


def _reported_clause_after(tokens: list[Token], k: int, hi: int) -> bool:
    """The clause after a subordinate cue clause's comma is the statement: 'dass'/'ob', reported mood or a
    'zu' infinitive ("Während X ankündigte, den Plan zu prüfen, ...") in it."""
    if k < hi and tokens[k].low in {"dass", "daß", "ob"}:
        return True
    e = k
    while e < hi and tokens[e].text not in {",", ";", ".", ":"}:
        e += 1
    return any(is_mood(tokens[j]) or tokens[j].low == "zu" and j + 1 < e and tokens[j + 1].text.islower()
               for j in range(k, e))


def _mood_in_segment(tokens: list[Token], k: int, hi: int) -> bool:
    """A reported-mood verb before the next comma: the segment from k is a reported clause."""
    e = k
    while e < hi and tokens[e].text not in {",", ";", ".", ":"}:
        e += 1
    return any(is_mood(tokens[j]) for j in range(k, e))


def sp_overlaps(content: tuple[int, int], speaker: tuple[int, int] | None) -> bool:
    """The speaker phrase takes up most of the content: the content is no statement of its own."""
    if speaker is None:
        return False
    ov = min(content[1], speaker[1]) - max(content[0], speaker[0])
    return ov > 0.5 * (content[1] - content[0])


_NOT_CONTENT = frozenset({"nachdem", "als", "weil", "da", "obwohl", "wenn", "falls", "während", "bevor", "sondern",
                          "aber", "doch", "und", "denn", "wobei", "woraufhin", "sodass", "damit", "um", "bis", "seit",
                          "seitdem", "indem", "zumal", "wodurch", "worauf", "weshalb", "weswegen"})
_REL_PRONOUN = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
                          "welches", "welchem", "welchen"})


def _opens_content(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether the clause after a cue's comma can be what was said: not a relative or adverbial clause."""
    if k >= hi:
        return False
    low = tokens[k].low
    relative = low in _REL_PRONOUN and k + 1 < hi and not tokens[k + 1].is_cap and tokens[k + 1].is_word \
        or low in {"deren", "dessen"}  # "…, deren Darstellung auf X beruht": a possessive relative pronoun
    # "von zehn Flugzeugen, auf die es X abgesehen hatte": a relative clause after a preposition
    prep_relative = low in _REL_AFTER_PREP | {"an", "über", "unter", "gegen", "durch", "um"} and k + 1 < hi \
        and tokens[k + 1].low in {"dem", "der", "den", "die", "das", "denen", "deren", "dessen", "welchem",
                                  "welcher", "welchen", "welche"} \
        and k + 2 < hi and not tokens[k + 2].is_cap and tokens[k + 2].is_word
    if low in {"um", "ohne", "anstatt", "statt"} or low == "so" and k + 1 < hi and tokens[k + 1].low == "dass":
        return False  # "…, um den Weg freizumachen", "…, so dass …": a purpose or result, not what was said
    if low not in _NOT_CONTENT and not relative and not prep_relative:
        return True
    # "Kürzungen, die einen Mangel an Lehrern zur Folge hätten": reported mood makes it part of the statement
    e = k
    while e < hi and tokens[e].text not in {",", ";", ".", ":"}:
        e += 1
    if prep_relative:  # "…, mit dem X verbessert werden soll": a plan for the thing named unless in Konjunktiv
        return any(is_mood(tokens[j]) and tokens[j].low not in lx.REPORTATIVE_FORMS for j in range(k, e))
    # "nachdem er nicht mehr zu sehen war": an adverbial clause's "zu"; "seit dem Auftritt davon geträumt zu
    # haben": the conjunction's word as a preposition before an article opens an infinitive clause
    zu_ok = low not in _NOT_CONTENT or low in {"seit", "während"} and k + 1 < hi \
        and tokens[k + 1].low in {"dem", "der", "den", "des", "einem", "einer", "eines"}
    return any(is_mood(tokens[j]) or zu_ok and tokens[j].low == "zu" and j + 1 < e and tokens[j + 1].text.islower()
               for j in range(k, e))


_MOOD_DE = lx.SUBJ1_FORMS | lx.SUBJ2_FORMS | lx.REPORTATIVE_FORMS


def is_subj1(word: str) -> bool:
    """Konjunktiv I of the third person singular: a listed form, or stem + "e" of any verb ("befinde",
    "koste", "liefere"), recognised by its lemma being that form + "n". Lower-case words only: nouns
    like "Frage" lemmatise the same way."""
    if word.lower() in lx.SUBJ1_FORMS:
        return True
    if len(word) < 5 or not word.endswith("e") or not word.isalpha() or not word.islower():
        return False
    lem = lemma(word, "de")
    return lem == word + "n" or word.endswith(("ere", "ele")) and lem == word[:-1] + "n"


def is_mood(tok: Token) -> bool:
    """A finite form that marks reported speech: Konjunktiv I or II, or the reportative "soll"."""
    return tok.low in _MOOD_DE or is_subj1(tok.text) or tok.text.islower() and strong_subj2(tok.low)


def strong_subj2(word: str) -> bool:
    """Konjunktiv II of a strong verb, which shows as an umlaut the infinitive lacks ("läge", "befänden",
    "stünde"); adjectives ("schöne") keep no infinitive lemma, weak pasts ("hörten") end in -te(n)."""
    if not any(ch in word for ch in "äöü") or not word.endswith(("e", "en")) or word.endswith(("te", "ten")):
        return False
    lem = lemma(word, "de")
    return lem != word and lem.endswith("en") and not any(ch in lem for ch in "äöü")


_RELATIVE = frozenset({"der", "die", "das", "welche", "welcher", "welches", "denen"})
_TRAILING_AUX = frozenset({"hat", "habe", "hatte", "hatten", "haben", "hätte", "hätten", "ist", "sei", "war", "wird",
                           "werde", "wurde", "wurden", "worden", "soll", "sollen", "will", "wollte", "wollen",
                           "kann", "könne", "konnte", "sein"})


_ADVERBIAL_OPENERS = frozenset({"obwohl", "während", "als", "wenn", "weil", "nachdem", "da", "seit", "seitdem", "bevor",
                                "sobald", "falls", "indem", "obgleich", "damit", "um"})
_REL_AFTER_PREP = frozenset({"in", "mit", "von", "bei", "auf", "für", "nach", "zu", "aus"})


def _no_statement_before(tokens: list[Token], lo: int, cs: int) -> bool:
    """What precedes a verb-first clause is an adverbial clause or a subject with a relative clause, in the
    indicative: the sentence's own frame, not a statement the verb reports."""
    part = tokens[lo:cs]
    if any(is_mood(t) or t.text in "„“\"»«" for t in part):
        return False
    if part and part[0].low in _ADVERBIAL_OPENERS:
        return True
    first = next((j for j, t in enumerate(part) if t.text == ","), None)
    if first is None or first > 6 or first + 2 >= len(part) or not part[0].is_cap:
        return False
    if any(t.text.islower() and t.low not in lx.ARTICLES_DE and not t.low.endswith(("e", "en", "er", "es", "em"))
           for t in part[:first]):
        return False  # a clause with its own verb before the comma, not a subject phrase
    nxt, after = part[first + 1], part[first + 2]
    return nxt.low in _REL_PRONOUN and not after.is_cap or nxt.low in _REL_AFTER_PREP and after.low in _REL_PRONOUN


def _apposition_first(tokens: list[Token], cs: int, lo: int) -> bool:
    """'X (SPD), Bürgermeister, warnte die CDU': plain phrases before the verb-first clause, no statement."""
    if cs <= lo or tokens[cs - 1].text != ",":
        return False
    return not any(is_mood(t) or t.text in "„“\"»«" for t in tokens[lo:cs])


def _verb_final(tokens: list[Token], last: int, ce: int) -> bool:
    """The cue closes its clause (at most auxiliaries follow): a subordinate clause, 'wie X mitteilte'."""
    return all(tokens[k].low in _TRAILING_AUX for k in range(last + 1, ce))


def _subordinate_subject(tokens: list[Token], cs: int, v: int, lo: int) -> tuple[int, int] | None:
    """Speaker of a verb-final clause: the relative pronoun (", das vorschlug"), as the corpus marks it, or
    the phrase after "wie" when appositions split the clause ("Wie X, Sprecher von Y, in Z mitteilte").
    """
    if cs > lo and tokens[cs - 1].text == "," and tokens[cs].low in _RELATIVE and (
            cs + 1 == v or not tokens[cs + 1].is_cap):
        return (cs, cs + 1)
    if cs > lo and tokens[cs - 1].text == ",":
        k = cs - 1
        while k > max(lo, cs - 30) and tokens[k - 1].text not in {";", ":", "„", "“", "\""} \
                and not (tokens[k - 1].text == "." and not (k - 2 >= lo and tokens[k - 2].text.isdigit())):
            k -= 1  # back to the sentence start, over the full stop of an ordinal ("am 20. Mai")
            if tokens[k].low == "wie" and (k == lo or tokens[k - 1].text in {",", "(", "–"}):
                if k + 1 < cs - 1 and tokens[k + 1].is_cap or tokens[k + 1].low in lx.ARTICLES_DE:
                    rel = next((j for j in range(k + 2, cs - 2) if tokens[j].text == ","
                                and tokens[j + 1].low in _RELATIVE), cs - 1)
                    return (k + 1, rel)  # "Wie X, der am Montag dabei war, feststellt": not the relative clause
                return None
    return None


def _heisst_speaker(tokens: list[Token], v: int, ce: int) -> tuple[int, int] | None:
    """'hieß es in der Denkfabrik X' / 'heißt es in einem Bericht': the place the statement comes from."""
    k = v + 1
    if k < ce and tokens[k].low == "es":
        k += 1
    while k < ce and (tokens[k].low in lx.TEMPORAL_DE or tokens[k].low in _HEISST_ADVERBS) \
            and not _source_prep(tokens, k, ce, v):
        k += 1  # "heißt es dazu in einer Mitteilung", "hieß es weiter im Bericht"
    if k < ce and _source_prep(tokens, k, ce, v):
        return _place_phrase(tokens, k + 1, ce)
    return None


_SOURCE_PREPS = frozenset({"in", "aus", "von", "vom", "bei", "im", "beim", "seitens"})
# Adverbs between "heißt es" and the place it names; the corpus marks the place as the speaker all the same.
_HEISST_ADVERBS = frozenset({"dazu", "weiter", "auch", "wörtlich", "ferner", "zudem", "außerdem", "nun"})
# "auf" names a place of publication ("auf der Webseite", "auf einer Pressekonferenz") only with a form of
# "heißen"; "auf Anfrage" is the occasion, no source.
_NO_PLACE = frozenset({"anfrage", "nachfrage", "wunsch", "drängen"})
_PLACE_BREAKS = frozenset({"laut", "auf", "mit", "für", "über", "unter", "gegen", "zu", "nach", "vor", "an", "durch",
                           "und", "oder"}) | _SOURCE_PREPS


def _source_prep(tokens: list[Token], k: int, limit: int, v: int) -> bool:
    """A preposition that opens the place a statement comes from ('in', 'bei', with 'heißen' also 'auf')."""
    if tokens[k].low in _SOURCE_PREPS:
        return True
    return (tokens[k].low == "auf" and lemma(tokens[v].text, "de") == "heißen" and k + 1 < limit
            and tokens[k + 1].low not in _NO_PLACE)


def _place_phrase(tokens: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The document or place after a source preposition, with lower-case attributes before its head.

    The shared speaker phrase reads no adverb or ordinal before the noun ('einer gestern verbreiteten
    Erklärung', 'letzten Satz der Anordnung'); for a named place after 'heißen' the noun that follows a few
    lower-case words is still the place, so the phrase runs from the preposition's object to that noun's end.
    """
    np = noun_phrase(tokens, i, limit, "de")
    if np is not None:
        return np
    for m in range(i, min(limit, i + 5)):
        if not tokens[m].is_word or tokens[m].low in _PLACE_BREAKS:
            return None  # "aus einer laut X ... Anfrage": a preposition opens a phrase of its own
        if tokens[m].is_cap:
            head = noun_phrase(tokens, m, limit, "de")
            return (i, head[1]) if head is not None else None
    return None


def _heisst_fronted(tokens: list[Token], v: int, cs: int, lo: int) -> tuple[int, int] | None:
    """'Bei der Agentur Nordpress hieß es', 'eine Erklärung, in der es heißt': the source stands before the verb."""
    if cs < v and _source_prep(tokens, cs, v, v):
        if cs + 1 < v and tokens[cs + 1].low in _RELATIVE and cs > lo and tokens[cs - 1].text == ",":
            return _phrase_before(tokens, cs - 1, lo)
        return _place_phrase(tokens, cs + 1, v)
    if cs == v and cs > lo and tokens[cs - 1].text == "," and _source_prep(tokens, lo, cs, v):
        return _place_phrase(tokens, lo + 1, cs)  # "In dem Bericht, der ..., heißt es"
    return None
