"""All SQL of lagebild lives here: one `Store` over SQLite (default) or PostgreSQL.

The same SQLAlchemy Core statements run on both; only full-text search differs (FTS5 vs tsvector).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection

from lagebild.errors import StoreError
from lagebild.records import Analysis, Article, Failure, RawDocument
from lagebild.store import schema as s

MAX_QUARANTINE_BYTES = 1_000_000
DEFAULT_DB = "lagebild.db"


def database_url(db: str | None) -> str:
    """Accept a plain path for SQLite, or any SQLAlchemy URL (postgresql://...)."""
    db = db or DEFAULT_DB
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://") :]
        if db.startswith("postgres://"):
            return "postgresql+psycopg://" + db[len("postgres://") :]
        return db
    return f"sqlite:///{db}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


_FTS_SQL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]
_PG_FTS_SQL = [
    "CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles USING gin "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || text))",
]


class EncodedJSON(str):
    """A JSON document encoded already (by `ArticleValues.of`); the SQLite engine stores it as it is."""


def _json_dumps(value: Any) -> str:
    """The SQLite engine's JSON encoder: SQLAlchemy's default (`json.dumps`), except for a document that
    arrives encoded."""
    return value if isinstance(value, EncodedJSON) else json.dumps(value)


@dataclass(frozen=True, slots=True)
class ArticleValues:
    """A clean article as its row stores it, with its JSON document encoded: built by the cleaning worker,
    so the process that writes the store neither unpickles the Article's blocks nor encodes and hashes it
    again (together about a tenth of a plain-text page's CPU, in the one process that all workers wait on)."""

    content_hash: str
    raw_sha256: str | None
    source_id: str | None
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    text: str
    data: str  # json.dumps(article.to_dict()): what SQLAlchemy's JSON type would store

    @classmethod
    def of(cls, article: Article) -> ArticleValues:
        data = article.to_dict()
        return cls(
            content_hash=data["content_hash"],
            raw_sha256=article.raw_sha256,
            source_id=article.source_id,
            url=article.url,
            title=data["title"],
            outlet=article.outlet,
            published=article.published,
            language=article.language,
            text=article.text,
            data=json.dumps(data),
        )


