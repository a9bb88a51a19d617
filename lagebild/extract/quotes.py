"""Quotes: direct, indirect and reported speech with cue, speaker and channel, as offsets into the text.

Rules over tokens, quotation marks and a cue lexicon rather than a trained model: the only German
quotation corpus we have is NC-licensed (evaluation only), so nothing fitted on it may ship. The
thresholds here were tuned on its training split; `bench/quotes.py` reports the dev scores.

Span conventions: a direct quote's text excludes the quotation marks (the corpus includes them; its
overlap matching does not depend on the two characters), and an indirect quote is one contiguous span,
so a frame inside it ("Die Lage sei, so X, ernst") stays inside where the corpus cuts it out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from lagebild.extract import quote_lexicon as lx
from lagebild.extract.quote_frames import (
    Frame,
    _phrase_before,
    adverb_frame,
    find_frames,
    is_subj1,
    new_main_clause,
    strong_subj2,
)
from lagebild.extract.quote_frames_en import label_speaker_en
from lagebild.extract.quote_marks import DOUBLE_CLOSERS, QuotedString, find_quoted
from lagebild.extract.quote_speaker import (
    PARTICIPLE_ATTRIBUTE,
    agentive,
    clause_subject,
    is_anonymous,
    noun_phrase,
    skip_fillers,
    speaker_around,
)
from lagebild.extract.quote_tokens import Token, lemma, noun_like, tokenize
from lagebild.extract.speech_units import guess_language, sentence_units
from lagebild.records import Entity, Quote, Span, Speaker

# Tuned on the training split of the quotation corpus (see bench/quotes.py).
MIN_WORDS_UNFRAMED = 2  # a quotation with no cue next to it counts from this many words
MIN_WORDS_FRAMED = 1  # with a cue right next to it, even one quoted word is a statement
SHOUT_WINDOW = 8  # words a verb of shouting may stand before what was shouted ('rief bei der Tat laut Zeugen "…"')
INHERIT_CHARS = 600  # how far back an unattributed quotation looks for the last speaker
FREE_INDIRECT = True  # Konjunktiv I sentences after an attributed statement continue it


@dataclass
class _Unit:
    start: int
    end: int
    lo: int  # token range
    hi: int


def extract_quotes(
    text: str,
    language: str | None,
    sentences: list[tuple[int, int]] | None = None,
    entities: list[Entity] | None = None,
) -> list[Quote]:
    """Every quotation in `text`, in text order, with speaker, cue and channel where the text names them."""
    if not isinstance(text, str):
        raise TypeError(f"extract_quotes needs the article text as str, got {type(text).__name__}")
    if not text.strip():
        return []
    lang = guess_language(text, language)
    tokens = tokenize(text)
    quoted = find_quoted(text, lang)
    top = [q for q in quoted if q.depth == 0]
    units = _units(text, tokens, sentence_units(text, lang, sentences), top)
    quotes: list[Quote] = []
    last_speaker: Speaker | None = None
    last_end = -(10**9)
    prev_had = False
    cited: Speaker | None = None  # the source an "unter Berufung auf X" of the previous sentence named
    free: set[int] = set()  # ids of free-indirect quotes, merged when they follow each other
    for ui, unit in enumerate(units):
        in_unit = [q for q in top if unit.start <= q.start < unit.end]
        masked = {k for k in range(unit.lo, unit.hi) for q in in_unit if q.start <= tokens[k].start < q.end}
        frames = _outer_frames(text, find_frames(tokens, unit.lo, unit.hi, lang, masked))
        if lang == "de" and ui > 0 and tokens[unit.lo].low == "danach" and _names_document(tokens, units[ui - 1]):
            # "X legte eine Studie vor. Danach ...": the sentence gives the document's content
            after = adverb_frame(tokens, unit.lo, unit.lo, unit.hi)
            frames += [after] if after is not None else []
        spoke_recently = last_speaker is not None and unit.start - last_end < INHERIT_CHARS
        found = _direct_quotes(text, tokens, unit, in_unit, frames, lang, spoke_recently)
        found += [q for q in _indirect_quotes(text, tokens, unit, frames, in_unit, lang)
                  if q.kind != "reported" or not any(d.kind == "direct" for d in found)]
        # "X nannte den Plan einen „Irrweg“": the quoted words are the statement, not the whole sentence
        sourceless = {id(q) for q in found if q.cue is not None
                      and any(f.cue[0] == q.cue.start and _impersonal(text, f) for f in frames)}
        for q in found:
            if id(q) in sourceless:
                q.speaker = None  # "man befürchtete, ...": an impersonal subject is no speaker
                if cited is not None and q.cue is not None and _es_heisst(q.cue.text):
                    # "X berichtete unter Berufung auf Y. ..., hieß es.": the report goes on citing Y
                    q.speaker = _copy(cited)
                    sourceless.discard(id(q))
        if lang == "de" and ui > 0 and not in_unit and _with_these_words(tokens, unit):
            # "„…“ Mit diesen Worten trat X zurück.": the subject of this sentence said the quotation before it
            rng = clause_subject(tokens, unit.lo, unit.hi, unit.lo)
            prev_unit = units[ui - 1]
            for q in quotes:
                if q.kind == "direct" and q.cue is None and prev_unit.start <= q.text.start < prev_unit.end \
                        and rng is not None:
                    q.speaker = _speaker(text, _char_range(tokens, rng), None)
                    q.cue = _span(text, tokens[unit.lo].start, tokens[unit.lo + 2].end)
        back = _backward(text, tokens, units, ui, frames, lang)
        if back is not None:
            prev = units[ui - 1]
            direct_before = [q for q in quotes if q.kind == "direct" and prev.start <= q.text.start < prev.end]
            if sum(q.text.end - q.text.start for q in direct_before) >= 0.8 * len(text[prev.start : prev.end].strip()):
                # "„…“ Das sagte X.": the sentence before is a quotation, which X said; no indirect statement
                for q in direct_before:
                    if q.cue is None:
                        q.cue, q.channel = back.cue, back.channel
                        q.speaker = _copy(back.speaker) if back.speaker is not None else None
                found = [q for q in found if q.kind != "reported"]
            else:
                quotes = [q for q in quotes if not (prev.start <= q.text.start and q.text.end <= prev.end + 1
                                                   and q.kind != "direct")]
                # "Das berichtet X unter Berufung auf Y.": the sentence attributes the one before; a source
                # frame in it gives no statement of its own
                found = [q for q in found if q.kind == "direct" or q.kind == "indirect"
                         and not q.text.start <= tokens[unit.lo].start < q.text.end] + [back]
        own = _unit_speaker(text, frames)
        if own is None and lang == "de" and (holder := _view_holder(tokens, unit)) is not None:
            own = _speaker(text, _char_range(tokens, holder), None)  # "Für X sei der Plan „…“": X's view
        if FREE_INDIRECT and _uncovered(found, unit):
            recent = own or (last_speaker if unit.start - last_end < INHERIT_CHARS else None)
            continues = recent is not None and (own is not None or prev_had)
            before = units[ui - 1] if ui > 0 else None
            if own is None and before is not None and lang == "de" and not prev_had \
                    and "\n\n" not in text[before.end:unit.start]:
                # "X sieht keine Gefahr. Nur Y sei betroffen.": a plain sentence before names the source
                rng = clause_subject(tokens, before.lo, before.hi, before.lo)
                if rng is not None and agentive(tokens, rng):
                    recent = _speaker(text, _char_range(tokens, rng), None)
                elif (document := _document_opener(tokens, before)) is not None:
                    # "Im Bericht werden Fälle aufgeführt. In vielen habe ...": the document the sentence is in
                    recent = _speaker(text, _char_range(tokens, document), None)
            if recent is None and ui > 0 and lang == "de":
                # "X hat seinen Rücktritt verkündet. Er werde ...": the last sentence's subject speaks
                prev = units[ui - 1]
                rng = clause_subject(tokens, prev.lo, prev.hi, prev.lo)
                recent = _speaker(text, _char_range(tokens, rng), None) if rng and agentive(tokens, rng) else None
            fi = _free_indirect(text, tokens, unit, lang, recent, masked, continues)
            free.update(id(q) for q in fi)
            found += fi
        found += _embedded(text, in_unit, found, lang, tokens, unit)
        for q in found:
            if id(q) in sourceless:
                continue  # "Ihm wird vorgeworfen, ...", "Es hieß, ...": the text names no source on purpose
            if _reported_pronoun_cue(q, unit, tokens) and ui > 0:
                prev = units[ui - 1]  # "X äußerte sich. Sie rate zu Y": the cue itself is reported, X speaks
                rng = clause_subject(tokens, prev.lo, prev.hi, prev.lo)
                if rng is not None and agentive(tokens, rng) and tokens[rng[0]].low not in lx.PRONOUNS_DE:
                    q.speaker = _speaker(text, _char_range(tokens, rng), None)
                    continue
                if last_speaker is not None and q.text.start - last_end < INHERIT_CHARS:
                    q.speaker = _copy(last_speaker)  # "Laut X ... . Sie hätten Geld verlangt": X reports it
                    continue
            inside = next((o for o in found if o.kind != "direct" and o.speaker is not None and o is not q
                           and o.text.start <= q.text.start and q.text.end <= o.text.end), None)
            if q.speaker is None and q.kind == "direct" and inside is not None and inside.speaker is not None \
                    and _agentive_speaker(tokens, unit, inside.speaker):
                # "Hier seien die Mittel „völlig unrealistisch“": words quoted inside a statement are its speaker's
                q.speaker = _copy(inside.speaker)
            elif q.speaker is None and own is not None:
                q.speaker = _copy(own)
            elif q.speaker is None and last_speaker and q.text.start - last_end < INHERIT_CHARS:
                q.speaker = Speaker(
                    last_speaker.start,
                    last_speaker.end,
                    last_speaker.text,
                    last_speaker.entity_key,
                    last_speaker.anonymous,
                    last_speaker.description,
                )
        cited = None
        for f in frames:
            if f.speaker and f.kind in {"berufung"}:
                last_speaker = cited = _speaker(text, f.speaker, entities, tokens)
                last_end = unit.end
            elif lang == "de" and not found and f.speaker and f.kind == "verb" and f.content is None \
                    and not _impersonal(text, f) and text[f.speaker[0]:f.speaker[1]].lower() not in lx.ARTICLES_DE \
                    and text.rfind("(", unit.start, f.cue[0]) <= text.rfind(")", unit.start, f.cue[0]):
                # (not in brackets: "(Wikinews berichtete)" is an aside, no source the sentences after go on with)
                # "Der Iran streitet dies ab. Sein Programm diene ...": a speech verb with no content of its own
                # still makes its subject the source that the reported sentences after it go on with
                last_speaker = _speaker(text, f.speaker, entities, tokens)
                last_end = unit.end
        for q in found:
            if q.speaker is not None:
                if not (q.speaker.text.lower() in lx.ANAPHORIC_ADVERBS_DE and last_speaker is not None):
                    last_speaker = q.speaker  # "Demnach ...": the source before stays the one later sentences cite
                    if lang == "de" and unit.start <= q.speaker.start < unit.end:
                        last_speaker = _reflexive_subject(text, tokens, unit, q.speaker) or last_speaker
                last_end = max(last_end, q.text.end)
        quotes.extend(found)
        prev_had = bool(found)
    quotes.sort(key=lambda q: (q.text.start, q.text.end))
    quotes = _resolve(_merge_free(text, _drop_nested(text, quotes, lang), free), entities)
    if lang == "de":
        _own_account(text, tokens, units, quotes, entities)
    return quotes


def _own_account(
    text: str, tokens: list[Token], units: list[_Unit], quotes: list[Quote], entities: list[Entity] | None
) -> None:
    """ "Der Konzern will nach eigenen Angaben ...": the speaker mention is "eigenen Angaben" (the corpus marks
    that phrase, as it marks a pronoun), and the one it refers to is the clause's subject; its text becomes the
    speaker's description and its entity the speaker's entity."""
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.text.split()[0].lower() not in lx.REFLEXIVE_OWNERS_DE:
            continue
        unit = next((u for u in units if u.start <= sp.start < u.end), None)
        if unit is None:
            continue
        rng = clause_subject(tokens, unit.lo, unit.hi, unit.lo)
        if rng is None:
            continue
        s, e = tokens[rng[0]].start, tokens[rng[1] - 1].end
        if s < sp.end and sp.start < e:
            continue  # the subject search found the phrase itself
        sp.description = text[s:e]
        sp.entity_key = sp.entity_key or _entity_at(entities, s, e)


def _agentive_speaker(tokens: list[Token], unit: _Unit, sp: Speaker) -> bool:
    """Whether a speaker phrase can be someone who speaks (see quote_speaker.agentive); True outside the unit."""
    idx = [k for k in range(unit.lo, unit.hi) if sp.start <= tokens[k].start < sp.end]
    return not idx or agentive(tokens, (idx[0], idx[-1] + 1))


def _reflexive_subject(text: str, tokens: list[Token], unit: _Unit, sp: Speaker) -> Speaker | None:
    """ "X war nach eigenem Bekunden eingeweiht. „…“": a reflexive source phrase points at its clause's subject
    only inside that clause; the sentences after it that carry the statement on are the subject's, so they
    inherit the subject, not the phrase."""
    if sp.text.split()[0].lower() not in lx.REFLEXIVE_OWNERS_DE:
        return None
    rng = _char_range(tokens, clause_subject(tokens, unit.lo, unit.hi, unit.lo))
    if rng is None or rng[0] < sp.end and sp.start < rng[1]:
        return None
    return _speaker(text, rng, None)


_SOURCE_WORDS = lx.LAUT_WORDS_DE | lx.ZUFOLGE_WORDS_DE | {"nach", "so"}


def _drop_nested(text: str, quotes: list[Quote], lang: str = "de") -> list[Quote]:
    """Without statements whose cue stands inside the content clause of another cue's statement.

    In "Laut X hat Y verkündet, der Rat wolle ...", "X sagte, er verstehe nicht, wie Y behaupten konnte, ..."
    or "Nach X sei die Befürchtung aufgekommen, ..." the inner speech act is part of what the outer source
    reports, and the corpus marks the outer statement only. A source frame inside ("..., die laut X ...") still
    gives its own statement, and so does an inner cue where the outer statement contains its own cue (a
    sentence taken whole), which is often the wrong reading of the inner one.
    """
    def nested(q: Quote) -> bool:
        if q.kind == "direct" or q.cue is None or q.cue.text.split()[0].lower() in _SOURCE_WORDS:
            return False
        return any(o is not q and o.kind != "direct" and o.cue is not None
                   and o.text.start <= q.text.start and q.text.end <= o.text.end
                   and o.text.end - o.text.start > q.text.end - q.text.start
                   and o.text.start <= q.cue.start < o.text.end
                   and not o.text.start <= o.cue.start < o.text.end for o in quotes)
    # "sagte der Geschäftsführer, Gründer der Band": an apposition or a list of names after the cue, no clause;
    # dropped only here so that the source it names still carries over to the sentences after it
    return [q for q in quotes if not nested(q) and not (lang == "de" and _verbless_content(text, q))]


def _verbless_content(text: str, q: Quote) -> bool:
    """A content clause after a cue's comma that holds no verb: an apposition ("sagte X, Gründer der Band") or
    a list of names, not what was said. A phrase as the object of a cue ("sprach von einer „Täuschung“") may
    well be the statement and stays."""
    return q.kind == "indirect" and q.cue is not None and q.cue.end <= q.text.start \
        and text[:q.text.start].rstrip().endswith(",") and not _has_verb(q.text.text)


# Possessives that open a postposed opinion frame ("seiner Meinung nach", "nach eigenen Worten").
_POSSESSIVE_OWNERS = frozenset({"seiner", "ihrer", "seinen", "ihren", "eigenen"})


def _outer_frames(text: str, frames: list[Frame]) -> list[Frame]:
    """Frames without a possessive opinion frame nested in the content of a speech verb with a named speaker.

    In "X erklärte, das Land besitze seiner Meinung nach vier Waffen" the possessive points back at X, whose
    verb frames the whole clause; the corpus names X, not "seiner Meinung", as the speaker there. On its own
    ("Seiner Meinung nach ist ...") the possessive frame stays the source.
    """
    def nested(f: Frame) -> bool:
        if f.kind != "prep" or f.speaker is None:
            return False
        if text[f.speaker[0]:f.speaker[1]].split()[0].lower() not in _POSSESSIVE_OWNERS:
            return False
        return any(g.kind == "verb" and g.speaker is not None and g.content is not None
                   and g.content[0] < f.frame_span[0] < g.content[1] and not _relative_start(text, g.content[0])
                   for g in frames)
    return [f for f in frames if not nested(f)]


def _relative_start(text: str, start: int) -> bool:
    """The content opens with a relative clause ("bei dem es sich ... handle"), whose own view may differ from
    the verb's: there the corpus keeps a possessive frame inside it as the source."""
    words = text[start:start + 40].split()
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1]
    if first in _RELATIVE_OPENERS:
        return second[:1].islower()  # "der ... leitet", not the article of "die Stadt besitze"
    return first in _PREPOSITIONS_BEFORE_RELATIVE and second.lower() in _RELATIVE_OPENERS


