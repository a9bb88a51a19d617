from __future__ import annotations

import pytest

from lagebild.ingest.sniff import sniff


@pytest.mark.parametrize(
    ("head", "extension", "kind"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", ".xml", "html"),
        (b"\n  <html lang='de'><p>x</p></html>", ".txt", "html"),
        (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>', ".txt", "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', ".html", "feed"),
        (b'<rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', "", "feed"),
        (b'<?xml version="1.0"?><sitemap/>', ".xml", "xml"),
        (b'{"text": "a"}\n{"text": "b"}\n', ".json", "jsonl"),
        (b'[{"text": "a"}]', ".jsonl", "json"),
        (b'{\n  "text": "a"\n}\n', ".json", "json"),
        (b"{Eilmeldung} Streik im Hafen\n", ".txt", "text"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", ".txt", "warc"),
        (b"Streik im Hafen\n\nDie Arbeit ruht.", ".html", "text"),
        (b"  \n\t", ".txt", "empty"),
        (b"\xef\xbb\xbf<html><body>x</body></html>", ".txt", "html"),
    ],
)
def test_content_decides_not_extension(head: bytes, extension: str, kind: str) -> None:
    assert sniff(head, extension).kind == kind


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WEBP image"),
        (b"plain start\x00\x00\x00", "contains NUL bytes"),
    ],
)
def test_binary_is_named(head: bytes, what: str) -> None:
    result = sniff(head, ".txt")
    assert (result.kind, result.detail) == ("binary", what)


def test_utf16_text_with_bom_is_not_binary() -> None:
    assert sniff("\ufeffHafenstreik in Kessmünd".encode("utf-16-le"), ".txt").kind == "text"
