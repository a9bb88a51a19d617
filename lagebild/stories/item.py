"""`StoryItem`: the small record the story stage needs from one article.

Clustering must not depend on the full `Article`/`Analysis` shapes, and its state must be plain
JSON, so the story stage takes only these fields (the store can build them from its rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lagebild.records import Analysis, Article


class StoryInputError(ValueError):
    """An item the story stage cannot use, with the offending value in the message."""


@dataclass
class StoryItem:
    article_id: str
    published: str | None  # ISO date or datetime; None = "now" for the clusterer (latest date seen)
    language: str | None
    title: str = ""
    text: str = ""  # lede + body; similarity looks at the title and the start of this
    entity_keys: tuple[str, ...] = ()  # canonical keys from the entity stage (may be empty)
    outlet: str | None = None
    translated_from: str | None = None  # outlet named by a "translated from" provenance note
    syndicated_from: str | None = None  # outlet named by a "syndicated from" note
    embedding: list[float] | None = field(default=None, repr=False)  # precomputed, optional

    def __post_init__(self) -> None:
        self.article_id = str(self.article_id)
        if not self.article_id:
            raise StoryInputError("StoryItem needs a non-empty article_id")
        if self.published is not None and parse_day(self.published) is None:
            raise StoryInputError(
                f"article {self.article_id}: published {self.published!r} is not an ISO date (YYYY-MM-DD)"
            )
        self.entity_keys = tuple(self.entity_keys)

    @classmethod
    def from_article(cls, article: Article, article_id: str | int, analysis: Analysis | None = None) -> StoryItem:
        translated = next((p.outlet for p in article.provenance if p.kind == "translated_from"), None)
        syndicated = next((p.outlet for p in article.provenance if p.kind == "syndicated_from"), None)
        keys: tuple[str, ...] = ()
        if analysis is not None:
            keys = tuple(dict.fromkeys(e.key for e in analysis.entities if e.key))
        published = article.published
        if published is not None and parse_day(published) is None:
            published = None  # an unparsable date from cleaning is treated as unknown
        return cls(
            article_id=str(article_id),
            published=published,
            language=article.language,
            title=article.title or "",
            text=article.body_text or article.text,
            entity_keys=keys,
            outlet=article.outlet,
            translated_from=translated,
            syndicated_from=syndicated,
        )


def parse_day(value: str | date | None) -> float | None:
    """Days since year 1 as a float (time of day as a fraction): what time windows compare."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        return float(value.toordinal())
    else:
        text = value.strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            dt = datetime.fromisoformat(text)
        except ValueError:
            return None
    return dt.toordinal() + (dt.hour * 3600 + dt.minute * 60 + dt.second) / 86400.0