_PREPOSITIONS_BEFORE_RELATIVE = frozenset({"bei", "in", "mit", "von", "auf", "für", "nach", "zu", "aus", "an",
                                           "über", "unter", "gegen", "durch", "um"})


def _reported_pronoun_cue(q: Quote, unit: _Unit, tokens: list[Token]) -> bool:
    """A cue verb in Konjunktiv I, or with an auxiliary in reported mood, and a personal pronoun as its subject
    ("Sie rate zum Kauf", "Sie hätten Geld verlangt"): the sentence reports in turn what the person or source
    named before said, and the corpus gives that earlier mention as the speaker rather than the pronoun."""
    if q.cue is None or q.speaker is None or q.speaker.text.lower() not in {"er", "sie"}:
        return False
    verb = q.cue.text.split()[0]
    subj1 = is_subj1(verb) or verb.islower() and verb.endswith("e") and lemma(verb, "de") == verb + "n"  # "rate"
    k = _token_at(tokens, unit, q.speaker.start)
    aux = k + 1 < unit.hi and tokens[k + 1].low in {"habe", "hätte", "hätten", "sei", "seien", "werde", "würden"}
    return unit.start <= q.speaker.start < unit.end and (subj1 or aux)


def _document_opener(tokens: list[Token], unit: _Unit) -> tuple[int, int] | None:
    """'Im Bericht ...', 'In einer Studie der X ...': a sentence opening inside a document, which is then the
    source of reported sentences after it."""
    if unit.hi - unit.lo < 3 or tokens[unit.lo].low not in {"im", "in"}:
        return None
    rng = noun_phrase(tokens, unit.lo + 1, unit.hi, "de")
    if rng is None or not any(tokens[k].is_cap and tokens[k].low.endswith(lx.DOCUMENT_HEADS)
                              for k in range(rng[0], rng[1])):
        return None
    return rng


def _names_document(tokens: list[Token], unit: _Unit) -> bool:
    """The sentence names a report, study or statement whose content a following "Danach" gives."""
    return any(tokens[k].is_cap and (tokens[k].low.endswith(lx.DOCUMENT_HEADS) or tokens[k].low.endswith(
        ("zahlen", "darstellung", "umfrage", "erklärung", "mitteilung", "untersuchung", "analyse")))
        for k in range(unit.lo, unit.hi))


def _impersonal(text: str, f: Frame) -> bool:
    """A passive cue or an 'es heißt' with no source named: the statement has no speaker to inherit."""
    if f.speaker is not None:
        return text[f.speaker[0]:f.speaker[1]].lower() == "man"
    return f.kind == "passive" or _es_heisst(text[f.cue[0]:f.cue[1]])


def _es_heisst(cue: str) -> bool:
    """The cue is a form of "heißen" ("hieß es", "heißt es")."""
    return cue.lower().startswith(("heiß", "hieß"))


def _unit_speaker(text: str, frames: list[Frame]) -> Speaker | None:
    """The speaker a frame in this sentence names, for statements in it that no frame governs."""
    for f in frames:
        if f.speaker is not None and f.kind not in {"adverb", "berufung"}:
            if text[f.speaker[0]:f.speaker[1]].lower() in {"er", "sie"} and is_subj1(text[f.cue[0]:f.cue[1]]):
                continue  # "Er erwarte ...": a cue in Konjunktiv I is itself reported, by whoever spoke before
            return _speaker(text, f.speaker, None)
    return None


def _copy(sp: Speaker) -> Speaker:
    return Speaker(sp.start, sp.end, sp.text, sp.entity_key, sp.anonymous, sp.description)


def _units(text: str, tokens: list[Token], sents: list[tuple[int, int]], top: list[QuotedString]) -> list[_Unit]:
    """Sentences merged so that no quotation crosses a unit boundary."""
    merged: list[list[int]] = []
    opens = {q.start for q in top}
    for s, e in sents:
        if merged and any(q.start < merged[-1][1] and q.end > s for q in top if q.start < s):
            merged[-1][1] = max(merged[-1][1], e)
        elif merged and s in opens and text[merged[-1][0] : merged[-1][1]].rstrip().endswith(":"):
            merged[-1][1] = max(merged[-1][1], e)  # "X sagte:\n\n„…“": the quotation completes the sentence
        else:
            merged.append([s, e])
    starts = [t.start for t in tokens]
    out = []
    for s, e in merged:
        out.append(_Unit(s, e, bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)))
    return out


def _span(text: str, s: int, e: int) -> Span:
    return Span(s, e, text[s:e])


def _speaker(
    text: str, span: tuple[int, int] | None, entities: list[Entity] | None, tokens: list[Token] | None = None
) -> Speaker | None:
    if span is None:
        return None
    s, e = span
    phrase = text[s:e]
    key = _entity_at(entities, s, e)
    anon = is_anonymous(phrase, key is not None)
    return Speaker(s, e, phrase, key, anon, phrase if anon else None)


def _entity_at(entities: list[Entity] | None, s: int, e: int) -> str | None:
    for ent in entities or []:
        for m in ent.mentions:
            if m.start < e and m.end > s:
                return ent.key
    return None


def _nearest_frame(frames: list[Frame], q: QuotedString, text: str) -> Frame | None:
    best: tuple[int, int, Frame] | None = None
    for f in frames:
        if f.speaker is None and f.kind != "verb":
            continue
        if f.kind == "verb" and f.speaker is not None and q.end <= f.speaker[0] < f.cue[0] \
                and text[q.end : f.speaker[0]].strip() == "," and text[f.speaker[0]].isupper():
            continue  # "„…“, Trainer X bezeichnete ...": a new main clause with its subject first, not "„…“, sagte X"
        c = f.content
        near = min(abs(f.frame_span[0] - q.end), abs(q.start - f.frame_span[1]))
        if f.speaker is not None and f.kind == "verb" and 0 <= q.start - f.frame_span[1] <= 100 \
                and not any(ch in text[f.frame_span[1] : q.start] for ch in ",;:.!?–"):
            near = min(near, 40)  # "X konstatierte im Zusammenhang mit … eine „…“": the verb's own object
        dist = 0 if c and c[0] <= q.start and q.end <= c[1] + 1 else near
        if f.speaker is not None and q.end <= f.frame_span[0] and not text[q.end : f.frame_span[0]].strip(" ,"):
            dist = near = -1  # "„…“, hieß es in X" / "„…“, sagte X": the attribution right after the quotation
        if best is None or (dist, near) < best[:2]:
            best = (dist, near, f)  # among frames governing the quotation, the closest one
    if best is not None and best[2].kind == "prep" and text[: q.start].rstrip().endswith(":"):
        # "X äußerte sich gegen die ihrer Meinung nach ... Illusionen: „…“": after a colon, the cue verb of the
        # clause the colon ends speaks, not a source phrase inside that clause
        colon = text.rfind(":", 0, q.start)
        verb = [f for f in frames if f.kind == "verb" and f.speaker is not None and f.frame_span[1] <= colon
                and best[2].frame_span[0] >= f.cue[1] and not any(c in text[f.cue[1] : colon] for c in ".;!?")]
        if verb:
            return verb[-1]
    return best[2] if best and best[0] <= 40 else None


# Markers that make any quotation after them a name or title, even one starting in lower case.
_TITLE_CORE = frozenset({"titel", "titels", "motto", "slogan", "stichwort", "unwort", "begriff", "begriffs",
                         "bezeichnung", "genannt", "named", "called", "titled", "überschrift", "schlagzeile",
                         "headline"})
