"""Statement alignment between two articles of one story: shared, unique, quotes, tensions.

Statements are sentences (from the analysis when given, else the project's sentence splitter).
Across languages and paraphrases only embeddings see that two sentences say the same, but within
one story every sentence is about the same actors, so raw cosines crowd together (0.85-0.93 for
e5). We therefore score pairs with CSLS (cross-domain similarity local scaling, Conneau et al.
2018): a pair counts only when it stands out against each sentence's own nearest neighbours, and
we keep mutual best matches, as bitext aligners do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

import numpy as np

from lagebild.extract.dateline import match_dateline
from lagebild.extract.quantities import CURRENCY_CODES, MEASURE_CODES, Quantity, compare_quantities, find_quantities
from lagebild.extract.timex import Timex, find_timexes
from lagebild.nlp.sentences import split_sentences
from lagebild.records import Analysis, Article
from lagebild.stories.centring import LanguageMeans
from lagebild.stories.embed import Embedder, get_embedder
from lagebild.stories.item import StoryItem
from lagebild.stories.similarity import combine, features
from lagebild.stories.tokens import fold

STATEMENT_BLOCKS = ("title", "lede", "bullet", "body", "caption")
MIN_WORDS = 5
CSLS_K = 3
SHARED_CSLS = 0.01  # CSLS margin above which a sentence's best partner states the same fact
CLEAR_CSLS = 0.05  # only clearly matched statements can disagree on the place or the speaker
QUOTE_COS = 0.90  # two quotations this close are one statement in two wordings
SAME_WORDS_COS = 0.97  # ... and this close they are the same words, whoever they are attributed to
T = TypeVar("T", Quantity, Timex)
_QUOTE = re.compile(r"[„“\"»«‚‘]([^„“\"»«]{12,}?)[“”\"«»‘’]")


@dataclass
class Statement:
    article: int  # index of the article in the comparison
    index: int
    start: int  # offsets into Article.text
    end: int
    text: str
    block: str
    quantities: list[Quantity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)

    def ref(self, article_id: str) -> dict[str, Any]:
        return {"article": article_id, "start": self.start, "end": self.end, "text": self.text}


def statements(article: Article, analysis: Analysis | None, article_index: int = 0) -> list[Statement]:
    """Sentences of the article's title, lede, body and captions with their offsets into `text`."""
    text = article.text
    spans = list(analysis.sentences) if analysis and analysis.sentences else split_sentences(text)
    language = (article.language or "de").lower()[:2]
    out: list[Statement] = []
    for block in article.blocks:
        if block.kind not in STATEMENT_BLOCKS:
            continue
        inside = [(s, e) for s, e in spans if s >= block.start and e <= block.end]
        if not inside:  # analysis sentences may cross block borders; split the block itself
            inside = [(block.start + s, block.start + e) for s, e in split_sentences(block.text)]
        for s, e in inside:
            sent = text[s:e]
            if len(sent.split()) < MIN_WORDS and block.kind != "title":
                continue
            st = Statement(article_index, len(out), s, e, sent, block.kind)
            st.quantities = _shift(find_quantities(sent, language), s)
            found = find_timexes(sent, article.published[:10] if article.published else None)
            st.timexes = _shift([t for t in found if not _dateline(sent, t)], s)
            out.append(st)
    return out


def _dateline(sentence: str, t: Timex) -> bool:
    """The report's own date in its dateline says when it was filed, not when a fact happened, so it is
    not compared with the other outlet's dates of the fact."""
    m = match_dateline(sentence)
    return m is not None and t.start < m.end()


def _shift(items: list[T], offset: int) -> list[T]:
    for it in items:
        it.start += offset
        it.end += offset
    return items


def _csls(sim: np.ndarray, k: int = CSLS_K) -> np.ndarray:
    """2*cos - r_a - r_b, with r = mean cosine of a sentence's k nearest neighbours on the other side."""
    ka, kb = min(k, sim.shape[1]), min(k, sim.shape[0])
    r_a = np.sort(sim, axis=1)[:, -ka:].mean(axis=1)
    r_b = np.sort(sim, axis=0)[-kb:, :].mean(axis=0)
    return 2 * sim - r_a[:, None] - r_b[None, :]


