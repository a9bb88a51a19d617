"""Incremental story clustering: each new article joins the best matching recent story or opens one.

Cost per article must not grow with the store, so nothing is compared all-pairs: candidate
stories come from an inverted index over each article's rarest terms and entity keys, copies from
the MinHash LSH index, and only stories seen within the time window stay in those indexes.
Embeddings (the cross-lingual signal, ~2 ms per token) are computed only while the window holds
articles in another language than the new one's (or for CJK text), unless `embed="always"`.
Vectors are compared less their language's running mean (see `ClusterConfig.center`): raw e5
cosines of unrelated same-language news reach 0.9, while a translation's cosine to its original can
be 0.8.

All state is plain data (`to_dict`/`from_dict`), so a caller can persist it and resume.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

import numpy as np
from datasketch import MinHash

from lagebild.stories.centring import CENTER, MIN_ARTICLES, LanguageMeans, language_key
from lagebild.stories.dedup import NearDuplicateIndex, minhash_values
from lagebild.stories.embed import Embedder, get_embedder
from lagebild.stories.item import StoryInputError, StoryItem, parse_day
from lagebild.stories.tokens import _CJK, fold, name_keys, terms_of, words

EmbedMode = Literal["never", "auto", "always"]
STATE_VERSION = 1


@dataclass
class ClusterConfig:
    window_days: float = 7.0
    threshold: float = 0.30  # combined score needed to join a story when no embedding was compared
    emb_join: float = 0.50  # ... and when an embedding was part of the score (e5 cosines of unrelated
    # news reach 0.8, so a mixed score needs a higher bar than a purely lexical one)
    no_shared_entity: float = 1.0  # score factor when both sides have entity keys but share none
    # raw e5 cosine to a story's other-language members that alone joins it, while a language mean is not
    # trusted yet (small stores); cross-language pairs of the similarity data: best on half A at 0.85, and
    # half B agrees (pairwise F1 0.58 against 0.38 at 0.88)
    embed_threshold: float = 0.85
    translation_cos: float = 0.91  # title+opening cosine across languages that marks a translation
    dup_threshold: float = 0.5  # MinHash Jaccard for copies
    vec_terms: int = 40  # tf-idf terms kept per article
    centroid_terms: int = 80  # terms kept per story centroid
    key_terms: int = 10  # strongest terms used to look up candidate stories
    idf_prior_docs: int = 1000  # virtual background documents: keeps idf sane for small collections
    max_posting: int = 400  # terms in more active stories than this are not used as keys
    max_candidates: int = 30
    w_lex: float = 0.6
    w_ent: float = 0.25
    w_names: float = 0.15
    w_emb: float = 0.5  # share of the embedding score when both sides have one
    emb_floor: float = 0.78  # e5 cosine at which the embedding score is 0 (set on half A of the pairs)
    emb_ceil: float = 0.92  # ... and at which it is 1
    embed_chars: int = 600  # title + start of text that is embedded
    # Language centring (see lagebild.stories.centring): vectors are compared less `center` times the
    # running mean of their language, learnt from the stream like idf. Set on half A of the similarity
    # pairs (pairwise best threshold, then the clusterer), confirmed on B.
    center: float = CENTER  # share of the language mean removed (0: compare raw vectors)
    center_min: int = MIN_ARTICLES  # embedded articles of a language before its mean is trusted (raw till then)
    c_floor: float = 0.38  # centred cosine at which the embedding score is 0
    c_ceil: float = 0.58  # ... and at which it is 1
    c_w_emb: float = 0.8  # share of the embedding score (centred) within a language
    c_embed_threshold: float = 0.48  # centred cosine to a story's members that joins across languages
    c_prefilter: float = 0.75  # raw cosine to a story's mean below which no centred check is made
    c_same_threshold: float = 0.6  # centred cosine that joins a same-language story sharing too few words
    link: str = "average"  # "centroid": compare with the story's term centroid; "average": mean over members


@dataclass
class _Item:
    article_id: str
    day: float
    language: str
    story: str
    vec: dict[str, float]
    keys: list[str]
    names: list[str]
    entities: list[str]
    minhash: list[int]
    outlet: str | None
    origin: str  # article id of the independent source this one copies or translates (itself if none)
    relation: str | None  # "copy" | "translation" | None
    emb: list[float] | None = None
    translated_from: str | None = None  # the outlets its provenance notes name, for a source that arrives later
    syndicated_from: str | None = None


@dataclass
class Story:
    story_id: str
    title: str
    first_day: float
    last_day: float
    members: list[str] = field(default_factory=list)
    outlets: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    origins: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)
    emb_sum: list[float] | None = None
    emb_count: int = 0  # vectors in emb_sum (0: unknown, in states written before it was counted)
    emb_text: str = ""  # title + lede of the first member, embedded lazily for cross-lingual lookups
    index_keys: list[str] = field(default_factory=list)  # its entries in the inverted index
    active: bool = True

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.story_id,
            "title": self.title,
            "first_seen": _day_to_iso(self.first_day),
            "last_seen": _day_to_iso(self.last_day),
            "outlets": sorted(self.outlets),
            "languages": sorted(self.languages),
            "article_count": len(self.members),
            "independent_sources": len(set(self.origins)),
            "articles": list(self.members),
        }


AVERAGE_OVER = 10  # most recent members an average-link score looks at
UNDATED = 0.0  # day of an undated article that arrives before any dated one


def _day_to_iso(day: float) -> str | None:
    return date.fromordinal(int(day)).isoformat() if day >= 1 else None


def _names_outlet(m: _Item, outlet: str | None) -> str | None:
    """"translation" or "copy" when the member's provenance note names `outlet` as its source."""
    if not outlet:
        return None
    name = fold(outlet)
    for note, relation in ((m.translated_from, "translation"), (m.syndicated_from, "copy")):
        if note and (name in fold(note) or fold(note) in name):
            return relation
    return None