# "Das Motto lautet „…“", "Der Name des Schiffs lautete: „…“": a verb that gives the wording of the title noun
# that is its subject, so the quotation is the title too.
_WORDING_VERBS = frozenset({"lautet", "lautete", "lauten", "lauteten"})
# Nouns for a topic, a category or a saying ("im Bereich „…“", "Themen wie „…“", "den Grundsatz „…“"): the quoted
# words are a heading or common wisdom, no one's statement. Only right before the quotation, not before a colon,
# where "im Bereich: „…“" introduces what someone said.
# Class nouns of media, compounds included ("Tageszeitung", "Nachrichtenagentur"): on the training split
# no quotation right after one (without a colon) was anyone's statement.
_MEDIA_NOUN_ENDS = ("zeitung", "magazin", "magazins", "magazines", "zeitschrift", "blatt", "blattes", "agentur")
_NAME_NOUNS = frozenset({"name", "namen", "titel", "titels", "bezeichnung"})
_TOPIC_NOUNS = frozenset({"thema", "themen", "bereich", "grundsatz", "sprichwort", "weisheit", "redensart",
                          "redewendung",
                          # kinds and models: "eine Art „Schattenhaushalt“", "ein Flugzeug vom Typ „…“"
                          "art", "sorte", "typ", "typs", "modell", "modells"})


# Heads of nouns for works, shows and vessels, compounds included ("Theaterstück", "Dokumentarfilm", "Kinderbuch",
# "Talkshow", "Forschungsschiff"): a capitalised quotation right after one is the work's, show's or ship's name.
_WORK_HEADS = ("stück", "film", "buch", "roman", "lied", "song", "album", "oper", "musical", "gedicht", "hörspiel",
               "serie", "sendung", "reportage", "show", "podcast", "doku", "dokumentation", "bestseller", "schiff",
               "fähre", "boot", "yacht")


def _title_like(text: str, q: QuotedString) -> bool:
    inner = text[q.inner_start : q.inner_end].strip()
    before = text[max(0, q.start - 30) : q.start].split()
    last = before[-1] if before else ""
    prev = last.lower().strip(",:;")
    if last[-1:] in ".!?" or "\n" in text[max(0, q.start - 3) : q.start]:
        prev = ""  # "… des Programms. „Ich freue mich …“": the marker belongs to the sentence before
    if prev.startswith(("sogenannt", "so-genannt")) or prev in _TITLE_CORE:
        return True
    if prev in _WORDING_VERBS:
        clause = re.split(r"[.!?\n]\s", text[max(0, q.start - 150) : q.start])[-1]
        if {w.lower().strip(",;:") for w in clause.split()} & (_TITLE_CORE | _NAME_NOUNS):
            return True
    if last.endswith(":"):
        clause = re.split(r"[.!?\n]\s", text[max(0, q.start - 150) : q.start])[-1]
        if {w.lower().strip(",;:") for w in clause.split()} & _NAME_NOUNS:
            return True  # "Den Namen der Sendung gab der Sender bekannt: „…“": the colon opens the name
    if (prev.endswith(_MEDIA_NOUN_ENDS) or prev in {"erscheinende", "erscheinenden"}) and not last.endswith(":") \
            and not _clausal(inner.split()):
        return True  # "des Magazins „auto heute“", "die in Linz erscheinende „…“": a medium's name, in any case
    noun = before[-2].lower() if prev == "wie" and len(before) >= 2 else prev
    if noun in _TOPIC_NOUNS and not last.endswith(":") and not (prev == "wie" and before[-2].endswith(":")):
        return True
    # "in dem Gesetz „kein Hindernis …“": lower-case words after the noun are its object;
    # "sagte der Zeitung: „…“": a colon after the noun (outside a bracket) opens what was said
    if (prev in lx.TITLE_MARKERS_DE or prev.endswith(_WORK_HEADS) and noun_like(last.strip(",:;"))) \
            and not inner[:1].islower() and not (last.endswith(":") and last[:1] != "("):
        return True
    if len(before) >= 2 and before[-2].lower() == "so" and prev.startswith("genannt"):
        return True
    words = inner.split()
    if not words:
        return True
    ends = inner[-1] in ".!?…,"
    caps = sum(1 for w in words if w[:1].isupper())
    return not ends and len(words) >= 2 and caps == len(words) and not _cue_follows(text, q.end)


_CUE_AFTER = re.compile(r"\s*,\s*(?:so\s|([a-zäöüß]+)\s)")


def _cue_follows(text: str, end: int) -> bool:
    """'„Feinde Gottes“, so die Behörde', '„Frohe Ostern“, sagte X': a comma and a speech verb or 'so' right after
    the closing mark attribute the quotation, so its capitals make no title."""
    m = _CUE_AFTER.match(text, end)
    return m is not None and (m.group(1) is None or lemma(m.group(1), "de") in lx.SPEECH_VERBS_DE)


# Nouns that introduce words someone said or wrote ("die Parole „…“", "mit den Worten „…“"), as opposed to
# the class nouns that introduce a name ("die Organisation „…“", "den Stern „…“").
_UTTERANCE_NOUNS = frozenset({"beispiel", "parole", "parolen", "aufschrift", "worte", "worten", "satz", "sätze",
                              "frage", "ruf", "rufe", "rufen", "aussage", "zitat", "devise", "losung", "antwort",
                              "feststellung", "fazit", "appell", "bitte"})
_NAME_PARTS = re.compile(r"\d"
                         r"|^(?:e\.V\.|AG|ag|GmbH|Inc\.?|Ltd\.?|S\.A\.)$"
                         r"|^\(?[A-ZÄÖÜ]{2,}\)?$|^[a-zäöü]+[A-ZÄÖÜ]")
# A company's legal form closing a quotation makes it a name, in lower case too ("„blaue welle ag“").
_LEGAL_FORM = re.compile(r"^(?:AG|ag|GmbH|gmbh|KG|SE|e\.V\.|Inc\.?|Ltd\.?|S\.A\.|mbH)$")
_DETERMINERS = frozenset("""der die das den dem des ein eine einen einem einer eines im vom zum zur beim am ins ans
    dieser diese dieses diesem diesen seine seiner seinem seinen ihre ihrer ihrem ihren unser unsere unserem
    unseren jeder jedes jedem jeden aller""".split())
_DETERMINERS_NOT = frozenset({"haben", "werden", "wollen", "sollen", "können", "müssen", "dürfen", "hatten",
                              "waren", "wurden", "oder", "aber", "über", "unter", "hinter", "wieder", "immer",
                              "nachdem", "sehr", "mehr", "weder", "entweder"})
_CLAUSE_WORDS = frozenset({"ist", "sind", "war", "waren", "wird", "werden", "wurde", "hat", "haben", "hatte", "ich",
                           "wir", "es", "er", "du", "ihr", "nicht", "kein", "keine", "kann", "muss", "soll"})
_MEMBER_HEADS = ("sprecher", "sprecherin", "sprechers", "vertreter", "vertreterin", "vertreters", "leiter",
                 "leiterin", "leiters", "chef", "chefin", "chefs", "mitglied", "mitglieder", "mitgliedern", "gründer",
                 "präsident", "präsidentin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "mitarbeiter",
                 "mitarbeiterin", "mitarbeitern", "sektion", "aufsichtsrat", "aufsichtsrats", "vorstand",
                 "geschäftsführer", "geschäftsführerin", "anwalt", "anwälte", "gesellschafter")
# The Arabic article or kinship word that opens a transliterated name in lower case ("al-Abdullah", "bin Saud").
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|an|ibn|bin|abu|abd)-?[A-ZÄÖÜ]|^(?:bin|ibn|abu) [A-ZÄÖÜ]")
# Places and reports of what an organisation publishes ("auf der Webseite von „…“", "nach einer Mitteilung der „…“").
_PUBLISHED_HEADS = ("homepage", "webseite", "internetseite", "website", "internetauftritt", "mitteilung", "meldung",
                    "bericht", "angaben", "onlineausgabe")
_NAMING_PARTICIPLES = frozenset({"genannt", "bezeichnet", "bekannt", "getauft", "tituliert", "betitelt"})


def _names_something(text: str, tokens: list[Token], unit: _Unit, q: QuotedString) -> bool:
    """A quoted name, title or term rather than words someone said; no cue verb makes it a statement.

    The signs are the name's own shape (figures, domains, legal forms, acronyms, "iPod"), a class noun
    right before it ("die Organisation „…“"), a gloss or acronym in brackets right after it, and naming
    constructions ("die sich „…“ nennt", "als „…“ bezeichnet wird", "gilt als „…“", "nennt man").
    """
    inner = text[q.inner_start : q.inner_end].strip()
    if text[q.end : q.end + 2][:1] == "-" and text[q.end + 1 : q.end + 2].isalpha():
        return True  # "die „Eins zu Eins“-Begegnung": the quoted words are the first part of a compound noun
    words = inner.split()
    legal_form = bool(words) and (_NAME_PARTS.search(words[-1]) is not None and words[-1].endswith(".")
                                  or _LEGAL_FORM.match(words[-1]) is not None and len(words) >= 2)
    if not words or len(words) > 12 or inner[-1] in ".!?…:" and not legal_form:  # "… Group Inc.", "… e.V."
        return False
    clausal = any(w.lower().strip(",;") in _CLAUSE_WORDS for w in words)  # "2024 wird kein gutes Jahr"
    if legal_form and not clausal:
        return True
    if not clausal and len(words) <= 8 and _institution_name(words):
        return True  # "ein „Gesetz zur Änderung des Hafengesetzes“", "„Zentrum für Meeresforschung“"
    if not clausal and (len(words) <= 5 and any(_NAME_PARTS.search(w.strip(",;")) for w in words)
                        and not inner[:1].islower()
                        or len(words) <= 4 and all(w[:1].islower() for w in words) and _NAME_PARTS.search(words[0])):
        return True
    k = _token_at(tokens, unit, q.start)
    end = _token_at(tokens, unit, q.end)
    prev = tokens[k - 1] if k - 1 >= unit.lo else None
    prev2 = tokens[k - 2] if k - 2 >= unit.lo else None
    if prev is not None and prev2 is not None and prev.low in {"der", "dem"} \
            and lemma(prev2.text, "de") in lx.SPEECH_VERBS_DE and inner[:1].isupper() \
            and end < unit.hi and tokens[end].text in {",", ".", ":"}:
        return True  # "sagte der „Hafenpost“, …": the medium spoken to, in the dative
    if prev is not None and prev.low in lx.LAUT_WORDS_DE and len(words) <= 5 \
            and not (prev2 is not None and lemma(prev2.text, "de") in lx.SPEECH_VERBS_DE):
        # "Laut „hafenblog.de“ gehören ...": the preposition takes a source, so the quoted words name it (all such
        # on the training split); "rief laut „Hilfe“" is the adverb after a speech verb
        return True
    j = k - 1
    while j >= unit.lo and tokens[j].low in {"der", "des", "von", "vom", "dem"}:
        j -= 1
    if j < k - 1 and j >= unit.lo and tokens[j].is_cap and tokens[j].low.endswith(_MEMBER_HEADS + _PUBLISHED_HEADS):
        # "ein Sprecher der „…“", "Vertreter von „…“", "auf der Homepage von „…“": the quoted words name an
        # organisation or a publisher
        return True
    nxt = tokens[end] if end < unit.hi else None
    if nxt is not None and prev is not None and len(words) <= 6 and (inner[:1].isupper() or prev.low == "wie") \
            and (prev.low in {"der", "die", "das", "den", "dem", "des", "wie"}
                 or prev.text.islower() and prev.low.endswith(("ende", "enden")))  \
            and nxt.is_word and lemma(nxt.text, "de") in lx.SPEECH_VERBS_DE:
        return True  # "Die „Aktion X“ berichtete", "Wie „X online“ berichtet": the quoted words name the speaker
    if prev is not None and prev.low in {"von", "vom", "durch"} and nxt is not None and nxt.is_word \
            and nxt.text.islower() and PARTICIPLE_ATTRIBUTE.search(nxt.low) and end + 1 < unit.hi \
            and tokens[end + 1].is_cap and len(words) <= 6 and not clausal:
        return True  # "die von „Infratest dimap“ erstellten Zahlen": the agent of an attributive participle, a name
    if prev is not None and prev2 is not None and prev2.low == "mit" and prev.low in {"dem", "der", "einem", "einer"} \
            and inner[:1].isupper() and len(words) <= 6 and not clausal and _award_clause(tokens, unit, k):
        return True  # "Mit dem „Glas der Vernunft“ werden ... ausgezeichnet": the prize's name
    if nxt is not None and nxt.text == "," and len(words) <= 6 and not clausal \
            and _classified_after(tokens, end + 1, unit.hi):
        return True  # "in der „La Voz“, einem Boulevardblatt,": an apposition says what the quoted name is
    if nxt is not None and nxt.low == "sowie" and len(words) <= 6:
        return True  # "„Hilfe ohne Grenzen“ sowie das Rote Kreuz ...": a name in a list of actors
    if nxt is not None and nxt.text == "(" and len(words) <= 5:
        close = next((j for j in range(end + 1, min(unit.hi, end + 6)) if tokens[j].text == ")"), None)
        if close is not None:
            return True  # "„…“ (AIE)", "„…“ (Weltraum-Experiment)": named, then abbreviated or glossed
    clause = [t.low for t in tokens[max(unit.lo, k - 8) : k]]
    cut = max((i for i, w in enumerate(clause) if w in {",", ";", ".", "“", "”"}), default=-1)
    clause = clause[cut + 1 :]
    rest = [t.low for t in tokens[end : min(unit.hi, end + 8)]]
    rest = rest[: next((i for i, w in enumerate(rest) if w in {";", ".", "„", "“", ")"}), len(rest))]
    if "sich" in clause and {"nennt", "nennen", "nannte", "nannten"} & set(clause) \
            or rest[:3] == [",", "wie", "sich"] and {"nennt", "nennen", "nannte", "nannten"} & set(rest):
        return True  # "nennt sich „…“", "„…“, wie sich die Gruppe selbst nennt": a name, even in lower case
    if not any(w[:1].isupper() for w in words) and _ARTICLE_PREFIX.match(inner) is None:
        return False  # "als „extrem“ bezeichnet", "nannte ihn „überzogen“": an evaluation, not a name
    if prev is not None and prev2 is not None and prev.is_cap and prev.is_word \
            and (inner[:1].isupper() or _ARTICLE_PREFIX.match(inner) is not None) \
            and (prev2.low in _DETERMINERS or prev2.low.endswith(("en", "er", "es", "em")) and prev2.text.islower()
                 and prev2.low not in _DETERMINERS_NOT) \
            and prev.low not in _UTTERANCE_NOUNS and noun_like(prev.text):
        return True  # "die Organisation „…“", "des tragbaren Musikplayers „…“": a class noun and its name
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and prev2 is not None:
        return True  # "„Cast Lead“ („…“)": a translation of the name before it
    after = [t.low for t in tokens[end : min(unit.hi, end + 3)]] + [""]
    if after[0] in _NAMING_PARTICIPLES and after[1] in {"wird", "werden", "wurde", "wurden", ")", ",", ".", ""} \
            and (after[0] != "bezeichnet" or after[1] in {"wird", "werden", "wurde", "wurden", ")"}) \
            and ("von" not in clause[-4:] or after[1] == ")"):
        return True  # "als „…“ bezeichnet wird", "„…“ genannt,": a name given, no one's statement
    following = [t.low for t in tokens[end : min(unit.hi, end + 4)]]
    if "sich" in clause and ("nennt" in clause + following or "nennen" in clause + following):
        return True  # "die sich selbst „…“ nennt"
    if clause[-2:] in (["nennt", "man"],) or clause[-3:-1] == ["nennt", "man"]:
        return True
    if clause[-1:] == ["als"] and {"gilt", "gelten", "gelte", "galt", "galten", "gälte"} & set(clause[-5:]):
        return True  # "gilt damit nicht als „…“": a classification
    return clause[-1:] == ["als"] and bool(following) and following[0] in {"bekannt", "bekannte", "bekannten",
                                                                          "bekanntes", "bekannter"}