def align(
    sa: list[Statement], sb: list[Statement], embedder: Embedder
) -> tuple[list[tuple[int, int, float, float]], np.ndarray]:
    """Statement pairs (i, j, csls, cosine): each sentence's best partner if its CSLS margin clears
    SHARED_CSLS. Not only mutual best pairs: one article often spreads over two sentences what the
    other says in one."""
    if not sa or not sb:
        return [], np.zeros((len(sa), len(sb)), dtype=np.float32)
    ea = embedder.embed([s.text for s in sa])
    eb = embedder.embed([s.text for s in sb])
    cos = ea @ eb.T
    score = _csls(cos)
    found: dict[tuple[int, int], float] = {}
    for i in range(len(sa)):
        j = int(score[i].argmax())
        if score[i, j] >= SHARED_CSLS:
            found[(i, j)] = float(score[i, j])
    for j in range(len(sb)):
        i = int(score[:, j].argmax())
        if score[i, j] >= SHARED_CSLS:
            found[(i, j)] = float(score[i, j])
    pairs = [(i, j, sc, float(cos[i, j])) for (i, j), sc in sorted(found.items())]
    return pairs, cos


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Quotation spans (inside the marks) when no analysis with quotes is given."""
    end = len(text) if end is None else end
    return [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text, start, end)]


class QuoteRef(NamedTuple):
    """A direct quotation of an article: its span, and its speaker's text and entity key where known."""

    start: int
    end: int
    speaker: str | None = None
    speaker_key: str | None = None


def _quotes_of(article: Article, analysis: Analysis | None) -> list[QuoteRef]:
    if analysis is not None and analysis.quotes:
        out = []
        for q in analysis.quotes:
            if q.kind != "direct":
                continue
            named = q.speaker is not None and not q.speaker.anonymous
            key = q.speaker.entity_key if q.speaker is not None and named else None
            out.append(QuoteRef(q.text.start, q.text.end, q.speaker.text if q.speaker else None, key))
        return out
    return [QuoteRef(s, e) for s, e in find_quotes(article.text) if len(article.text[s:e].split()) >= 4]


def quote_pairs(
    a: Article, b: Article, qa: list[QuoteRef], qb: list[QuoteRef], embedder: Embedder
) -> list[tuple[int, int, float]]:
    """Index pairs of quotations that say the same thing (a translation or re-translation).

    Two quotations of one shape ("We will not ...") come close in the embedding space whatever they
    say; when both speakers are named entities and differ, only near-identical words make the two one
    quotation (then attributed differently, which the reader should see).
    """
    if not qa or not qb:
        return []
    ea = embedder.embed([a.text[q.start : q.end] for q in qa])
    eb = embedder.embed([b.text[q.start : q.end] for q in qb])
    cos = ea @ eb.T
    out = []
    for i in range(len(qa)):
        j = int(cos[i].argmax())
        if int(cos[:, j].argmax()) != i or cos[i, j] < QUOTE_COS:
            continue
        ka, kb = qa[i].speaker_key, qb[j].speaker_key
        if ka and kb and ka != kb and cos[i, j] < SAME_WORDS_COS:
            continue
        out.append((i, j, float(cos[i, j])))
    return out


# Two figures of one unit this far apart in statements that were not aligned count different things
# ("Zwei Menschen wurden verletzt" and "1.400 Menschen wurden evakuiert"), not two accounts of one figure.
APART = 10.0


UNIT_COS = 0.90  # unit nouns this close in the embedding space name one thing in two languages


