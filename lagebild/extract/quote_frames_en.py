"""Attribution frames of English news sentences: who said what, to whom, in which words.

The German frame rules (`quote_frames`) read verb-second clauses, Konjunktiv and "laut"; English
newswire attributes differently, and almost always with a handful of patterns:

- forward: "X said (on Tuesday) (that) ...", "X told Reuters (that) ...", "X said in a statement ..."
  — the complement clause often has no "that" at all ("Officials said the toll had risen");
- postposed: "..., X said (on Tuesday)." and inverted "..., said X, the agency's chief.";
- inserted: "The terminals, X said, will stay closed.";
- prepositional: "According to X, ..." / "..., according to X." and "..., citing X."

No English parser ships offline with lagebild (spaCy's English models are a download), so these are read
from the token sequence with small word lists: subject phrases are cut at commas, appositions and
relative clauses; adverbials after the verb ("on Tuesday", "in an interview with X", "last week") are
stepped over; a complement without "that" must hold a finite verb form, so "said a prayer" or "told the
story" give no statement. Frames carry the same fields as the German ones, so everything downstream
(direct quotations, speakers, channels, sourcing chains) treats both languages alike.
"""

from __future__ import annotations

import re

from lagebild.extract import quote_lexicon as lx
from lagebild.extract.quote_frames import Frame, _char_span, _prep_frame, _strip_end
from lagebild.extract.quote_tokens import Token

# Forms that are nouns at least as often as verbs ("media reports said", "the claims"): a cue only where the
# statement follows right away ("reports that", "claims:") or a pronoun is their subject ("it reports that").
_NOUN_LIKE = frozenset({"report", "reports", "claims", "notes", "states", "estimates", "fears", "tweets",
                        "replies", "responses", "estimate", "note", "claim", "fear", "tweet", "reply"})
# Verbs whose object is the addressee ("told Reuters", "assured investors"): the object is read before the content.
_TELL = frozenset({"tell", "told", "tells", "telling", "assure", "assured", "assures", "inform", "informed",
                   "informs", "remind", "reminded", "reminds", "brief", "briefed", "briefs"})
# Addressees that are an audience, not a medium passing the words on: "told reporters" names no channel.
_AUDIENCES = frozenset({"reporters", "journalists", "the press", "lawmakers", "legislators", "parliament",
                        "supporters", "the crowd", "the audience", "investors", "analysts", "residents", "staff",
                        "employees", "members", "delegates", "students", "voters", "the court", "the jury",
                        "a news conference", "a press conference", "colleagues", "him", "her", "them", "us", "me"})
_NEGATORS = frozenset({"not", "n't", "never", "declined", "refused", "nothing", "cannot", "wouldn't", "didn't",
                       "couldn't", "won't", "doesn't", "don't"})
_AUX = frozenset({"has", "had", "have", "would", "will", "could", "can", "may", "might", "must", "should", "did",
                  "does", "do", "is", "was", "were", "are", "be", "been", "also", "later", "then", "previously",
                  "repeatedly", "again", "already", "publicly", "separately", "privately", "reportedly",
                  "subsequently", "recently", "once", "often", "always", "further", "simply", "just", "only"})
