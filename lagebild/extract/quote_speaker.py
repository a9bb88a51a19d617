"""Speaker and channel phrases around a cue word, and whether a speaker is anonymous.

German main clauses put the finite verb second: the speaker is either the first constituent
("Ein Politiker meinte, ...") or the first noun phrase after the verb when something else fills the
first position ("Doch Anfang des Monats erklärte das Büro ..."). These rules read that order off the
tokens; no parser for German ships offline, and the corpus scores show the rules suffice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import simplemma

from lagebild.extract import quote_lexicon as lx
from lagebild.extract.quote_tokens import Token, lemma, noun_like

_CONJ = frozenset({"und", "aber", "doch", "denn", "sondern", "oder", "and", "but", "so"})
_PREP_FIRST = frozenset(
    """
    am im in an auf aus bei mit nach seit von vor zu zur zum während wegen trotz unter über durch für gegen
    ohne um laut gegenüber anfang ende mitte dennoch doch zudem außerdem auch jedoch heute gestern damals
    später zuvor zuletzt bereits inzwischen mittlerweile weiter weiterhin demnach daraufhin dabei dazu
    deshalb daher so dies das hier dort nun jetzt allerdings schließlich zunächst erst noch ebenfalls
    vergangene vergangenen letzte letzten kommenden bislang bisher zugleich gleichzeitig ferner ebenso
    als bezüglich angesichts aufgrund hierzu darauf darüber davor danach ersten erste zum zur um
    in at on after before during yesterday today earlier later also however
    """.split()
)
_AUX = frozenset(
    """
    hat hatte haben hatten habe hätte hätten wird werden wurde wurden würde würden soll sollen will
    wollen kann können muss müssen ließ ließen lässt has had have was were will would
    """.split()
)
_CONNECT_IN_NAME = frozenset({"für", "und", "for", "and", "of", "the", "de", "van", "von", "al", "bin", "el"})
_ATTACH = frozenset({"des", "der", "von", "vom", "aus", "am", "an", "beim", "bei", "of", "at", "from", "with"})
_STOP_CAP = frozenset({"Am", "Im", "In", "Laut", "Nach", "Wie", "Doch", "Dennoch", "Auch", "Zudem"})
_PRONOUN = lx.PRONOUNS_DE | lx.PRONOUNS_EN
# A first constituent opening with these is an object, so the subject follows the verb.
_OBLIQUE = frozenset({"den", "dem", "einen", "einem", "diesen", "diesem", "ihm", "ihnen", "jenem", "jenen", "seinen",
                      "seinem", "ihren", "ihrem", "unseren", "unserem", "meinen", "meinem"})
# Pronouns that are always nominative: right after the finite verb they are its subject, whatever stands first.
_NOMINATIVE_PRONOUN = frozenset({"er", "man", "wir", "ich"})


@dataclass(frozen=True)
class Phrase:
    start: int  # char offsets
    end: int


def _is_adj(tok: Token) -> bool:
    low = tok.low
    return (tok.text.islower() and low not in lx.TEMPORAL_DE and low not in _ATTACH and low not in lx.ARTICLES_DE
            and (low.endswith(("e", "en", "er", "es", "em")) or low[:1].isdigit())
            and not _WEB_NAME.match(low))  # "ndr.de": a web address, no adjective however it ends


def _degree_adverb(tokens: list[Token], j: int) -> bool:
    """The uninflected lower-case word at j qualifies the participle after it ("staatlich kontrollierten",
    "finanziell angeschlagene", "besonders betroffenen"): it belongs to the noun phrase after an article. Only
    before a participle: in "Gründe, die derart tiefe Einschnitte ..." the article is a relative pronoun."""
    tok, nxt = tokens[j], tokens[j + 1]
    return tok.is_word and tok.text.isalpha() and tok.text.islower() and not _is_adj(tok) \
        and tok.low not in lx.TEMPORAL_DE and tok.low not in _ATTACH and tok.low not in lx.ARTICLES_DE \
        and len(tok.low) > 3 and _is_adj(nxt) and PARTICIPLE_ATTRIBUTE.search(nxt.low) is not None


# An inflected participle used as an attribute: "erstellten", "geschaffene", "kontrollierten".
PARTICIPLE_ATTRIBUTE = re.compile(r"(?:t|en)(?:e|en|er|es|em)$")


def noun_phrase(tokens: list[Token], i: int, limit: int, lang: str = "de") -> tuple[int, int] | None:
    """Longest plausible speaker phrase starting at token i (token range, end exclusive)."""
    if i >= limit:
        return None
    j = i
    first = tokens[j]
    if first.low in _PRONOUN and first.is_word:
        return (i, i + 1)
    if lang == "en":
        return _np_en(tokens, i, limit)
    if first.low in _DEMONSTRATIVE and (i + 1 >= limit or not tokens[i + 1].is_cap and not _is_adj(tokens[i + 1])):
        return (i, i + 1)  # "so schrieb diese in einer Stellungnahme": a demonstrative standing for a person
    while j < limit and (tokens[j].low in lx.ARTICLES_DE or tokens[j].low in lx.NUMBER_WORDS
                         or tokens[j].text.isdigit()):
        j += 1
    if j > i and j < limit and tokens[j].low in _ATTRIBUTE_PREPOSITIONS:
        # "die in New York geborene Lopez": an attribute with its own prepositional phrase before the noun
        attr = max((m for m in range(j + 1, min(limit - 1, j + 7)) if _is_adj(tokens[m]) and tokens[m + 1].is_cap
                    and tokens[m + 1].is_word and not tokens[m].low.endswith("es")
                    and all(tokens[n].is_word for n in range(j, m))), default=None)  # the last: the attribute
        if attr is not None:
            j = attr
    # without an article, a word ending like an adjective may be a verb ("dankte den Menschen")
    # "die staatlich kontrollierten Medien": after an article, an uninflected adverb before an adjective is part of it
    while j < limit and (_is_adj(tokens[j]) and (j > i or (j + 1 < limit and tokens[j + 1].is_cap))
                         or j > i and j + 1 < limit and _degree_adverb(tokens, j)):
        j += 1
    head_start = j
    quoted = quoted_name(tokens, j, limit)
    if quoted is not None:
        return (i, quoted)  # "die „Küstenpost“": a name in quotation marks
    if j < limit and _WEB_NAME.match(tokens[j].low) and not tokens[j].is_cap:
        return (i, j + 1)  # "Wie hafenblog.de berichtet": a web address names the source in lower case
    while j < limit and tokens[j].is_cap and tokens[j].is_word:
        j += 1
    if j > head_start and j < limit and _LOWER_BRAND.match(tokens[j].text):
        j += 1  # "des Flugdatendienstes flightradar24": a brand name in lower case with digits after its class
    if j > head_start and not tokens[j - 1].low.endswith(_STATEMENT_HEADS):
        j = quoted_name(tokens, j, limit) or j  # "die Wochenzeitung „Küstenbote“"
    if j == head_start:
        if j > i and _AGE_NOUN.match(tokens[j - 1].low) and tokens[i].low in lx.ARTICLES_DE:
            return (i, j)  # "sagte der 81-jährige": an age written in lower case, used as the noun
        # possessive-genitive names: "Kostins Büro" is covered above (capitalised); nothing found
        return None
    j = _attachments(tokens, j, limit)
    return (i, j)


# Nouns of what was said or testified ('laut Zeugenaussagen', 'nach seinen Worten'): quoted words after them are
# the content, not the name of the source.
_STATEMENT_HEADS = ("aussage", "aussagen", "angaben", "worten", "worte", "zitat", "zitaten")
_AGE_NOUN = re.compile(r"^\d+-jährigen?$|^\d+-jähriger$")
_WEB_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:de|com|net|org|at|ch|eu|info|uk|fr)$")
_LOWER_BRAND = re.compile(r"^[a-z]+[0-9]+[a-z0-9]*$")


def quoted_name(tokens: list[Token], j: int, limit: int) -> int | None:
    """End (exclusive) of a short quoted name starting at j with „ or ", if its words are capitalised."""
    if j >= limit or tokens[j].text not in {"„", "\"", "»"} or j + 1 >= limit or not tokens[j + 1].is_cap:
        return None
    for k in range(j + 2, min(limit, j + 8)):
        if tokens[k].text in {"“", "\"", "«"}:
            return k + 1
        if not tokens[k].is_word and tokens[k].text not in {"-", ".", "&"}:
            return None
    return None