def _batch_order(item: StoryItem) -> tuple[int, float, str]:
    day = parse_day(item.published)
    return (1, 0.0, item.article_id) if day is None else (0, day, item.article_id)


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def _top(vec: dict[str, float], n: int) -> dict[str, float]:
    if len(vec) <= n:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


class StoryClusterer:
    """Assigns articles to stories one at a time; `add_many` is `add` in date order."""

    def __init__(
        self,
        config: ClusterConfig | None = None,
        embed: EmbedMode = "auto",
        embedder: Embedder | None = None,
    ) -> None:
        if embed not in ("never", "auto", "always"):
            raise ValueError(f"embed must be 'never', 'auto' or 'always', got {embed!r}")
        self.config = config or ClusterConfig()
        self.embed_mode: EmbedMode = embed
        self._embedder = embedder
        self._df: Counter[str] = Counter()
        self._n_docs = 0
        self._next_story = 1
        self._latest = 0.0
        self._items: dict[str, _Item] = {}  # active items (inside the window)
        self._item_languages: Counter[str] = Counter()  # languages of the active items
        self._noted: dict[str, list[str]] = {}  # story -> its active members with a translation/syndication note
        self._item_heap: list[tuple[float, str]] = []
        self._story_of: dict[str, str] = {}  # every article ever added
        self._stories: dict[str, Story] = {}
        self._active: dict[str, None] = {}  # ids of stories still inside the window (ordered)
        self._story_heap: list[tuple[float, str]] = []
        self._postings: dict[str, set[str]] = {}
        self._dups = NearDuplicateIndex(threshold=self.config.dup_threshold)
        self._means = LanguageMeans(self.config.center, self.config.center_min)

    # ---------------------------------------------------------------- public API
    def add(self, item: StoryItem) -> str:
        """Place one article and return its story id (idempotent for an id already added)."""
        if not isinstance(item, StoryItem):
            raise StoryInputError(f"expected a StoryItem, got {type(item).__name__}")
        if item.article_id in self._story_of:
            return self._story_of[item.article_id]
        day = parse_day(item.published)
        if day is None:
            day = self._latest
        self._latest = max(self._latest, day)
        self._expire()
        feats = self._features(item, day)
        sig = self._dups.from_hashvalues(feats.minhash)
        story_id, origin, relation = self._place(item, feats, day, sig)
        feats.story, feats.origin, feats.relation = story_id, origin, relation
        self._index_item(feats, sig)
        self._join(self._stories[story_id], feats, item)
        if relation is None:
            self._adopt_earlier_copies(self._stories[story_id], feats)
        self._learn_language(feats)
        return story_id

    def add_many(self, items: Iterable[StoryItem]) -> dict[str, str]:
        """Cluster a batch: sorted by date (then id), undated last, added one by one; article -> story."""
        order = sorted(items, key=_batch_order)
        return {it.article_id: self.add(it) for it in order}

    @property
    def language_means(self) -> LanguageMeans:
        """The per-language means learnt so far, for pairwise similarity on the same scale."""
        return self._means

    def story_of(self, article_id: str | int) -> str | None:
        return self._story_of.get(str(article_id))

    def item_relation(self, article_id: str | int) -> dict[str, Any] | None:
        """How an active article relates to its story: its origin and whether it is a copy/translation."""
        it = self._items.get(str(article_id))
        if it is None:
            return None
        return {"story": it.story, "origin": it.origin, "relation": it.relation}

    def stories(self) -> list[dict[str, Any]]:
        return [s.summary() for s in self._stories.values()]

    def story(self, story_id: str) -> dict[str, Any] | None:
        s = self._stories.get(story_id)
        return s.summary() if s else None

    # ---------------------------------------------------------------- features
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder()
        return self._embedder

    def _features(self, item: StoryItem, day: float) -> _Item:
        cfg = self.config
        body = item.text[:4000]
        toks = words(fold(body))
        title_toks = words(fold(item.title))
        cjk = bool(_CJK.search(item.title) or _CJK.search(body[:500]))
        title_terms = terms_of(title_toks, cjk)
        counts = Counter(terms_of(toks, cjk))
        counts.update(title_terms * 2)  # the title says what the story is; weigh it up
        self._n_docs += 1
        for t in counts:
            self._df[t] += 1
        n = self._n_docs + cfg.idf_prior_docs
        weights = {t: (1 + math.log(c)) * math.log(n / (1 + self._df[t])) for t, c in counts.items()}
        weights = {t: w for t, w in weights.items() if w > 0}
        vec = _top(weights, cfg.vec_terms)
        norm = _norm(vec)
        vec = {t: w / norm for t, w in vec.items()}
        keys = sorted(vec, key=lambda t: (-vec[t], t))[: cfg.key_terms]
        sig = minhash_values(toks or title_toks, self._dups.shingle_n)
        emb = np.asarray(item.embedding, dtype=np.float32).tolist() if item.embedding is not None else None
        return _Item(
            article_id=item.article_id,
            day=day,
            language=language_key(item.language),
            story="",
            vec=vec,
            keys=keys,
            names=sorted(name_keys(f"{item.title}. {body[:3000]}")),
            entities=list(item.entity_keys),
            minhash=sig.tolist(),
            outlet=item.outlet,
            origin=item.article_id,
            relation=None,
            emb=emb,
            translated_from=item.translated_from,
            syndicated_from=item.syndicated_from,
        )

    def _item_embedding(self, item: StoryItem, feats: _Item) -> np.ndarray:
        if feats.emb is None:
            text = f"{item.title}\n{item.text}"[: self.config.embed_chars]
            feats.emb = self.embedder.embed_one(text).tolist()
        return np.asarray(feats.emb, dtype=np.float32)

    def _story_embedding(self, story: Story, mean: bool = False) -> np.ndarray | None:
        """The story's direction (normalised sum), or with `mean` the plain mean of its member vectors.

        A dot product with the mean is the average cosine to the members. The normalised sum of a
        large, varied story (every coronavirus report of a month) is close to anything on the topic,
        so matching against it chains unrelated reports into one giant story; the mean is not.
        """
        if story.emb_sum is None:
            if not story.emb_text:
                return None
            story.emb_sum = self.embedder.embed_one(story.emb_text).tolist()
            story.emb_count = 1
            first = self._items.get(story.members[0]) if story.members else None
            if first is not None and first.emb is None:
                first.emb = list(story.emb_sum)  # emb_text is the first member's title + opening
        v = np.asarray(story.emb_sum, dtype=np.float32)
        if mean and story.emb_count > 0:
            return v / story.emb_count
        n = float(np.linalg.norm(v))
        return v / n if n else None

    def _centred(self, emb: list[float], language: str) -> np.ndarray | None:
        """The vector less `center` x its language's mean, renormalised; None while the mean is unsure."""
        return self._means.centred(emb, language)

    def _centred_cos(self, x: _Item, m: _Item) -> float | None:
        if x.emb is None or m.emb is None:
            return None
        cx, cm = self._centred(x.emb, x.language), self._centred(m.emb, m.language)
        if cx is None or cm is None:
            return None
        return float(np.dot(cx, cm))

    def _learn_language(self, feats: _Item) -> None:
        if feats.emb is not None:
            self._means.add(feats.language, feats.emb)

    # ---------------------------------------------------------------- placement
    def _needs_embedding(self, feats: _Item) -> bool:
        if self.embed_mode == "always":
            return True
        if self.embed_mode == "never":
            return False
        if any(n and lang != feats.language for lang, n in self._item_languages.items()):
            # Another language is in the window, so the cross-lingual lookup embeds this article unless
            # it joins by words first. Embedding up front lets its same-language scores use the vector
            # too (words alone join paraphrases too rarely and topic neighbours too often) and gives
            # every member of a mixed story a vector; a one-language stream still embeds nothing.
            return True
        return feats.language in ("zh", "ja", "ko", "th") or any(_CJK.match(t) for t in feats.keys)

    def _place(self, item: StoryItem, feats: _Item, day: float, sig: MinHash) -> tuple[str, str, str | None]:
        cfg = self.config
        for match in self._dups.query(sig):
            other = self._items.get(match.doc_id)
            if other is not None and abs(other.day - day) <= cfg.window_days:
                return other.story, other.origin, "copy"
        if self._needs_embedding(feats):
            self._item_embedding(item, feats)
        best_id, best = None, -1.0  # best margin over the bar that applies to its score
        for sid in self._candidates(feats):
            score, used_emb = self._score(feats, self._stories[sid])
            margin = score - self._bar(used_emb)
            if margin > best or (margin == best and best_id is not None and sid < best_id):
                best_id, best = sid, margin
        if best_id is None or best < 0.0:
            cross = self._cross_lingual(item, feats, day) or self._same_language_by_embedding(feats, day)
            if cross is not None:
                best_id, best = cross, 1.0
        if best_id is not None and best >= 0.0:
            origin, relation = self._origin_in(self._stories[best_id], item, feats)
            return best_id, origin, relation
        sid = f"S{self._next_story:06d}"
        self._next_story += 1
        self._active[sid] = None
        self._stories[sid] = Story(
            story_id=sid,
            title=item.title or item.text[:120],
            first_day=day,
            last_day=day,
            emb_text=f"{item.title}\n{item.text}"[: cfg.embed_chars],
        )
        heapq.heappush(self._story_heap, (day, sid))
        return sid, item.article_id, None

    def _candidates(self, feats: _Item) -> list[str]:
        hits: Counter[str] = Counter()
        # look up by the article's strongest terms that earlier articles also used
        seen = [t for t in sorted(feats.vec, key=lambda t: (-feats.vec[t], t)) if self._df[t] > 1]
        for key in [*seen[: self.config.key_terms], *(f"e:{e}" for e in feats.entities)]:
            posting = self._postings.get(key)
            if posting and len(posting) <= self.config.max_posting:
                hits.update(posting)
        window = self.config.window_days
        ranked = [
            sid
            for sid, n in hits.most_common()
            if n >= 2
            and self._stories[sid].active
            and (self._stories[sid].last_day >= feats.day - window or self._stories[sid].last_day == UNDATED)
        ]
        return ranked[: self.config.max_candidates]

    def _score(self, feats: _Item, story: Story) -> tuple[float, bool]:
        """Combined score and whether an embedding took part in it (which decides the bar to clear)."""
        if self.config.link == "average":
            members = [self._items[m] for m in story.members[-AVERAGE_OVER:] if m in self._items]
            if members:
                scores = [self._pair_score(feats, m) for m in members]
                return sum(sc for sc, _ in scores) / len(scores), any(used for _, used in scores)
        return self._centroid_score(feats, story)

    def _bar(self, used_emb: bool) -> float:
        return self.config.emb_join if used_emb else self.config.threshold

    def _pair_score(self, x: _Item, m: _Item) -> tuple[float, bool]:
        """Article-to-article score, same mix as the centroid score (average-link clustering)."""
        cfg = self.config
        lex = sum(w * m.vec.get(t, 0.0) for t, w in x.vec.items())
        ent = 0.0
        if x.entities and m.entities:
            ent = len(set(x.entities) & set(m.entities)) / min(len(x.entities), len(m.entities))
        names = 0.0
        if x.names and m.names:
            names = len(set(x.names) & set(m.names)) / math.sqrt(len(x.names) * len(m.names))
        score = cfg.w_lex * lex + cfg.w_ent * ent + cfg.w_names * names
        if not x.entities or not m.entities:
            score /= 1.0 - cfg.w_ent
        factor = cfg.no_shared_entity if x.entities and m.entities and ent == 0.0 else 1.0
        if x.emb is not None and m.emb is not None:
            ccos = self._centred_cos(x, m)
            if ccos is not None:
                e, w_emb = min(1.0, max(0.0, (ccos - cfg.c_floor) / (cfg.c_ceil - cfg.c_floor))), cfg.c_w_emb
            else:
                cos = float(np.dot(np.asarray(x.emb, dtype=np.float32), np.asarray(m.emb, dtype=np.float32)))
                e, w_emb = min(1.0, max(0.0, (cos - cfg.emb_floor) / (cfg.emb_ceil - cfg.emb_floor))), cfg.w_emb
            if x.language != m.language:
                return factor * e, True  # shared words mean little across languages
            return factor * ((1 - w_emb) * score + w_emb * e), True
        return factor * score, False

    def _centroid_score(self, feats: _Item, story: Story) -> tuple[float, bool]:
        cfg = self.config
        lex = sum(w * story.centroid.get(t, 0.0) for t, w in feats.vec.items()) / _norm(story.centroid)
        ent = 0.0
        if feats.entities and story.entities:
            shared = sum(1 for e in feats.entities if e in story.entities)
            ent = shared / min(len(feats.entities), len(story.entities))
        names = 0.0
        if feats.names:
            names = sum(1 for k in feats.names if k in story.names) / len(feats.names)
        score = cfg.w_lex * lex + cfg.w_ent * ent + cfg.w_names * names
        if not feats.entities or not story.entities:
            score /= 1.0 - cfg.w_ent  # no entity keys on one side: judge by the rest
        elif ent == 0.0:
            score *= cfg.no_shared_entity  # both name entities, none in common: likely another story
        if feats.emb is not None:
            semb = self._story_embedding(story)
            if semb is not None:
                cos = float(np.dot(np.asarray(feats.emb, dtype=np.float32), semb))
                e = min(1.0, max(0.0, (cos - cfg.emb_floor) / (cfg.emb_ceil - cfg.emb_floor)))
                return (1 - cfg.w_emb) * score + cfg.w_emb * e, True
        return score, False

    def _cross_lingual(self, item: StoryItem, feats: _Item, day: float) -> str | None:
        """Embedding lookup among active stories in other languages (the only cross-lingual bridge)."""
        if self.embed_mode == "never":
            return None
        window = self.config.window_days
        others = [
            s
            for s in (self._stories[sid] for sid in self._active)
            if s.active
            and (s.last_day >= day - window or s.last_day == UNDATED)
            and set(s.languages) - {feats.language}
        ]
        if not others:
            return None
        vec = self._item_embedding(item, feats)
        cvec = self._centred(feats.emb, feats.language) if feats.emb is not None else None
        raw_id, raw_best = None, self.config.embed_threshold
        c_id, c_best = None, self.config.c_embed_threshold
        for s in others:
            semb = self._story_embedding(s, mean=True)
            if semb is None:
                continue
            cos = float(np.dot(vec, semb))
            centred = None
            if cvec is not None and cos >= self.config.c_prefilter:  # the cheap raw check spares most stories
                centred = self._centred_members(s, cvec)
            if centred is not None:
                if centred >= c_best:
                    c_id, c_best = s.story_id, centred
            else:  # a side whose language mean is not trusted yet: the raw bar
                raw = self._foreign_members_cos(s, feats, vec, cos)
                if raw >= raw_best:
                    raw_id, raw_best = s.story_id, raw
        return c_id or raw_id

    def _foreign_members_cos(self, story: Story, feats: _Item, vec: np.ndarray, story_cos: float) -> float:
        """Average raw cosine to the story's recent members in other languages than the article's.

        Raw e5 cosines within one language run high for any two news texts (0.85 for two reports on
        one region), so against a mixed story's mean the article's own-language members would carry a
        neighbouring event over the cross-lingual bar; only the other-language members are compared.
        Without a vector for any of them, the story's mean stands.
        """
        cos = [
            float(np.dot(vec, np.asarray(m.emb, dtype=np.float32)))
            for m in (self._items.get(mid) for mid in story.members[-AVERAGE_OVER:])
            if m is not None and m.emb is not None and m.language != feats.language
        ]
        return sum(cos) / len(cos) if cos else story_cos

    def _same_language_by_embedding(self, feats: _Item, day: float) -> str | None:
        """A same-language story whose members the article matches closely once language means are removed.

        Candidates come from shared key terms, and a paraphrase of the same event (another outlet's
        wording, a machine translation into the language) can share too few of them. Only vectors that
        already exist are compared: nothing is embedded for this lookup, so `embed="auto"` stays cheap.
        """
        cvec = self._centred(feats.emb, feats.language) if feats.emb is not None else None
        if cvec is None:
            return None
        vec = np.asarray(feats.emb, dtype=np.float32)
        window = self.config.window_days
        best_id, best = None, self.config.c_same_threshold
        for sid in self._active:
            s = self._stories[sid]
            if (
                not s.active
                or set(s.languages) != {feats.language}
                or s.emb_sum is None
                or not s.emb_count
                or not (s.last_day >= day - window or s.last_day == UNDATED)
            ):
                continue
            if float(np.dot(vec, np.asarray(s.emb_sum, dtype=np.float32))) / s.emb_count < self.config.c_prefilter:
                continue
            centred = self._centred_members(s, cvec)
            if centred is not None and centred >= best:
                best_id, best = sid, centred
        return best_id

    def _centred_members(self, story: Story, cvec: np.ndarray) -> float | None:
        """Average centred cosine to the story's recent members (None if any lacks a trusted mean)."""
        cos = []
        for mid in story.members[-AVERAGE_OVER:]:
            m = self._items.get(mid)
            cm = self._centred(m.emb, m.language) if m is not None and m.emb is not None else None
            if cm is None:
                return None
            cos.append(float(np.dot(cvec, cm)))
        return sum(cos) / len(cos) if cos else None

    def _origin_in(self, story: Story, item: StoryItem, feats: _Item) -> tuple[str, str | None]:
        """A translation of a member counts as that member's source, not a new one."""
        members = [self._items[m] for m in story.members if m in self._items]
        for note, relation in ((item.translated_from, "translation"), (item.syndicated_from, "copy")):
            if not note:
                continue
            named = fold(note)
            for m in members:
                if m.outlet and (fold(m.outlet) in named or named in fold(m.outlet)):
                    return m.origin, relation
        if any(m.language != feats.language for m in members) and self.embed_mode != "never":
            self._story_embedding(story)  # gives the first member its vector
            self._item_embedding(item, feats)
        # a member whose note names this article's outlet translated this article, not the other way round
        foreign = [
            m
            for m in members
            if m.language != feats.language and m.emb is not None and not _names_outlet(m, feats.outlet)
        ]
        if foreign and feats.emb is not None:
            vec = np.asarray(feats.emb, dtype=np.float32)
            best = max(foreign, key=lambda m: float(np.dot(vec, np.asarray(m.emb, dtype=np.float32))))
            if float(np.dot(vec, np.asarray(best.emb, dtype=np.float32))) >= self.config.translation_cos:
                return best.origin, "translation"
        return item.article_id, None

    def _adopt_earlier_copies(self, story: Story, feats: _Item) -> None:
        """Members that name this article's outlet as their source become its copies or translations.

        A translation dated by day only ("2031-05-06") sorts before its original stamped with a time
        of the same day, so it arrives first and finds no member its note names; without this, the
        original and its translation would count as two independent reports.
        """
        moved: set[str] = set()
        for mid in self._noted.get(story.story_id, ()):  # few members carry a note: no walk over a large story
            m = self._items.get(mid)
            if m is None or m is feats or m.relation is not None or m.origin != m.article_id:
                continue
            relation = _names_outlet(m, feats.outlet)
            if relation:
                m.relation = relation
                moved.add(m.article_id)
        if not moved:
            return
        for idx, mid in enumerate(story.members):
            m = self._items.get(mid)
            if story.origins[idx] in moved:
                story.origins[idx] = feats.origin
                if m is not None:
                    m.origin = feats.origin

    # ---------------------------------------------------------------- bookkeeping
    def _index_item(self, feats: _Item, sig: MinHash | None = None) -> None:
        self._items[feats.article_id] = feats
        self._item_languages[feats.language] += 1
        if feats.translated_from or feats.syndicated_from:
            self._noted.setdefault(feats.story, []).append(feats.article_id)
        self._story_of[feats.article_id] = feats.story
        heapq.heappush(self._item_heap, (feats.day, feats.article_id))
        self._dups.add(feats.article_id, sig or self._dups.from_hashvalues(feats.minhash))

    def _join(self, story: Story, feats: _Item, item: StoryItem) -> None:
        cfg = self.config
        story.members.append(feats.article_id)
        story.origins.append(feats.origin)
        if feats.outlet:
            story.outlets[feats.outlet] = story.outlets.get(feats.outlet, 0) + 1
        story.languages[feats.language] = story.languages.get(feats.language, 0) + 1
        if feats.day > story.last_day:
            story.last_day = feats.day
            heapq.heappush(self._story_heap, (feats.day, story.story_id))
        if story.first_day == UNDATED or feats.day != UNDATED:
            story.first_day = min(story.first_day, feats.day) if story.first_day != UNDATED else feats.day
        if not story.title and item.title:
            story.title = item.title
        merged = dict(story.centroid)
        for t, w in feats.vec.items():
            merged[t] = merged.get(t, 0.0) + w
        story.centroid = _top(merged, cfg.centroid_terms)
        for k in feats.names:
            story.names[k] = story.names.get(k, 0) + 1
        for e in feats.entities:
            story.entities[e] = story.entities.get(e, 0) + 1
        if feats.emb is not None:
            if story.emb_sum is None:
                story.emb_sum, story.emb_count = list(feats.emb), 1
            else:
                story.emb_sum = (np.asarray(story.emb_sum) + np.asarray(feats.emb)).tolist()
                story.emb_count = story.emb_count + 1 if story.emb_count else 0
        known = set(story.index_keys)
        for key in [*feats.keys, *(f"e:{e}" for e in feats.entities)]:
            self._postings.setdefault(key, set()).add(story.story_id)
            if key not in known:
                story.index_keys.append(key)
                known.add(key)

    def _expire(self) -> None:
        """Drop stories and items that left the window from every index (keeps per-article cost flat)."""
        horizon = self._latest - self.config.window_days
        while self._item_heap and self._item_heap[0][0] < horizon:
            _, aid = heapq.heappop(self._item_heap)
            it = self._items.pop(aid, None)
            if it is not None:
                self._dups.remove(aid)
                self._item_languages[it.language] -= 1
                noted = self._noted.get(it.story)
                if noted is not None and aid in noted:
                    noted.remove(aid)
                    if not noted:
                        del self._noted[it.story]
        while self._story_heap and self._story_heap[0][0] < horizon:
            day, sid = heapq.heappop(self._story_heap)
            story = self._stories[sid]
            if story.last_day > day or not story.active or story.last_day == UNDATED:
                continue  # a newer heap entry exists, or the story waits for its first dated article
            self._close(story)

    def _close(self, story: Story) -> None:
        story.active = False
        self._active.pop(story.story_id, None)
        for key in story.index_keys:
            posting = self._postings.get(key)
            if posting is not None:
                posting.discard(story.story_id)
                if not posting:
                    del self._postings[key]
        story.centroid, story.names, story.entities = {}, {}, {}
        story.emb_sum, story.emb_count, story.emb_text, story.index_keys = None, 0, "", []

    # ---------------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, Any]:
        """JSON-able state of what can still change: the active stories and the articles they hold.

        A closed story never takes another member, and its summary is already stored (an update
        stores the summary of every story it touched), so leaving closed stories out keeps the
        state as large as the window rather than the archive; it is read and rewritten on every
        ingest (at 30k articles the whole history made 14 MB and 2 s of that per ingest).
        """
        active = [s for s in self._stories.values() if s.active]
        live = {m for s in active for m in s.members} | set(self._items)
        return {
            "version": STATE_VERSION,
            "config": asdict(self.config),
            "embed_mode": self.embed_mode,
            "df": dict(self._df),
            "n_docs": self._n_docs,
            "next_story": self._next_story,
            "latest": self._latest,
            **self._means.to_dict(),  # "lang_sum", "lang_n"
            "items": [asdict(it) for it in self._items.values()],
            "story_of": {a: sid for a, sid in self._story_of.items() if a in live},
            "stories": [asdict(s) for s in active],
        }

    @classmethod
    def from_dict(cls, state: dict[str, Any], embedder: Embedder | None = None) -> StoryClusterer:
        if state.get("version") != STATE_VERSION:
            raise StoryInputError(
                f"clusterer state version {state.get('version')!r} is not {STATE_VERSION}; re-cluster"
            )
        obj = cls(ClusterConfig(**state["config"]), embed=state["embed_mode"], embedder=embedder)
        obj._df = Counter(state["df"])
        obj._n_docs = int(state["n_docs"])
        obj._next_story = int(state["next_story"])
        obj._latest = float(state["latest"])
        obj._story_of = dict(state["story_of"])
        obj._means = LanguageMeans.from_dict(state, obj.config.center, obj.config.center_min)
        for sd in state["stories"]:
            story = Story(**sd)
            obj._stories[story.story_id] = story
            if story.active:
                obj._active[story.story_id] = None
            if story.active:
                heapq.heappush(obj._story_heap, (story.last_day, story.story_id))
                for key in story.index_keys:
                    obj._postings.setdefault(key, set()).add(story.story_id)
        for idict in state["items"]:
            obj._index_item(_Item(**idict))
        return obj
