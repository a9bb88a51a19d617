"""Pairing of quotation marks (lagebild.extract.quote_marks) in spacing variants, on fictional sentences."""

from __future__ import annotations

import pytest

from lagebild.extract.quote_marks import find_quoted
from tests.extract.quote_helpers import only, texts


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_guillemets_with_spaces_inside_pair_and_quote(space: str) -> None:
    words = "Die Schleuse bleibt bis Freitag gesperrt."
    text = f"Die Hafenmeisterin sagte: «{space}{words}{space}» Der Verkehr staut sich."
    [q] = find_quoted(text, "de")
    assert text[q.start] == "«" and text[q.end - 1] == "»"
    quote = only(text, "direct")
    assert quote.text.text == words
    assert text[quote.text.start : quote.text.end] == words
    assert quote.speaker is not None and quote.speaker.text == "Die Hafenmeisterin"
    assert [k for k, _, _ in texts(text)] == ["direct"]  # the sentence after the quotation is no statement


def test_spaced_guillemets_keep_an_unspaced_inner_pair() -> None:
    text = "Der Lotse sagte: « Die Werft nennt den Plan «Hafen 2030» und hofft. » Dann ging er."
    assert only(text, "direct").text.text == "Die Werft nennt den Plan «Hafen 2030» und hofft."


def test_a_lone_guillemet_before_a_space_opens_nothing() -> None:
    text = "Der Lotse rief »Halt« und « winkte dann."
    assert [(q.start, q.end) for q in find_quoted(text, "de")] == [(15, 21)]


@pytest.mark.parametrize("outer,inner", [("«»", "‹›"), ("»«", "›‹")])
def test_a_nested_quotation_ending_the_sentence_leaves_the_next_sentence_alone(outer: str, inner: str) -> None:
    words = f"Der Lotse rief {inner[0]}Halt.{inner[1]}"
    text = f"Die Hafenmeisterin sagte: {outer[0]}{words}{outer[1]} Der Verkehr staut sich."
    assert texts(text) == [("direct", words, "Die Hafenmeisterin")]
