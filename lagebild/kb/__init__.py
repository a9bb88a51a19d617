"""Entity knowledge base: canonical ids (Wikidata QIDs where known), types and aliases in German and English.

Nothing is loaded at import time; `load_kb()` reads the shipped file on first use and caches it.
"""

from lagebild.kb.loader import KB_PATH, KBError, load_kb
from lagebild.kb.model import Alias, KBEntry, KnowledgeBase

__all__ = ["KB_PATH", "Alias", "KBEntry", "KBError", "KnowledgeBase", "load_kb"]
