"""Plain typed records passed between pipeline stages.

Stages never reach into each other's internals: ingest yields `RawDocument`, clean turns one into an
`Article`, analyze turns an `Article` into an `Analysis`. Every annotation points into `Article.text`
by character offsets, so any extracted item can be shown with its evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

BlockKind = Literal["title", "kicker", "teaser_title", "bullet", "lede", "body", "subhead", "caption"]
LineLabel = Literal[
    "title",
    "kicker",
    "teaser_title",
    "dateline",
    "caption",
    "bullet",
    "lede",
    "body",
    "subhead",
    "provenance",
    "boilerplate",
]


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass
class RawDocument:
    """One input document exactly as it arrived; kept so cleaning can be re-run after upgrades."""

    data: bytes
    media_type: str  # "text/plain", "text/html", "application/json" (a JSONL line), ...
    source: str  # path, path#line, path#record or URL it came from
    origin_url: str | None = None
    fetched_at: str | None = None  # ISO timestamp
    meta: dict[str, Any] = field(default_factory=dict)  # hints: outlet, published, language, source_id, title
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = sha256_hex(self.data)


@dataclass
class Block:
    """A piece of the clean article in reading order, with its offsets into `Article.text`."""

    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0


@dataclass
class Provenance:
    """Where the text says it comes from: a translation or syndication note, an image credit."""

    kind: Literal["translated_from", "syndicated_from", "original_at", "image_credit", "source_note"]
    outlet: str | None
    text: str  # the line or phrase as it stood in the input


@dataclass
class Article:
    """A cleaned article. `text` is the one string all analysis offsets refer to."""

    blocks: list[Block]
    removed: list[str] = field(default_factory=list)  # input lines judged boilerplate
    provenance: list[Provenance] = field(default_factory=list)
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    updated: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    url: str | None = None
    source_id: str | None = None  # the id the input gave this article (JSONL `id`)
    raw_sha256: str | None = None
    reading_time_min: int | None = None
    text: str = ""

    def __post_init__(self) -> None:
        if not self.text:
            self.assemble()

    def assemble(self) -> None:
        """Join blocks into `text` and set each block's offsets; blocks are separated by a blank line."""
        parts: list[str] = []
        pos = 0
        for block in self.blocks:
            if parts:
                parts.append("\n\n")
                pos += 2
            block.start = pos
            block.end = pos + len(block.text)
            parts.append(block.text)
            pos = block.end
        self.text = "".join(parts)

    def _first(self, kind: BlockKind) -> str | None:
        return next((b.text for b in self.blocks if b.kind == kind), None)

    @property
    def title(self) -> str | None:
        return self._first("title")

    @property
    def kicker(self) -> str | None:
        return self._first("kicker")

    @property
    def lede(self) -> str | None:
        return self._first("lede")

    @property
    def bullets(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "bullet"]

    @property
    def captions(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "caption"]

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("body", "subhead")]

    @property
    def body_text(self) -> str:
        """Lede and paragraphs only: what similarity and search should look at."""
        return "\n\n".join(b.text for b in self.blocks if b.kind in ("lede", "body", "subhead"))

    @property
    def content_hash(self) -> str:
        """Identity of an article: same clean text and title means the same article."""
        return sha256_hex((self.title or "") + "\x00" + self.text)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape printed by `lagebild clean --format json` and stored."""
        return {
            "title": self.title,
            "kicker": self.kicker,
            "teaser_title": self._first("teaser_title"),
            "lede": self.lede,
            "bullets": self.bullets,
            "paragraphs": [{"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in self.paragraphs],
            "captions": self.captions,
            "published": self.published,
            "updated": self.updated,
            "outlet": self.outlet,
            "author": self.author,
            "language": self.language,
            "url": self.url,
            "source_id": self.source_id,
            "reading_time_min": self.reading_time_min,
            # field by field: dataclasses.asdict deep-copies every value and costs more than the JSON encoding
            "provenance": [{"kind": p.kind, "outlet": p.outlet, "text": p.text} for p in self.provenance],
            "removed": self.removed,
            "blocks": [{"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in self.blocks],
            "text": self.text,
            "raw_sha256": self.raw_sha256,
            "content_hash": self.content_hash,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        blocks = [Block(**b) for b in d.get("blocks", [])]
        art = cls(
            blocks=blocks,
            removed=list(d.get("removed", [])),
            provenance=[Provenance(**p) for p in d.get("provenance", [])],
            published=d.get("published"),
            updated=d.get("updated"),
            outlet=d.get("outlet"),
            author=d.get("author"),
            language=d.get("language"),
            url=d.get("url"),
            source_id=d.get("source_id"),
            raw_sha256=d.get("raw_sha256"),
            reading_time_min=d.get("reading_time_min"),
            text=d.get("text", ""),
        )
        if not art.text:
            art.assemble()
        return art


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    """One canonical entity of an article, with all its mentions."""

    key: str  # stable across articles: kb id if linked, else a normalised-name key
    name: str
    type: str  # PER, ORG, LOC, MISC
    kb_id: str | None
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Speaker:
    start: int
    end: int
    text: str
    entity_key: str | None = None
    anonymous: bool = False
    description: str | None = None  # what the text says about an anonymous speaker, or the role


@dataclass
class Quote:
    kind: Literal["direct", "indirect", "reported"]
    text: Span
    cue: Span | None = None
    speaker: Speaker | None = None
    channel: Span | None = None


@dataclass
class Source:
    """A node of the sourcing chain: who the article relies on, and whom they cite in turn."""

    id: str
    name: str
    type: str  # news_outlet, news_agency, government_official, anonymous_official, expert, think_tank,
    # politician, organisation, document, person, original_publication
    parent: str | None  # id of the source through which this one is cited; None = cited by the article
    mentions: list[Span] = field(default_factory=list)
    statements: list[int] = field(default_factory=list)  # indices into Analysis.quotes


@dataclass
class Analysis:
    """Everything the per-article analysis finds; offsets refer to the text whose hash is `text_sha256`."""

    article_id: str | int | None
    language: str | None
    text_sha256: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    timexes: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["id"] = d.pop("article_id")
        d["sentences"] = [list(s) for s in self.sentences]
        return d


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@dataclass
class Failure:
    """An input that could not be used: reported at the end of a batch and kept in quarantine."""

    source: str
    reason: str  # one line a user can act on
    stage: Literal["ingest", "clean", "analyze", "store"] = "ingest"
    sha256: str | None = None
    data: bytes | None = None  # the offending bytes where they could be read (capped)


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"], d.get("text", "")) if d else None


def analysis_from_dict(d: dict[str, Any]) -> Analysis:
    """Rebuild an `Analysis` from its stored JSON (the inverse of `Analysis.to_dict`)."""
    entities = [
        Entity(
            key=e["key"],
            name=e["name"],
            type=e["type"],
            kb_id=e.get("kb_id"),
            roles=list(e.get("roles", [])),
            mentions=[Mention(m["start"], m["end"], m["text"]) for m in e.get("mentions", [])],
        )
        for e in d.get("entities", [])
    ]
    quotes = []
    for q in d.get("quotes", []):
        sp = q.get("speaker")
        quotes.append(
            Quote(
                kind=q["kind"],
                text=Span(q["text"]["start"], q["text"]["end"], q["text"].get("text", "")),
                cue=_span(q.get("cue")),
                speaker=Speaker(**sp) if sp else None,
                channel=_span(q.get("channel")),
            )
        )
    sources = [
        Source(
            id=s["id"],
            name=s["name"],
            type=s["type"],
            parent=s.get("parent"),
            mentions=[Span(m["start"], m["end"], m.get("text", "")) for m in s.get("mentions", [])],
            statements=list(s.get("statements", [])),
        )
        for s in d.get("sources", [])
    ]
    return Analysis(
        article_id=d.get("id"),
        language=d.get("language"),
        text_sha256=d.get("text_sha256", ""),
        sentences=[(int(a), int(b)) for a, b in d.get("sentences", [])],
        entities=entities,
        quotes=quotes,
        sources=sources,
        quantities=list(d.get("quantities", [])),
        timexes=list(d.get("timexes", [])),
    )
