"""Decide what a file is from its first bytes, because extensions lie.

Scraped folders are full of `.xml` files that are HTML, `.txt` files that are HTML and `.json` files that
are JSON Lines. The content decides; the extension only breaks ties (a `.txt` whose first line merely
starts with a brace stays text).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Literal

from lagebild.ingest.decode import find_bom

Kind = Literal["text", "html", "feed", "warc", "jsonl", "json", "xml", "empty", "binary"]

HEAD_BYTES = 65536

# Formats a news folder may hold by accident. Gzip is absent on purpose: it is read through.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed file; decompress it first, only gzip is read directly"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed file; decompress it first, only gzip is read directly"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
)
_BZIP2 = re.compile(rb"^BZh[1-9]1AY&SY")
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.DOTALL | re.IGNORECASE)
_DOCTYPE_HTML = re.compile(r"<!DOCTYPE\s+html", re.IGNORECASE)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w:.-]*)")
_HTML_ROOTS = frozenset(
    "html head body meta title link script style div p span a article section main header footer nav "
    "aside table ul ol li h1 h2 h3 h4 h5 h6 br img form iframe noscript center font b i strong em "
    "figure figcaption blockquote pre base".split()
)
_FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
_TEXT_EXTENSIONS = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})


@dataclass(frozen=True)
class Sniffed:
    kind: Kind
    detail: str = ""  # what the binary is, or the root element of unknown XML


def gzip_magic(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary(head: bytes) -> str | None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if _BZIP2.match(head):
        return "bzip2-compressed file; decompress it first, only gzip is read directly"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP image"
    if head[4:8] == b"ftyp":
        return "MP4 or QuickTime media"
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C: heads are 64 KiB
    if controls > len(head) // 10:
        return "mostly control characters"
    return None


def _markup_kind(text: str) -> Sniffed | None:
    pos = 0
    while match := _PROLOG.match(text, pos):
        if match.end() == pos:
            break
        if _DOCTYPE_HTML.match(match.group(0).lstrip()):
            return Sniffed("html")
        pos = match.end()
    root = _ROOT.match(text, pos)
    if not root:
        return None
    name = root.group(1).lower()
    local = name.rsplit(":", 1)[-1]
    if local in _FEED_ROOTS:
        return Sniffed("feed")
    if local in _HTML_ROOTS:
        return Sniffed("html")
    if text.startswith("<?xml"):
        return Sniffed("xml", name)
    return None


def _json_kind(text: str, extension: str) -> Sniffed | None:
    if text.startswith("["):
        return Sniffed("json")
    first_line = text.split("\n", 1)[0].strip()
    try:
        json.loads(first_line)
    except ValueError:
        if extension in _TEXT_EXTENSIONS:
            return None  # a text dump that happens to begin with a brace
        # A pretty-printed single object spans lines; a JSONL file with a bad first line does not.
        return Sniffed("json" if first_line == "{" else "jsonl")
    return Sniffed("jsonl")


def sniff(head: bytes, extension: str = "") -> Sniffed:
    """Classify a document from its first bytes (`HEAD_BYTES` is plenty); `extension` breaks ties."""
    bom = find_bom(head)
    if bom:
        encoding, length = bom
        body = head[length:]
        if not body.strip(b"\x00 \t\r\n"):
            return Sniffed("empty")
        text = body.decode(encoding, errors="replace").lstrip()
    else:
        if not head.strip():
            return Sniffed("empty")
        if head.startswith(b"WARC/"):
            return Sniffed("warc")
        what = _binary(head)
        if what:
            return Sniffed("binary", what)
        text = head.decode("utf-8", errors="replace").lstrip()
    if text.startswith("<"):
        return _markup_kind(text) or Sniffed("text")
    if text.startswith(("{", "[")):
        return _json_kind(text, extension) or Sniffed("text")
    return Sniffed("text")