# Heads of the names of laws, treaties, programmes, institutions and campaigns, compounds included
# ("Hafengesetz", "Kompetenzzentrum"); a quotation opening with one and a preposition or genitive article after
# it ("„Gesetz zur …“", "„Bündnis für …“") names the thing: none of these was anyone's statement on the training
# split.
_INSTITUTION_HEADS = ("gesetz", "gesetzes", "verordnung", "abkommen", "abkommens", "vertrag", "vertrags", "programm",
                      "programms", "zentrum", "zentrums", "institut", "instituts", "stiftung", "initiative", "bündnis",
                      "bündnisses", "verein", "vereins", "projekt", "projekts", "aktion", "kampagne", "preis",
                      "preises", "festival", "konferenz", "fonds", "netzwerk", "allianz", "forum", "ausschuss",
                      "akademie", "gesellschaft", "verband", "bewegung", "komitee", "kommission", "strategie",
                      "richtlinie", "konvention", "pakt", "charta")
_NAME_LINKS = frozenset({"für", "zur", "zum", "über", "gegen", "der", "des", "von", "vom", "zwischen"})


# Verbs of honouring ("ausgezeichnet", "zeichnete ... aus", "geehrt"): what someone is honoured with is a prize.
_AWARD_WORDS = frozenset({"ausgezeichnet", "geehrt", "prämiert", "auszeichnen", "ehren", "ehrt", "ehrte", "ehrten"})


def _award_clause(tokens: list[Token], unit: _Unit, k: int) -> bool:
    """The sentence around token k honours someone, so 'mit dem „…“' there names the prize."""
    words = [t.low for t in tokens[unit.lo : unit.hi]]
    return bool(_AWARD_WORDS & set(words)) or any(w.startswith("zeichne") for w in words) and "aus" in words


def _institution_name(words: list[str]) -> bool:
    """The quoted words are the name of a law, programme or institution: a class head, then its attachment."""
    return len(words) >= 2 and words[0][:1].isupper() and words[0].lower().endswith(_INSTITUTION_HEADS) \
        and words[1].lower() in _NAME_LINKS


def _classified_after(tokens: list[Token], k: int, hi: int) -> bool:
    """An indefinite noun phrase closed by a comma or bracket starts at k ("einem Boulevardblatt,"); one that
    ends the sentence ("„…“, eine klare Ansage.") is more often a comment on what was said."""
    if k >= hi or tokens[k].low not in {"ein", "eine", "einem", "einer", "eines", "einen"}:
        return False
    j = k + 1
    while j < hi and j - k <= 3 and tokens[j].is_word and not tokens[j].is_cap:
        j += 1  # adjectives before the noun
    return j + 1 < hi and tokens[j].is_cap and tokens[j].is_word and tokens[j + 1].text in {",", ")"}


# Heads of nouns for chanted or written slogans ("Parolen wie „…“", "mit der Aufschrift „…“"): the quoted words
# are what the crowd or the sign said, however name-like their capitals look (all such on the training split).
_SLOGAN_HEADS = ("parole", "parolen", "sprüche", "spruch", "aufschrift", "aufschriften")
_SLOGAN_GAP = frozenset({"wie", "zum", "beispiel", "etwa", "z.", "b.", "z.b.", "der", "die", "den", "dem", "mit", ":"})


def _slogan(text: str, tokens: list[Token], unit: _Unit, q: QuotedString, quoted: list[QuotedString]) -> bool:
    """The quotation is the wording of a slogan named right before it, or coordinated with one such quotation, or
    the words someone said after "mit den Worten".

    A motto ("unter dem Motto „…“") names an event and stays a title; chanted or written slogans render
    what people said.
    """
    k = _token_at(tokens, unit, q.start)
    j = k - 1
    if j >= unit.lo and tokens[j].low in {"oder", "und", ","} and j - 1 >= unit.lo:
        before = next((o for o in quoted if o.end == tokens[j - 1].end), None)
        if before is not None:  # "Parolen wie „A“ oder „B“": the second one is a slogan too
            return _slogan(text, tokens, unit, before, quoted)
    while j >= unit.lo and k - j <= 4 and tokens[j].low in _SLOGAN_GAP:
        j -= 1
    if j >= unit.lo and tokens[j].low in {"worten", "worte"} and k - j <= 3:
        return True  # "dankte den Helfern mit den Worten „Ihr seid …“": the words someone said, whatever the verb
    if _shouted(tokens, unit, k):
        return True
    return j >= unit.lo and k - j <= 5 and tokens[j].low.endswith(_SLOGAN_HEADS)


# Verbs of shouting and chanting: their object is the wording shouted ("skandierten „…“", "rief „…“").
_CRY_VERBS = lx.CRY_VERBS_DE | {"rufen"}


def _shouted(tokens: list[Token], unit: _Unit, k: int) -> bool:
    """The quotation opening at token k is the object of a verb of shouting a few words before it, with no
    punctuation between ('Die Menge skandierte vor dem Rathaus „…“', 'rief laut Zeugen "…"'): what was shouted is
    what someone said, capitalised like a name or not.

    Not when a noun object stands before it ('rief die Initiative „…“ ins Leben': the quotation names the object),
    nor when a particle or phrase closing the clause makes another verb of 'rufen' ('rief zu „…“ auf', 'hervor',
    'zurück', 'ins Leben')."""
    verb = None
    for j in range(k - 1, max(unit.lo, k - SHOUT_WINDOW) - 1, -1):
        t = tokens[j]
        if not t.is_word:
            return False
        if t.text[:1].islower() and lemma(t.text, "de") in _CRY_VERBS:
            verb = j  # lower case: the verb, not the noun ('die Rufe „…“' names a chant the reporter describes)
            break
    if verb is None:
        return False
    if tokens[k - 1].is_cap and k - 1 > verb:
        j = k - 2
        while j > verb and (tokens[j].low in lx.ARTICLES_DE or _is_adjective(tokens[j])):
            j -= 1
        if j == verb and not _subject_after(tokens, unit, verb) or j > verb and tokens[j].low not in _PHRASE_OPENERS:
            return False  # "rief die Initiative „…“": the noun is the object, the quotation its name
    for m in range(k + 1, unit.hi):
        if tokens[m].text in {".", ",", ";", ":", "!", "?"}:
            last = tokens[m - 1].low
            return not (last in _OTHER_RUFEN or last == "leben" and tokens[m - 2].low == "ins")
    return True


# Particles that make 'rufen' another verb ('aufrufen', 'hervorrufen', 'zurückrufen', 'ausrufen', 'abrufen').
_OTHER_RUFEN = frozenset({"auf", "an", "hervor", "zurück", "aus", "ab", "herbei", "zusammen", "wach"})
# Words that open a phrase before the quotation ('vor dem Rathaus', 'laut Zeugen', 'bei der Tat').
_PHRASE_OPENERS = frozenset({"vor", "laut", "bei", "in", "im", "auf", "an", "am", "mit", "nach", "während", "von",
                             "vom", "aus", "durch", "unter", "über", "gegenüber", "zu", "zum", "zur", "beim"})


def _subject_after(tokens: list[Token], unit: _Unit, verb: int) -> bool:
    """'Laut Polizei riefen die Täter „…“': a phrase or adverb in lower case fills the first place before the finite
    verb, so the noun phrase right after the verb is its subject, not an object the quotation would name."""
    cs = verb
    while cs > unit.lo and tokens[cs - 1].text not in {",", ";", ":", ".", "!", "?"}:
        cs -= 1
    return cs < verb and (tokens[cs].low in _PHRASE_OPENERS or tokens[cs].text[:1].islower())


def _is_adjective(t: Token) -> bool:
    return t.is_word and t.text[:1].islower() and t.low.endswith(("e", "en", "er", "es", "em"))


def _token_at(tokens: list[Token], unit: _Unit, pos: int) -> int:
    return bisect.bisect_left([t.start for t in tokens[unit.lo : unit.hi]], pos) + unit.lo


def _labelling_verb(tokens: list[Token], unit: _Unit, q: QuotedString) -> int | None:
    """'bezeichnete den Plan als „Irrweg“': a verb that labels something with the quoted words.

    Even a single quoted word is a statement then (twelve in thirteen on the training split).
    """
    k = _token_at(tokens, unit, q.start)
    topic = _topic_verb(tokens, unit, q, k)
    if topic is not None:
        return topic
    if k - 1 < unit.lo or tokens[k - 1].low not in {"als", "einen", "eine", "ein"}:
        return None
    for j in range(k - 2, max(unit.lo, k - 25) - 1, -1):
        if tokens[j].text in {".", ";", "“", "”"}:
            break
        if lemma(tokens[j].text, "de") in lx.LABEL_VERBS_DE:
            return j
    if tokens[k - 1].low != "als":
        return None
    end = _token_at(tokens, unit, q.end)
    for j in range(end, min(unit.hi, end + 8)):  # "..., der den Umbau als „Fortschritt“ bezeichnete": verb-final
        if tokens[j].text in {".", ";", ",", ":", "„", "“"}:
            return None
        if lemma(tokens[j].text, "de") in lx.LABEL_VERBS_DE or tokens[j].low in {"zurück", "an"}:
            return j
    return None


# "sprach von „…“", "warnte vor den „…“": the quoted words are the speaker's own name for the thing.
_TOPIC_VERBS = {"von": frozenset({"sprechen", "reden"}), "vor": frozenset({"warnen"})}


_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})


# "warf ihm „Wortbruch“ vor", "sicherte ihr „volle Unterstützung“ zu": the accusation or pledge in the
# speaker's words, a quoted object right before the separable verb's particle.
_PARTICLE_OBJECT_VERBS = {"werfen": "vor", "sichern": "zu", "sagen": "zu"}


