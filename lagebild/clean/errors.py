"""The one error the clean stage raises, so callers can quarantine a document with a readable reason."""

from __future__ import annotations

from lagebild.errors import LagebildError


class CleanError(LagebildError, ValueError):
    """An input the cleaner cannot turn into an article; `reason` is one line a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
