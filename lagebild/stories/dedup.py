"""Near-duplicate detection: syndicated copies and light rewrites of one text.

MinHash over word 4-gram shingles with datasketch's LSH index, so finding the copies of a new
article costs a few hash-table probes whatever the size of the store. "Count sources, not
articles": every group of copies has one origin, the earliest member unless provenance names
another member as the original.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from lagebild.stories.tokens import fold, words

NUM_PERM = 64
SCHEME = "affine32"  # only labels the values for datasketch's LSH consistency check
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20240525)
_PERM_A = _rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_PERM_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64)


def minhash_values(tokens: Sequence[str], n: int = 4) -> np.ndarray:
    """MinHash of the token n-gram set as NUM_PERM 32-bit values.

    Written with numpy instead of datasketch's `MinHash.update_batch` because that hashes every
    shingle string with sha1 in Python, which alone cost more than the whole per-article budget of
    clustering (~3 ms). Here each word is hashed once (crc32), n-grams are combined arithmetically
    and the permutations (multiply-shift universal hashing) run as one vectorised step.
    The result feeds datasketch's `MinHashLSH` unchanged.
    """
    if not tokens:
        return np.full(NUM_PERM, _MASK32, dtype=np.uint64)
    h = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens))
    k = min(n, len(tokens))
    with np.errstate(over="ignore"):
        grams = np.zeros(len(tokens) - k + 1, dtype=np.uint64)
        for j in range(k):
            grams = grams * _MIX[j] + h[j : len(tokens) - k + 1 + j]
        grams = np.unique(grams >> np.uint64(16))
        perm = (grams[:, None] * _PERM_A[None, :] + _PERM_B[None, :]) >> np.uint64(32)
    return perm.min(axis=0)


@dataclass
class DuplicateMatch:
    doc_id: str
    jaccard: float  # MinHash estimate of the shingle Jaccard similarity


class NearDuplicateIndex:
    """An incremental MinHash LSH index; `add` returns the copies already indexed."""

    def __init__(
        self, threshold: float = 0.5, num_perm: int = NUM_PERM, shingle_n: int = 4, max_chars: int = 5000
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be in (0, 1), got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_n = shingle_n
        self.max_chars = max_chars  # copies share their first pages; bounds the cost of long texts
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}

    def signature(self, text: str) -> MinHash:
        return self.from_hashvalues(minhash_values(words(fold(text[: self.max_chars])), self.shingle_n))

    def from_hashvalues(self, values: Sequence[int] | np.ndarray) -> MinHash:
        return MinHash(
            num_perm=len(values),
            hashvalues=np.asarray(values, dtype=np.uint64),
            scheme=SCHEME,
        )

    def query(self, sig: MinHash) -> list[DuplicateMatch]:
        if sig.is_empty():
            return []
        found = [DuplicateMatch(d, float(sig.jaccard(self._sigs[d]))) for d in self._lsh.query(sig)]
        found = [m for m in found if m.jaccard >= self.threshold]
        return sorted(found, key=lambda m: (-m.jaccard, m.doc_id))

    def add(self, doc_id: str, text_or_sig: str | MinHash) -> list[DuplicateMatch]:
        """Index one document and return its near-duplicates among those indexed before it."""
        if doc_id in self._sigs:
            raise ValueError(f"document {doc_id!r} is already indexed")
        sig = self.signature(text_or_sig) if isinstance(text_or_sig, str) else text_or_sig
        matches = self.query(sig)
        if not sig.is_empty():
            self._lsh.insert(doc_id, sig)
        self._sigs[doc_id] = sig
        return matches

    def remove(self, doc_id: str) -> None:
        """Drop a document (e.g. one that left the time window) to keep the index small."""
        sig = self._sigs.pop(doc_id, None)
        if sig is not None and not sig.is_empty():
            self._lsh.remove(doc_id)

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._sigs


@dataclass
class CopyGroup:
    origin: str
    members: list[str] = field(default_factory=list)  # origin first, then copies in date order


@dataclass
class Doc:
    doc_id: str
    text: str
    published: str = ""  # ISO date; empty sorts first
    named_original: bool = False  # provenance says this one is the original


def find_copies(docs: Iterable[Doc], threshold: float = 0.5) -> list[CopyGroup]:
    """Group documents into copy groups (singletons included), origin = named original or earliest."""
    ordered = sorted(docs, key=lambda d: (d.published, d.doc_id))
    index = NearDuplicateIndex(threshold=threshold)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc in ordered:
        parent[doc.doc_id] = doc.doc_id
        for match in index.add(doc.doc_id, doc.text):
            parent[root(doc.doc_id)] = root(match.doc_id)
    groups: dict[str, list[Doc]] = {}
    for doc in ordered:
        groups.setdefault(root(doc.doc_id), []).append(doc)
    out: list[CopyGroup] = []
    for members in groups.values():
        named = [d for d in members if d.named_original]
        origin = (named or members)[0]
        rest = [d.doc_id for d in members if d is not origin]
        out.append(CopyGroup(origin=origin.doc_id, members=[origin.doc_id, *rest]))
    return out