@dataclass
class ArticleRow:
    """A listing row: what tables and API lists show without loading the whole document."""

    id: int
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    source: str | None
    source_id: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Store:
    """One connection pool and the repository methods every interface shares."""

    def __init__(self, db: str | None = None) -> None:
        self.url = database_url(db)
        try:
            # SQLite only: PostgreSQL's driver encodes JSON itself, and a str there would be stored as a JSON string
            kwargs = {"json_serializer": _json_dumps} if self.url.startswith("sqlite") else {}
            self.engine: Engine = create_engine(self.url, future=True, **kwargs)
            self._encoded_json = bool(kwargs)
        except Exception as exc:  # bad URL or missing driver
            raise StoreError(f"cannot open store {db!r}: {exc}") from exc
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._init_schema()

    def _init_schema(self) -> None:
        # Two processes opening a new database at once (an ingest and a reader) race between
        # "does the table exist" and "create it"; the loser tries again and finds the tables made.
        for attempt in range(5):
            try:
                with self.engine.begin() as conn:
                    s.metadata.create_all(conn)
                    for stmt in _FTS_SQL if self.is_sqlite else _PG_FTS_SQL:
                        conn.execute(text(stmt))
                    conn.execute(delete(s.settings).where(s.settings.c.key == "schema_version"))
                    conn.execute(insert(s.settings).values(key="schema_version", value=str(s.SCHEMA_VERSION)))
                return
            except Exception as exc:
                if attempt < 4 and "already exists" in str(exc):
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise StoreError(f"cannot initialise store at {self.url}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------------------

    def begin(self) -> Any:
        """A transaction; ingest commits in small batches so a kill loses only the open batch."""
        return self.engine.begin()

    def connect(self) -> Connection:
        """A connection for batch writers that commit every few documents themselves."""
        return self.engine.connect()

    def has_raw(self, conn: Connection, sha256: str) -> bool:
        return (
            conn.execute(select(s.raw_documents.c.sha256).where(s.raw_documents.c.sha256 == sha256)).first() is not None
        )

    def add_raw(self, conn: Connection, raw: RawDocument) -> bool:
        """Insert a raw document; False when the same bytes were stored before (re-ingest is a no-op)."""
        if self.has_raw(conn, raw.sha256):
            return False
        conn.execute(
            insert(s.raw_documents).values(
                sha256=raw.sha256,
                source=raw.source,
                media_type=raw.media_type,
                origin_url=raw.origin_url,
                fetched_at=raw.fetched_at,
                meta=raw.meta,
                data=raw.data,
            )
        )
        return True

    def add_article(self, conn: Connection, article: Article, source: str, cleaner_version: str) -> tuple[int, bool]:
        """Store an article keyed by content hash; returns (id, created)."""
        h = article.content_hash
        row = conn.execute(select(s.articles.c.id).where(s.articles.c.content_hash == h)).first()
        if row is not None:
            return int(row[0]), False
        res = conn.execute(insert(s.articles).values(**self._article_values(article, source, cleaner_version)))
        key = res.inserted_primary_key
        if key is None:
            raise StoreError("the database returned no id for a new article")
        return int(key[0]), True

    def stored_raw(self, conn: Connection, hashes: Sequence[str]) -> set[str]:
        """Which of these raw-document hashes are stored already: one query for a whole ingest batch."""
        if not hashes:
            return set()
        col = s.raw_documents.c.sha256
        return {r[0] for r in conn.execute(select(col).where(col.in_(sorted(set(hashes)))))}

    def add_ingested(
        self, conn: Connection, items: Sequence[tuple[RawDocument, Article | ArticleValues]], cleaner_version: str
    ) -> list[tuple[int, bool]]:
        """Store raw documents with their clean articles; (article id, created) for each item, in order.

        The rules of `add_raw` and `add_article` (stored bytes are not stored again; an article whose
        content hash is known keeps its id, also within the batch), in a few statements per batch:
        building and running the statements one document at a time cost about as much as cleaning
        a short article.
        """
        seen = self.stored_raw(conn, [raw.sha256 for raw, _ in items])
        raw_rows: list[dict[str, Any]] = []
        for raw, _ in items:
            if raw.sha256 not in seen:
                seen.add(raw.sha256)
                raw_rows.append(
                    {
                        "sha256": raw.sha256,
                        "source": raw.source,
                        "media_type": raw.media_type,
                        "origin_url": raw.origin_url,
                        "fetched_at": raw.fetched_at,
                        "meta": raw.meta,
                        "data": raw.data,
                    }
                )
        if raw_rows:
            conn.execute(insert(s.raw_documents), raw_rows)
        values = [a if isinstance(a, ArticleValues) else ArticleValues.of(a) for _, a in items]
        hashes = [v.content_hash for v in values]
        col = s.articles.c.content_hash
        known: dict[str, int] = {
            h: int(i) for h, i in conn.execute(select(col, s.articles.c.id).where(col.in_(sorted(set(hashes)))))
        }
        new_rows: list[dict[str, Any]] = []
        first: dict[str, int] = {}  # content hash -> index of its row in new_rows
        for (raw, _), v in zip(items, values, strict=True):
            h = v.content_hash
            if h not in known and h not in first:
                first[h] = len(new_rows)
                new_rows.append(self._new_row(v, raw.source, cleaner_version))
        ids: list[int] = []
        if new_rows:
            stmt = insert(s.articles).returning(s.articles.c.id, sort_by_parameter_order=True)
            ids = [int(i) for i in conn.execute(stmt, new_rows).scalars().all()]
            if len(ids) != len(new_rows):
                raise StoreError("the database returned no id for a new article")
        out: list[tuple[int, bool]] = []
        for h in hashes:
            if h in known:
                out.append((known[h], False))
            else:
                out.append((ids[first[h]], True))
                known[h] = ids[first[h]]  # a later copy in the same batch is a duplicate
        return out

    def replace_article(self, conn: Connection, article_id: int, article: Article, cleaner_version: str) -> None:
        """Used by `reclean`: keep the id (analyses and stories refer to it), replace the content."""
        values = self._article_values(article, None, cleaner_version)
        values.pop("source")
        clash = conn.execute(
            select(s.articles.c.id).where(
                and_(s.articles.c.content_hash == values["content_hash"], s.articles.c.id != article_id)
            )
        ).first()
        if clash is not None:
            values.pop("content_hash")  # another stored article already has this content: keep both ids
        conn.execute(update(s.articles).where(s.articles.c.id == article_id).values(**values))
        conn.execute(delete(s.analyses).where(s.analyses.c.article_id == article_id))
        conn.execute(delete(s.entity_rows).where(s.entity_rows.c.article_id == article_id))
        conn.execute(delete(s.quote_rows).where(s.quote_rows.c.article_id == article_id))

    def _new_row(self, v: ArticleValues, source: str | None, cleaner_version: str) -> dict[str, Any]:
        return {
            "content_hash": v.content_hash,
            "raw_sha256": v.raw_sha256,
            "source": source,
            "source_id": v.source_id,
            "url": v.url,
            "title": v.title,
            "outlet": v.outlet,
            "published": v.published,
            "language": v.language,
            "text": v.text,
            "data": EncodedJSON(v.data) if self._encoded_json else json.loads(v.data),
            "cleaner_version": cleaner_version,
        }

    @staticmethod
    def _article_values(article: Article, source: str | None, cleaner_version: str) -> dict[str, Any]:
        """The article's row, its JSON document encoded by the engine."""
        data = article.to_dict()
        return {
            "content_hash": data["content_hash"],
            "raw_sha256": article.raw_sha256,
            "source": source,
            "source_id": article.source_id,
            "url": article.url,
            "title": data["title"],
            "outlet": article.outlet,
            "published": article.published,
            "language": article.language,
            "text": article.text,
            "data": data,
            "cleaner_version": cleaner_version,
        }

    def quarantine(self, conn: Connection, failure: Failure) -> None:
        data = failure.data[:MAX_QUARANTINE_BYTES] if failure.data else None
        conn.execute(
            insert(s.quarantine).values(
                source=failure.source, stage=failure.stage, reason=failure.reason, sha256=failure.sha256, data=data
            )
        )

    def put_analysis(self, conn: Connection, article_id: int, analysis: Analysis, version: str) -> None:
        """Store one analysis and its denormalised entity and quote rows (replacing older ones)."""
        conn.execute(delete(s.analyses).where(s.analyses.c.article_id == article_id))
        conn.execute(delete(s.entity_rows).where(s.entity_rows.c.article_id == article_id))
        conn.execute(delete(s.quote_rows).where(s.quote_rows.c.article_id == article_id))
        conn.execute(
            insert(s.analyses).values(article_id=article_id, analyzer_version=version, data=analysis.to_dict())
        )
        ent_rows = [
            {
                "article_id": article_id,
                "key": e.key,
                "name": e.name,
                "type": e.type,
                "kb_id": e.kb_id,
                "mentions": len(e.mentions),
                "roles": e.roles,
                "variants": sorted({m.text for m in e.mentions}),
            }
            for e in analysis.entities
        ]
        if ent_rows:
            conn.execute(insert(s.entity_rows), ent_rows)
        q_rows = [
            {
                "article_id": article_id,
                "idx": i,
                "kind": q.kind,
                "text": q.text.text,
                "start": q.text.start,
                "end": q.text.end,
                "speaker": q.speaker.text if q.speaker else None,
                "entity_key": q.speaker.entity_key if q.speaker else None,
                "anonymous": bool(q.speaker and q.speaker.anonymous),
                "channel": q.channel.text if q.channel else None,
            }
            for i, q in enumerate(analysis.quotes)
        ]
        if q_rows:
            conn.execute(insert(s.quote_rows), q_rows)

    # ---- reading -------------------------------------------------------------------------------------

    def _row(self, r: Any) -> ArticleRow:
        return ArticleRow(r.id, r.title, r.outlet, r.published, r.language, r.source, r.source_id, r.url)

    _list_cols = (
        s.articles.c.id,
        s.articles.c.title,
        s.articles.c.outlet,
        s.articles.c.published,
        s.articles.c.language,
        s.articles.c.source,
        s.articles.c.source_id,
        s.articles.c.url,
    )

    def _article_filters(
        self, outlet: str | None, language: str | None, since: str | None, until: str | None
    ) -> list[Any]:
        conds: list[Any] = []
        if outlet:
            conds.append(s.articles.c.outlet == outlet)
        if language:
            conds.append(s.articles.c.language == language)
        if since:
            conds.append(s.articles.c.published >= since)
        if until:
            conds.append(s.articles.c.published <= until + "\uffff")
        return conds

    def list_articles(
        self,
        *,
        outlet: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[ArticleRow]:
        q = select(*self._list_cols).where(*self._article_filters(outlet, language, since, until))
        q = q.order_by(s.articles.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [self._row(r) for r in conn.execute(q)]

    def count_articles(
        self,
        *,
        outlet: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> int:
        q = select(func.count()).select_from(s.articles).where(*self._article_filters(outlet, language, since, until))
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    def article_ids(self) -> list[int]:
        with self.engine.connect() as conn:
            return [int(r[0]) for r in conn.execute(select(s.articles.c.id).order_by(s.articles.c.id))]

    def get_article(self, article_id: int) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.articles.c.data).where(s.articles.c.id == article_id)).first()
        return Article.from_dict(_json(row[0])) if row else None

    def get_articles(self, ids: Sequence[int]) -> dict[int, Article]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.articles.c.id, s.articles.c.data).where(s.articles.c.id.in_(list(ids))))
            return {int(r.id): Article.from_dict(_json(r.data)) for r in rows}

    def get_article_row(self, article_id: int) -> ArticleRow | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(*self._list_cols).where(s.articles.c.id == article_id)).first()
        return self._row(r) if r else None

    def get_raw(self, sha256: str) -> RawDocument | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(s.raw_documents).where(s.raw_documents.c.sha256 == sha256)).first()
        if r is None:
            return None
        return RawDocument(
            data=bytes(r.data),
            media_type=r.media_type,
            source=r.source,
            origin_url=r.origin_url,
            fetched_at=r.fetched_at,
            meta=_json(r.meta),
            sha256=r.sha256,
        )

    def iter_article_raw(self) -> Iterator[tuple[int, str | None]]:
        with self.engine.connect() as conn:
            yield from ((int(r[0]), r[1]) for r in conn.execute(select(s.articles.c.id, s.articles.c.raw_sha256)))

    def get_analysis(self, article_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.analyses.c.data).where(s.analyses.c.article_id == article_id)).first()
        return _json(row[0]) if row else None

    def analysed_ids(self) -> set[int]:
        with self.engine.connect() as conn:
            return {int(r[0]) for r in conn.execute(select(s.analyses.c.article_id))}

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[tuple[ArticleRow, str]]:
        """Full-text search: every word must occur (any inflection-insensitive tricks are the engine's)."""
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        with self.engine.connect() as conn:
            if self.is_sqlite:
                # Ordering the FTS table alone by `rank` lets FTS5 rank and cut to `limit` before making
                # snippets; joining `articles` first would make a snippet for every match.
                match = " ".join(f'"{w}"' for w in words)
                sql = text(
                    "SELECT rowid, snippet(articles_fts, 1, '[', ']', ' … ', 12) FROM articles_fts "
                    "WHERE articles_fts MATCH :m ORDER BY rank LIMIT :l OFFSET :o"
                )
                hits = [(int(r[0]), str(r[1])) for r in conn.execute(sql, {"m": match, "l": limit, "o": offset})]
            else:
                sql = text(
                    "SELECT id, ts_headline('simple', text, plainto_tsquery('simple', :q), "
                    "'StartSel=[,StopSel=],MaxWords=24,MinWords=8') FROM articles "
                    "WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) @@ plainto_tsquery('simple', :q) "
                    "ORDER BY ts_rank(to_tsvector('simple', coalesce(title, '') || ' ' || text), "
                    "plainto_tsquery('simple', :q)) DESC, id LIMIT :l OFFSET :o"
                )
                hits = [
                    (int(r[0]), str(r[1])) for r in conn.execute(sql, {"q": " ".join(words), "l": limit, "o": offset})
                ]
            if not hits:
                return []
            rows = {
                r.id: self._row(r)
                for r in conn.execute(select(*self._list_cols).where(s.articles.c.id.in_([h[0] for h in hits])))
            }
        return [(rows[i], snip) for i, snip in hits if i in rows]

    def quarantined(self, limit: int = 100) -> list[dict[str, Any]]:
        q = select(s.quarantine.c.id, s.quarantine.c.source, s.quarantine.c.stage, s.quarantine.c.reason).order_by(
            s.quarantine.c.id.desc()
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q.limit(limit))]

    # ---- entities and quotes -------------------------------------------------------------------------

    def list_entities(
        self, *, type_: str | None = None, limit: int = 100, offset: int = 0, name: str | None = None
    ) -> list[dict[str, Any]]:
        e, a = s.entity_rows, s.articles
        q = (
            select(
                e.c.key,
                func.min(e.c.name).label("name"),
                func.min(e.c.type).label("type"),
                func.max(e.c.kb_id).label("kb_id"),
                func.count(func.distinct(e.c.article_id)).label("articles"),
                func.count(func.distinct(a.c.outlet)).label("outlets"),
                func.sum(e.c.mentions).label("mentions"),
            )
            .join(a, a.c.id == e.c.article_id)
            .group_by(e.c.key)
        )
        if type_:
            q = q.where(e.c.type == type_.upper())
        if name:
            q = q.where(or_(e.c.name.ilike(f"%{name}%"), e.c.key == name))
        q = q.order_by(func.count(func.distinct(e.c.article_id)).desc(), e.c.key).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def entity_detail(self, key_or_name: str) -> dict[str, Any] | None:
        """One entity by key, KB id or (case-insensitive) name or variant."""
        e, a = s.entity_rows, s.articles
        with self.engine.connect() as conn:
            key = conn.execute(
                select(e.c.key).where(or_(e.c.key == key_or_name, e.c.kb_id == key_or_name)).limit(1)
            ).scalar()
            if key is None:
                key = conn.execute(
                    select(e.c.key)
                    .where(func.lower(e.c.name) == key_or_name.lower())
                    .group_by(e.c.key)
                    .order_by(func.count().desc())
                    .limit(1)
                ).scalar()
            if key is None:
                for r in conn.execute(select(e.c.key, e.c.variants)):
                    if key_or_name.lower() in {v.lower() for v in _json(r.variants)}:
                        key = r.key
                        break
            if key is None:
                return None
            rows = conn.execute(
                select(e, a.c.title, a.c.outlet, a.c.published).join(a, a.c.id == e.c.article_id).where(e.c.key == key)
            ).all()
        variants: set[str] = set()
        roles: set[str] = set()
        for r in rows:
            variants.update(_json(r.variants))
            roles.update(_json(r.roles))
        first = rows[0]
        return {
            "key": key,
            "name": max((r.name for r in rows), key=len),
            "type": first.type,
            "kb_id": next((r.kb_id for r in rows if r.kb_id), None),
            "variants": sorted(variants),
            "roles": sorted(roles),
            "articles": [
                {
                    "id": r.article_id,
                    "title": r.title,
                    "outlet": r.outlet,
                    "published": r.published,
                    "mentions": r.mentions,
                }
                for r in sorted(rows, key=lambda r: r.article_id)
            ],
        }

    def list_quotes(
        self,
        *,
        speaker: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        article_id: int | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        qt, a = s.quote_rows, s.articles
        q = select(qt, a.c.outlet, a.c.published, a.c.title).join(a, a.c.id == qt.c.article_id)
        q = q.where(*_quote_filters(speaker, entity, outlet, since, until, article_id))
        q = q.order_by(qt.c.article_id, qt.c.idx).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # ---- stories -------------------------------------------------------------------------------------

    def get_state(self, name: str) -> bytes | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(s.stage_state.c.data).where(s.stage_state.c.name == name)).first()
        return bytes(r[0]) if r else None

    def put_state(self, conn: Connection, name: str, data: bytes) -> None:
        conn.execute(delete(s.stage_state).where(s.stage_state.c.name == name))
        conn.execute(insert(s.stage_state).values(name=name, data=data))

    def clustered_ids(self) -> set[int]:
        with self.engine.connect() as conn:
            return {int(r[0]) for r in conn.execute(select(s.story_articles.c.article_id))}

    def put_story_members(self, conn: Connection, members: dict[int, str]) -> None:
        if not members:
            return
        conn.execute(delete(s.story_articles).where(s.story_articles.c.article_id.in_(list(members))))
        conn.execute(insert(s.story_articles), [{"article_id": k, "story_id": v} for k, v in members.items()])

    def put_stories(self, conn: Connection, summaries: Sequence[dict[str, Any]]) -> None:
        """Upsert story summaries (id, title, first_seen, last_seen, article_count, independent_count, ...)."""
        if not summaries:
            return
        conn.execute(delete(s.stories).where(s.stories.c.id.in_([x["id"] for x in summaries])))
        conn.execute(
            insert(s.stories),
            [
                {
                    "id": x["id"],
                    "title": x.get("title"),
                    "first_seen": x.get("first_seen"),
                    "last_seen": x.get("last_seen"),
                    "article_count": int(x.get("article_count", 0)),
                    "independent_count": int(x.get("independent_count", 0)),
                    "data": x,
                }
                for x in summaries
            ],
        )

    def list_stories(
        self,
        *,
        order: str = "newest",
        since: str | None = None,
        min_articles: int = 1,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        st = s.stories
        q = select(st.c.data).where(st.c.article_count >= min_articles)
        if since:
            q = q.where(st.c.last_seen >= since)
        if order == "largest":
            q = q.order_by(st.c.article_count.desc(), st.c.last_seen.desc(), st.c.id)
        else:
            q = q.order_by(st.c.last_seen.desc(), st.c.article_count.desc(), st.c.id)
        with self.engine.connect() as conn:
            return [_json(r[0]) for r in conn.execute(q.limit(limit).offset(offset))]

    def count_stories(self, min_articles: int = 1) -> int:
        with self.engine.connect() as conn:
            q = select(func.count()).select_from(s.stories).where(s.stories.c.article_count >= min_articles)
            return int(conn.execute(q).scalar_one())

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(s.stories.c.data).where(s.stories.c.id == story_id)).first()
        return _json(r[0]) if r else None

    def story_article_ids(self, story_id: str) -> list[int]:
        with self.engine.connect() as conn:
            q = select(s.story_articles.c.article_id).where(s.story_articles.c.story_id == story_id)
            return sorted(int(r[0]) for r in conn.execute(q))

    def story_of(self, article_id: int) -> str | None:
        with self.engine.connect() as conn:
            q = select(s.story_articles.c.story_id).where(s.story_articles.c.article_id == article_id)
            return conn.execute(q).scalar()

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:

            def n(t: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(t)).scalar_one())

            return {
                "raw_documents": n(s.raw_documents),
                "articles": n(s.articles),
                "analyses": n(s.analyses),
                "stories": n(s.stories),
                "quarantined": n(s.quarantine),
            }

    # ---- web and API views: counts and aggregates for lists, plots and pages ---------------------------

    def count_entities(self, *, type_: str | None = None, name: str | None = None) -> int:
        """The total that `list_entities` pages through with the same filters."""
        e = s.entity_rows
        q = select(func.count(func.distinct(e.c.key))).select_from(e)
        if type_:
            q = q.where(e.c.type == type_.upper())
        if name:
            q = q.where(or_(e.c.name.ilike(f"%{name}%"), e.c.key == name))
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    def count_quotes(
        self,
        *,
        speaker: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        article_id: int | None = None,
    ) -> int:
        """The total that `list_quotes` pages through with the same filters."""
        qt, a = s.quote_rows, s.articles
        q = select(func.count()).select_from(qt.join(a, a.c.id == qt.c.article_id))
        q = q.where(*_quote_filters(speaker, entity, outlet, since, until, article_id))
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    def count_search(self, query: str) -> int:
        """The total that `search` pages through for the same query."""
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return 0
        with self.engine.connect() as conn:
            if self.is_sqlite:
                sql = text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :m")
                return int(conn.execute(sql, {"m": " ".join(f'"{w}"' for w in words)}).scalar_one())
            sql = text(
                "SELECT count(*) FROM articles WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) "
                "@@ plainto_tsquery('simple', :q)"
            )
            return int(conn.execute(sql, {"q": " ".join(words)}).scalar_one())

    def articles_per_day(
        self, *, since: str | None = None, until: str | None = None, ids: Sequence[int] | None = None
    ) -> list[tuple[str, int]]:
        """(YYYY-MM-DD, count) for coverage plots; articles without a date are left out."""
        day = func.substr(s.articles.c.published, 1, 10)
        q = select(day.label("day"), func.count()).where(s.articles.c.published.is_not(None))
        q = q.where(*self._article_filters(None, None, since, until))
        if ids is not None:
            q = q.where(s.articles.c.id.in_(list(ids)))
        q = q.group_by(day).order_by(day)
        with self.engine.connect() as conn:
            return [(str(r[0]), int(r[1])) for r in conn.execute(q)]

    def outlet_counts(self, *, since: str | None = None, limit: int = 20) -> list[tuple[str | None, int]]:
        """Articles per outlet, largest first, for the outlet-mix plot."""
        a = s.articles
        q = select(a.c.outlet, func.count().label("n")).where(*self._article_filters(None, None, since, None))
        q = q.group_by(a.c.outlet).order_by(func.count().desc(), a.c.outlet).limit(limit)
        with self.engine.connect() as conn:
            return [(r[0], int(r[1])) for r in conn.execute(q)]

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """Listing rows of many articles at once, in id order."""
        if not ids:
            return []
        q = select(*self._list_cols).where(s.articles.c.id.in_(list(ids))).order_by(s.articles.c.id)
        with self.engine.connect() as conn:
            return [self._row(r) for r in conn.execute(q)]

    def story_members(self, story_ids: Sequence[str]) -> dict[str, list[int]]:
        """Article ids of several stories in one query (home page timelines)."""
        if not story_ids:
            return {}
        sa = s.story_articles
        q = select(sa.c.story_id, sa.c.article_id).where(sa.c.story_id.in_(list(story_ids)))
        out: dict[str, list[int]] = {sid: [] for sid in story_ids}
        with self.engine.connect() as conn:
            for r in conn.execute(q.order_by(sa.c.article_id)):
                out.setdefault(str(r[0]), []).append(int(r[1]))
        return out

    def latest_story_seen(self) -> str | None:
        """The newest `last_seen` of any story: "the last days" are counted back from here."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(s.stories.c.last_seen))).scalar()

    # ---- serving: persisted story dossiers and batched reads for the web UI ---------------------------

    def get_dossier(self, story_id: str, members_hash: str) -> dict[str, Any] | None:
        """The stored dossier of a story, or None when missing or built for another member set."""
        d = s.dossiers
        q = select(d.c.data).where(d.c.story_id == story_id, d.c.members_hash == members_hash)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        return _json(row[0]) if row else None

    def put_dossier(self, story_id: str, members_hash: str, data: dict[str, Any]) -> None:
        """Store (or replace) a story's dossier; the latest build for a story wins."""
        with self.engine.begin() as conn:
            conn.execute(delete(s.dossiers).where(s.dossiers.c.story_id == story_id))
            conn.execute(insert(s.dossiers).values(story_id=story_id, members_hash=members_hash, data=data))

    def dossier_hashes(self, story_ids: Sequence[str]) -> dict[str, str]:
        """story id -> members hash of the stored dossiers (warming skips what is already valid)."""
        if not story_ids:
            return {}
        d = s.dossiers
        q = select(d.c.story_id, d.c.members_hash).where(d.c.story_id.in_(list(story_ids)))
        with self.engine.connect() as conn:
            return {str(r[0]): str(r[1]) for r in conn.execute(q)}

    def get_analyses(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Analyses of many articles in one query; articles without one are absent."""
        if not ids:
            return {}
        q = select(s.analyses.c.article_id, s.analyses.c.data).where(s.analyses.c.article_id.in_(list(ids)))
        with self.engine.connect() as conn:
            return {int(r[0]): _json(r[1]) for r in conn.execute(q)}

    def request_dossier(self, story_id: str) -> None:
        """Ask the dossier builder for a story (asking twice is one request)."""
        r = s.dossier_requests
        with self.engine.begin() as conn:
            if conn.execute(select(r.c.story_id).where(r.c.story_id == story_id)).first() is None:
                conn.execute(insert(r).values(story_id=story_id))

    def dossier_requests(self, limit: int = 20) -> list[str]:
        """The oldest open dossier requests."""
        r = s.dossier_requests
        with self.engine.connect() as conn:
            q = select(r.c.story_id).order_by(r.c.requested_at, r.c.story_id).limit(limit)
            return [str(x[0]) for x in conn.execute(q)]

    def drop_dossier_request(self, story_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(s.dossier_requests).where(s.dossier_requests.c.story_id == story_id))


def _quote_filters(
    speaker: str | None,
    entity: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    article_id: int | None,
) -> list[Any]:
    """The WHERE clauses shared by `list_quotes` and `count_quotes`, so counts always match lists."""
    qt, a = s.quote_rows, s.articles
    conds: list[Any] = []
    if speaker:
        conds.append(qt.c.speaker.ilike(f"%{speaker}%"))
    if entity:
        conds.append(qt.c.entity_key == entity)
    if outlet:
        conds.append(a.c.outlet == outlet)
    if since:
        conds.append(a.c.published >= since)
    if until:
        conds.append(a.c.published <= until + "\uffff")
    if article_id is not None:
        conds.append(qt.c.article_id == article_id)
    return conds


def _json(value: Any) -> Any:
    """SQLite JSON columns come back decoded, but be lenient with values stored as text."""
    return json.loads(value) if isinstance(value, str | bytes) else value
