"""A small store for API and web tests, written for lagebild: fictional events, fictional outlets.

Two German articles on one story (a dock strike in the invented port town of Velmora) that disagree
on a number, with quotes by a named and an anonymous speaker and a sourcing chain, plus one article whose
title and text carry markup that must never run. Offsets are computed from the text, never typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.records import (
    Analysis,
    Article,
    Block,
    Entity,
    Mention,
    Provenance,
    Quote,
    RawDocument,
    Source,
    Span,
    Speaker,
    sha256_hex,
)
from lagebild.store import Store

STORY_ID = "s-velmora-strike"
EVIL_TITLE = 'Sample <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> title'
EVIL_BODY = (
    'Sample body <script>window.__pwned=3</script> with a link <a href="javascript:window.__pwned=4">click</a> '
    'and <svg onload="window.__pwned=5"></svg> inline markup. Ein Sprecher sagte: '
    '„<b onmouseover="window.__pwned=6">fett</b>“.'
)

KURIER = [
    ("title", "SAMPLE: Hafenstreik legt Velmora lahm"),
    (
        "lede",
        "Im fiktiven Hafen von Velmora streiken seit Montag 1200 Hafenarbeiter, berichtet die Agentur Küstenpresse.",
    ),
    ("body", "„Wir bleiben draußen, bis die Schichtpläne fair sind“, sagte Gewerkschaftssprecherin Lena Hartwig."),
    ("body", "Ein Sprecher der Hafenbehörde sagte, man sei zu Gesprächen bereit."),
    ("body", "„Die Kräne stehen still“, sagte Lena Hartwig am Abend."),
]
DAILY = [
    ("title", "SAMPLE: Streik stoppt den Hafen von Velmora"),
    (
        "lede",
        "Rund 1500 Hafenarbeiter legten am Montag im fiktiven Hafen von Velmora die Arbeit nieder, "
        "meldete Küstenpresse.",
    ),
    ("body", "„Wir bleiben draußen, bis die Schichtpläne fair sind“, sagte die Gewerkschaftssprecherin Lena Hartwig."),
    (
        "body",
        "Ein Vertreter der Hafenbehörde, der nicht genannt werden wollte, sagte, "
        "Gespräche könnten am Mittwoch beginnen.",
    ),
]


@dataclass
class SampleIds:
    kurier: int
    daily: int
    evil: int
    story: str = STORY_ID


def _article(blocks: list[tuple[str, str]], **meta: object) -> Article:
    return Article(blocks=[Block(k, t) for k, t in blocks], **meta)  # type: ignore[arg-type]


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def _mentions(text: str, needle: str) -> list[Mention]:
    out, pos = [], text.find(needle)
    while pos >= 0:
        out.append(Mention(pos, pos + len(needle), needle))
        pos = text.find(needle, pos + 1)
    return out


def _speaker(text: str, needle: str, key: str | None, anonymous: bool = False) -> Speaker:
    s = _span(text, needle)
    return Speaker(s.start, s.end, s.text, key, anonymous)


def _kurier_analysis(art: Article) -> Analysis:
    t = art.text
    q1 = Quote(
        "direct",
        _span(t, "Wir bleiben draußen, bis die Schichtpläne fair sind"),
        _span(t, "sagte"),
        _speaker(t, "Gewerkschaftssprecherin Lena Hartwig", "per:lena-hartwig"),
    )
    q2 = Quote(
        "indirect",
        _span(t, "man sei zu Gesprächen bereit"),
        _span(t, "sagte", t.index("Ein Sprecher")),
        _speaker(t, "Ein Sprecher der Hafenbehörde", None, anonymous=True),
    )
    last = t.rindex("Lena Hartwig")
    q3 = Quote(
        "direct",
        _span(t, "Die Kräne stehen still"),
        None,
        Speaker(last, last + len("Lena Hartwig"), "Lena Hartwig", "per:lena-hartwig"),
    )
    return Analysis(
        article_id=None,
        language="de",
        text_sha256=sha256_hex(t),
        entities=[
            Entity("loc:velmora", "Velmora", "LOC", None, mentions=_mentions(t, "Velmora")),
            Entity("per:lena-hartwig", "Lena Hartwig", "PER", None, mentions=_mentions(t, "Lena Hartwig")),
            Entity("org:kuestenpresse", "Küstenpresse", "ORG", None, mentions=_mentions(t, "Küstenpresse")),
        ],
        quotes=[q1, q2, q3],
        sources=[
            Source("s1", "Küstenpresse", "news_agency", None, [_span(t, "Küstenpresse")]),
            Source("s2", "Lena Hartwig", "person", "s1", [], [0, 2]),
            Source("s3", "Sprecher der Hafenbehörde", "anonymous_official", "s1", [], [1]),
        ],
    )


def _daily_analysis(art: Article) -> Analysis:
    t = art.text
    official = "Ein Vertreter der Hafenbehörde, der nicht genannt werden wollte"
    return Analysis(
        article_id=None,
        language="de",
        text_sha256=sha256_hex(t),
        entities=[
            Entity("loc:velmora", "Velmora", "LOC", None, mentions=_mentions(t, "Velmora")),
            Entity("per:lena-hartwig", "Lena Hartwig", "PER", None, mentions=_mentions(t, "Lena Hartwig")),
        ],
        quotes=[
            Quote(
                "direct",
                _span(t, "Wir bleiben draußen, bis die Schichtpläne fair sind"),
                _span(t, "sagte"),
                _speaker(t, "die Gewerkschaftssprecherin Lena Hartwig", "per:lena-hartwig"),
            ),
            Quote(
                "indirect",
                _span(t, "Gespräche könnten am Mittwoch beginnen"),
                _span(t, "sagte", t.index(official)),
                _speaker(t, official, None, anonymous=True),
            ),
        ],
        sources=[
            Source("s1", "Küstenpresse", "news_agency", None, [_span(t, "Küstenpresse")]),
            Source("s2", "Vertreter der Hafenbehörde", "anonymous_official", None, [], [1]),
        ],
    )


def _put(store: Store, art: Article, raw_text: str, source: str, analysis: Analysis | None) -> int:
    with store.begin() as conn:
        raw = RawDocument(raw_text.encode("utf-8"), "text/plain", source)
        store.add_raw(conn, raw)
        art.raw_sha256 = raw.sha256
        aid, _ = store.add_article(conn, art, source, "test")
        if analysis is not None:
            analysis.article_id = aid
            store.put_analysis(conn, aid, analysis, "test")
    return aid


def fill(db: str) -> SampleIds:
    """Write the sample articles, analyses and the one story into the store at `db`."""
    store = Store(db)
    kurier = _article(
        KURIER,
        outlet="Nordküsten-Kurier (sample)",
        language="de",
        published="2031-03-03",
        removed=["Menü Suche Anmelden", "Mehr zum Thema: Wetter an der Küste"],
        provenance=[Provenance("source_note", "Küstenpresse", "Mit Material der Agentur Küstenpresse")],
    )
    daily = _article(
        DAILY,
        outlet="Küstenbote (sample)",
        language="de",
        published="2031-03-04",
        removed=["Jetzt abonnieren", "Cookie-Einstellungen"],
    )
    evil = _article(
        [("title", EVIL_TITLE), ("body", EVIL_BODY)],
        outlet="Evil <i>Outlet</i>",
        language="en",
        published="2031-03-04",
        url="javascript:window.__pwned=7",
    )
    ids = SampleIds(
        kurier=_put(
            store, kurier, "Menü Suche Anmelden\n" + kurier.text, "sample/kurier.txt", _kurier_analysis(kurier)
        ),
        daily=_put(store, daily, "Jetzt abonnieren\n" + daily.text, "sample/daily.txt", _daily_analysis(daily)),
        evil=_put(
            store, evil, "<script>window.__pwned=8</script>\n" + evil.text, "sample/evil.txt", _evil_analysis(evil)
        ),
    )
    with store.begin() as conn:
        store.put_story_members(conn, {ids.kurier: STORY_ID, ids.daily: STORY_ID, ids.evil: "s-evil"})
        store.put_stories(
            conn,
            [
                {
                    "id": STORY_ID,
                    "title": "SAMPLE: Hafenstreik legt Velmora lahm",
                    "first_seen": "2031-03-03",
                    "last_seen": "2031-03-04",
                    "article_count": 2,
                    "independent_count": 1,
                    "outlets": ["Küstenbote (sample)", "Nordküsten-Kurier (sample)"],
                    "languages": ["de"],
                },
                {
                    "id": "s-evil",
                    "title": EVIL_TITLE,
                    "first_seen": "2031-03-04",
                    "last_seen": "2031-03-04",
                    "article_count": 1,
                    "independent_count": 1,
                    "outlets": ["Evil <i>Outlet</i>"],
                    "languages": ["en"],
                },
            ],
        )
    store.close()
    return ids


def _evil_analysis(art: Article) -> Analysis:
    t = art.text
    tag = _span(t, "<script>window.__pwned=3</script>")
    return Analysis(
        article_id=None,
        language="de",
        text_sha256=sha256_hex(t),
        entities=[
            Entity(
                "org:<script>x</script>",
                "<script>window.__pwned=9</script>",
                "ORG",
                None,
                mentions=[Mention(tag.start, tag.end, tag.text)],
            )
        ],
        quotes=[
            Quote(
                "direct",
                _span(t, '<b onmouseover="window.__pwned=6">fett</b>'),
                None,
                _speaker(t, "Ein Sprecher", None, anonymous=True),
            )
        ],
        sources=[Source("s1", '<img src=x onerror="window.__pwned=10">', "person", None)],
    )
