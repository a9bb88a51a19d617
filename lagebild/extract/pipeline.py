"""The per-article analysis stage: a pure function of one text (plus loaded models).

The same function runs in the CLI, in a process pool, in a Spark `mapPartitions` and in a unit test.
Each step declares what it needs; the order below is the dependency order (sentences -> entities ->
quotes -> sources; quantities and time expressions only need the text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lagebild.records import Analysis, Article, Provenance, sha256_hex

ANALYZER_VERSION = "1"


@dataclass
class AnalysisInput:
    """What analysis needs to know about a text; built from an Article or a JSONL line."""

    id: str | int | None
    text: str
    language: str | None = None
    published: str | None = None
    outlet: str | None = None
    provenance: Sequence[Provenance] = ()

    @classmethod
    def from_article(cls, article: Article, article_id: str | int | None) -> AnalysisInput:
        return cls(
            id=article_id,
            text=article.text,
            language=article.language,
            published=article.published,
            outlet=article.outlet,
            provenance=list(article.provenance),
        )


def analyze(item: AnalysisInput, ner_spans: list[tuple[int, int, str]] | None = None) -> Analysis:
    """Analyse one text. `ner_spans` lets batch callers run the statistical NER model in bulk."""
    from lagebild.extract.entities import extract_entities
    from lagebild.extract.quantities import find_quantities
    from lagebild.extract.quotes import extract_quotes
    from lagebild.extract.sourcing import build_sources
    from lagebild.extract.timex import find_timexes
    from lagebild.nlp.language import detect_language
    from lagebild.nlp.sentences import split_sentences

    text = item.text
    language = item.language or detect_language(text)
    sentences = split_sentences(text, language)
    entities = extract_entities(text, language, ner_spans)
    quotes = extract_quotes(text, language, sentences, entities)
    sources = build_sources(text, quotes, entities, list(item.provenance), item.outlet)
    return Analysis(
        article_id=item.id,
        language=language,
        text_sha256=sha256_hex(text),
        sentences=sentences,
        entities=entities,
        quotes=quotes,
        sources=sources,
        quantities=[_plain(q) for q in find_quantities(text, language or "de")],
        timexes=[_plain(t) for t in find_timexes(text, item.published)],
    )


def analyze_batch(items: Sequence[AnalysisInput]) -> list[Analysis]:
    """Analyse many texts; NER runs through `nlp.pipe` per language, which is where the time goes."""
    from lagebild.nlp.language import detect_language
    from lagebild.nlp.ner import predict_spans_batch

    langs = [it.language or detect_language(it.text) for it in items]
    spans: list[list[tuple[int, int, str]] | None] = [None] * len(items)
    for code in sorted({lg or "" for lg in langs}):
        idx = [i for i, lg in enumerate(langs) if (lg or "") == code]
        for i, found in zip(idx, predict_spans_batch([items[i].text for i in idx], code or "de"), strict=True):
            spans[i] = found
    out = []
    for it, lang, sp in zip(items, langs, spans, strict=True):
        it.language = lang
        out.append(analyze(it, sp))
    return out


def _plain(obj: Any) -> dict[str, Any]:
    """Quantities and time expressions may be dataclasses or dicts; the Analysis stores dicts."""
    if isinstance(obj, dict):
        return obj
    from dataclasses import asdict, is_dataclass

    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    raise TypeError(f"cannot store {type(obj).__name__} in an analysis")