_ADVERBS = frozenset({"also", "again", "later", "earlier", "previously", "yesterday", "today", "tonight", "recently",
                      "repeatedly", "publicly", "privately", "separately", "afterwards", "afterward", "then", "now",
                      "flatly", "firmly", "bluntly", "openly", "quietly", "angrily", "simply", "once", "too",
                      "late", "on", "however", "moreover", "meanwhile", "initially", "subsequently", "shortly"})
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday weekend week weeks month months year years day days
    morning afternoon evening night today tonight yesterday hour hours minute minutes time date
    january february march april may june july august september october november december spring summer autumn
    fall winter season decade
    """.split()
)
# Nouns that head an adverbial of the medium or occasion: "in a statement", "at a news conference", "on its website".
_OCCASION_WORDS = frozenset(
    """
    statement statements interview interviews conference briefing briefings email e-mail letter letters post posts
    video message messages filing filings release speech speeches address hearing hearings meeting meetings
    summit call remarks comments comment website site blog podcast broadcast programme program show tweet
    appearance rally session event report reports note notes memo testimony sidelines visit trip phone
    media television radio camera record air telephone link text mail fax
    """.split()
)
_PP_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "via", "through", "from", "over", "by",
                         "earlier", "late", "last", "this", "next", "early", "within", "outside", "ahead"})
_PP_INNER = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "last", "next",
                       "with", "of", "to", "on", "in", "at", "news", "press", "joint", "televised", "written",
                       "separate", "emailed", "brief", "recent", "weekly", "daily", "annual", "late", "early",
                       "same", "previous", "following", "official", "public", "private", "closed-door", "phone",
                       "radio", "television", "tv", "online", "social", "media", "earlier", "later", "first"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"})
_CLAUSE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "some", "many",
                                 "most", "all", "no", "several", "every", "each", "both", "few", "more", "less",
                                 "any", "another", "such", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "nearly",
                                 "about", "around", "almost", "roughly", "only", "at", "up", "over", "fewer"})
# Finite verb forms that mark a clause: a complement without "that" must hold one.
_FINITE = frozenset(
    """
    is was were are am be has had have will would could can may might must should shall did does do
    isn't wasn't weren't aren't hasn't hadn't haven't won't wouldn't couldn't can't mustn't shouldn't didn't
    doesn't don't went came saw made took gave got fell rose left lost won began knew thought found told ran
    hit cut put set led kept held brought became grew felt meant met paid sold sent spent stood understood
    remains remained needs wants plans expects intends hopes seems appears continues faces lacks
    """.split()
)
_RELATIVE = frozenset({"who", "whom", "whose", "which", "where", "when", "while"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "so"})
_CONTENT_CONJ = frozenset({"that", "whether", "if", "how", "why", "when", "what", "who", "where"})
_SEP = frozenset({",", ";", ":", "(", ")", "–", "—", ".", "!", "?"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "„"})
_MAX_SUBJECT = 14
# Role and person nouns whose "from"/"of"/"at" phrase describes the speaker, not the occasion.
_PERSON_NOUNS = frozenset(lx.ANON_ROLE_HEADS_EN) | lx.UNNAMED_PERSON_HEADS_EN | frozenset(lx.OFFICIAL_HEADS_EN)
# Cues that stand before their subject after a statement (", said X."); other verbs keep subject-verb order.
_INVERTING = frozenset({"said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "replied", "replies",
                        "explained", "explains", "noted", "notes", "insisted", "warned", "warns", "continued",
                        "stated", "argued", "recalled", "declared", "stressed", "reported", "reports"})
# Verbs that report a stance or a speech act on an object, with no content clause ("The ministry denied the
# report", "Okafor criticised the plan"): the sentence is a reported statement of its subject.
_REPORTED = frozenset({"denied", "denies", "confirmed", "confirms", "announced", "announces", "criticized",
                       "criticised", "criticizes", "criticises", "condemned", "condemns", "welcomed", "welcomes",
                       "rejected", "rejects", "dismissed", "dismisses", "praised", "praises", "blamed", "blames",
                       "accused", "accuses", "urged", "urges", "demanded", "demands", "defended", "defends"})
# Participles that add a statement after a comma: "..., adding that ...", "..., saying the deal was off".
_PARTICIPLE_CUES = frozenset({"saying", "adding", "noting", "warning", "explaining", "stressing", "insisting",
                              "arguing", "claiming", "stating"})
_INITIALISM = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")
# Verbs of findings: a study or a report as the source, only before "that" ("found the body" states nothing).
_EVIDENCE = frozenset({"found", "finds", "showed", "shows", "concluded", "concludes", "revealed", "reveals",
                       "indicated", "indicates", "determined", "established"})


def find_frames_en(tokens: list[Token], lo: int, hi: int, masked: set[int]) -> list[Frame]:
    """Frames among tokens[lo:hi] (one sentence); `masked` token indices lie inside direct quotations."""
    frames: list[Frame] = []
    for i in range(lo, hi):
        if i in masked:
            continue
        low = tokens[i].low
        frame: Frame | None = None
        if low == "according" and i + 1 < hi and tokens[i + 1].low == "to":
            frame = _with_initialisms(tokens, _prep_frame(tokens, i, i + 2, lo, hi, before=False, lang="en"), hi)
            frame = _speaker_relative(tokens, frame, hi)
        elif low == "citing" and i > lo:
            frame = _prep_frame(tokens, i, i + 1, lo, hi, before=False, lang="en", kind="berufung")
            frame = _with_initialisms(tokens, frame, hi)
        elif low in _PARTICIPLE_CUES and i > lo and tokens[i - 1].text == ",":
            frame = _verb_frame(tokens, i, lo, hi, masked)
            if frame is not None and frames and frames[-1].speaker is not None:
                frame.speaker = frames[-1].speaker  # the main clause's speaker goes on speaking
        elif (low in lx.SPEECH_VERBS_EN or low in _REPORTED) and _is_cue(tokens, i, lo, hi, masked):
            frame = _verb_frame(tokens, i, lo, hi, masked)
        elif low in _EVIDENCE and i + 1 < hi and tokens[i + 1].low == "that" and _is_cue(tokens, i, lo, hi, masked):
            frame = _verb_frame(tokens, i, lo, hi, masked)  # "The report found that ...": the document is the source
        if frame is not None:
            frames.append(frame)
    # "X denied the report, Reuters reported": an act inside another source's statement is part of it
    return [f for f in frames if not (f.reported_ok and f.content is None and any(
        g.content is not None and g.content[0] <= f.cue[0] < g.content[1] for g in frames))]


def _with_initialisms(tokens: list[Token], frame: Frame | None, hi: int) -> Frame | None:
    """The source phrase goes on over an initialism's full stop: "citing six senior U.S. officials" (the
    tokens are "U.S" and ".", and the phrase builder stops at the stop)."""
    if frame is None or frame.speaker is None:
        return frame
    end = next((k for k in range(len(tokens)) if tokens[k].end == frame.speaker[1]), None)
    if end is None or end + 2 >= hi or tokens[end + 1].text != "." or not _INITIALISM.match(tokens[end].text) \
            or not tokens[end + 2].is_word:
        return frame
    e = end + 2
    while e < hi and tokens[e].is_word:
        e += 1
    frame.speaker = (frame.speaker[0], tokens[e - 1].end)
    frame.frame_span = (frame.frame_span[0], max(frame.frame_span[1], tokens[e - 1].end))
    return frame


def _is_cue(tokens: list[Token], v: int, lo: int, hi: int, masked: set[int]) -> bool:
    tok = tokens[v]
    if not tok.text.islower():
        return False  # "Says", "States": a heading word or part of a name
    before = [t.low for t in tokens[max(lo, v - 3) : v]]
    if any(w in _NEGATORS for w in before) or (before and before[-1] in {"to", "the", "a", "an", "his", "her",
                                                                          "its", "their", "said"}):
        return False  # "did not say", "declined to say", "the reported attack"
    if tok.low in _NOUN_LIKE:
        nxt = tokens[v + 1].low if v + 1 < hi else ""
        prev = tokens[v - 1].low if v > lo else ""
        return nxt in {"that", ":"} or v + 1 in masked or prev in _SUBJECT_PRONOUNS
    if tok.low.endswith("ing") and (v == lo or tokens[v - 1].low not in {"was", "were", "is", "are", "been"}):
        return tok.low == "saying" and v > lo and tokens[v - 1].text == ","  # "..., saying the deal was off"
    return True


def _verb_frame(tokens: list[Token], v: int, lo: int, hi: int, masked: set[int]) -> Frame | None:
    k, channel = v + 1, None
    if tokens[v].low in _TELL:
        obj = _object(tokens, k, hi, masked)
        if obj is None:
            return None  # "told" with no addressee: no attribution ("as he was told")
        if _is_channel(tokens, obj):
            channel = obj
        k = obj[1]
    k, occasion = _skip_adverbials(tokens, k, hi, masked)
    channel = channel or occasion
    if k + 1 < hi and tokens[k].low in {"of", "about"} and tokens[v].low in lx.SPEECH_VERBS_EN \
            and not tokens[k + 1].text[:1].isdigit() and tokens[k + 1].low not in lx.NUMBER_WORDS:
        end = k + 1  # "„…“, she said of the plan.": what the words were about, not what was said
        while end < hi and end not in masked and tokens[end].is_word and tokens[end].low not in _CONTENT_CONJ \
                and tokens[end].low not in _FINITE:
            end += 1
        if end - k <= 6 and _ends_sentence(tokens, end, hi):
            k = end
    content = _forward_content(tokens, k, hi, masked, clause_without_that=tokens[v].low in lx.SPEECH_VERBS_EN)
    verb_first = v > lo and (tokens[v - 1].text == "," or v - 1 in masked)
    inverted = _inverted_speaker(tokens, v + 1, hi, masked) if verb_first and tokens[v].low in _INVERTING else None
    if inverted is not None and (not _ends_frame(tokens, inverted[1], hi, masked)
                                 or tokens[inverted[1] - 1].low in _PERSON_NOUNS):
        inverted = _with_attachment(tokens, inverted, hi, masked)  # "said a woman from Brennhof."
    if inverted is not None:
        inverted = _with_name(tokens, inverted, hi, masked)
    if inverted is not None and _ends_frame(tokens, inverted[1], hi, masked):
        content = None  # "..., said Mayor Jane Example." / "„…“ said Okafor, the agency's chief."
    if tokens[v].low in _PARTICIPLE_CUES:  # "..., saying the deal was off": the subject is the main clause's
        if content is None:
            return None
        speaker = _subject(tokens, lo, _clause_start(tokens, v - 1, lo), masked)
    elif content is not None:
        speaker = _subject(tokens, lo, v, masked)
        if speaker is None and v > lo and tokens[v - 1].text == "," and v - 1 not in masked:
            speaker = _subject_before_insert(tokens, lo, v - 1, masked)
        relative = _relative_pronoun(tokens, lo, v)
        if relative is not None:  # "The official, who said the port was closed, resigned": a relative clause
            speaker = _antecedent(tokens, lo, relative - 1 if tokens[relative - 1].text == "," else relative, masked)
            first = _token_index(tokens, content[0])
            close = next((j for j in range(first, hi) if tokens[j].text == ","), None)
            if tokens[relative - 1].text == "," and close is not None:
                content = _strip_end(tokens, first, close)
    else:
        k = _place_tail(tokens, k, hi, masked)
        if inverted is None and not _ends_sentence(tokens, k, hi) and not (k < hi and tokens[k].text == ","):
            if tokens[v].low in _REPORTED and not _passive(tokens, v, lo):  # "The ministry denied the report"
                subject = _subject(tokens, lo, v, masked)
                if subject is None and v > lo and tokens[v - 1].text == "," and v - 1 not in masked:
                    subject = _subject_before_insert(tokens, lo, v - 1, masked)
                return _reported_frame(tokens, v, subject)
            return None  # "said a prayer", "told the story": no content, no postposed frame
        if inverted is not None:  # "..., said Daniel Okafor, the chief." / "„…“ said Okafor."
            speaker = inverted
            start = v - 1 if tokens[v - 1].text == "," else v
        else:  # "..., the authority said." / "The terminals, Okafor said, will ..."
            start = _clause_start(tokens, v, lo, masked)
            speaker = _subject(tokens, start, v, masked)
            start = start - 1 if start > lo and tokens[start - 1].text == "," else start
        if speaker is None or start <= lo:
            return None
        end = speaker[1] if verb_first else k
        inserted = end + 1 < hi and tokens[end].text == "," and tokens[end + 1].text.islower() \
            and tokens[end + 1].low not in _PARTICIPLE_CUES \
            and tokens[end + 1].low not in _CLAUSE_DETERMINERS and tokens[end + 1].low not in _RELATIVE \
            and (tokens[end + 1].low in _FINITE or _has_finite(tokens, end, hi, masked))
        # "The terminals, Okafor said, will stay closed": the statement runs around the inserted frame
        content = _strip_end(tokens, lo, hi) if inserted else _strip_end(tokens, lo, start)
    if channel is None and speaker is not None:
        channel = _channel_before(tokens, lo, speaker[0], masked)
    content = _before_participle(tokens, content, hi)
    pieces = [tokens[v].start, tokens[v].end]
    sp, ch = _char_span(tokens, speaker), _char_span(tokens, channel)
    for p in (sp, ch):
        if p:
            pieces += [p[0], p[1]]
    return Frame((tokens[v].start, tokens[v].end), sp, ch, content, "verb", (min(pieces), max(pieces)))


def _before_participle(tokens: list[Token], content: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """A statement ends where ", adding that ..." starts another one of the same speaker."""
    if content is None:
        return None
    first = _token_index(tokens, content[0])
    for j in range(first + 1, hi - 1):
        if tokens[j].start >= content[1]:
            break
        if tokens[j].text == "," and tokens[j + 1].low in _PARTICIPLE_CUES:
            return _strip_end(tokens, first, j) or content
    return content


def _channel_before(tokens: list[Token], lo: int, end: int, masked: set[int]) -> tuple[int, int] | None:
    """A medium named before the subject: "In an interview with the Harbor Ledger, X said", "Speaking to
    Radio Example, X said"."""
    for j in range(lo + 1, end - 1):
        if tokens[j].low in {"with", "to"} and (tokens[j - 1].low in _OCCASION_WORDS
                                                 or tokens[j - 1].low in {"speaking", "talking", "writing"}):
            m = _object(tokens, j + 1, end, masked)
            if m is not None and _is_channel(tokens, m):
                return m
    return None


