"""Turn what the user typed (files, folders, globs, URLs) into an ordered list of inputs.

Order is deterministic (sorted, depth-first) so the same folder always ingests the same way. Folder
walks pick files by known extension and skip hidden entries: a news dump folder usually also holds a
README, `.DS_Store` or images, which are not inputs. Files named explicitly are always read.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from lagebild.records import Failure

KNOWN_SUFFIXES = frozenset(
    {".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".rdf", ".warc", ".jsonl", ".ndjson", ".json"}
)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def inner_suffix(path: Path) -> str:
    """The extension that names the content: `.warc` for `x.warc.gz`, `.html` for `x.html`."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and inner_suffix(path) in KNOWN_SUFFIXES:
                found.append(path)
    return found


def _has_magic(value: str) -> bool:
    return any(char in value for char in "*?[")


def expand_paths(paths: Sequence[str]) -> Iterator[Path | str | Failure]:
    """Files (as Path), URLs (as str), or a Failure for an argument that names nothing."""
    seen: set[str] = set()
    for value in paths:
        if is_url(value):
            targets: list[Path | str] = [value]
        else:
            path = Path(value)
            if path.is_dir():
                targets = list(_walk(path))
            elif path.exists() or path.is_symlink():
                targets = [path]
            elif _has_magic(value):
                matches = sorted(glob.glob(value, recursive=True))
                if not matches:
                    yield Failure(value, f"no file matches the pattern {value!r}")
                targets = [t for m in matches for t in (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])]
            else:
                yield Failure(value, f"no such file or folder: {value}")
                continue
        for target in targets:
            key = target if isinstance(target, str) else os.path.abspath(target)
            if key not in seen:
                seen.add(key)
                yield target
