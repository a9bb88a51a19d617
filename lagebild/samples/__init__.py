"""The bundled demo corpus: a few fictional stories told by fictional outlets, in German and English.

Every file is marked SAMPLE — fictional. The corpus exercises each input kind (scraped text dumps with
debris, an HTML page, an RSS feed, a WARC archive, JSON Lines) and the cases the pipeline must handle:
a translation, a syndicated copy, named and anonymous speakers, and numbers that differ between outlets.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).parent
_KINDS = ("txt", "html", "feed", "warc", "jsonl")


def sample_paths() -> list[Path]:
    """The sample input files, in a stable order (by kind folder, then name)."""
    return [path for kind in _KINDS for path in sorted((SAMPLES_DIR / kind).iterdir()) if path.is_file()]