def _attachments(tokens: list[Token], j: int, limit: int) -> int:
    """Extend over up to two genitive or 'von' attachments ("des Zentrums für ...", "von Donald Trump")."""
    for _ in range(2):
        if j >= limit or tokens[j].low not in _ATTACH:
            return j
        if j + 1 < limit and tokens[j + 1].low in lx.TEMPORAL_DE:
            return j  # "am Freitag": a time, not part of the speaker
        k = j + 1
        while k < limit and (tokens[k].low in lx.ARTICLES_DE or _is_adj(tokens[k])):
            k += 1
        named = quoted_name(tokens, k, limit)
        if named is not None:
            j = named  # "der Sektion von „Ärzte im Einsatz“": a quoted name as the attachment
            continue
        m = k
        while m < limit and tokens[m].is_word and (
            tokens[m].is_cap or (tokens[m].low in _CONNECT_IN_NAME and m + 1 < limit)
            or (_is_adj(tokens[m]) and any(t.is_cap for t in tokens[m + 1:min(limit, m + 4)])
                and not (m > k and tokens[m - 1].is_cap))  # "von der Marine gute Fortschritte": a new phrase
        ):
            m += 1
        while m > k and not tokens[m - 1].is_cap:
            m -= 1
        if m == k:
            return j
        j = m
    return j


