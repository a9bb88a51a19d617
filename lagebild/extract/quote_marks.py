"""Pairing of quotation marks in German, Swiss, French and English styles, with nesting.

Written by hand because no library pairs German „…“ / »…« with English “…” and straight quotes while
keeping offsets; the ambiguity of “ (German closer, English opener) needs the stack of open marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> closers accepted for it
_PAIRS: dict[str, str] = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "“": "”“",
    '"': '"',
    "‚": "‘’'",
    "‘": "’",
    "'": "'",
    "”": "”",  # Swedish/Finnish style, also in German copy: ”…” with the same mark at both ends
    "›": "‹",  # single guillemets, German (›…‹) and Swiss (‹…›) order
    "‹": "›",
}
_NESTED_ONLY = frozenset("‚‘'")  # single marks open only inside a double-quoted string


@dataclass(frozen=True)
class QuotedString:
    """A paired quotation: `start`/`end` include the marks, `inner_*` exclude them."""

    start: int
    end: int
    depth: int  # 0 = outermost
    closed: bool = True  # False: no closing mark, the quotation runs to its paragraph's end

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end


def _can_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    if nxt.isspace():
        return text[i] == "«" and _spaced_guillemets(text, i)
    ch = text[i]
    if ch in "'’" or ch == "‘":
        return not prev.isalnum() and not nxt.isdigit()  # apostrophes inside words or before a year ('90s) never open
    if ch == '"':
        return not prev.isalnum() or prev in "(["
    if ch in "”›‹":
        return not prev.isalnum() and prev not in ".,;:!?"  # after a word or a full stop these close
    return True


_SPACED_CLOSE = re.compile("[ \u00a0\u202f]»")


def _spaced_guillemets(text: str, i: int) -> bool:
    """« Die Schleuse bleibt zu »: French and some Swiss copy set a (no-break) space inside guillemets. The '«' at i
    opens such a quotation when words follow its space and a '»' after a space closes it in the same paragraph;
    a lone '«' before a space ("»Ja« « …") opens nothing. The sentence splitter reads the spaced '»' alike."""
    j = i + 1
    while j < len(text) and j - i <= 2 and text[j] in " \u00a0\u202f":
        j += 1
    if j >= len(text) or not (text[j].isalnum() or text[j] in "([„‚…"):
        return False
    end = text.find("\n\n", j)
    return _SPACED_CLOSE.search(text, j, len(text) if end == -1 else end) is not None


def _can_close(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’":
        return not nxt.isalnum()
    if ch == '"':
        prev = text[i - 1] if i > 0 else " "
        return not prev.isspace() or nxt.isspace() or nxt in ".,;:!?)"
    return True


# Double marks that close a quotation opened with another double mark when they stand where only a closer can:
# "»… gesperrt.» Der Verkehr", "„… gesperrt.\" Der Verkehr" (copy that mixes styles or reuses the opener).
_DOUBLE_OPENERS = frozenset("„»«“\"”")
DOUBLE_CLOSERS = frozenset("“”\"»«")  # the marks that close a double-quoted string


def _wrong_style_close(text: str, i: int, opener: str) -> bool:
    """A double mark of the wrong style at i closes `opener`: right after a word or punctuation mark and
    before a space, a punctuation mark or the end, the one place an opening mark cannot stand."""
    if opener not in _DOUBLE_OPENERS or text[i] not in DOUBLE_CLOSERS:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)–")


def _open_after_colon(text: str, pos: int) -> bool:
    """The opening mark at pos follows a colon ("sagte: „…"): what comes after it is quoted speech even when
    the closing mark is missing."""
    return text[max(0, pos - 3) : pos].rstrip().endswith(":")


def _unclosed(text: str, pos: int, end: int) -> QuotedString | None:
    """A quotation opened after a colon and left without a closing mark runs to `end`, its paragraph's end."""
    while end > pos + 1 and text[end - 1].isspace():
        end -= 1
    if not _open_after_colon(text, pos) or end - pos < 3:
        return None
    return QuotedString(pos, end, 0, closed=False)


def _paragraph_break(text: str, i: int) -> bool:
    """The newline at i starts a blank line (or ends the text): a paragraph ends there."""
    j = i + 1
    while j < len(text) and text[j] in " \t\r":
        j += 1
    return j >= len(text) or text[j] == "\n"


_LOOKAHEAD_PARAGRAPHS = 3  # how many paragraphs a quotation may run on before the one that closes it


def _closes_in_next_paragraph(text: str, j: int, opener: str) -> bool:
    """The paragraph from j, or one of the next few with only unquoted paragraphs before it, holds one closer
    more than openers of `opener`'s kind: it ends a quotation opened before it, as German copy often runs a
    long quotation over paragraphs without reopening it. A paragraph between them with any quotation mark
    stops the search, so an opening mark left unpaired does not swallow the text up to a later quotation."""
    closers = _PAIRS[opener]
    if opener in closers:
        return False  # same mark at both ends ('"', '”'): the count cannot tell openers from closers
    for _ in range(_LOOKAHEAD_PARAGRAPHS):
        end = text.find("\n", j)
        while end != -1 and not _paragraph_break(text, end):
            end = text.find("\n", end + 1)
        para = text[j : len(text) if end == -1 else end]
        if not para or para[0] in _PAIRS:
            return False
        n_open = para.count(opener)
        n_close = sum(para.count(c) for c in closers)
        if n_close == n_open + 1:
            return True
        if end == -1 or any(c in _PAIRS or c in DOUBLE_CLOSERS for c in para):
            return False
        j = end
        while j < len(text) and text[j].isspace():
            j += 1
    return False


def find_quoted(text: str, lang: str | None = None) -> list[QuotedString]:
    """All paired quotations, in order of their opening mark.

    Single marks open a quotation of their own only in English ('…', ‘…’), where British copy quotes with
    them; in German they open only inside a double-quoted string (‚…‘), so apostrophes stay apostrophes.

    A quotation left open at a paragraph end continues when the next paragraph opens with the same
    mark (the English convention for multi-paragraph quotes); otherwise it is dropped as unpaired.
    A single line break inside a paragraph (a quoted list) does not end it.
    """
    found: list[QuotedString] = []
    stack: list[tuple[str, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack and not _paragraph_break(text, i):
            i += 1  # a line break inside a paragraph ("[…]\n11. …" in a quoted list) keeps the quotation open
            continue
        if ch == "\n" and stack:
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] == stack[0][0] and len(stack) == 1:
                i = j + 1  # continuation paragraph of the same quotation
                continue
            if len(stack) == 1 and _closes_in_next_paragraph(text, j, stack[0][0]):
                i = j  # "„… \n\n… zu Ende.“": the next paragraph closes the quotation without reopening it
                continue
            dangling = _unclosed(text, stack[0][1], i)
            if dangling is not None:
                found.append(dangling)
            stack.clear()
            i = j
            continue
        if stack and (ch in _PAIRS[stack[-1][0]] and _can_close(text, i) or _wrong_style_close(text, i, stack[-1][0])):
            opener, pos = stack.pop()
            found.append(QuotedString(pos, i + 1, len(stack)))
        elif ch in _PAIRS and (ch not in _NESTED_ONLY or stack or lang == "en" and ch in "'‘") \
                and _can_open(text, i):
            if ch == "«" and any(o == "»" for o, _ in stack):
                pass  # a German closer handled above; never reopen here
            else:
                stack.append((ch, i))
        i += 1
    dangling = _unclosed(text, stack[0][1], n) if stack else None
    if dangling is not None:
        found.append(dangling)
    found.sort(key=lambda q: q.start)
    return found
