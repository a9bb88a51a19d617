"""Language identification for articles and their paragraphs.

py3langid is small, offline and fast; its guesses on very short strings are noise, so short inputs
return None rather than a confident wrong answer.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

MIN_CHARS = 20


def _cache_dir() -> Path:
    """Where the decompressed model is kept: $LAGEBILD_CACHE_DIR, else the user's cache folder."""
    if os.environ.get("LAGEBILD_CACHE_DIR"):
        return Path(os.environ["LAGEBILD_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lagebild"


def _load_cached(norm_probs: bool) -> Any:
    """py3langid's model, read from a decompressed copy of its file.

    The package ships the model as an xz-compressed npz (4.5 MB) and decompresses all 68 MB on every load:
    about 0.55 s of CPU, more than cleaning forty plain-text pages, in every `lagebild` run that cleans or
    analyses anything. The copy is written once per model file (its name carries the package version and the
    file's size and time); the arrays are converted as py3langid's own `load_model` converts them, so the
    identifier is the same. Where no copy can be written or read, the package's own loader runs.
    """
    import lzma
    import shutil

    import numpy as np
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    src = MODEL_DIR / MODEL_FILE
    stat = src.stat()
    version = getattr(py3langid, "__version__", "0")
    cache = _cache_dir() / f"py3langid-{version}-{stat.st_size}-{stat.st_mtime_ns}.npz"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out, lzma.open(src) as data:
                shutil.copyfileobj(data, out, length=1 << 20)
            os.replace(tmp, cache)  # whole or not at all, also with two processes writing at once
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    with np.load(cache, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=norm_probs,
            tk_row=_to_array(data["nextmove_row"]),
        )


@lru_cache(maxsize=1)
def _identifier() -> Any:
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        identifier = _load_cached(norm_probs=True)
    except Exception:  # no writable cache, a changed package layout: the package's own (slower) loader
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The model stores its feature weights as float16, and every `classify` gathers a few hundred rows of them
    # and multiplies them with float32 counts, which makes numpy convert the gathered rows to float32 first:
    # about half the cost of classifying a paragraph. Converted once here (exactly: every float16 is a float32),
    # the scores are the same bits. Forked cleaning workers share the converted table.
    identifier.nb_ptc = np.asarray(identifier.nb_ptc, dtype=np.float32)
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the dominant language, or None when the text is too short to tell."""
    sample = text.strip()[:5000]
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None


def detect_block_languages(blocks: list[str], article_language: str | None) -> list[str | None]:
    """Per-paragraph language, so a German article quoting an English paragraph says so.

    Short paragraphs inherit the article language: a five-word line gives no reliable signal.
    """
    out: list[str | None] = []
    for text in blocks:
        lang = detect_language(text) if len(text) >= 60 else None
        out.append(lang or article_language)
    return out
