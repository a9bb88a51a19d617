"""Properties on arbitrary text: offsets always cut the mention, output is deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.extract.entities import extract_entities

# Words that exercise the ruler, the name pattern and the short-form scan, mixed with noise.
_WORDS = ["Putin", "Putins", "Wladimir", "Kim", "Jong-un", "Nordkorea", "nordkoreanischen", "US-Wahlen", "Laura",
          "Winter", "Winters", "Kreml", "Center", "for", "Strategic", "and", "International", "Studies", "der",
          "Präsident", "Kremlsprecher", "Dmitri", "Peskow", ",", ".", "„", "“", "-", "\n\n", "’s", "Ä"]
_text = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_text, st.sampled_from(["de", "en", None]))
def test_offsets_cut_exactly_and_output_is_deterministic(text: str, lang: str | None) -> None:
    first = extract_entities(text, lang, [])
    assert first == extract_entities(text, lang, [])
    seen: list[tuple[int, int]] = []
    for ent in first:
        assert ent.mentions and ent.key and ent.type in ("PER", "ORG", "LOC", "MISC")
        for m in ent.mentions:
            assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
            seen.append((m.start, m.end))
    seen.sort()
    assert all(a[1] <= b[0] for a, b in zip(seen, seen[1:], strict=False)), "mentions overlap"