def _topic_verb(tokens: list[Token], unit: _Unit, q: QuotedString, k: int) -> int | None:
    """The speech verb whose prepositional object the quotation at token k is, in either word order."""
    end = _token_at(tokens, unit, q.end)
    if end < unit.hi and tokens[end].low in _PARTICLE_OBJECT_VERBS.values() \
            and (end + 1 >= unit.hi or not tokens[end + 1].is_word):
        for m in range(k - 1, max(unit.lo, k - 12) - 1, -1):
            if tokens[m].text in {".", ";", ",", ":", "“", "”", "«", "»"}:
                break
            if _PARTICLE_OBJECT_VERBS.get(lemma(tokens[m].text, "de")) == tokens[end].low:
                return m
    j = k - 1
    while j >= unit.lo and tokens[j].low in lx.ARTICLES_DE:
        j -= 1
    if j > unit.lo and j < k - 1 and tokens[k - 1].low in _GENITIVE_ARTICLES and tokens[j].is_word \
            and noun_like(tokens[j].text):
        # "von der Notwendigkeit eines „Volkskrieges“": the quoted noun is the genitive attribute of the topic
        j -= 1
        while j >= unit.lo and tokens[j].low in lx.ARTICLES_DE:
            j -= 1
    verbs = _TOPIC_VERBS.get(tokens[j].low) if j >= unit.lo else None
    if verbs is None:
        return None
    m = j - 1
    while m >= max(unit.lo, j - 12):
        opener = _quoted_name_start(tokens, m, unit.lo)
        if opener is not None:
            m = opener - 1  # "sprach im „Hafenreport“ von einem „…“": a quoted name between the verb and its object
            continue
        if tokens[m].text in {".", ";", ",", ":", "“", "”", "«", "»"}:
            break
        if lemma(tokens[m].text, "de") in verbs:
            return m
        m -= 1
    end = _token_at(tokens, unit, q.end)
    for m in range(end, min(unit.hi, end + 8)):  # "... von einem „…“ gesprochen": verb-final
        if tokens[m].text in {".", ";", ",", ":", "„", "“"}:
            break
        if lemma(tokens[m].text, "de") in verbs:
            return None if tokens[m - 1].low == "zu" else m  # "von einem „…“ zu sprechen": no one speaks yet
    return None


def _quoted_name_start(tokens: list[Token], m: int, lo: int) -> int | None:
    """The opening mark of a short quoted name ('„Hafenreport“', '„Neue Presse“') that closes at token m: up to
    four capitalised words between the marks, so a longer quotation or one in lower case is not stepped over."""
    if tokens[m].text not in {"“", "”", "«", "»", '"'}:
        return None
    for o in range(m - 1, max(lo, m - 6) - 1, -1):
        if tokens[o].text in {"„", "»", "«", '"', "“"}:
            inside = tokens[o + 1 : m]
            return o if inside and all(t.is_word and t.is_cap for t in inside) else None
        if not tokens[o].is_word:
            return None
    return None


def _embedded(text: str, quoted: list[QuotedString], found: list[Quote], lang: str = "de",
              tokens: list[Token] | None = None, unit: _Unit | None = None) -> list[Quote]:
    """Short quotations inside a reported statement: the reporter quotes the speaker's own words.

    Alone these are mostly scare quotes, but inside indirect speech the corpus counts them as direct.
    """
    out: list[Quote] = []
    for q in quoted:
        if any(f.kind == "direct" and f.text.start < q.end and q.start < f.text.end for f in found):
            continue
        host = next((f for f in found if f.kind in {"indirect", "reported"} and f.text.start <= q.start
                     and q.end <= f.text.end + 1),
                    None)
        inner = text[q.inner_start : q.inner_end]
        if host is None or not inner.strip() or _title_like(text, q) or _name_like(inner, True, lang):
            continue
        if lang == "de" and tokens is not None and unit is not None \
                and (_names_something(text, tokens, unit, q) or _glossed(tokens, unit, q)
                     or _nominalised_adjective(inner)):
            continue
        s, e = _trim(text, q.inner_start, q.inner_end)
        sp = host.speaker
        out.append(Quote("direct", _span(text, s, e), host.cue,
                         None if sp is None else Speaker(sp.start, sp.end, sp.text, sp.entity_key, sp.anonymous,
                                                         sp.description)))
    return out


def _name_like(inner: str, framed: bool, lang: str = "de") -> bool:
    """A quoted name or title rather than words someone said: one capitalised word, or mostly capitals.

    Ratios from the training split: capitalised single words next to a cue are names six times in seven;
    without a cue, quotations that are at least half capitalised words are names two times in three.
    """
    words = inner.split()
    if not words or inner.rstrip()[-1:] in ".!?…":
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    if len(words) == 1:
        return caps == 1 and not (lang == "de" and _uttered_word(words[0]))
    if lang == "de" and len(words) <= 7 and _foreign_title(words):
        return True
    if lang == "de" and words[0][:1].islower() and not _NAME_PARTS.search(words[0]):
        return False  # "tiefer Besorgnis", "den Bestand des Staates": inflected wording, names start capitalised
    if lang == "de" and _clausal(words):
        return False  # "Ja, es gibt Probleme", "Der Hafen ist sicher": a clause, whatever its capitals
    if lang == "de" and "," in inner:
        return False  # "eine Gefahr für „Leib, Leben und Freiheit“": a list or clause in someone's words, no name
    return not framed and caps >= 0.5 * len(words)


# Answers and cries that German capitalises only because they open the utterance ("„Nein“, sagte X",
# "„Hilfe“, rief Y"); simplemma keeps some of them capitalised as nouns ("das Nein"), so they are listed.
_UTTERED_WORDS = frozenset({"ja", "nein", "danke", "bitte", "okay", "ok", "hallo", "hilfe", "stopp", "bravo", "jawohl",
                            "niemals", "doch", "gut"})


def _uttered_word(word: str) -> bool:
    """A single quoted word that is an answer, a cry or an adverb or adjective capitalised at the start of what was
    said ("„Niemals“", "„Katastrophal“"), not a name: names are nouns."""
    w = word.strip(",;:")
    return w.lower() in _UTTERED_WORDS or not noun_like(w)


# Finite verbs and pronouns that make a quotation a clause; titles use them too, but rarely after a cue.
_CLAUSE_WORDS_STRICT = frozenset({"ist", "sind", "war", "waren", "wird", "werden", "wurde", "hat", "haben", "hatte",
                                  "ich", "wir", "es", "gibt", "kann", "muss", "soll", "nicht"})


def _clausal(words: list[str]) -> bool:
    """Three words or more with a finite auxiliary or pronoun: a quoted sentence, however capitalised."""
    return len(words) >= 3 and any(w.lower().strip(",;") in _CLAUSE_WORDS_STRICT for w in words)


# Function words that mark a short quoted phrase as a foreign-language title or name ("La Voce del
# Porto", "pro forma") when no German function word stands beside them.
_FOREIGN_FUNCTION = frozenset({"de", "la", "le", "les", "do", "dos", "del", "della", "dello", "di", "the", "of",
                               "and", "a", "est", "pro", "cum", "y", "et", "du", "el", "los", "it", "to"})
_GERMAN_FUNCTION = frozenset({"der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "zu", "ein", "eine",
                              "im", "in", "auf", "sich", "es", "sie", "er", "wir", "ich", "wird", "sind"})


# Verbs of singing a song: their quoted object is the song's title ('sang „…“', 'intonierte „…“').
_SINGING_VERBS = frozenset({"singen", "anstimmen", "intonieren"})


def _sung(tokens: list[Token], unit: _Unit, q: QuotedString) -> bool:
    """'in dem er „Wenn ich einmal reich wär…“ sang': a quotation in the clause of a verb of singing, with no cue,
    is the title of the song performed; the song's words are no statement of the singer."""
    k = _token_at(tokens, unit, q.start)
    lo = k
    while lo > unit.lo and tokens[lo - 1].text not in {",", ";", ":", ".", "!", "?"}:
        lo -= 1
    hi = k + 1
    while hi < unit.hi and (tokens[hi].text not in {",", ";", ":", ".", "!", "?"} or tokens[hi].start < q.end):
        hi += 1
    return any(t.is_word and t.text[:1].islower() and lemma(t.text, "de") in _SINGING_VERBS
               and (t.end <= q.start or t.start >= q.end) for t in tokens[lo:hi])


# What a word means ('zu verstehen', 'bedeutet', 'gemeint'), said of the quoted words after them in their clause.
_GLOSS_WORDS = frozenset({"verstehen", "bedeuten", "bedeutet", "bedeute", "bedeutete", "gemeint", "übersetzt"})


def _glossed(tokens: list[Token], unit: _Unit, q: QuotedString) -> bool:
    """'Wie wörtlich „neue Beine“ zu verstehen ist', 'Was „Hafenwende“ bedeuten soll': the clause asks or says what
    the quoted words mean; they are mentioned as words, no one states them here."""
    k = _token_at(tokens, unit, q.start)
    for t in tokens[k + 1 : unit.hi]:
        if t.text in {",", ";", ":", ".", "!", "?"} and t.start >= q.end:
            return False
        if t.start >= q.end and t.low in _GLOSS_WORDS:
            return True
    return False


def _asked_about(text: str, unit: _Unit, q: QuotedString) -> bool:
    """'Ist das Musikvideo mit dem „großen Budget“ verschwunden?': a few quoted words in a question with no cue are
    a term the asker holds at a distance (an interviewer's question, a reporter's doubt), not a statement."""
    inner = text[q.inner_start : q.inner_end].rstrip()
    rest = text[q.end : unit.end].rstrip()
    return not inner.endswith("?") and rest.endswith("?") and "\n" not in rest \
        and not any(c in DOUBLE_CLOSERS for c in rest)  # the question mark is this sentence's, not a later quote's


_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})


def _nominalised_adjective(inner: str) -> bool:
    """'zwischen „dem Guten“ und „dem Bösen“', 'bekannt als „der Dicke“': an article and an adjective used as a noun
    name a concept or a nickname when no cue stands in their sentence, even one reported in the Konjunktiv; a cue or
    a labelling verb beside them still makes them someone's words. simplemma lemmatises such a word to the adjective
    in lower case, a noun it keeps capitalised ('die Menschen' -> 'Mensch')."""
    words = inner.split()
    if len(words) != 2 or words[0].lower() not in _ARTICLES or not words[1][:1].isupper():
        return False
    base = str(simplemma.lemmatize(words[1].lower(), lang="de"))
    return base[:1].islower()


def _foreign_term(inner: str) -> bool:
    """A short quotation half of whose words German does not know but English or Latin does ('einer „running
    mate“', 'war „in dubio pro reo“ freizusprechen'): German news sets a foreign term in quotation marks as a term,
    not as anyone's words. Hyphenated and compound coinages ('„No-Go-Areas“') are German usage and do not count."""
    words = [w for w in (w.strip(",;:.!?'’()") for w in inner.split()) if w.isalpha()]
    foreign = [w for w in words if _foreign_word(w)]
    return bool(foreign) and 2 * len(foreign) >= len(words)


@lru_cache(maxsize=4096)
def _foreign_word(word: str) -> bool:
    if simplemma.is_known(word, lang="de") or simplemma.is_known(word.lower(), lang="de"):
        return False
    return bool(simplemma.is_known(word, lang="en") or simplemma.is_known(word.lower(), lang="la"))


def _capitalised_share(inner: str) -> float:
    words = inner.split()
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def _foreign_title(words: list[str]) -> bool:
    low = [w.lower().strip(",;:'’") for w in words]
    return any(w in _FOREIGN_FUNCTION for w in low) and not any(w in _GERMAN_FUNCTION for w in low)