def _antecedent(tokens: list[Token], lo: int, end: int, masked: set[int]) -> tuple[int, int] | None:
    """The noun phrase right before a relative clause: "criticized by opposition leaders, who said" ->
    "opposition leaders" (not the whole clause before the comma)."""
    s = end
    while s > lo and s - 1 not in masked and tokens[s - 1].is_word and not _ends_antecedent(tokens[s - 1]):
        s -= 1
    return _subject(tokens, s, end, masked) if s < end else None


def _ends_antecedent(tok: Token) -> bool:
    """A preposition, a conjunction or a verb form: the noun phrase before a relative clause starts after it."""
    return tok.low in _ANTECEDENT_STOPS or tok.low in _FINITE or (tok.text.islower() and tok.low.endswith("ed"))


_ANTECEDENT_STOPS = frozenset({"by", "to", "from", "with", "for", "on", "in", "at", "against", "than", "that", "and",
                               "or", "but", "about", "of"})


def _relative_pronoun(tokens: list[Token], lo: int, v: int) -> int | None:
    """Index of 'who'/'which'/'that' right before the cue (auxiliaries and adverbs between), if any."""
    k = v - 1
    while k >= lo and tokens[k].low in _AUX:
        k -= 1
    return k if k > lo and tokens[k].low in {"who", "which"} else None


