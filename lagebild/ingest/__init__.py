"""Ingest: files, folders, feeds, WARC and JSON Lines in; `RawDocument`s and `Failure`s out.

`RawDocument.meta` carries hints the input itself gave, under these keys: `title`, `url`, `published`,
`updated`, `author`, `outlet`, `language`, `source_id`, `charset` (the declared or known encoding, to pass
to `lagebild.ingest.decode.decode_bytes`), and for WARC `warc_record_id`.
"""

from lagebild.ingest.errors import IngestError
from lagebild.ingest.inputs import iter_inputs

__all__ = ["IngestError", "iter_inputs"]