def _direct_quotes(
    text: str, tokens: list[Token], unit: _Unit, quoted: list[QuotedString], frames: list[Frame], lang: str,
    recent: bool = False,
) -> list[Quote]:
    """Quotations that render someone's words; `recent` says a statement with a speaker came shortly before."""
    out: list[Quote] = []
    named: list[QuotedString] = []  # quotations read as names or titles, for the ones listed after them
    for q in quoted:
        inner = text[q.inner_start : q.inner_end]
        n_words = len(inner.split())
        slogan = lang == "de" and n_words > 0 and _slogan(text, tokens, unit, q, quoted)
        if n_words == 0 or not slogan and (_title_like(text, q) or _listed_after(text, q, named)
                                           or lang == "de" and _names_something(text, tokens, unit, q)):
            named.append(q)
            continue
        if any(r is not None and r[0] <= q.start and q.end <= r[1] and (r is f.channel or q.end <= f.cue[0])
               for f in frames for r in (f.speaker, f.channel)):
            continue  # "Die „Aktion X“ teilte mit": the quoted words name the speaker or the medium
        frame = _nearest_frame(frames, q, text)
        label = _labelling_verb(tokens, unit, q) if lang == "de" and n_words <= 4 else None
        label_en = None
        if lang == "en" and n_words <= 4 and (frame is None or frame.speaker is None):
            label_en = label_speaker_en(tokens, unit.lo, _token_at(tokens, unit, q.start), set())
        refl = _reflexive_after(tokens, unit, q) if lang == "de" and (frame is None or frame.speaker is None) else None
        if label is None and label_en is None and not slogan and refl is None:
            if frame is None and n_words < MIN_WORDS_UNFRAMED \
                    and not (lang == "de" and inner[:1].islower() and _view_holder(tokens, unit) is not None):
                continue  # "Für die Ministerin ist die Lage „alarmierend“": her word, as next to a cue
            if frame is not None and n_words < MIN_WORDS_FRAMED:
                continue
            if _name_like(inner, frame is not None, lang):
                named.append(q)
                continue
            if frame is None and not frames and not recent and _capitalised_share(inner) >= 0.5 \
                    and inner.rstrip()[-1:] not in ".!?…" and not (lang == "de" and _clausal(inner.split())):
                named.append(q)
                continue  # a lower-case term in a sentence that reports no one speaking: a scare quote
            if frame is None and lang == "de" and n_words <= 3 and _capacity_term(tokens, unit, q):
                named.append(q)
                continue
            if frame is None and lang == "de" and n_words <= 4 and _foreign_term(inner):
                named.append(q)
                continue
            if frame is None and n_words <= 4 and _asked_about(text, unit, q):
                named.append(q)
                continue
            if frame is None and lang == "de" and (_sung(tokens, unit, q) or _glossed(tokens, unit, q)):
                named.append(q)
                continue
            if frame is None and lang == "de" and _nominalised_adjective(inner):
                named.append(q)
                continue
        s, e = _trim(text, q.inner_start, q.inner_end)
        quote = Quote("direct", _span(text, s, e))
        if label is not None and (frame is None or frame.speaker is None):
            quote.cue = _span(text, tokens[label].start, tokens[label].end)
            qk = _token_at(tokens, unit, q.start)
            cs = min(label, qk)
            while cs > unit.lo and tokens[cs - 1].text not in {",", ".", ":", ";", "“", "”", "«", "»"}:
                cs -= 1
            if label > qk:  # "..., der den Umbau als „Fortschritt“ bezeichnete": the verb closes its clause
                rng = _passive_agent(tokens, cs, qk, label) or _subordinate_or_main_subject(tokens, cs, qk, unit.lo)
            else:
                rng = speaker_around(tokens, label, cs, qk, lang)
            quote.speaker = _speaker(text, _char_range(tokens, rng), None)
        elif label_en is not None:  # "She called the plan „a disaster“": the subject's label
            quote.cue = _span(text, tokens[label_en[0]].start, tokens[label_en[0]].end)
            quote.speaker = _speaker(text, _char_range(tokens, label_en[1]), None)
        elif refl is not None:
            quote.cue = _span(text, tokens[refl[0]].start, tokens[refl[0]].end)
            quote.speaker = _speaker(text, _char_range(tokens, refl[1]), None)
        elif frame is not None:
            quote.cue = _span(text, *frame.cue)
            rng = _speaker_outside(tokens, unit, frame, q)
            cue_k, qk = _token_at(tokens, unit, frame.cue[0]), _token_at(tokens, unit, q.start)
            if lang == "de" and cue_k > qk and lemma(tokens[cue_k].text, "de") in lx.LABEL_VERBS_DE:
                cs = qk
                while cs > unit.lo and tokens[cs - 1].text not in {",", ".", ":", ";", "“", "”", "«", "»"}:
                    cs -= 1
                rng = _char_range(tokens, _passive_agent(tokens, cs, qk, cue_k)) or rng  # "von X als „…“ bezeichnet"
            if rng is None and frame.kind == "verb" and lang == "de":
                rng = _colon_speaker(tokens, unit, q)  # "…, war er wach und hatte gefragt: „…“": the clause's subject
            quote.speaker = _speaker(text, rng, None)
            quote.channel = _span(text, *frame.channel) if frame.channel else None
        elif lang == "de":
            rng = _colon_speaker(tokens, unit, q) or _own_subject(tokens, unit, q, quoted)
            quote.speaker = _speaker(text, _written_on(text, tokens, unit, rng), None)
        out.append(quote)
    return out


# Verbs of judging that label their object with 'als' or 'für' besides the lexicon's labelling verbs.
_JUDGING_VERBS = frozenset({"halten", "beurteilen", "einschätzen", "ansehen", "charakterisieren", "einordnen"})


def _capacity_term(tokens: list[Token], unit: _Unit, q: QuotedString) -> bool:
    """'mit dem Ziel, als „blinder Passagier“ zu reisen': a short quotation after 'als' in a sentence with no verb
    that labels ('bezeichnen', 'halten für', 'werten') names a role or capacity in the reporter's words, no one's
    statement; with such a verb ('bezeichnete den Plan als „…“') it is the speaker's label."""
    k = _token_at(tokens, unit, q.start)
    if k - 1 < unit.lo or tokens[k - 1].low != "als":
        return False
    return not any(lemma(t.text, "de") in lx.LABEL_VERBS_DE or lemma(t.text, "de") in _JUDGING_VERBS
                   for t in tokens[unit.lo : unit.hi] if t.is_word)



# Nouns for written or chanted words ("die Worte", "die Parole", "die Aufschrift"): as a subject they are what
# was written, not who wrote it.
_WORDING_NOUNS = frozenset({"worte", "worten", "wort", "parole", "parolen", "satz", "sätze", "aufschrift",
                            "inschrift", "spruch", "sprüche", "zeilen", "zeile", "botschaft"})
_PLACE_PREPOSITIONS = frozenset({"auf", "an", "in", "im", "am"})


def _written_on(text: str, tokens: list[Token], unit: _Unit,
                rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """'Auf dem Plakat waren die Worte zu lesen: „…“', 'Darauf stand die Parole „…“': a subject that names the
    words themselves speaks for no one; the place they were written on, opening the sentence, stands for the
    source (as the quotation corpus marks it), or no one."""
    if rng is None or text[rng[0]:rng[1]].split()[-1].lower().strip(",.:;") not in _WORDING_NOUNS:
        return rng
    first = tokens[unit.lo]
    if first.low in {"darauf", "darin", "dort", "daran"}:
        return (first.start, first.end)
    if first.low in _PLACE_PREPOSITIONS:
        return _char_range(tokens, noun_phrase(tokens, unit.lo + 1, unit.hi, "de"))
    return None


# Words that may stand right after a quotation and before "sich" without being the attribution's verb.
_NOT_VERB = frozenset({"der", "die", "das", "wie", "was", "wo", "welche", "welcher", "welches", "dem", "den", "und",
                       "oder", "aber", "als", "wenn", "weil", "ob", "dass", "so", "es", "man", "er", "sie"})


def _reflexive_after(tokens: list[Token], unit: _Unit, q: QuotedString) -> tuple[int, tuple[int, int]] | None:
    """'„…“, zeigte sich X zufrieden', '„…?“ fragen sich Experten': the finite verb opens the clause after the
    quotation (the quotation fills the first position), so the phrase after its reflexive is the speaker.

    Reflexive verbs of feeling or memory ("sich freuen", "sich erinnern", "sich zeigen") are no speech verbs
    in the lexicon, but right after a quotation they attribute it (every such case on the training split).
    """
    k = _token_at(tokens, unit, q.end)
    if k < unit.hi and tokens[k].text == ",":
        k += 1
    if k + 2 >= unit.hi or tokens[k + 1].low != "sich" or not tokens[k].is_word or not tokens[k].text.islower() \
            or tokens[k].low in _NOT_VERB:
        return None
    rng = noun_phrase(tokens, skip_fillers(tokens, k + 2, unit.hi), unit.hi, "de")
    return (k, rng) if rng is not None else None


def _listed_after(text: str, q: QuotedString, named: list[QuotedString]) -> bool:
    """'in „Die Brücke“ oder „Wer zuletzt lacht“': a quotation listed right after a title is a title too."""
    return any(text[o.end : q.start].strip() in {"oder", "und", ",", "sowie"} for o in named[-1:])


def _speaker_outside(tokens: list[Token], unit: _Unit, frame: Frame, q: QuotedString) -> tuple[int, int] | None:
    """The frame's speaker, looked for again outside the quotation when the frame took words from inside it.

    "„Wir bleiben“ sagte die Lotsin" (no comma) and "Die Lotsin sagte „Wir bleiben“" (no colon) leave the
    frame reading the quotation as the subject; the speaker is the phrase on the cue's other side.
    """
    sp = frame.speaker
    if sp is None or not (sp[0] < q.end and q.start < sp[1]):
        return sp
    cue = _token_at(tokens, unit, frame.cue[0])
    if q.end <= frame.cue[0]:
        rng = noun_phrase(tokens, cue + 1, unit.hi, "de")
    else:
        rng = speaker_around(tokens, cue, unit.lo, _token_at(tokens, unit, q.start), "de")
    out = _char_range(tokens, rng)
    if out is None or (out[0] < q.end and q.start < out[1]):
        return None
    return out


def _own_subject(tokens: list[Token], unit: _Unit, q: QuotedString,
                 quoted: list[QuotedString] | None = None) -> tuple[int, int] | None:
    """'Die Menge skandierte „…“', 'X nannte den Plan „fahrlässig“': words quoted inside a plain sentence.

    With no cue next to them, the subject of the sentence they stand in uttered them, unless the
    sentence is itself reported (Konjunktiv), where they belong to the statement's source.
    """
    k = _token_at(tokens, unit, q.start)
    if k - unit.lo < 2:
        return None
    holder = _view_holder(tokens, unit)
    if holder is not None and holder[1] < k:
        return _char_range(tokens, holder)  # "Für die Ministerin ist der Plan „völlig übertrieben“": whose view
    end = next((j for j in range(k, unit.hi) if tokens[j].start >= q.end and tokens[j].text in {",", ";"}), unit.hi)
    words = {tokens[j].low for j in range(unit.lo, end) if not (q.start <= tokens[j].start < q.end)}
    if words & _MOOD_FORMS or any(is_subj1(tokens[j].text) for j in range(unit.lo, k)):
        return None  # "Es drohe „…“": a Konjunktiv I before the quotation reports someone else's words too
    span = _char_range(tokens, clause_subject(tokens, unit.lo, k, unit.lo))
    inside = [o for o in quoted or [] if span is not None and o.start < span[1] and span[0] < o.end]
    if inside:  # "Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten ...": no speaker inside quotes
        j = _token_at(tokens, unit, max(o.end for o in inside))
        if j + 1 < k and tokens[j].is_word and tokens[j].text.islower():
            span = _char_range(tokens, noun_phrase(tokens, j + 1, k, "de"))  # the subject after the fronted verb
        else:
            span = _char_range(tokens, clause_subject(tokens, j, k, unit.lo)) if j < k else None
    return span


# Finite verbs of being that follow "Für X" when the sentence gives X's view ("Für X ist der Plan „…“").
_VIEW_VERBS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bleibt", "bleibe", "blieb",
                         "bleiben"})


def _view_holder(tokens: list[Token], unit: _Unit) -> tuple[int, int] | None:
    """'Für die Ministerin ist der Plan „…“', 'Für den Theologen X sei der Rücktritt „…“': a sentence opening with
    'für' and someone who can speak, then a verb of being, states that person's view; a thing after 'für' ('Für
    die Reform ist Geld da') names no one."""
    if unit.hi - unit.lo < 5 or tokens[unit.lo].low != "für":
        return None
    np = noun_phrase(tokens, unit.lo + 1, unit.hi, "de")
    if np is None or np[1] >= unit.hi or tokens[np[1]].low not in _VIEW_VERBS or not agentive(tokens, np):
        return None
    return np


_PASSIVE_AUX = frozenset({"wird", "werden", "wurde", "wurden", "worden", "würde", "würden"})


def _passive_agent(tokens: list[Token], cs: int, qk: int, verb: int) -> tuple[int, int] | None:
    """'Seine Werke werden von Kritikern als „…“ bezeichnet': in a passive clause the labelling verb's agent, the
    last 'von' phrase before the quotation, is the speaker, not the subject that is labelled."""
    aux_after = any(tokens[j].low in _PASSIVE_AUX for j in range(verb + 1, min(len(tokens), verb + 3)))
    if not aux_after and not any(tokens[j].low in _PASSIVE_AUX for j in range(cs, qk)):
        return None
    von = max((j for j in range(cs, qk) if tokens[j].low in {"von", "vom"}), default=None)
    return noun_phrase(tokens, von + 1, qk, "de") if von is not None else None