def _speaker_relative(tokens: list[Token], frame: Frame | None, hi: int) -> Frame | None:
    """'According to two members of the delegation, who spoke on condition of anonymity, X ...': the
    relative clause between commas describes the speaker; the statement begins after it. Postposed,
    '..., according to two officials, who asked not to be named.', the statement ends before the frame."""
    if frame is None or frame.speaker is None or frame.content is None:
        return frame
    k = _token_index(tokens, frame.speaker[1])
    relative = k + 2 < hi and tokens[k].text == "," and tokens[k + 1].low in {"who", "whose", "whom"}
    if frame.content[0] < frame.cue[0] < frame.content[1]:  # the frame stands inside or after its statement
        if not relative:
            return frame
        end = next((j for j in range(k + 2, hi) if tokens[j].text in _SEP), hi)
        if end == hi or tokens[end].text in {".", "!", "?"}:  # '..., according to X, who ...': the statement
            c = _token_index(tokens, frame.cue[0])              # ends before its frame
            while c > 0 and tokens[c - 1].text == ",":
                c -= 1
            frame.content = (frame.content[0], tokens[c - 1].end)
            frame.speaker = (frame.speaker[0], tokens[end - 1].end)
            frame.frame_span = (frame.frame_span[0], max(frame.frame_span[1], tokens[end - 1].end))
        return frame
    if not (relative and frame.content[0] == tokens[k + 1].start):
        return frame
    close = next((j for j in range(k + 2, hi) if tokens[j].text == ","), None)
    if close is None or close + 1 >= hi or tokens[close + 1].start >= frame.content[1]:
        return frame
    frame.speaker = (frame.speaker[0], tokens[close - 1].end)
    frame.content = (tokens[close + 1].start, frame.content[1])
    frame.frame_span = (frame.frame_span[0], max(frame.frame_span[1], tokens[close - 1].end))
    return frame


