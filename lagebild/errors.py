"""One exception hierarchy, so `cli.py` alone turns errors into messages and exit codes."""


class LagebildError(Exception):
    """Base of every error lagebild raises on purpose; the message is one line a user can act on."""


class StoreError(LagebildError):
    """The store cannot be opened or written."""


class InputError(LagebildError):
    """A user-supplied argument or file cannot be used."""
