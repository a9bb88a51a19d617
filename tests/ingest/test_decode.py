from __future__ import annotations

import codecs
import random

import pytest

from lagebild.ingest.decode import decode_bytes
from lagebild.ingest.errors import IngestError

GERMAN = "„Wir bleiben hart“, sagte die Sprecherin über die Straßenblockade – 5 € mehr."


def test_bom_wins_over_declaration() -> None:
    assert decode_bytes(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), declared="latin-1") == GERMAN


def test_declared_header_charset_is_used() -> None:
    assert decode_bytes(GERMAN.encode("cp1252"), declared="windows-1252") == GERMAN


def test_meta_charset_in_document_is_used() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body>Grüße</body></html>'
    assert "Grüße" in decode_bytes(page.encode("iso-8859-15"))


def test_xml_declaration_is_used() -> None:
    feed = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Hafenstreik in Kessmünd</title></rss>'
    assert "Kessmünd" in decode_bytes(feed.encode("latin-1"))


def test_utf8_mislabelled_as_latin1_is_read_as_utf8() -> None:
    page = '<meta charset="iso-8859-1"><p>Grüße</p>'
    assert "Grüße" in decode_bytes(page.encode("utf-8"))


def test_utf8_with_stray_cp1252_bytes() -> None:
    data = "Straße und Brücke".encode() + b" \x93zitiert\x94"
    assert decode_bytes(data) == "Straße und Brücke “zitiert”"


def test_undeclared_legacy_text_is_detected() -> None:
    text = ("Die Hafenarbeiter in Kessmünd streiken für höhere Löhne und gegen Überstunden. " * 4).strip()
    assert decode_bytes(text.encode("cp1252")) == text


def test_undecodable_bytes_raise_one_line_reason() -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(0x20, 0x100) for _ in range(3000))  # no encoding fits
    with pytest.raises(IngestError) as caught:
        decode_bytes(noise)
    assert "cannot decode" in caught.value.reason and "\n" not in caught.value.reason