def _token_index(tokens: list[Token], char: int) -> int:
    """Index of the token that starts at (or first after) a character offset."""
    return next(k for k, t in enumerate(tokens) if t.start >= char)


def _passive(tokens: list[Token], v: int, lo: int) -> bool:
    """'was accused', 'has been criticised': the subject is the one the act is about, not its source."""
    k = v - 1
    while k >= lo and tokens[k].low in {"also", "repeatedly", "widely", "often", "publicly", "sharply", "not"}:
        k -= 1
    return k >= lo and tokens[k].low in {"was", "were", "is", "are", "be", "been", "being", "get", "got"}


def _reported_frame(tokens: list[Token], v: int, speaker: tuple[int, int] | None) -> Frame | None:
    if speaker is None:
        return None
    sp = _char_span(tokens, speaker)
    assert sp is not None
    cue = (tokens[v].start, tokens[v].end)
    return Frame(cue, sp, None, None, "verb", (min(cue[0], sp[0]), max(cue[1], sp[1])), reported_ok=True)


def _ends_frame(tokens: list[Token], k: int, hi: int, masked: set[int]) -> bool:
    """After an inverted speaker: the sentence ends, maybe after adverbials or an apposition
    ("said Okafor on Tuesday.", "said Okafor, the agency's chief.")."""
    k, _ = _skip_adverbials(tokens, k, hi, masked)
    if _ends_sentence(tokens, k, hi):
        return True
    if tokens[k].text == "," and k + 1 < hi and tokens[k + 1].low in _PARTICIPLE_CUES:
        return True  # "said Okafor, adding that ...": the participle opens a statement of its own
    return tokens[k].text == "," and k + 1 < hi and _inserted(tokens[k + 1]) and not _has_finite(tokens, k, hi, masked)


_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "outside", "inside", "near", "by", "beside", "behind", "from",
                                 "across", "along", "under", "after", "before", "during", "as"})


def _place_tail(tokens: list[Token], k: int, hi: int, masked: set[int]) -> int:
    """The sentence's end when only prepositional phrases stand between k and it, else k.

    "„…“, the chair told the Ledger at the picket line outside Gate 4.": a place, a time or a
    circumstance after the frame ends it as well as the full stop would; the word lists of
    `_skip_adverbials` know the occasions ("at a news conference"), not every place a quotation is
    spoken at. A verb, a conjunction or a quotation in the tail makes it a clause of its own.
    """
    if k >= hi or k in masked or tokens[k].low not in _PLACE_PREPOSITIONS:
        return k
    j = k
    while j < hi and j not in masked and tokens[j].is_word and j - k <= 12:
        low = tokens[j].low
        if low in _FINITE or low in _CONTENT_CONJ or low in _RELATIVE or low in _CONJUNCTIONS:
            return k
        j += 1
    return j if _ends_sentence(tokens, j, hi) else k