def _np_en(tokens: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    j = i
    while j < limit and tokens[j].is_word and tokens[j].low not in lx.SPEECH_VERBS_EN and (
        j == i or tokens[j].low not in {"on", "in", "at", "to", "that", "who", "when", "after", "before"}
    ):
        j += 1
        if j - i >= 8:
            break
    return (i, j) if j > i else None


def speaker_around(tokens: list[Token], pivot: int, clause_start: int, clause_end: int,
                   lang: str = "de") -> tuple[int, int] | None:
    """Speaker token range for a cue whose finite verb sits at `pivot` within the clause."""
    k = clause_start
    while k < pivot and (not tokens[k].is_word or tokens[k].low in _CONJ or tokens[k].low in _FOCUS
                         and k + 1 < pivot and (tokens[k + 1].low in _PRONOUN or tokens[k + 1].low in lx.ARTICLES_DE
                                                or tokens[k + 1].is_cap and tokens[k + 1].is_word)):
        k += 1  # "Auch sie forderten ...": a focus particle before the subject
    if lang == "en":
        if k < pivot:
            return (k, pivot) if pivot - k <= 10 else (pivot - 4, pivot)
        return noun_phrase(tokens, _skip_fillers(tokens, pivot + 1, clause_end), clause_end, lang)
    if pivot - 1 > k + 1 and tokens[pivot - 1].low == "und" \
            and not (pivot + 1 < clause_end and tokens[pivot + 1].low in _NOMINATIVE_PRONOUN):
        # "befand X das als richtig und nannte den Plan „…“": a verb coordinated after 'und' shares the subject
        # of the first verb; the phrase after it is its object
        first = clause_subject(tokens, k, pivot - 1, k)
        if first is not None:
            return first
    conj = next((u for u in range(pivot - 2, k, -1) if tokens[u].low in {"und", "aber", "doch", "denn"}), None)
    if conj is not None and not tokens[pivot].low.startswith(_JOINED_PARTICLES) \
            and noun_phrase(tokens, conj + 1, pivot, lang) == (conj + 1, pivot) \
            and (tokens[conj + 1].low in lx.ARTICLES_DE or tokens[conj + 1].is_cap) \
            and any(_lower_verb(tokens[m]) and tokens[m].low not in _ALL_PREPOSITIONS
                    and not (_is_adj(tokens[m]) and tokens[m + 1].is_cap) for m in range(k + 1, conj)):
        # "Dies war nicht der erste Streit und die Anwohner befürchten, dass ...": a main clause coordinated
        # after the first one, with its own subject right before its verb
        return (conj + 1, pivot)
    if pivot + 1 < clause_end and tokens[pivot + 1].low in _NOMINATIVE_PRONOUN and k < pivot:
        return (pivot + 1, pivot + 2)  # "Die Arbeit der Koalition lobte er": a fronted object
    if k < pivot and tokens[k].low in _SUBORDINATORS \
            and not _verb_second(tokens, pivot, clause_end):
        j = k + 1
        while j < pivot - 1 and (tokens[j].low in _FOCUS or tokens[j].low in {"schon", "bereits", "zuvor"}):
            j += 1  # "Wie schon die Behörde sagte": a particle before the subject
        return noun_phrase(tokens, j, pivot, lang)  # a subordinate clause: its subject follows the opener
    if k < pivot and _opens_subject(tokens, k, pivot):
        np = noun_phrase(tokens, k, pivot, lang)
        if np is not None and _time_span(tokens, np):
            np = None  # "Wenige Stunden nach dem Sturm erklärte X": a span of time fills the first place
            k = pivot
        if np is not None:
            return _agent_after(tokens, np, pivot, clause_end) or np
        if k + 1 == pivot and tokens[k].low in _DEMONSTRATIVE:
            return (k, k + 1)  # "Dieser behauptete, ...": a demonstrative standing for the last person
    after = _skip_fillers(tokens, pivot + 1, clause_end)
    if after < clause_end and tokens[after].low in _OBLIQUE and not (k < pivot and tokens[k].is_cap):
        return None  # "verlangte den Rückzug": an object; the subject stood before the clause
    return noun_phrase(tokens, after, clause_end, lang)


_AGENT_HEADS = (lx.ANON_ROLE_HEADS_DE + lx.OFFICIAL_HEADS_DE + lx.POLITICIAN_HEADS + lx.EXPERT_HEADS
                + lx.THINK_TANK_HEADS + lx.ORG_HEADS_DE + lx.MEDIA_NOUNS_DE
                + ("papst", "kanzler", "chef", "chefin", "führer", "führerin", "schutz", "leiter", "leiterin",
                   "direktor", "direktorin", "richter", "richterin", "anwalt", "anwältin", "verteidiger", "kommissar",
                   "kommissarin", "beauftragte", "beauftragter", "fraktion", "gewerkschaft", "verband", "bund",
                   "union", "institut", "kammer",
                   # scholars by their field ("der Theologe", "die Soziologin", "den Historikern")
                   "theologe", "theologen", "theologin", "soziologe", "soziologen", "soziologin", "politologe",
                   "politologen", "politologin", "psychologe", "psychologen", "psychologin", "virologe", "virologen",
                   "virologin", "historiker", "historikerin", "historikern", "jurist", "juristen", "juristin",
                   "ökonomen"))


_FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "ebenso", "ebenfalls"})
_SUBORDINATORS = frozenset({"wie", "was", "as", "nachdem", "weil", "obwohl", "während", "da", "als", "zumal", "dass",
                            "daß", "ob", "wenn", "falls", "sodass", "bevor", "seit", "seitdem", "indem", "sofern"})
_ADVERB_FIRST = _PREP_FIRST - frozenset(
    """
    am im in an auf aus bei mit nach seit von vor zu zur zum während wegen trotz unter über durch für gegen ohne
    um laut gegenüber als bezüglich angesichts aufgrund anfang ende mitte vergangene vergangenen letzte letzten
    kommenden ersten erste das dies at on after before during
    """.split()
)
_PREPOSITIONS = frozenset({"über", "für", "gegen", "mit", "zu", "zum", "zur", "bei", "nach", "um", "in", "im", "auf",
                           "an", "unter", "vor", "seit", "durch", "ohne", "wegen", "trotz", "bezüglich"})
