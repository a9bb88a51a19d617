"""A small store for API and web tests, written for lagebild: fictional events, fictional outlets.

Two articles on one story (a dock strike in the invented port town of Velmora) that disagree on a
number, with quotes by a named and an anonymous speaker and a sourcing chain, plus one article whose
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
    ("title", "SAMPLE: Dock strike halts Velmora port"),
    ("lede", "About 1500 dock workers walked out in the fictional port of Velmora on Monday, Küstenpresse reported."),
    ("body", '"We stay out until the shift rotas are fair," union spokeswoman Lena Hartwig said.'),
    ("body", "A port authority official, who asked not to be named, said talks could start on Wednesday."),
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
    return Analysis(
        article_id=None,
        language="en",
        text_sha256=sha256_hex(t),
        entities=[
            Entity("loc:velmora", "Velmora", "LOC", None, mentions=_mentions(t, "Velmora")),
            Entity("per:lena-hartwig", "Lena Hartwig", "PER", None, mentions=_mentions(t, "Lena Hartwig")),
        ],
        quotes=[
            Quote(
                "direct",
                _span(t, "We stay out until the shift rotas are fair,"),
                _span(t, "said"),
                _speaker(t, "union spokeswoman Lena Hartwig", "per:lena-hartwig"),
            ),
            Quote(
                "indirect",
                _span(t, "talks could start on Wednesday"),
                _span(t, "said", t.index("A port")),
                _speaker(t, "A port authority official, who asked not to be named", None, anonymous=True),
            ),
        ],
        sources=[
            Source("s1", "Küstenpresse", "news_agency", None, [_span(t, "Küstenpresse")]),
            Source("s2", "port authority official", "anonymous_official", None, [], [1]),
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
        outlet="Velmora Daily (sample)",
        language="en",
        published="2031-03-04",
        removed=["Subscribe now", "Cookie settings"],
    )
    evil = _article(
        [("title", EVIL_TITLE), ("body", EVIL_BODY)],
        outlet="Evil <i>Outlet</i>",
        language="de",
        published="2031-03-04",
        url="javascript:window.__pwned=7",
    )
    ids = SampleIds(
        kurier=_put(
            store, kurier, "Menü Suche Anmelden\n" + kurier.text, "sample/kurier.txt", _kurier_analysis(kurier)
        ),
        daily=_put(store, daily, "Subscribe now\n" + daily.text, "sample/daily.txt", _daily_analysis(daily)),
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
                    "outlets": ["Nordküsten-Kurier (sample)", "Velmora Daily (sample)"],
                    "languages": ["de", "en"],
                },
                {
                    "id": "s-evil",
                    "title": EVIL_TITLE,
                    "first_seen": "2031-03-04",
                    "last_seen": "2031-03-04",
                    "article_count": 1,
                    "independent_count": 1,
                    "outlets": ["Evil <i>Outlet</i>"],
                    "languages": ["de"],
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
