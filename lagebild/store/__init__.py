"""Persistence: SQLite by default, PostgreSQL through the same SQLAlchemy code."""

from lagebild.store.repository import ArticleRow, Store, database_url

__all__ = ["ArticleRow", "Store", "database_url"]
