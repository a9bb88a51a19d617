"""The two seed articles against their gold quotes (read from ../shared; skipped in a fresh clone)."""

from __future__ import annotations

import json
import re

from lagebild.extract.quotes import extract_quotes
from lagebild.records import Quote
from tests.conftest import shared_path

_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "von", "vom"})


def _stems(phrase: str) -> set[str]:
    words = re.findall(r"[\w-]+", re.sub(r"\(.*?\)", "", phrase).lower())
    return {w.rstrip("ns")[:8] for w in words if w not in _ARTICLES and len(w) > 2}


def _seed(name: str) -> tuple[str, dict, list[Quote]]:
    text = shared_path("seeds", name).read_text(encoding="utf-8")
    gold = json.loads(shared_path("gold", "seed-story.json").read_text(encoding="utf-8"))["articles"][name]
    return text, gold, extract_quotes(text, "de")


def _found(gold_quote: dict, quotes: list[Quote]) -> Quote | None:
    for q in quotes:
        starts = q.text.text.startswith(gold_quote["starts"]) or gold_quote["starts"] in q.text.text[:200]
        if starts and q.speaker is not None and _stems(q.speaker.text) & _stems(gold_quote["speaker"]):
            return q
    return None


def _all() -> list[tuple[dict, Quote | None]]:
    out = []
    for name in ("000_26876b411ad06f14.txt", "001_92616571f9933cbb.txt"):
        _, gold, quotes = _seed(name)
        out += [(g, _found(g, quotes)) for g in gold["quotes"]]
    return out


def test_at_least_14_of_16_gold_quotes_with_the_right_speaker() -> None:
    pairs = _all()
    missed = [g["starts"] for g, q in pairs if q is None]
    assert len(pairs) == 16 and len(missed) <= 2, missed


def test_anonymous_speakers_stay_anonymous() -> None:
    for g, q in _all():
        if q is not None and g["anonymous"]:
            assert q.speaker is not None and q.speaker.anonymous, g["speaker"]
            assert q.speaker.description


def test_channels_nbc_afp_reuters_are_found() -> None:
    channels = set()
    for name in ("000_26876b411ad06f14.txt", "001_92616571f9933cbb.txt"):
        channels |= {q.channel.text for q in _seed(name)[2] if q.channel is not None}
    joined = " | ".join(channels)
    assert all(c in joined for c in ("NBC News", "AFP", "Reuters")), channels
