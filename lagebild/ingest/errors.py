"""The one exception type of the ingest stage.

Readers raise `IngestError` for a problem with one input; `iter_inputs` turns it into a `Failure` so a
batch never stops because of a single bad file. The message is one line a user can act on.
"""

from __future__ import annotations

from lagebild.errors import InputError


class IngestError(InputError):
    """A single input could not be read; `reason` says what happened and, where possible, what to do."""

    def __init__(self, reason: str) -> None:
        self.reason = " ".join(reason.split())  # always one line, whatever the cause put in it
        super().__init__(self.reason)
