from __future__ import annotations

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Meridian Post</title><link>https://meridian-post.example/</link><language>en</language>
<item><title>Dockers walk out in Kessmund</title><link>https://meridian-post.example/strike</link>
<guid>mp-1</guid><pubDate>Tue, 06 May 2031 07:30:00 +0200</pubDate><dc:creator>Ada Finch</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Dock workers in Kessmund stopped work on Monday.</p>]]></content:encoded></item>
<item><title>Summit opens</title><link>https://meridian-post.example/summit</link>
<description>Leaders meet in Marrowick.</description></item>
<item><title>Link only</title><link>https://meridian-post.example/bare</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Ledger</title>
<entry><title>Cranes stand still</title><link href="https://harbor-ledger.example/cranes"/>
<id>urn:hl:7</id><updated>2031-05-06T09:00:00Z</updated><author><name>Tomas Reyes</name></author>
<content type="html">&lt;p&gt;No crane moved at Terminal East.&lt;/p&gt;</content></entry></feed>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol4;</title><item><title>x</title><description>&lol4;</description></item>
</channel></rss>"""

EXTERNAL = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>x</title><description>&secret;</description></item>
</channel></rss>"""


def test_rss_entries_carry_content_and_hints(write, run) -> None:
    docs, failures = run(write("feed.rss", RSS))
    first = docs[0]
    assert first.source.endswith("feed.rss#entry-1") and first.media_type == "text/html"
    assert first.data == b"<p>Dock workers in Kessmund stopped work on Monday.</p>"
    assert first.origin_url == "https://meridian-post.example/strike"
    assert {k: first.meta[k] for k in ("title", "outlet", "author", "published", "source_id", "language")} == {
        "title": "Dockers walk out in Kessmund",
        "outlet": "Meridian Post",
        "author": "Ada Finch",
        "published": "2031-05-06T05:30:00+00:00",
        "source_id": "mp-1",
        "language": "en",
    }
    assert docs[1].data == b"Leaders meet in Marrowick."
    assert [f.reason for f in failures] == [
        "feed entry carries no content; pass --fetch to download https://meridian-post.example/bare"
    ]


def test_atom_entry(write, run) -> None:
    docs, failures = run(write("ledger.atom", ATOM))
    assert failures == [] and docs[0].data == b"<p>No crane moved at Terminal East.</p>"
    assert docs[0].meta["author"] == "Tomas Reyes" and docs[0].meta["outlet"] == "Harbor Ledger"


def test_billion_laughs_is_refused(write, run) -> None:
    docs, failures = run(write("laughs.xml", BILLION_LAUGHS))
    assert docs == [] and "billion laughs" in failures[0].reason


def test_external_entity_is_refused(write, run) -> None:
    docs, failures = run(write("xxe.rss", EXTERNAL))
    assert docs == [] and "external references" in failures[0].reason


def test_truncated_feed_gives_partial_entries_and_a_failure(write, run) -> None:
    truncated = RSS[: RSS.index("<item><title>Summit")] + "<item><title>Summit opens</ti"
    docs, failures = run(write("cut.xml", truncated))
    assert docs[0].meta["title"] == "Dockers walk out in Kessmund"
    assert failures[-1].reason.startswith("malformed feed")


def test_feed_without_entries(write, run) -> None:
    _, failures = run(
        write("empty.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>')
    )
    assert failures[0].reason == "feed has no entries"


def test_fetch_replaces_teasers_by_linked_pages_and_keeps_feed_hints(write, run, monkeypatch) -> None:
    from lagebild.ingest import inputs
    from lagebild.ingest.errors import IngestError
    from lagebild.records import RawDocument

    fetched: list[str] = []

    def fake_fetch(url: str, **options: object) -> RawDocument:
        fetched.append(url)
        if url.endswith("/summit"):
            raise IngestError(f"{url} answered HTTP 404 Not Found")
        return RawDocument(b"<html><p>Full page.</p></html>", "text/html", url, origin_url=url, meta={"url": url})

    monkeypatch.setattr(inputs, "fetch_url", fake_fetch)
    docs, failures = run(write("feed.rss", RSS), fetch=True)
    assert fetched == ["https://meridian-post.example/summit", "https://meridian-post.example/bare"]
    assert [d.data for d in docs] == [
        b"<p>Dock workers in Kessmund stopped work on Monday.</p>",  # full content: not fetched
        b"Leaders meet in Marrowick.",  # fetch failed: the teaser is kept
        b"<html><p>Full page.</p></html>",
    ]
    assert docs[2].meta["outlet"] == "Meridian Post" and docs[2].source.endswith("#entry-3")
    assert [f.reason for f in failures] == ["https://meridian-post.example/summit answered HTTP 404 Not Found"]