def _subordinate_or_main_subject(tokens: list[Token], cs: int, end: int, lo: int) -> tuple[int, int] | None:
    """Subject of a verb-final clause starting at cs: the antecedent of a relative pronoun in the nominative (the
    pronoun itself when no noun phrase ends before its comma), or the phrase after the opener."""
    if cs < end and tokens[cs].low in {"der", "die", "das", "welche", "welcher"} and cs > lo \
            and tokens[cs - 1].text == ",":
        # "der Verband, der den Plan als „…“ sieht": the relative pronoun stands for the phrase before its comma
        return _phrase_before(tokens, cs - 1, lo) or (cs, cs + 1)
    if cs + 1 < end and tokens[cs].low in {"den", "dem", "denen", "welchen", "welchem"} and cs > lo \
            and tokens[cs - 1].text == ",":
        # "der Plan, den Kritiker als „…“ bezeichnen": a relative pronoun as object; the subject follows it
        return noun_phrase(tokens, cs + 1, end, "de")
    if cs < end and tokens[cs].low in {"wie", "da", "weil", "nachdem", "als", "während", "dass", "ob", "wenn"}:
        return noun_phrase(tokens, cs + 1, end, "de")
    return clause_subject(tokens, cs, end, lo)


def _colon_speaker(tokens: list[Token], unit: _Unit, q: QuotedString) -> tuple[int, int] | None:
    """'Zypries sieht darin eine Bestätigung: „…“': the subject of the clause the colon ends speaks."""
    k = _token_at(tokens, unit, q.start) - 1
    if k <= unit.lo or tokens[k].text != ":":
        return None
    cs = k
    while cs > unit.lo and tokens[cs - 1].text not in {".", "!", "?", "“", "”", "«", "»", ";"}:
        cs -= 1
    last = max((c for c in range(cs, k - 2) if tokens[c].text == ","), default=None)
    if last is not None and tokens[last + 1].text.islower() and tokens[last + 1].is_word \
            and tokens[last + 2].low in {"er", "man", "wir", "ich"}:
        # "Das Angebot, Verletzte aufzunehmen, lehnt er ab: „…“": the verb after the fronted object's comma,
        # then its subject
        return _char_range(tokens, (last + 2, last + 3))
    rng = clause_subject(tokens, cs, k, unit.lo)
    return _char_range(tokens, rng)


def _char_range(tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    if rng is None or rng[1] <= rng[0]:
        return None
    return (tokens[rng[0]].start, tokens[rng[1] - 1].end)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _indirect_quotes(
    text: str, tokens: list[Token], unit: _Unit, frames: list[Frame], quoted: list[QuotedString], lang: str
) -> list[Quote]:
    out: list[Quote] = []
    priority = {"prep": 0, "so": 1, "impersonal": 3, "verb": 4, "passive": 4, "berufung": 5, "adverb": 5}
    for f in sorted(frames, key=lambda f: priority.get(f.kind, 5)):
        if f.content is None:  # no content clause: the sentence reports that someone spoke
            if f.reported_ok and (f.speaker is not None or f.kind == "passive"):
                s, e = _trim(text, *_reported_bounds(tokens, unit, f, lang))
                out.append(_quote("reported", text, (s, e), f))
            continue
        if f.kind == "berufung" and any(g.kind == "verb" and g.content for g in frames):
            continue  # "Unter Berufung auf X teilte Y mit, ...": X is Y's source; Y's verb carries the statement
        s, e = f.content
        for q in quoted:  # "..., die Schleuse bleibe zu: „…“": the quotation after the colon
            if s < q.start < e and text[s:q.start].rstrip().endswith(":") and len(text[s:q.start].split()) >= 3:
                e = len(text[:q.start].rstrip()) - 1  # stands on its own as a direct quotation
                break
        outside = text[s:e]
        # "„…“, so X, „…“": a frame inside its content is no content of its own
        cut = sorted([(q.start, q.end) for q in quoted] + ([f.frame_span] if f.kind == "so" else []),
                     key=lambda r: -r[0])
        for qs, qe in cut:
            if qs < e and qe > s:
                outside = outside[: max(0, qs - s)] + " " + outside[min(e, qe) - s :]
        if sum(any(c.isalnum() for c in w) for w in outside.split()) < 2:
            continue  # the content is a direct quotation (or two around their frame): reported above as direct
        if _quotation_then_new_verb(text, s, e, quoted):
            continue  # "rief „…“ und ging", "sagte: „…“ – und ging": the quotation was the content
        if len(text[s:e].split()) < 2:
            continue
        out.append(_quote("indirect", text, (s, e), f))
    return _dedupe(out)


_COORDINATORS = frozenset({"und", "oder", "sowie", "aber", "bevor", "ehe", "dann"})


def _has_verb(words: str) -> bool:
    """Whether a content holds a verb form: a lower-case word that lemmatises to an infinitive ("ist" ->
    "sein", "gegründet" -> "gründen", "zu schließen"). Nouns are capitalised and adjectives lemmatise to their
    stem ("neue" -> "neu"), so a bare noun phrase has none."""
    found = re.findall(r"\w+", words)
    for prev, w in zip(["", *found], found, strict=False):
        if not w.islower():
            continue
        if prev == "zu" or w in {"sein", "haben", "werden"}:
            return True  # "zu schließen", "gewesen zu sein"
        lem = lemma(w, "de")
        if w in _MOOD_FORMS or w in _INDICATIVE_AUX or lem.endswith(("en", "ern", "eln")) and (
                lem != w or w.endswith(("en", "ern", "eln"))):
            return True
    return False


def _quotation_then_new_verb(text: str, s: int, e: int, quoted: list[QuotedString]) -> bool:
    """The content from s opens with a quotation and goes on with a coordinated verb phrase after it: the
    quotation is what was said, the rest is another act of the speaker, no indirect statement."""
    first = next((q for q in quoted if s <= q.start < e and not text[s : q.start].strip(" :")), None)
    if first is None or first.end >= e:
        return False
    rest = text[first.end : e].lstrip(" ,–—-").split()
    # the word after the conjunction is a verb ("und ging"), not a noun or article coordinated with the quotation
    return len(rest) >= 2 and rest[0].lower() in _COORDINATORS and rest[1][:1].islower() \
        and rest[1].lower() not in lx.ARTICLES_DE and rest[1].lower() not in lx.PRONOUNS_DE


def _reported_bounds(tokens: list[Token], unit: _Unit, f: Frame, lang: str) -> tuple[int, int]:
    """The clause that reports the statement: from a leading adverbial clause's comma ("Während X ...,
    fordert Y ...") to where a coordinated verb starts another act ("... einen Fehler und rief ...")."""
    start, end = unit.start, unit.end
    if lang != "de":
        return start, end
    cue = _token_at(tokens, unit, f.cue[0])
    if unit.lo < cue and tokens[cue - 1].text == "," and tokens[unit.lo].low in _ADVERBIAL_OPENERS:
        start = tokens[cue].start
    cs = cue
    while cs > unit.lo and tokens[cs - 1].text not in {",", ";", ":", "(", "–"}:
        cs -= 1
    if cs - 1 > unit.lo and tokens[cs - 1].text == "," and new_main_clause(tokens, cs, unit.hi):
        start = tokens[cs].start  # "X kamen, die Polizei spricht von 300": the clause with its own subject
    if cs - 1 > unit.lo and tokens[cs - 1].text == "," and tokens[cs].low in _RELATIVE_OPENERS \
            and (cs + 1 >= unit.hi or not tokens[cs + 1].is_cap):
        ce = cue + 1  # "Notrufe gingen ein, die von Erschütterungen sprachen": only the relative clause reports
        while ce < unit.hi and tokens[ce].text not in {",", ";", ":", ")", "–"}:
            ce += 1
        return tokens[cs].start, tokens[ce - 1].end if ce < unit.hi else end
    last = _token_at(tokens, unit, f.frame_span[1]) if f.frame_span[1] > f.cue[1] else cue + 1
    for k in range(max(cue + 1, last), unit.hi - 1):
        if tokens[k].low in {"und", "sowie"} and tokens[k + 1].text.islower() and tokens[k + 1].is_word \
                and tokens[k + 1].low not in lx.ARTICLES_DE and lemma(tokens[k + 1].text, "de") != tokens[k + 1].low:
            end = tokens[k].start  # "bezeichnete X als Y und forderte ...": a second act begins
            break
    return start, end


_ADVERBIAL_OPENERS = frozenset({"während", "obwohl", "als", "nachdem", "weil", "da", "wenn", "seit", "seitdem"})
_RELATIVE_OPENERS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher"})


def _quote(kind: str, text: str, span: tuple[int, int], f: Frame) -> Quote:
    q = Quote(kind, _span(text, *span))  # type: ignore[arg-type]
    q.cue = _span(text, *f.cue)
    q.speaker = _speaker(text, f.speaker, None)
    q.channel = _span(text, *f.channel) if f.channel else None
    return q


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Keep one quote per content span: the one whose frame names a speaker."""
    out: list[Quote] = []
    for q in quotes:
        dup = next(
            (
                o
                for o in out
                if o.text.start < q.text.end
                and q.text.start < o.text.end
                and min(o.text.end, q.text.end) - max(o.text.start, q.text.start)
                >= 0.5 * max(o.text.end - o.text.start, q.text.end - q.text.start)
            ),
            None,
        )
        if dup is None:
            out.append(q)
        elif dup.speaker is None and q.speaker is not None:
            out[out.index(dup)] = q
    return out


def _free_indirect(
    text: str, tokens: list[Token], unit: _Unit, lang: str, last: Speaker | None, masked: set[int], continues: bool
) -> list[Quote]:
    """A sentence in reported mood (Konjunktiv, reportative "soll") with no frame of its own."""
    if lang != "de":
        return []
    words = [tokens[k].low for k in range(unit.lo, unit.hi) if tokens[k].is_word and k not in masked]
    if "ich" in words:
        return []  # "ich habe", "ich sehe": the first person's indicative, an interview answer, not a report
    subj1 = any(is_subj1(tokens[k].text) for k in range(unit.lo, unit.hi) if k not in masked)
    # strong Konjunktiv II in lower case or opening the sentence ("Kämen sie ..."): mid-sentence nouns with
    # an umlaut ("Umstände", "Schäden") lemmatise like such verbs
    verbs = [tokens[k].low for k in range(unit.lo, unit.hi)
             if tokens[k].is_word and k not in masked and (tokens[k].text.islower() or k == unit.lo)]
    mood = subj1 or continues and not _conditional(words) and any(
        w in lx.SUBJ2_FORMS for w in words) or continues and not _conditional(words) and any(
        strong_subj2(w) for w in verbs)
    hearsay = _hearsay_perfect(tokens, unit, masked)
    if not mood and not (continues and any(w in lx.REPORTATIVE_FORMS for w in words)) and not hearsay:
        return []  # a bare "soll" is as often a plan as a report: only after a statement it continues
    s, e = _trim(text, _mood_clause_start(tokens, unit, masked), unit.end)
    first = _token_at(tokens, unit, s)
    if not mood and not hearsay and first > unit.lo and tokens[first - 1].text == "," \
            and tokens[first].low in _CLAUSE_OPENERS:
        return []  # "..., das bis 2030 gebaut werden soll": a plan for the thing named, not a report
    speaker = (
        None
        if last is None
        else Speaker(last.start, last.end, last.text, last.entity_key, last.anonymous, last.description)
    )
    k = _token_at(tokens, unit, s)
    if k - unit.lo >= 2 and tokens[k - 1].text in {",", ";"}:
        # "Die Behörde vermutet hinter dem Streit, X habe ...": the main clause before names who holds the view,
        # when the report is its content clause; a clause further on ("X kam an, und er wolle ...") reports
        # what the source before said
        rng = clause_subject(tokens, unit.lo, k - 1, unit.lo)
        first = not any(tokens[m].text in {",", ";", ":"} for m in range(unit.lo, k - 1) if m not in masked)
        content = tokens[k].low in _CLAUSE_OPENERS or _opens_reported_clause(tokens, k, unit.hi, masked)
        own = _char_range(tokens, rng) if rng is not None and first and content else None
        if own is not None:
            speaker = _speaker(text, own, None)
    elif k == unit.lo and (own_subject := _indicative_subject(tokens, unit, masked)) is not None:
        speaker = _speaker(text, _char_range(tokens, own_subject), None)
    return [Quote("indirect", _span(text, s, e), None, speaker)]


def _indicative_subject(tokens: list[Token], unit: _Unit, masked: set[int]) -> tuple[int, int] | None:
    """'Auch der Sprecher X, Y, will „…“ prüfen, ob ... solle': a sentence reported as a whole whose main clause
    has its own named subject and an indicative finite verb is that subject's report, not the source before."""
    rng = clause_subject(tokens, unit.lo, unit.hi, unit.lo)
    if rng is None or rng[0] != unit.lo and not (rng[0] == unit.lo + 1 and tokens[unit.lo].low in {"auch", "und"}) \
            or tokens[rng[0]].low in lx.PRONOUNS_DE or not agentive(tokens, rng):
        return None
    v = rng[1]
    while v < unit.hi and tokens[v].is_word and (tokens[v].is_cap or tokens[v].low in _PHRASE_LINKS):
        v += 1  # the rest of the subject's attachment: "der Sprecher der Fraktion im Deutschen Bundestag"
    if v < unit.hi and tokens[v].text == ",":  # "X, Sprecher von Y, will": step over the apposition
        v = next((j + 1 for j in range(v + 1, min(unit.hi, v + 10)) if tokens[j].text == ","), v)
    while v < unit.hi and (not tokens[v].is_word or v in masked):
        v += 1
    if v >= unit.hi or not tokens[v].text.islower() or tokens[v].low in _MOOD_FORMS or is_subj1(tokens[v].text) \
            or not (lemma(tokens[v].text, "de") in lx.SPEECH_VERBS_DE or tokens[v].low in _INDICATIVE_FINITE):
        return None
    return rng


_PHRASE_LINKS = frozenset({"im", "in", "der", "des", "von", "vom", "aus", "für", "am", "beim"})
# Finite forms that are indicative, never a report's mood: the main clause is the reporter's own.
_INDICATIVE_FINITE = frozenset({"will", "wollen", "hat", "haben", "ist", "sind", "wird", "werden", "kann", "können",
                                "muss", "müssen", "möchte", "möchten"})


_PARTICIPLE_PREFIXES = re.compile(r"^(?:ge|(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zurück"
                                  r"|zusammen|dar|durch|um|über)ge|be|ver|zer|ent|er|emp|miss)\w{2,}(?:t|en)$")
_NOT_PARTICIPLES = frozenset({"gegen", "gestern", "genug", "genau", "gerecht", "gesagt"})


def _hearsay_perfect(tokens: list[Token], unit: _Unit, masked: set[int]) -> bool:
    """'soll/sollen' with a perfect infinitive ("soll geholfen haben", "sollen verhaftet worden sein").

    Unlike a bare "soll", which is as often a plan as a report, this form only ever passes on what
    others claim happened, so it marks reported speech with no statement before it.
    """
    idx = [k for k in range(unit.lo, unit.hi) if k not in masked]
    if not any(tokens[k].low in lx.REPORTATIVE_FORMS for k in idx):
        return False
    for a, b in zip(idx, idx[1:], strict=False):
        if tokens[b].low in {"sein", "haben"} and b == a + 1 and (
                tokens[a].low in {"worden", "gewesen"}
                or tokens[a].text.islower() and _PARTICIPLE_PREFIXES.match(tokens[a].low)
                and tokens[a].low not in _NOT_PARTICIPLES):
            return True
    return False


def _conditional(words: list[str]) -> bool:
    """'wenn ... würde', 'falls ... wäre': Konjunktiv II of a condition the reporter states, not reported speech."""
    return any(w in {"wenn", "falls", "sofern", "ob", "als", "sonst", "andernfalls", "sollte"} for w in words)


def _backward(text: str, tokens: list[Token], units: list[_Unit], ui: int, frames: list[Frame],
              lang: str) -> Quote | None:
    """'A. Das teilte X mit.': the previous sentence is X's statement (the corpus span runs to "Das")."""
    unit = units[ui]
    if lang != "de" or ui == 0 or unit.hi - unit.lo < 3 or tokens[unit.lo].low not in {"das", "dies"}:
        return None
    verb = tokens[unit.lo + 1]
    f = next((f for f in frames if f.kind == "verb" and f.cue[0] == verb.start and f.speaker), None)
    prev = units[ui - 1]
    if f is None or "\n\n" in text[prev.end : unit.start]:
        return None
    q = Quote("indirect", _span(text, prev.start, tokens[unit.lo].end), _span(text, *f.cue))
    q.speaker = _speaker(text, f.speaker, None)
    q.channel = _span(text, *f.channel) if f.channel else None
    return q


def _with_these_words(tokens: list[Token], unit: _Unit) -> bool:
    """The sentence opens with 'Mit diesen Worten' and no colon follows: it refers back to the words quoted before."""
    return unit.hi - unit.lo >= 5 and tokens[unit.lo].low == "mit" \
        and tokens[unit.lo + 1].low in {"diesen", "solchen", "jenen"} and tokens[unit.lo + 2].low == "worten" \
        and not any(t.text == ":" for t in tokens[unit.lo : unit.hi])


def _uncovered(found: list[Quote], unit: _Unit) -> bool:
    """No statement found in the unit, or only short direct quotations inside a longer sentence."""
    if any(q.kind != "direct" for q in found):
        return False
    return sum(q.text.end - q.text.start for q in found) < 0.5 * (unit.end - unit.start)


def _mood_clause_start(tokens: list[Token], unit: _Unit, masked: set[int]) -> int:
    """Where the reported part of a sentence begins: at a later clause when the main clause is indicative.

    "..., die behandelt werden müsse": only the relative clause is reported; so is the clause after
    "X hat ausgesagt, dass ... sei" or "X gab an, er sei ...", where the verb of the main clause does
    not mark reported speech. A mood form right after a comma ("Nach dem Bericht, sei ...") is the
    finite verb of the main clause after a fronted phrase: then the whole sentence is reported.
    """
    forms = _MOOD_FORMS
    seg = unit.lo
    seg_words = 0
    clause = unit.lo  # where the clause being read began (after the last comma, semicolon or colon)
    indicative = False  # a finite verb in the indicative stood before that clause: the reporter's own clause
    seen = False  # ... in the clause being read
    for k in range(unit.lo, unit.hi):
        t = tokens[k]
        if k in masked:
            continue
        if t.text in {",", ":", ";"} and k + 1 < unit.hi:
            indicative = indicative or seen
            clause = k + 1
            relative = t.text == "," and tokens[k + 1].low in _CLAUSE_OPENERS
            if relative and seg == unit.lo and _main_verb_after(tokens, k + 1, unit.hi):
                return tokens[unit.lo].start  # "Personen, die X hätten, seien ...": the main clause is reported
            if seg == unit.lo and (relative or seg_words >= 3 and _opens_reported_clause(tokens, k + 1, unit.hi,
                                                                                           masked)):
                seg = k + 1
            elif seg == unit.lo and not indicative:
                return tokens[unit.lo].start  # the first comma opens no subordinate clause: keep it all
        elif t.low in forms or is_subj1(t.text):
            if seg == unit.lo and indicative and k != clause:
                # "Während X verhandelte, war Y davon ausgegangen, dass es ... gebe": after the reporter's own
                # indicative clauses, the clause with the mood form is the report; a mood form right after the
                # comma ("Als X kam, sei ...") is the finite verb of a reported main clause, which is all reported
                return tokens[clause].start
            return tokens[seg].start
        elif t.is_word:
            seg_words += 1
            seen = seen or _indicative_finite(t)
    return tokens[unit.lo].start


_INDICATIVE_AUX = frozenset({"ist", "sind", "war", "waren", "hat", "hatte", "hatten", "wird", "werden", "wurde",
                             "wurden", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten",
                             "gibt", "gab", "gaben", "will", "wollen"})


def _indicative_finite(t: Token) -> bool:
    """A finite verb of the reporter's own clause: an indicative auxiliary or modal, or a lower-case verb in
    the present or past tense ("begrüßte", "kam", "zeigt"); a participle here stands with such an auxiliary."""
    if t.low in _INDICATIVE_AUX:
        return True
    if not t.text.islower() or t.low in _MOOD_FORMS or is_subj1(t.text) or t.low in lx.ARTICLES_DE:
        return False
    lem = lemma(t.text, "de")
    return lem != t.low and lem.endswith("en") and t.low.endswith(("t", "te", "ten", "ß", "m", "b", "g"))


def _main_verb_after(tokens: list[Token], k: int, hi: int) -> bool:
    """After the subordinate clause opening at k, the main clause resumes with a mood form right after a comma."""
    for j in range(k, hi - 1):
        if tokens[j].text == ",":
            return tokens[j + 1].low in _MOOD_FORMS
    return False


def _opens_reported_clause(tokens: list[Token], k: int, hi: int, masked: set[int]) -> bool:
    """'dass ... sei', 'er habe ...', 'die Lage sei ...': a clause whose own finite verb is a mood form."""
    if tokens[k].low in {"dass", "daß", "ob"}:
        return True
    j = k
    if tokens[j].low in lx.PRONOUNS_DE or tokens[j].low in {"wir", "ich", "dies", "das", "diese", "dieser"}:
        j += 1
    else:
        while j < hi and j - k < 6 and (tokens[j].low in lx.ARTICLES_DE or tokens[j].is_cap
                                        or tokens[j].text.islower() and tokens[j].low.endswith(("e", "en", "er"))
                                        and tokens[j].low not in _MOOD_FORMS):
            j += 1
        if j == k or not any(tokens[m].is_cap for m in range(k, j)):
            return False
    return j < hi and j not in masked and (tokens[j].low in _MOOD_FORMS or is_subj1(tokens[j].text))


_MOOD_FORMS = lx.SUBJ1_FORMS | lx.SUBJ2_FORMS | lx.REPORTATIVE_FORMS
_CLAUSE_OPENERS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
                             "welches", "wo", "weil", "da", "obwohl", "wenn", "falls"})


