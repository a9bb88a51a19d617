"""Loading of the shipped KB file (built by `python -m training.kb.build`), once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from lagebild.kb.model import KBEntry, KnowledgeBase

DATA_DIR = Path(__file__).resolve().parent / "data"
KB_PATH = DATA_DIR / "kb.json"


class KBError(RuntimeError):
    """The KB file is missing or unreadable; rebuilding it is the fix."""


def read_kb(path: Path) -> KnowledgeBase:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KBError(f"knowledge base not found at {path}; rebuild it with: python -m training.kb.build") from exc
    except (OSError, ValueError) as exc:
        raise KBError(f"knowledge base at {path} is unreadable ({exc}); rebuild it") from exc
    entries = [KBEntry.from_json(d) for d in raw.get("entries", [])]
    return KnowledgeBase(entries, raw.get("given_names", []))


@lru_cache(maxsize=2)
def load_kb(path: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base (cached: later calls are free)."""
    return read_kb(path or KB_PATH)