def _ends_sentence(tokens: list[Token], k: int, hi: int) -> bool:
    return k >= hi or tokens[k].text in {".", "!", "?"} or all(t.text in _SEP or t.text in _QUOTE_MARKS
                                                               for t in tokens[k:hi])


def _forward_content(tokens: list[Token], k: int, hi: int, masked: set[int],
                     clause_without_that: bool = True) -> tuple[int, int] | None:
    """The statement after the cue (and its addressee and adverbials): a "that" clause, what follows a
    colon, a quotation, or a clause without "that" that holds a finite verb (not after verbs that take an
    object, "criticised the plan as rushed")."""
    if k >= hi:
        return None
    if tokens[k].text == "," and k + 1 < hi and tokens[k + 1].low == "that":
        k += 1
    if tokens[k].low in _CONTENT_CONJ and k + 1 < hi and tokens[k + 1].is_word:
        return _strip_end(tokens, k, hi)
    if tokens[k].text == ":" or k in masked:
        return _strip_end(tokens, k + 1 if tokens[k].text == ":" else k, hi)
    if not clause_without_that:
        return None
    if _clause_opener(tokens[k]) and _has_finite(tokens, k, hi, masked):
        return _strip_end(tokens, k, hi)
    if tokens[k].is_word and tokens[k].low not in _PP_OPENERS and _has_finite(tokens, k, min(hi, k + 3), masked):
        return _strip_end(tokens, k, hi)  # "said workers would strike": a bare noun, its verb right after
    return None


def _clause_opener(tok: Token) -> bool:
    return tok.low in _SUBJECT_PRONOUNS or tok.low in _CLAUSE_DETERMINERS or tok.text[:1].isupper() \
        or tok.text[:1].isdigit()


def _has_finite(tokens: list[Token], k: int, hi: int, masked: set[int]) -> bool:
    for j in range(k + 1, min(hi, k + 14)):
        t = tokens[j]
        if j in masked or t.text in {",", ";", ":"}:
            continue
        if t.low in _FINITE or (t.low.endswith("ed") and len(t.low) > 4 and t.text.islower()
                                and t.low not in lx.SPEECH_VERBS_EN and tokens[j - 1].low not in _CLAUSE_DETERMINERS):
            return True
    return False


def _object(tokens: list[Token], k: int, hi: int, masked: set[int]) -> tuple[int, int] | None:
    """The addressee after 'told': a name ("Reuters", "NBC News", "The Associated Press") or a short phrase."""
    if k >= hi or k in masked or not tokens[k].is_word:
        return None
    if tokens[k].low in _CONTENT_CONJ or tokens[k].low in _PP_OPENERS - {"this"}:
        return None
    j = k
    if tokens[j].low in {"the", "a", "an", "his", "her", "their", "its", "our"}:
        j += 1
    while j < hi and j not in masked and tokens[j].is_word and (tokens[j].text[:1].isupper() or j == k or
                                                                tokens[j].low in {"news", "agency", "newspaper",
                                                                                  "broadcaster", "network",
                                                                                  "magazine", "daily", "reporters",
                                                                                  "journalists", "conference"}) \
            and (j == k or tokens[j].low not in _CONTENT_CONJ):
        j += 1
        if j - k >= 6:
            break
    if j == k + 1 and tokens[k].low in {"the", "a", "an"}:
        return None
    return (k, j) if j > k else None


def _is_channel(tokens: list[Token], span: tuple[int, int]) -> bool:
    words = " ".join(t.low for t in tokens[span[0] : span[1]])
    if words in _AUDIENCES:
        return False
    return any(t.text[:1].isupper() for t in tokens[span[0] : span[1]]) or any(n in words for n in lx.MEDIA_NOUNS_EN)


def _skip_adverbials(tokens: list[Token], k: int, hi: int, masked: set[int]) -> tuple[int, tuple[int, int] | None]:
    """Step over "on Tuesday", "in a statement", "at a news conference in X", "last week", "earlier"; an
    occasion phrase that names a medium ("in an interview with the Harbor Ledger") gives the channel."""
    channel: tuple[int, int] | None = None
    for _ in range(6):
        if k >= hi or k in masked:
            break
        low = tokens[k].low
        if low in _PP_OPENERS:
            end, medium = _adverbial_phrase(tokens, k, hi, masked)
            if end > k:
                channel = channel or medium
                k = end
                continue
        if low in _ADVERBS and low not in {"on", "late"}:
            k += 1
            continue
        if low == "," and k + 1 < hi and tokens[k + 1].low in _PP_OPENERS:
            end, medium = _adverbial_phrase(tokens, k + 1, hi, masked)
            if end > k + 1 and end < hi and tokens[end].text == ",":
                channel = channel or medium
                k = end + 1
                continue
        break
    return k, channel