# before an attribute with its own phrase: "die in New York geborene X", "die aus Kiel stammende X"
_ATTRIBUTE_PREPOSITIONS = _PREPOSITIONS | {"aus", "von", "vom"}
_PERSON_HEADS = (lx.OFFICIAL_HEADS_DE + lx.POLITICIAN_HEADS + lx.EXPERT_HEADS
                 + ("sprecher", "vorsitzende", "vorsitzender", "leiter", "chef", "direktor", "präsident", "kanzler",
                    "minister", "bürgermeister", "richter", "anwalt", "verteidiger", "kommissar", "papst"))
_SINGLE_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre", "dieser", "diese",
                                 "dieses", "jeder", "jede", "jedes", "deren", "dessen"})


def _personish(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Whether a phrase can name someone who speaks: a pronoun, a bare name, a role or an organisation.

    A cheap stand-in for animacy (no German parser or NER is available to these rules): common-noun
    phrases with an article ("Die praktische Anwendung der Regel") are things, not speakers.
    """
    first = tokens[np[0]]
    if first.low in _PRONOUN or first.low not in lx.ARTICLES_DE and not _is_adj(first):
        return True
    j = np[0] + 1
    caps: list[Token] = []
    while j < np[1] and tokens[j].low not in _ATTACH:
        if tokens[j].is_cap and tokens[j].low not in lx.ARTICLES_DE:
            caps.append(tokens[j])
        j += 1
    if len(caps) >= 2:
        return True  # "der Minister Jan Oltmanns", "die Europäische Union"
    return bool(caps) and _ends_with(caps[-1].text, _AGENT_HEADS)


def agentive(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Whether a subject phrase can be someone who speaks, read strictly: a pronoun, a role, an organisation,
    a name or an acronym. Used where a subject is only guessed to speak (no cue verb in sight); without a
    tagger, a capitalised word unknown to the lemma tables is taken for a name.
    """
    if tokens[np[0]].low in _PRONOUN:
        return tokens[np[0]].low != "es"  # "Es gab ...", "Es sei ...": a placeholder, no one who speaks
    for t in tokens[np[0]:np[1]]:
        if not t.is_cap or t.low in lx.ARTICLES_DE or t.low in lx.NUMBER_WORDS:
            continue
        if t.text.isupper() and len(t.text) >= 2 or not simplemma_known(t.text) or _ends_with(t.text, _AGENT_HEADS):
            return True
    return False


def simplemma_known(word: str) -> bool:
    return bool(simplemma.is_known(word, "de"))


def _agent_after(tokens: list[Token], np: tuple[int, int], verb: int, ce: int) -> tuple[int, int] | None:
    """'Den Ärger brachte die Sprecherin X zum Ausdruck': a fronted thing, the speaker after the verb."""
    if tokens[np[0]].low not in _SINGLE_DETERMINERS or _personish(tokens, _head_part(tokens, np)):
        return None
    if verb >= ce or tokens[verb].low in _PREP_FIRST or tokens[verb].low in lx.TEMPORAL_DE:
        return None  # "Seine Meinung zu X:": no finite verb follows the phrase
    after = _skip_fillers(tokens, verb + 1, ce)
    alt = noun_phrase(tokens, after, ce)
    if alt is None or not _personish(tokens, alt):
        return None
    first = tokens[alt[0]].low
    if first in _PRONOUN:
        return alt if first in _NOMINATIVE_PRONOUN else None  # "nannte sie": "sie" may be the object
    if agentive(tokens, _head_part(tokens, np)):
        return None  # "Die Sprecherin ... nannte X": an agent up front stays the subject
    if first == "der":  # nominative masculine or a feminine object ("warfen der Behörde X vor"): people only
        heads = [t for t in tokens[alt[0]:alt[1]] if t.is_cap]
        named = len(heads) >= 2 and not (simplemma_known(heads[-1].text) and simplemma_known(heads[-2].text))
        return alt if heads and (_ends_with(heads[0].text, _PERSON_HEADS) or named) else None
    if first in lx.DEFINITE_DE and first not in _OBLIQUE:
        return alt  # "brachte die Sprecherin X zum Ausdruck"
    bare_caps = [t for t in tokens[alt[0]:alt[1]] if t.is_cap and t.low not in _ATTACH]
    if first in lx.ARTICLES_DE:
        return None
    return alt if len(bare_caps) >= 2 or agentive(tokens, alt) else None  # "... bezeichnete Oltmanns als fatal"


def _head_part(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The phrase up to its head noun, without the attachments after it.

    A name in an attachment ('Die Äußerungen Kramers', 'Die Entwicklung im Iran') does not make the fronted
    thing an agent; only its own head can.
    """
    head: Token | None = None
    for k in range(np[0], np[1]):
        t = tokens[k]
        if t.is_cap and t.is_word and t.low not in lx.ARTICLES_DE:
            if head is not None and t.text.endswith("s") and simplemma_known(head.text) \
                    and not _ends_with(head.text, _AGENT_HEADS):
                return (np[0], k)  # "Die Äußerungen Kramers": a name in the genitive after a thing
            head = t
        elif head is not None:
            return (np[0], k)  # "Die Entwicklung im Iran": an attachment after the head
    return np


# Heads of a fronted span of time ("Zwei Tage später", "Wenige Stunden nach dem Sturm"), never a speaker.
_SPAN_NOUNS = frozenset({"sekunden", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche", "wochen",
                         "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jahrzehnt", "jahrzehnte"})


def _time_span(tokens: list[Token], np: tuple[int, int]) -> bool:
    """The phrase is a quantity of time: a number or quantifier, then a time noun as its head."""
    heads = [t for t in tokens[np[0]:np[1]] if t.is_cap and t.is_word and t.low not in lx.ARTICLES_DE]
    if not heads or heads[-1].low not in _SPAN_NOUNS or len(heads) > 2:
        return False
    first = tokens[np[0]]
    return first.text.isdigit() or first.low in lx.NUMBER_WORDS or first.low in _QUANTIFIERS


# with lx.NUMBER_WORDS ("zwei", "zehn"), the words that open a quantity
_QUANTIFIERS = frozenset({"wenige", "wenigen", "einige", "einigen", "mehrere", "mehreren", "viele", "vielen",
                          "ein", "eine", "einen"})


def _verb_second(tokens: list[Token], pivot: int, clause_end: int) -> bool:
    """Words after the finite verb: a main clause with a fronted phrase ("Als Begründung sagte X")."""
    return sum(1 for t in tokens[pivot + 1 : clause_end] if t.is_word) >= 2


def _opens_subject(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether the first constituent at k can be the subject: not a preposition, adverb or object."""
    low = tokens[k].low
    if low in {"das", "dies", "dieses", "diese"} and k + 1 < limit and (
        tokens[k + 1].is_cap or _is_adj(tokens[k + 1]) or quoted_name(tokens, k + 1, limit) is not None
    ):
        return True  # "Das russische Außenministerium erklärte", "Das „Sturmzentrum“ geht davon aus": an article
    if _fronted_adverbial(tokens, k, limit):
        return False  # "Besorgt äußerte sich X", "Offiziell geht X davon aus": a fronted adverbial
    if low == "des" and k + 1 < limit and tokens[k + 1].low in {"weiteren", "öfteren", "nachts", "morgens"}:
        return False  # "Des Weiteren verwies X darauf": an adverb in the genitive
    return low not in _PREP_FIRST and tokens[k].text not in _STOP_CAP and low not in _OBLIQUE


def _fronted_adverbial(tokens: list[Token], k: int, limit: int) -> bool:
    """A capitalised uninflected non-noun standing alone before a lower-case word: "Besorgt", "Dagegen".

    Inflected forms ("Vertraute der Insassen") may be nominalised adjectives and stay candidates.
    """
    tok = tokens[k]
    low = tok.low
    if not tok.is_cap or low in _PRONOUN or low in lx.ARTICLES_DE or low in lx.NUMBER_WORDS or low in _DETERMINER:
        return False
    if k + 1 < limit and (tokens[k + 1].is_cap or not tokens[k + 1].is_word):
        return False
    if noun_like(tok.text) or _capitalised_mid_sentence(tokens, tok.text):
        return False  # "Gall sagte": a name that happens to be a word, capitalised elsewhere too
    return not low.endswith(("e", "en", "er", "es", "em")) or lemma(tok.text, "de") == low


def _capitalised_mid_sentence(tokens: list[Token], word: str) -> bool:
    return any(t.text == word and k > 0 and tokens[k - 1].text not in _SENT_END for k, t in enumerate(tokens))


_SENT_END = frozenset({".", "!", "?", ":", "„", "“", "”", '"', "»", "«"})
_DETERMINER = frozenset({"sowohl", "weder", "entweder", "jeder", "jede", "jedes", "wenige", "einzelne", "mehr",
                         "dieser", "diese", "letzterer", "letztere", "ersterer", "erstere", "jener", "jene",
                         "ich", "wir", "ihr", "du", "welche", "welcher"})
_DEMONSTRATIVE = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere", "ersterer", "erstere"})
_SEP = frozenset({",", ".", ":", ";", "(", ")", "„", "“", "”", '"', "»", "«", "!", "?"})


_RELATIVE_OPENERS = frozenset({"der", "die", "das", "welcher", "welche", "welches", "dessen", "deren"})
_SENT_STOPS = frozenset({".", "!", "?", "“", "”", '"', "«", "»"})


def apposition_subject(tokens: list[Token], comma: int, lo: int, depth: int = 0) -> tuple[int, int] | None:
    """'Tegaye Mununhe, der Polizeichef der Region, sagte': the subject ends at the comma before the verb.

    Two comma-separated noun phrases opening the sentence, the second in apposition to the first
    (or a relative clause, which is then left out).
    """
    b = _phrase_start(tokens, comma, lo)
    if b == comma or b - 1 <= lo or tokens[b - 1].text != ",":
        return None
    if tokens[b].low in _RELATIVE_OPENERS and depth == 0:
        # "X, der Minister, der zurzeit den Vorsitz hat, sagte": a relative clause after the apposition
        behind = apposition_subject(tokens, b - 1, lo, 1)
        if behind is not None:
            return behind
    a = _phrase_start(tokens, b - 1, lo)
    first_end = b - 1
    if a > lo and tokens[a - 1].text == "," and depth == 0 and tokens[a].low not in _RELATIVE_OPENERS:
        # "Der Vorsitzende von X, Nachfolgerin von Y, Frank Z, würdigte": two appositions after the subject
        middle = noun_phrase(tokens, a, b - 1)
        a0 = _phrase_start(tokens, a - 1, lo)
        if middle is not None and middle == (a, b - 1) and (a0 == lo or tokens[a0 - 1].text in _SENT_STOPS):
            a, first_end = a0, a - 1
    if a > lo and tokens[a - 1].text not in _SENT_STOPS and not _asyndetic_subject(tokens, a, first_end, b, comma, lo):
        return None
    if a < first_end and tokens[a].low in {"wie", "und", "aber", "doch", "auch"}:
        a += 1
    first = noun_phrase(tokens, a, first_end)
    if first is None or first[0] != a or first_end - a > 16 or not _opens_subject(tokens, a, first_end):
        return None
    second = noun_phrase(tokens, b, comma)
    if second is not None and (second[1] >= comma - 1 or _parenthetical(tokens, second[1], comma)):
        return (a, comma)
    return first


def _asyndetic_subject(tokens: list[Token], a: int, first_end: int, b: int, comma: int, lo: int) -> bool:
    """'Die Ministerin wies das zurück, die Sprecherin der Fraktion, Sandra X (Grüne), erklärte: „…“': after a
    main clause and its comma, a definite noun phrase and a capitalised apposition before the verb open a new
    main clause; they are its subject, not the tail of a list."""
    if tokens[a - 1].text != "," or tokens[a].low not in lx.DEFINITE_DE or not tokens[b].is_cap:
        return False
    if noun_phrase(tokens, a, first_end) != (a, first_end):
        return False
    second = noun_phrase(tokens, b, comma)
    if second is None or not (second[1] == comma or _parenthetical(tokens, second[1], comma)):
        return False
    start = a - 1
    while start > lo and tokens[start - 1].text not in _SENT_STOPS and tokens[start - 1].text not in {";", ":"}:
        start -= 1
    return any(_lower_verb(tokens[m]) and tokens[m].low not in _ALL_PREPOSITIONS and not _is_adj(tokens[m])
               for m in range(start + 1, a - 1))


def _phrase_start(tokens: list[Token], end: int, lo: int) -> int:
    """Start of the comma-free stretch ending at `end`, stepping over "(SPD)" and quoted names."""
    k = end
    while k > lo and tokens[k - 1].text not in _SEP or k > lo and _bracket_open(tokens, k - 1, lo) is not None:
        j = _bracket_open(tokens, k - 1, lo)
        k = j if j is not None else k - 1
    return k


def _bracket_open(tokens: list[Token], close: int, lo: int) -> int | None:
    """Index of the "(" or opening quote that the ")" or closing quote at `close` pairs with, if near."""
    pairs = {")": "(", "“": "„", "»": "«", "«": "»"}
    opener = pairs.get(tokens[close].text)
    if opener is None:
        return None
    for j in range(close - 1, max(lo, close - 10) - 1, -1):
        if tokens[j].text == opener:
            return j if j < close - 1 and j > lo and tokens[j - 1].text not in {".", ":"} else None
        if tokens[j].text in {",", ".", ";", ":"}:
            return None
    return None


def _parenthetical(tokens: list[Token], k: int, end: int) -> bool:
    return k < end and tokens[k].text == "(" and tokens[end - 1].text == ")"


# Lower-case words after a comma that do not open a main clause with its finite verb.
_NOT_FINITE = frozenset({"und", "oder", "aber", "sondern", "denn", "der", "die", "das", "dem", "den", "des", "ein",
                         "eine", "einen", "einem", "einer", "eines", "dass", "daß", "wie", "wo", "was", "welche",
                         "welcher", "welches", "so", "als", "um", "ohne", "statt", "sowie", "bis", "weil", "wenn",
                         "ob", "nachdem", "obwohl", "während", "da", "zu", "er", "sie", "es", "man", "wir", "ich"})


def clause_subject(tokens: list[Token], cs: int, ce: int, lo: int) -> tuple[int, int] | None:
    """Subject of a German main clause whose finite verb is not known: V2 order read off the tokens."""
    if cs > lo and tokens[cs - 1].text == ",":
        appo = apposition_subject(tokens, cs - 1, lo)
        if appo is None and tokens[lo].low in _SUBORDINATORS and cs < ce and tokens[cs].is_word \
                and tokens[cs].text.islower() and tokens[cs].low not in _NOT_FINITE:
            # "Als X kam, biss der Kapitän ... und rief": the subordinate clause fills the first place,
            # the finite verb follows its comma and the subject comes after the verb
            return noun_phrase(tokens, _skip_fillers(tokens, cs + 1, ce), ce)
        return appo
    k = cs
    while k < ce and (not tokens[k].is_word or tokens[k].low in _CONJ) \
            and not (tokens[k].low == "so" and k + 1 < ce and _lower_verb(tokens[k + 1])):
        k += 1  # "So fassten die Grünen den Beschluss": 'so' before a verb is the adverb in the first place
    if k + 1 < ce and tokens[k].low in _FOCUS and (tokens[k + 1].low in lx.ARTICLES_DE
                                                   or tokens[k + 1].low in _PRONOUN):
        k += 1  # "Auch der Sprecher, X, will ...": a focus particle before the subject, as in speaker_around
    if k >= ce:
        return None
    if tokens[k].low in _PRONOUN:
        return (k, k + 1)
    if tokens[k].low in _FRONT_SUBORDINATORS:
        after = _main_after_subordinate(tokens, k, ce)
        if after is not None:
            return after
    if _opens_subject(tokens, k, ce):
        np = noun_phrase(tokens, k, ce)
        if np is not None and np[1] < ce and tokens[np[1]].is_word and not tokens[np[1]].is_cap:
            return _agent_after(tokens, np, np[1], ce) or np
        return np
    # a fronted phrase: skip it up to the finite verb, the first lower-case word after its noun
    j = k + 1
    seen_noun = False
    if (tokens[k].low in _ADVERB_FIRST or tokens[k].low not in _PREP_FIRST and _fronted_adverbial(tokens, k, ce)) \
            and j < ce and tokens[j].text.islower() and tokens[j].low not in _PREP_FIRST \
            and tokens[j].low not in lx.ARTICLES_DE and tokens[j].low not in lx.TEMPORAL_DE:
        return noun_phrase(tokens, _skip_fillers(tokens, j + 1, ce), ce)  # "Hier sparte die Kapitänin nicht mit Kritik"
    while j < ce:
        t = tokens[j]
        if t.is_cap or t.text.isdigit():
            seen_noun = True
        elif t.is_word and t.low not in lx.ARTICLES_DE and t.low not in _ATTACH and t.low not in _PREPOSITIONS \
                and (seen_noun or not _is_adj(t)):
            break  # the finite verb; prepositions inside the phrase ("Den Ärger über X brachte ...") are skipped
        j += 1
    if j >= ce or tokens[j].low in lx.ARTICLES_DE:
        return None
    return noun_phrase(tokens, _skip_fillers(tokens, j + 1, ce), ce)


# Conjunctions that open a verb-final clause standing first in the sentence ("Da X ... sind, warnte Y").
_FRONT_SUBORDINATORS = frozenset({"da", "weil", "obwohl", "nachdem", "wenn", "falls", "bevor", "zumal", "sofern"})


def _main_after_subordinate(tokens: list[Token], k: int, ce: int) -> tuple[int, int] | None:
    """'Da Brauereien auf Wasser angewiesen sind, warnte der Verband ...': a subordinate clause fills the first
    place; the finite verb opens the stretch after its comma and the subject follows the verb. Without this,
    the capitalised conjunction reads as the first word of a name ("Da Brauereien")."""
    for j in range(k + 2, ce - 2):
        if tokens[j].text in {".", ";", ":", "„", "“", "»", "«"}:
            return None
        if tokens[j].text == "," and tokens[j + 1].is_word and tokens[j + 1].text.islower() \
                and tokens[j + 1].low not in _NOT_FINITE and tokens[j + 1].low not in _PREP_FIRST:
            return noun_phrase(tokens, _skip_fillers(tokens, j + 2, ce), ce)
    return None


# A finite verb written with its particle ("auffordert") stands at the end of a subordinate clause, never second.
_JOINED_PARTICLES = ("auf", "an", "aus", "ein", "mit", "vor", "hinzu", "fest", "bekannt", "zurück", "hervor")
_ALL_PREPOSITIONS = _ATTRIBUTE_PREPOSITIONS | _ATTACH | {"vom", "beim", "ins", "ans", "aufs", "zur", "zum", "im", "am"}


def _lower_verb(tok: Token) -> bool:
    """A lower-case word that can be a finite verb: no article, pronoun, preposition or conjunction."""
    return tok.is_word and tok.text.islower() and tok.low not in lx.ARTICLES_DE and tok.low not in _PRONOUN \
        and tok.low not in _PREP_FIRST and tok.low not in _CONJ and tok.low not in _NOT_FINITE


_TIME_NOUNS = frozenset({"woche", "monat", "monats", "jahr", "jahres", "tag", "tage", "morgen", "abend", "nacht",
                         "wochenende", "zeit", "saison", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                         "samstag", "sonntag"})


def _skip_fillers(tokens: list[Token], j: int, limit: int) -> int:
    """Skip adverbs, time phrases and a 'gegenüber X' channel that may precede an inverted subject."""
    while j < limit:
        low = tokens[j].low
        if low in {"gegenüber", "in", "bei", "auf", "mit", "vor", "nach", "unter", "über", "seit", "während",
                   "beim", "vom", "zum", "zur"}:
            rng = noun_phrase(tokens, j + 1, limit)  # "sagte in einem Interview": not the speaker
            j = rng[1] if rng else j + 1
        elif low in {"dieser", "diese", "dieses"} and not (j + 1 < limit and tokens[j + 1].low in _TIME_NOUNS):
            break  # "so schrieb diese in ...": a demonstrative subject, not "diese Woche"
        elif low in {"am", "im", "anfang", "ende", "mitte", "vergangene", "vergangenen", "letzte",
                     "letzten", "dieser", "diese", "dieses"} or (
            low in lx.TEMPORAL_DE and low not in lx.ARTICLES_DE
        ):
            j += 1
            if low in {"am", "im", "anfang", "ende", "mitte"} and j < limit and tokens[j].is_cap:
                j += 1
        elif low in {"des", "monats", "jahres", "woche", "sich", "etwa", "beispielsweise"}:
            j += 1  # also the reflexive of "äußerte sich X" and a particle before an example ("hat sich etwa X")
        else:
            break
    return j


def channel_after(tokens: list[Token], start: int, limit: int, lang: str = "de") -> tuple[int, int] | None:
    """The addressee of a statement: 'gegenüber NBC News', 'der Nachrichtenagentur AFP', 'told Reuters'."""
    j = start
    while j < limit:
        low = tokens[j].low
        if low == "gegenüber" or (lang == "en" and low in {"told", "tells", "tell"}):
            return noun_phrase(tokens, j + 1, limit, "de") or _np_en(tokens, j + 1, limit)
        if low in {"zu"} and j + 1 < limit and _is_media(tokens, j + 1, limit):
            return noun_phrase(tokens, j + 1, limit)
        if low in {"der", "dem"} and _is_media(tokens, j, limit) and j > start:
            return noun_phrase(tokens, j, limit)
        if low in {"interview", "gespräch"} and j + 1 < limit and tokens[j + 1].low in {"mit", "with"}:
            return noun_phrase(tokens, j + 2, limit, "de")
        j += 1
    return None


def _is_media(tokens: list[Token], i: int, limit: int) -> bool:
    words = " ".join(t.text for t in tokens[i:min(limit, i + 5)])
    low = words.lower()
    if any(n in low for n in lx.MEDIA_NOUNS_DE):
        return True
    return any(words.startswith(m) or f" {m}" in words[:40] for m in lx.NEWS_AGENCIES + lx.NEWS_OUTLETS)


def head_word(text: str) -> str:
    """The last word before any attachment: the noun a German phrase is about."""
    words = [w for w in text.replace(",", " ").split() if w]
    out = ""
    for w in words:
        if w.lower() in _ATTACH and out:
            break
        if w[:1].isupper():
            out = w
    return out or (words[-1] if words else "")


def _ends_with(word: str, heads: tuple[str, ...]) -> bool:
    low = word.lower().strip(".,;:")
    return any(low == h or low.endswith(h) or low.endswith("-" + h) for h in heads)


_INDEFINITE_EN = frozenset({"a", "an", "one", "another", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine", "ten", "several", "some", "many", "multiple", "numerous"})


def is_anonymous(phrase: str, has_entity: bool) -> bool:
    """A speaker phrase with no proper name: an indefinite, numbered or plural role noun."""
    words = phrase.split()
    if words and words[0].lower().strip(",;:") not in _PRONOUN and lx.ANONYMITY_MARKERS.search(phrase):
        return True  # "two members of the delegation, who spoke on condition of anonymity": said in so many words
    if not words:
        return False
    if _ends_with_named_apposition(phrase):
        return False  # "Der Sprecher der Hafenbehörde, Jonas Brandt", "A spokesman, Jonas Brandt": named after all
    # English: "a senior U.S. official", "a senior official at the ministry", "two people familiar with the talks"
    bare = [w.strip(",;") for w in words]
    core = next((bare[:k] for k in range(1, len(bare)) if bare[k].lower() in lx.ATTACH_WORDS_EN), bare)
    en_head = core[-1].lower() in lx.ANON_ROLE_HEADS_EN or core[-1].lower() in lx.UNNAMED_PERSON_HEADS_EN
    if en_head and len(core) > 1 and core[0].lower() in _INDEFINITE_EN:
        return True  # "a Vardeland official", "two Norlandian diplomats": a named person takes no "a"
    if has_entity or words[0].lower() in _PRONOUN:
        return False
    if en_head and words[0].lower() not in lx.ARTICLES_DE:  # German capitalises every noun: read it below
        return not any(w[:1].isupper() and not (w.replace(".", "").isupper() and len(w) <= 4)
                       for w in core[1:])
    head = head_word(phrase)
    if not (_ends_with(head, lx.ANON_ROLE_HEADS_DE) or _ends_with(head, lx.ANON_ROLE_HEADS_EN)):
        return False
    # a capitalised word right after the head that is not an attachment is a name in apposition
    seen_head = False
    for w in words:
        if seen_head:
            if w.lower() in _ATTACH:
                return True
            if w[:1].isupper():
                return False
        if w == head:
            seen_head = True
    # a name before the head ("Kremlsprecher Dmitri Peskow" is handled above, "Peskows Sprecher" here)
    before = words[: words.index(head)] if head in words else []
    if before and before[0].lower().endswith(("e", "en", "er", "es", "em")):
        before = before[1:]  # a capitalised adjective opening a sentence: "Hochrangige Beamte"
    return not any(w[:1].isupper() and w.lower() not in lx.ARTICLES_DE and w.lower() not in lx.NUMBER_WORDS
                   and not w.endswith("-") and "-" not in w for w in before)


def _ends_with_named_apposition(phrase: str) -> bool:
    """The phrase closes with a name in apposition after a comma: two or more capitalised words that are
    no role nouns ("…, Jonas Brandt"), so whatever the role before says, the speaker is named."""
    if "," not in phrase:
        return False
    tail = phrase.rsplit(",", 1)[1].split()
    if not 2 <= len(tail) <= 4:
        return False
    return all(
        w[:1].isupper() and w.lower() not in lx.ARTICLES_DE and not _ends_with(w, lx.ANON_ROLE_HEADS_DE)
        and w.lower() not in lx.ANON_ROLE_HEADS_EN
        for w in tail
    )


skip_fillers = _skip_fillers  # public name for the quote rules that look past an inverted verb
