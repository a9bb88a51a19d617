"""Builders for ingest test inputs, written at test time so no large or hostile file is committed."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lagebild.records import Failure, RawDocument

Page = tuple[str, str, bytes]  # url, content type, body


def warc_bytes(pages: list[Page], *, gzip: bool) -> bytes:
    """A WARC with a warcinfo record and one response record per page."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "lagebild tests"}))
    for url, content_type, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2031-05-04T08:15:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def split(items: list[RawDocument | Failure]) -> tuple[list[RawDocument], list[Failure]]:
    docs = [item for item in items if isinstance(item, RawDocument)]
    return docs, [item for item in items if isinstance(item, Failure)]


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    return warc_bytes


@pytest.fixture
def run(tmp_path: Path) -> Callable[..., tuple[list[RawDocument], list[Failure]]]:
    """iter_inputs over some paths, split into documents and failures."""
    from lagebild.ingest import iter_inputs

    def _run(*paths: Path | str, **options: object) -> tuple[list[RawDocument], list[Failure]]:
        return split(list(iter_inputs([str(p) for p in paths], **options)))  # type: ignore[arg-type]

    return _run