def _adverbial_phrase(tokens: list[Token], k: int, hi: int, masked: set[int]) -> tuple[int, tuple[int, int] | None]:
    """End of an adverbial of time or occasion from k, or k when there is none; and a medium it names."""
    j, last, medium = k + 1, k, None
    if tokens[k].low in {"last", "this", "next", "earlier", "late", "early"} and j < hi \
            and tokens[j].low in _TIME_WORDS:
        return j + 1, None  # "last week", "late Monday"
    while j < hi and j - k <= 9 and j not in masked and tokens[j].is_word:
        low = tokens[j].low
        if low in _TIME_WORDS or low in _OCCASION_WORDS or tokens[j].text[:1].isupper() or low.isdigit():
            last = j
        elif low not in _PP_INNER:
            break
        if low == "with" or (low == "to" and last > k and tokens[last].low in _OCCASION_WORDS):
            m = _object(tokens, j + 1, hi, masked)
            if m is not None and _is_channel(tokens, m):
                medium, last, j = m, m[1] - 1, m[1]
                continue
        j += 1
    if last == k:
        return k, None
    if tokens[k].low in {"by", "from", "through", "over", "via"} and medium is None \
            and tokens[last].low not in _OCCASION_WORDS \
            and not (tokens[k].low == "from" and tokens[last].text[:1].isupper()):
        return k, None  # "said by", "told from": no adverbial of the kinds above ("by telephone", "from Kessmund")
    return last + 1, medium


def _clause_start(tokens: list[Token], v: int, lo: int, masked: set[int] | None = None) -> int:
    """First token of the phrase right before v, after the last comma, quotation or other separator."""
    s = v
    while s > lo and tokens[s - 1].text not in _SEP and tokens[s - 1].text not in _QUOTE_MARKS \
            and (masked is None or s - 1 not in masked):
        s -= 1
    return s


def _subject(tokens: list[Token], lo: int, v: int, masked: set[int]) -> tuple[int, int] | None:
    """The subject phrase of the cue at v: the words before it back to the clause's start, with auxiliaries
    and adverbs dropped ("has repeatedly said"), leading conjunctions too."""
    e = v
    while e > lo and tokens[e - 1].low in _AUX:
        e -= 1
    s = _clause_start(tokens, e, lo, masked)
    s = _after_subordinator(tokens, s, e)
    while s < e and (tokens[s].low in _CONJUNCTIONS or tokens[s].low in {"however", "meanwhile", "instead"}):
        s += 1
    if s >= e or e - s > _MAX_SUBJECT:
        return None
    if tokens[s].low in _RELATIVE or tokens[s].low in _CONTENT_CONJ - {"that"}:
        return None  # "..., who said", "when asked": the subject stands outside this phrase
    if s > lo and tokens[s - 1].text == "," and tokens[s].low in _PP_OPENERS and not tokens[s].text[:1].isupper():
        return None
    return (s, e)


_SUBORDINATORS = frozenset({"after", "before", "because", "since", "although", "though", "until", "once", "as",
                            "when", "while", "whereas", "unless", "if"})


def _after_subordinator(tokens: list[Token], s: int, e: int) -> int:
    """Start of the cue's own clause when a main clause runs into it without a comma.

    "The union called the strike after the Port Authority confirmed it would ...": the words back to
    the clause's start hold a verb of their own ("called") and a subordinator; the subject of
    "confirmed" is what follows the subordinator. Without a verb before it, the word is a preposition
    inside the subject ("Officials after the meeting said").
    """
    for j in range(e - 2, s, -1):
        if tokens[j].low in _SUBORDINATORS and any(
            t.low in _FINITE or (t.low.endswith("ed") and t.text.islower()) for t in tokens[s:j]
        ):
            return j + 1
    return s


# Verbs that label their object with the quoted words: "called the plan 'a disaster'", "described it as 'reckless'".
_LABEL_VERBS_EN = frozenset({"call", "calls", "called", "calling", "describe", "describes", "described", "describing",
                             "dub", "dubs", "dubbed", "brand", "brands", "branded", "label", "labels", "labelled",
                             "labeled", "term", "terms", "termed", "denounce", "denounces", "denounced"})


def label_speaker_en(tokens: list[Token], lo: int, k: int, masked: set[int]) -> tuple[int, tuple[int, int]] | None:
    """'She called the plan „a disaster“': the labelling verb before the quotation at token k (its mark) and the
    verb's subject, whose word the label is; None when no such verb stands in the clause before it."""
    for j in range(k - 1, max(lo, k - 12) - 1, -1):
        if tokens[j].text in _SEP or tokens[j].text in _QUOTE_MARKS or j in masked:
            return None
        if tokens[j].low in _LABEL_VERBS_EN:
            if j > lo and tokens[j - 1].low in {"was", "were", "is", "are", "been", "be", "being"}:
                return None  # "the plan was called „…“": a passive names no labeller
            subject = _subject(tokens, lo, j, masked)
            return (j, subject) if subject is not None else None
    return None


