"""Write `warc/sample-crawl.warc.gz`, the demo corpus's small Common-Crawl-style archive.

SAMPLE — fictional: the pages below were written for the lagebild demo corpus; outlets, people, places
and events are invented. Record ids and dates are fixed, so the output is byte-for-byte reproducible:
run `python -m lagebild.samples.make_warc` after editing a page and commit the result.
"""

from __future__ import annotations

import io
import sys
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUTPUT = Path(__file__).parent / "warc" / "sample-crawl.warc.gz"
MARK = (
    "<!-- SAMPLE — fictional. Written for the lagebild demo corpus; outlet, people, places and events are invented. -->"
)


def _page(outlet: str, lang: str, title: str, author: str, published: str, body: str) -> str:
    return f"""<!DOCTYPE html>
{MARK}
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta name="author" content="{author}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}"></head>
<body><header><a href="/">{outlet}</a><nav><a href="/news">News</a> <a href="/region">Region</a>
<a href="/login">Login</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">{author} · {published[:10]}</p>
{body}
</article></main>
<footer>© 2031 {outlet} · SAMPLE — fictional, written for the lagebild demo corpus.</footer></body></html>
"""


LEDGER_SUMMIT = _page(
    "Harbor Ledger",
    "en",
    "Dahl and Varga seal Sella deal in Marrowick",
    "Tomas Reyes",
    "2031-05-08T19:10:00+02:00",
    """<p class="lede">Vardeland and Caldoria will jointly manage the Sella river and put 2.4 billion euros into a
common fund, Prime Minister Henrik Dahl and President Ilona Varga announced in Marrowick on Thursday.</p>
<p>The agreement freezes work on the Ostrava Gorge dam for two years. For Kessmund, which depends on the
river for a third of its drinking water, the deal removes a long-standing worry.</p>
<p>"Kessmund's taps will not run dry because of a quarrel between capitals," Dahl told the Harbor Ledger
on the flight home.</p>
<p>According to a Vardeland official who was in the room, the Caldorian side only gave up its demand for a
veto over water releases after midnight on Wednesday.</p>
<figure><img src="/img/marrowick.jpg" alt=""><figcaption>Dahl and Varga in Marrowick. (Photo: Harbor
Ledger/T. Reyes)</figcaption></figure>
<p>Opposition leader Britt Halvard said the fund was "too small and too slow", and demanded a vote in
parliament.</p>""",
)

LEDGER_FLOOD = _page(
    "Harbor Ledger",
    "en",
    "Nearly 1,400 flee as the Sella floods the Aldertal",
    "Sara Olander",
    "2031-05-10T14:05:00+02:00",
    """<p class="lede">Nearly 1,400 people have left their homes in Caldoria's Aldertal valley after the Sella
river rose more than three metres overnight, the regional fire service said on Saturday.</p>
<p>Fire service spokeswoman Petra Holm said crews were still searching houses in Brennhof and Untersell.
"We are going from door to door, and we will keep going until every house has been checked," Holm said.</p>
<p>Vardeland offered help. Four pumping units from Kessmund's port fire brigade left for the border on
Saturday morning, a city spokesman told the Harbor Ledger.</p>
<p>Meteorologists measured 150 millimetres of rain within a day at the Brennhof station, the highest
value since records began.</p>""",
)

KURIER_FLOOD = _page(
    "Nordküsten-Kurier",
    "de",
    "Flut im Aldertal: Kessmunder Feuerwehr hilft in Caldoria",
    "Merle Jansen",
    "2031-05-10T16:30:00+02:00",
    """<p class="lede">Die Hochwasserlage im Süden Caldorias bleibt angespannt. Inzwischen haben nach Behördenangaben
rund 1.400 Menschen im Aldertal ihre Häuser verlassen.</p>
<p>Aus Kessmund sind am Samstag vier Pumpeneinheiten der Hafenfeuerwehr ins Katastrophengebiet aufgebrochen.
„Wenn die Nachbarn Hilfe brauchen, fragen wir nicht lange“, sagte Einsatzleiter Rune Paulsen dem
Nordküsten-Kurier.</p>
<p>Ein Sprecher der caldorischen Regionalregierung erklärte, die Bahnstrecke nach Marrowick bleibe bis
Montag gesperrt. Nach Angaben aus Regierungskreisen wird über eine Soforthilfe aus dem neuen Sella-Fonds
beraten, den beide Länder erst am Donnerstag beschlossen hatten.</p>
<p>Lesen Sie auch: Gipfel in Marrowick – was der Flussfonds bringt</p>""",
)

LOGO = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
DATE = "2031-05-10T15:00:00Z"
RESPONSES: list[tuple[str, str, str, bytes]] = [  # url, status, content type, body
    (
        "https://harbor-ledger.example/politics/2031/05/08/sella-deal",
        "200 OK",
        "text/html; charset=utf-8",
        LEDGER_SUMMIT.encode(),
    ),
    ("https://harbor-ledger.example/static/logo.svg", "200 OK", "image/svg+xml", LOGO),
    ("https://harbor-ledger.example/region/aldertal-floods", "301 Moved Permanently", "text/html", b""),
    (
        "https://harbor-ledger.example/region/2031/05/10/aldertal-floods",
        "200 OK",
        "text/html; charset=utf-8",
        LEDGER_FLOOD.encode(),
    ),
    (
        "https://nordkuesten-kurier.example/panorama/flut-aldertal-feuerwehr-kessmund",
        "200 OK",
        "text/html; charset=utf-8",
        KURIER_FLOOD.encode(),
    ),
]


def _record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}>"


def write_warc(path: Path = OUTPUT) -> Path:
    """Write the archive: one warcinfo record, then a response record per entry of RESPONSES."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    info = b"software: lagebild make_warc\r\nnote: SAMPLE - fictional demo crawl\r\n"
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=io.BytesIO(info),
            length=len(info),
            warc_headers_dict={"WARC-Record-ID": _record_id("warcinfo"), "WARC-Date": DATE, "WARC-Filename": path.name},
        )
    )
    for url, status, content_type, body in RESPONSES:
        headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        if status.startswith("301"):
            headers.append(("Location", url.replace("/region/", "/region/2031/05/10/")))
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Record-ID": _record_id(url), "WARC-Date": DATE},
        )
        writer.write_record(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path


if __name__ == "__main__":
    print(write_warc(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