def _merge_free(text: str, quotes: list[Quote], free: set[int]) -> list[Quote]:
    """Consecutive free-indirect sentences are one statement, as the corpus marks them, also across a paragraph
    break: a report in Konjunktiv goes on in the next paragraph when nothing else stands between."""
    out: list[Quote] = []
    for q in quotes:
        # quoted words inside a free-indirect sentence ("Der Rücktritt sei ein „Vorgang“.") sit between it and
        # the next one in text order; they are part of the statement and do not separate the two sentences
        prev = next((o for o in reversed(out) if not (o.kind == "direct" and _inside_free(o, out, q, free))), None)
        if prev is not None and id(q) in free and id(prev) in free and not text[prev.text.end:q.text.start].strip() \
                and _hearsay_only(q.text.text) == _hearsay_only(prev.text.text):
            prev.text = _span(text, prev.text.start, q.text.end)
            continue
        out.append(q)
    return out


def _inside_free(d: Quote, out: list[Quote], q: Quote, free: set[int]) -> bool:
    """The direct quote d lies within a free-indirect statement kept so far or within q."""
    return any(id(o) in free and o.text.start <= d.text.start and d.text.end <= o.text.end + 1
               for o in (*out[-3:], q))


def _hearsay_only(sentence: str) -> bool:
    """Reported by 'soll/sollen' alone, with no Konjunktiv: the corpus keeps such sentences apart from
    Konjunktiv ones around them."""
    words = re.findall(r"\w+", sentence)
    return any(w.lower() in lx.REPORTATIVE_FORMS for w in words) and not any(
        is_subj1(w) or w.lower() in lx.SUBJ2_FORMS for w in words)


def _resolve(quotes: list[Quote], entities: list[Entity] | None) -> list[Quote]:
    """Link speakers to entities: by overlap, and pronouns to the last person named before them."""
    prev: Speaker | None = None
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.text.lower() in lx.ANAPHORIC_ADVERBS_DE and prev is not None:
            sp.entity_key = prev.entity_key  # "Demnach ...": the source of the statement before
            sp.description = prev.text
        elif sp is not None:
            prev = sp
    if not entities:
        return quotes
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.entity_key:
            continue
        sp.entity_key = _entity_at(entities, sp.start, sp.end)
        if sp.entity_key is None and sp.text.lower() in lx.PRONOUNS_DE | lx.PRONOUNS_EN:
            sp.entity_key = _last_person(entities, sp.start)
    return quotes


def _last_person(entities: list[Entity], before: int) -> str | None:
    best: tuple[int, str] | None = None
    for ent in entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if m.end <= before and (best is None or m.end > best[0]):
                best = (m.end, ent.key)
    return best[1] if best else None