def _subject_before_insert(tokens: list[Token], lo: int, comma: int, masked: set[int]) -> tuple[int, int] | None:
    """'A senior official, who spoke on condition of anonymity, told Reuters' and 'Okafor, 58, the agency's
    chief, said': the subject stands before the relative clauses and appositions between commas."""
    end, skipped = comma, 0
    for _ in range(5):
        start = _clause_start(tokens, end, lo, masked)
        if start >= end:
            return None
        if start <= lo or tokens[start - 1].text != "," or not _inserted(tokens[start]):
            if skipped:
                return _subject(tokens, lo, end, masked)
            if end - start <= 4 and all(t.text[:1].isupper() for t in tokens[start:end]):
                return (start, end)  # "The union's leader, Mara Lind, said": the name in apposition
            return None
        end, skipped = start - 1, skipped + 1
    return None


def _inserted(tok: Token) -> bool:
    """A phrase between commas that describes the subject: a relative clause, an age, an apposition, a
    participle ("The agency, citing two sources, said", "X, head of the authority, defended ...")."""
    described = tok.text.islower() and tok.low not in _FINITE  # "head of the authority", "citing two sources"
    return described or tok.low in _RELATIVE or tok.text[:1].isdigit() or tok.low in {
        "the", "a", "an", "aged", "himself", "herself", "themselves", "itself", "however", "meanwhile", "though",
        "too", "instead", "also", "for", "in", "on", "at", "speaking", "asked", "including", "such", "among", "like",
        "notably", "especially", "led", "both"}


def _with_name(tokens: list[Token], speaker: tuple[int, int], hi: int, masked: set[int]) -> tuple[int, int]:
    """'„…“ said one resident, Mara Lind.': a name in apposition that ends the sentence belongs to the
    speaker (who is then named, not anonymous)."""
    s, e = speaker
    if e + 1 >= hi or tokens[e].text != "," or e in masked:
        return speaker
    end = e + 1
    while end < hi and end not in masked and tokens[end].is_word and tokens[end].text[:1].isupper():
        end += 1
    if not 1 <= end - e - 1 <= 4 or not _ends_sentence(tokens, end, hi):
        return speaker
    return (s, end)


def _with_attachment(tokens: list[Token], speaker: tuple[int, int], hi: int, masked: set[int]) -> tuple[int, int]:
    """'„…“ said a woman from the village who declined to give her name.': an inverted speaker whose
    noun is followed by an attachment ('from', 'of', 'familiar with', 'who ...') runs to the end of the
    sentence, so it is still an inverted frame and not the content of 'said'. A comma other than before
    a relative clause ends nothing here: the speaker stays as it was."""
    s, e = speaker
    relative = e + 1 < hi and tokens[e].text == "," and tokens[e + 1].low in _RELATIVE
    if e >= hi or e in masked or (tokens[e].low not in lx.ATTACH_WORDS_EN and not relative):
        return speaker
    end = e
    while end < hi and tokens[end].text not in {".", "!", "?"} and end not in masked:
        if end > e and (tokens[end].low in _PP_OPENERS or tokens[end].low in _ADVERBS) \
                and any(t.low in _TIME_WORDS for t in tokens[end + 1 : min(hi, end + 3)]):
            break  # "... at the ministry on Tuesday": the time is the statement's, not the speaker's
        if tokens[end].text in _SEP and not (tokens[end].text == "," and end + 1 < hi
                                             and (tokens[end + 1].low in _RELATIVE
                                                  or _with_name(tokens, (s, end), hi, masked) != (s, end))):
            return speaker  # a comma ends it, unless a relative clause or a closing name follows
        end += 1
        if end - s > 2 * _MAX_SUBJECT:
            return speaker
    return (s, end)


def _inverted_speaker(tokens: list[Token], k: int, hi: int, masked: set[int]) -> tuple[int, int] | None:
    """'..., said Daniel Okafor, the chief.' / 'said the agency's chief Daniel Okafor on Tuesday': the words
    after the verb up to a comma, an adverbial or the end."""
    s = k
    e = s
    while e < hi and e not in masked and tokens[e].is_word and tokens[e].low not in _PP_OPENERS - {"this"} \
            and tokens[e].low not in _ADVERBS - {"on"} and tokens[e].low not in _CONTENT_CONJ:
        e += 1
        if e - s > _MAX_SUBJECT:
            return None
    if e == s or any(t.low in _FINITE for t in tokens[s:e]):
        return None  # "..., said the evacuation went smoothly" is a clause, not a speaker
    return (s, e)
