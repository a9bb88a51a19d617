"""The store's tables, defined once for SQLite and PostgreSQL.

Raw bytes are kept next to the clean article so cleaning and analysis can be re-run after an upgrade;
the article's JSON document is the source of truth, the scalar columns exist for filtering and sorting.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
)

SCHEMA_VERSION = 1

metadata = MetaData()

raw_documents = Table(
    "raw_documents",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("media_type", String(80), nullable=False),
    Column("origin_url", Text),
    Column("fetched_at", String(40)),
    Column("meta", JSON, nullable=False, default=dict),
    Column("data", LargeBinary, nullable=False),
    Column("ingested_at", DateTime(timezone=True), server_default=func.now()),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("raw_sha256", String(64), ForeignKey("raw_documents.sha256"), index=True),
    Column("source", Text),
    Column("source_id", Text, index=True),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(200), index=True),
    Column("published", String(40), index=True),
    Column("language", String(8), index=True),
    Column("text", Text, nullable=False),
    Column("data", JSON, nullable=False),
    Column("cleaner_version", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

analyses = Table(
    "analyses",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("analyzer_version", String(20), nullable=False),
    Column("data", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

# Denormalised rows of the analysis, so listings filter in SQL instead of scanning JSON.
entity_rows = Table(
    "entity_mentions",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("kb_id", String(40)),
    Column("mentions", Integer, nullable=False),
    Column("roles", JSON, nullable=False, default=list),
    Column("variants", JSON, nullable=False, default=list),
    Index("ix_entity_key", "key"),
    Index("ix_entity_article", "article_id"),
)

quote_rows = Table(
    "quotes",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker", Text),
    Column("entity_key", String(200), index=True),
    Column("anonymous", Boolean, nullable=False, default=False),
    Column("channel", Text),
    Index("ix_quote_article", "article_id"),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("stage", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("sha256", String(64)),
    Column("data", LargeBinary),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text),
    Column("first_seen", String(40)),
    Column("last_seen", String(40), index=True),
    Column("article_count", Integer, nullable=False, default=0),
    Column("independent_count", Integer, nullable=False, default=0),
    Column("data", JSON, nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", String(64), nullable=False, index=True),
)

# Opaque state of incremental stages (the story clusterer), so a later run resumes where one stopped.
stage_state = Table(
    "stage_state",
    metadata,
    Column("name", String(80), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("updated_at", DateTime(timezone=True), server_default=func.now()),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

# Story dossiers as the web UI shows them, built once (embeddings: seconds per story) and reused by every
# server process; a row is valid while `members_hash` matches the story's current member set.
dossiers = Table(
    "dossiers",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("members_hash", String(64), nullable=False),
    Column("data", JSON, nullable=False),
    Column("built_at", DateTime(timezone=True), server_default=func.now()),
)

# Stories whose dossier a reader asked for while none was stored; a separate builder process takes them.
dossier_requests = Table(
    "dossier_requests",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("requested_at", DateTime(timezone=True), server_default=func.now()),
)