class UnitMatcher:
    """Whether two counted nouns in different languages name the same thing ("Menschen" / "people",
    "Artilleriegeschosse" / "artillery shells"), by the cosine of the nouns' embeddings.

    Word lists would have to cover every noun news can count; the multilingual engine already knows them.
    Single words embed noisily ("Beschäftigte" / "jobs" 0.89, "Menschen" / "people" 0.93), so the bar is high
    and it is only used for statements clearly matched as one fact: a missed tension costs less than a false
    one."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._seen: dict[tuple[str, str], bool] = {}

    def __call__(self, a: str, b: str) -> bool:
        key = (a, b)
        if key not in self._seen:
            va, vb = self.embedder.embed([a, b])
            self._seen[key] = float(va @ vb) >= UNIT_COS
        return self._seen[key]


_FIXED_UNITS = CURRENCY_CODES | MEASURE_CODES  # units with a code of their own, never matched by meaning


def _comparable(qx: Quantity, qy: Quantity, score: float | None, same_unit: UnitMatcher | None) -> bool:
    if not qx.unit_key or not qy.unit_key or qx.percent != qy.percent:
        return False
    if qx.unit_key == qy.unit_key:
        return True
    if qx.unit_key in _FIXED_UNITS or qy.unit_key in _FIXED_UNITS:
        return False  # two currencies or units of measure: no disagreement ("Euro" is close to "Dollar")
    if score is None or score < CLEAR_CSLS or same_unit is None or not qx.unit or not qy.unit:
        return False
    return same_unit(qx.unit, qy.unit)


def language_of(article: Article) -> str:
    return (article.language or "").lower()[:2]


def quantity_tensions(
    sa: list[Statement],
    sb: list[Statement],
    aligned: dict[tuple[int, int], float] | None = None,
    same_unit: UnitMatcher | None = None,
) -> list[dict[str, Any]]:
    """Figures that count the same thing ("Artilleriegeschosse") but are given differently.

    Outlets that disagree on a figure give it within the same order of magnitude ("more than a million"
    against "millions", 1,200 against 1,400); a figure ten times another is compared only where the two
    statements were aligned as the same fact (`aligned`: statement index pairs and their CSLS scores). Across
    languages the counted nouns differ ("Menschen", "people"); with `same_unit`, statements clearly matched
    compare them by meaning."""
    out = []
    aligned = aligned or {}
    for x in sa:
        for qx in x.quantities:
            for y in sb:
                for qy in y.quantities:
                    if not _comparable(qx, qy, aligned.get((x.index, y.index)), same_unit):
                        continue
                    small, large = sorted((abs(qx.value), abs(qy.value)))
                    if (x.index, y.index) not in aligned and (small == 0 or large / small > APART):
                        continue
                    verdict = compare_quantities(qx, qy)
                    if verdict != "same":
                        out.append(
                            {"kind": "numeric", "severity": verdict, "unit": qx.unit, "a": (x, qx), "b": (y, qy)}
                        )
    return out


def date_tensions(pairs: list[tuple[Statement, Statement]]) -> list[dict[str, Any]]:
    """Aligned statements whose resolved dates do not overlap."""
    out = []
    for x, y in pairs:
        for tx in x.timexes:
            for ty in y.timexes:
                if not (tx.value_start and ty.value_start and tx.granularity == ty.granularity):
                    continue
                assert tx.value_end and ty.value_end
                if tx.value_end < ty.value_start or ty.value_end < tx.value_start:
                    out.append({"kind": "date", "severity": "tension", "a": (x, tx), "b": (y, ty)})
    return out


def _speakers(st: Statement, analysis: Analysis | None) -> list[tuple[str, str | None]]:
    """Named speakers of the statement's quotes, as (text, entity key).

    An anonymous speaker ("ein Sprecher", "officials") is left out: another outlet that names the
    source may well name the same person, so the two are no disagreement.
    """
    if analysis is None:
        return []
    out = []
    for q in analysis.quotes:
        if q.speaker and not q.speaker.anonymous and st.start <= q.text.start < st.end:
            out.append((q.speaker.text, q.speaker.entity_key))
    return out


def _speaker_types(analysis: Analysis | None) -> dict[str, str]:
    return {e.key: e.type for e in analysis.entities} if analysis is not None else {}


def _speaks_for(a: str | None, b: str | None, types_a: dict[str, str], types_b: dict[str, str]) -> bool:
    """A person and an organisation or a place may be one source: the Kremlin speaks through its
    spokesman, a city through its mayor ("Putin sagte" against "Moskau erklärte"). Two speakers of
    one kind that differ do disagree."""
    ta, tb = types_a.get(a or ""), types_b.get(b or "")
    return ta is not None and tb is not None and (ta == "PER") != (tb == "PER")


def _places(st: Statement, analysis: Analysis | None, linked_only: bool = False) -> set[str]:
    """Keys of the places named in the statement; with `linked_only` only places of the knowledge base,
    whose keys are one across languages ("Terminal Ost" and "Terminal East" have two local keys)."""
    if analysis is None:
        return set()
    return {
        e.key
        for e in analysis.entities
        if e.type == "LOC" and (e.kb_id or not linked_only) and any(st.start <= m.start < st.end for m in e.mentions)
    }


def _same_speaker(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    if a[1] and b[1]:
        return a[1] == b[1]
    ta = {w[:6] for w in fold(a[0]).split() if len(w) > 3}
    tb = {w[:6] for w in fold(b[0]).split() if len(w) > 3}
    return bool(ta & tb)


def context_tensions(
    pairs: list[tuple[Statement, Statement, float]], an_a: Analysis | None, an_b: Analysis | None
) -> list[dict[str, Any]]:
    """Aligned statements attributed to different speakers, or placed in different places.

    Needs the analyses (quotes with speakers, located entities); without them there is nothing to say.
    """
    out: list[dict[str, Any]] = []
    # Across languages only entity keys can tell two speakers apart ("Feuerwehr", "the fire service")
    same_language = an_a is not None and an_b is not None and an_a.language == an_b.language
    types_a, types_b = _speaker_types(an_a), _speaker_types(an_b)
    for x, y, score in pairs:
        sx, sy = _speakers(x, an_a), _speakers(y, an_b)
        if not same_language:
            sx, sy = [a for a in sx if a[1]], [b for b in sy if b[1]]
        # only statements clearly matched as one fact can disagree on who said it
        if (
            score >= CLEAR_CSLS
            and sx
            and sy
            and not any(_same_speaker(a, b) or _speaks_for(a[1], b[1], types_a, types_b) for a in sx for b in sy)
        ):
            out.append({"kind": "speaker", "severity": "tension", "a": (x, _Said(*sx[0])), "b": (y, _Said(*sy[0]))})
        px, py = _places(x, an_a, not same_language), _places(y, an_b, not same_language)
        if score >= CLEAR_CSLS and px and py and not px & py:
            out.append(
                {"kind": "place", "severity": "tension", "a": (x, _Keys(sorted(px))), "b": (y, _Keys(sorted(py)))}
            )
    return out


@dataclass
class _Said:
    speaker: str
    entity_key: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "entity_key": self.entity_key, "text": self.speaker}


@dataclass
class _Keys:
    keys: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"places": self.keys, "text": ", ".join(self.keys)}


def compare_articles(
    a: Article,
    b: Article,
    analysis_a: Analysis | None = None,
    analysis_b: Analysis | None = None,
    ids: tuple[str, str] = ("a", "b"),
    embedder: Embedder | None = None,
    means: LanguageMeans | None = None,
) -> dict[str, Any]:
    """Shared and unique statements, paired quotations and tensions between two articles (JSON-able),
    and how likely the two report one story (`article_similarity`, centred by the collection's
    language `means` where given, so the number matches the scale the stories were built on)."""
    for name, art in (("a", a), ("b", b)):
        if not isinstance(art, Article):
            raise TypeError(f"compare_articles: {name} must be an Article, got {type(art).__name__}")
    emb = embedder or get_embedder()
    sa, sb = statements(a, analysis_a, 0), statements(b, analysis_b, 1)
    pairs, _ = align(sa, sb, emb)
    shared_a = {i for i, _, _, _ in pairs}
    shared_b = {j for _, j, _, _ in pairs}
    qa, qb = _quotes_of(a, analysis_a), _quotes_of(b, analysis_b)
    qpairs = quote_pairs(a, b, qa, qb, emb)
    aligned = [(sa[i], sb[j]) for i, j, _, _ in pairs]
    same_unit = UnitMatcher(emb) if language_of(a) != language_of(b) else None  # one language: the nouns' keys meet
    tensions = quantity_tensions(sa, sb, {(i, j): sc for i, j, sc, _ in pairs}, same_unit) + date_tensions(aligned)
    tensions += context_tensions([(sa[i], sb[j], sc) for i, j, sc, _ in pairs], analysis_a, analysis_b)
    id_a, id_b = str(ids[0]), str(ids[1])
    items = StoryItem.from_article(a, id_a, analysis_a), StoryItem.from_article(b, id_b, analysis_b)
    f = features(*items, embedder=emb, means=means)
    return {
        "articles": [id_a, id_b],
        "similarity": {"score": round(combine(f), 4), "centred": "ccos" in f},
        "shared": [
            {
                "a": sa[i].ref(id_a),
                "b": sb[j].ref(id_b),
                "score": round(s, 4),
                "cosine": round(c, 4),
                "loose": s < CLEAR_CSLS,  # aligned, but below the margin that makes them clearly one fact
            }
            for i, j, s, c in pairs
        ],
        "unique": {
            id_a: [s.ref(id_a) for s in sa if s.index not in shared_a],
            id_b: [s.ref(id_b) for s in sb if s.index not in shared_b],
        },
        "quote_pairs": [
            {
                "a": {
                    "article": id_a,
                    "start": qa[i].start,
                    "end": qa[i].end,
                    "text": a.text[qa[i].start : qa[i].end],
                    "speaker": qa[i].speaker,
                },
                "b": {
                    "article": id_b,
                    "start": qb[j].start,
                    "end": qb[j].end,
                    "text": b.text[qb[j].start : qb[j].end],
                    "speaker": qb[j].speaker,
                },
                "same_wording": a.text[qa[i].start : qa[i].end] == b.text[qb[j].start : qb[j].end],
                "cosine": round(c, 4),
            }
            for i, j, c in qpairs
        ],
        "conflicts": [_tension_json(t, id_a, id_b) for t in tensions],
    }


def _tension_json(t: dict[str, Any], id_a: str, id_b: str) -> dict[str, Any]:
    (sx, x), (sy, y) = t["a"], t["b"]
    out = {k: v for k, v in t.items() if k not in ("a", "b")}
    out["a"] = {"statement": sx.ref(id_a), "item": x.to_dict()}
    out["b"] = {"statement": sy.ref(id_b), "item": y.to_dict()}
    return out
