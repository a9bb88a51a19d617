"""Turn the bytes of one document into text, the way browsers and crawlers do.

Order of evidence: a byte-order mark beats everything, then what the sender declared (HTTP header,
`<meta charset>`, XML declaration), then statistical detection with charset-normalizer. Pages that
declare latin-1 but are really UTF-8, and UTF-8 pages with a few stray cp1252 bytes, are common in
scraped news, so both get a small correction rather than a wrong decoding.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from lagebild.ingest.errors import IngestError

# utf-32 marks first: the utf-32-le mark begins with the utf-16-le mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_SINGLE_BYTE_LATIN = frozenset({"cp1252", "iso8859-15"})  # codec names after normalize_encoding
_PRESCAN_BYTES = 8192  # meta charset is usually in the first KB; some CMS push it further down


def find_bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def normalize_encoding(name: str | None) -> str | None:
    """Python's codec name for a declared charset, or None when Python does not know it.

    latin-1 and ascii become cp1252, as the WHATWG encoding standard prescribes for the web.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def declared_in_document(data: bytes) -> str | None:
    """The charset named by an XML declaration or a `<meta>` tag near the start of the document."""
    head = data[:_PRESCAN_BYTES]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _utf8_with_cp1252_strays(data: bytes) -> str | None:
    """Decode mostly-UTF-8 bytes, reading the invalid bytes as cp1252; None when it is not mostly UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) >= 0x80) - bad
    if good == 0 or bad > good:
        return None
    return "".join(
        bytes([ord(ch) - 0xDC00]).decode("cp1252", errors="replace") if "\udc80" <= ch <= "\udcff" else ch
        for ch in text
    )


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode one document; `declared` is the charset its transport named (e.g. the HTTP header).

    Raises IngestError when no encoding fits, so callers can report the file instead of producing
    mojibake that would poison every later stage.
    """
    bom = find_bom(data)
    if bom:
        encoding, length = bom
        try:
            return data[length:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise IngestError(f"bytes do not match their {encoding} byte-order mark ({exc.reason})") from exc
    candidates = [normalize_encoding(declared), normalize_encoding(declared_in_document(data))]
    tried: list[str] = []
    for candidate in candidates:
        if not candidate or candidate in tried:
            continue
        tried.append(candidate)
        if candidate in _SINGLE_BYTE_LATIN and not data.isascii():
            # Mislabelled UTF-8 is far more common than latin-1 text that happens to be valid UTF-8.
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _utf8_with_cp1252_strays(data)
    if mixed is not None:
        return mixed
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        named = f"not valid {', '.join(tried)} as declared, " if tried else ""
        raise IngestError(
            f"cannot decode the bytes: {named}not UTF-8, and no other encoding fits; "
            "convert the file to UTF-8 or check that it is text"
        )
    return str(best)
