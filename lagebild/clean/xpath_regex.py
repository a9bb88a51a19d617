"""Rewrite EXSLT `re:test(...)` calls in XPath expressions into plain XPath 1.0 string functions.

lxml runs every `re:test` as a Python callback, once per element the expression visits, so
trafilatura's boilerplate expressions (dozens of `re:test` on `@id` and `@class`, evaluated on
every page and on many subtrees) spend most of their time in that callback rather than in
libxml2. Most of those patterns are unanchored alternations of literals, sometimes anchored at the
start, with small optional parts (`bread-?crumb`, `[Cc]omment`, `post[-_]?content`); such a
pattern matches exactly when one of finitely many strings occurs (`contains`) or starts the value
(`starts-with`), which libxml2 tests in C. No library does this rewrite, hence this module.

Only patterns whose meaning is kept exactly are rewritten: no flags (the `'i'` argument), no `$`
(which in Python also matches before a final newline), no classes such as `\\s`, lookaheads only as
a negative literal test at the end of a start-anchored branch. Everything else stays `re:test`.
Both forms read a node-set argument (`@id|@class`) by its first node in document order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from lxml import etree

try:  # Python 3.11+: the regex parser moved to a private module
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

REGEXP_NS = "http://exslt.org/regular-expressions"
MAX_ALTERNATIVES = 12  # more string tests than this cost more than the one regex callback
_CALL = re.compile(r"re:test\(\s*([^,()'\"]+?)\s*,\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)")


class _Unsupported(Exception):
    """The pattern uses something that has no exact plain-XPath equivalent here."""


# An alternative: (anchored at the start, literal text, literal suffixes that must not follow it).
_Alt = tuple[bool, str, tuple[str, ...]]


def _chars(items: Sequence[tuple[Any, Any]]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 64:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            raise _Unsupported(str(op))
    return out


def _expand(seq: Iterable[tuple[Any, Any]], at_start: bool) -> list[list[str | tuple[str, ...]]]:
    """Every token sequence `seq` matches: characters, "^" for a start anchor, a tuple for a negative lookahead."""
    results: list[list[str | tuple[str, ...]]] = [[]]
    for op, av in seq:
        options: list[list[str | tuple[str, ...]]]
        if op is _sre.LITERAL:
            options = [[chr(av)]]
        elif op is _sre.IN:
            options = [[c] for c in _chars(av)]
        elif op is _sre.BRANCH:
            options = [alt for branch in av[1] for alt in _expand(branch, at_start)]
        elif op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unsupported("inline flags")
            options = _expand(sub, at_start)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, sub = av
            if high > 3:
                raise _Unsupported("repeat")
            inner = _expand(sub, False)
            options = []
            for count in range(low, high + 1):
                combos: list[list[str | tuple[str, ...]]] = [[]]
                for _ in range(count):
                    combos = [c + i for c in combos for i in inner]
                options.extend(combos)
        elif op is _sre.AT and av is _sre.AT_BEGINNING:
            options = [["^"]]
        elif op is _sre.ASSERT_NOT and av[0] == 1:  # (?!...) lookahead
            options = [[tuple(_literal(alt) for alt in _expand(av[1], False))]]
        else:
            raise _Unsupported(str(op))
        results = [r + o for r in results for o in options]
        if len(results) > MAX_ALTERNATIVES:
            raise _Unsupported("too many alternatives")
    return results


def _literal(tokens: list[str | tuple[str, ...]]) -> str:
    if not all(isinstance(t, str) and t != "^" for t in tokens):
        raise _Unsupported("nested anchor or lookahead")
    return "".join(t for t in tokens if isinstance(t, str))


def alternatives(pattern: str) -> list[_Alt]:
    """The (anchored, literal, excluded suffixes) alternatives `re.search(pattern, s)` amounts to.

    Raises `_Unsupported` when the pattern is not such a finite set.
    """
    out: list[_Alt] = []
    for tokens in _expand(_sre_parse.parse(pattern), True):
        anchored = bool(tokens) and tokens[0] == "^"
        body = tokens[1:] if anchored else tokens
        excluded: tuple[str, ...] = ()
        if body and isinstance(body[-1], tuple):
            if not anchored:
                raise _Unsupported("lookahead in an unanchored branch")
            excluded = body[-1]
            body = body[:-1]
        out.append((anchored, _literal(body), excluded))
    return out


def _quote(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    raise _Unsupported("both quote characters")


def _test(arg: str, alt: _Alt) -> str:
    anchored, literal, excluded = alt
    if not anchored:
        return f"contains({arg}, {_quote(literal)})" if literal else "true()"
    parts = [f"starts-with({arg}, {_quote(literal)})"]
    parts.extend(f"not(starts-with({arg}, {_quote(literal + x)}))" for x in excluded)
    return " and ".join(parts)


def rewrite_call(arg: str, pattern: str, flags: str | None) -> str | None:
    """Plain XPath for `re:test(arg, 'pattern'[, 'flags'])`, or None when it has to stay a regex."""
    if flags:
        return None
    try:
        alts = alternatives(pattern)
    except (_Unsupported, re.error):
        return None
    tests = " or ".join(f"({_test(arg, alt)})" for alt in dict.fromkeys(alts))
    if any(not literal for _, literal, _ in alts):
        return f"({tests})"  # it may match the empty string that a missing attribute reads as
    # each test reads the attribute again: elements without it (most of them) skip them all
    return f"(({arg}) and ({tests}))"


def rewrite(path: str) -> str:
    """`path` with every rewritable `re:test` call replaced."""

    def sub(m: re.Match[str]) -> str:
        return rewrite_call(m[1], m[2], m[3]) or m[0]

    return _CALL.sub(sub, path)


def native(expression: etree.XPath) -> etree.XPath:
    """An XPath selecting the same nodes as `expression`, with its rewritable regex tests in C."""
    path = rewrite(expression.path)
    if path == expression.path:
        return expression
    try:
        return etree.XPath(path, namespaces={"re": REGEXP_NS})
    except etree.XPathSyntaxError:
        return expression


def rewrite_lists(lists: Iterable[list[Any]]) -> int:
    """Replace, in place, the XPath objects of these lists by their rewritten forms; how many changed."""
    changed = 0
    for items in lists:
        for i, item in enumerate(items):
            if isinstance(item, etree.XPath):
                new = native(item)
                if new is not item:
                    items[i] = new
                    changed += 1
    return changed
