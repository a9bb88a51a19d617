"""Block pages, consent walls and error pages are rejected; reports that mention them are not.

All page texts are invented samples.
"""

from __future__ import annotations

import pytest

from lagebild.clean.dispatch import CleanFailure, clean_document
from lagebild.clean.walls import wall_reason
from lagebild.records import RawDocument

REPORT = (
    "Der Stadtrat von Sample-Hafen hat am Dienstag den Bau einer neuen Fähranlegestelle beschlossen. "
    "Die Anlage soll bis zum Herbst 2031 fertig sein und täglich bis zu 4000 Fahrgäste abfertigen. "
    "Bürgermeisterin Jana Beispiel sprach von einem wichtigen Schritt für die Region. "
) * 4


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("", "We are sorry, but we recorded a huge amount of connections from your IP address.", "rate-limit notice"),
        (
            "Sample Daily",
            "No Cookies\n\nTo use this website, cookies must be enabled in your browser.\n"
            + "Enabling cookies in your browser: open the settings and allow first-party cookies. " * 10,
            "cookie wall",
        ),
        ("", "Bitte bestätigen Sie, dass Sie ein Mensch sind und kein Roboter.", "robot check"),
        ("Access Denied", "You don't have permission to access this server.", "access-denied page"),
        ("", "404 Not Found\nThe requested page could not be found.", "not-found page"),
        ("", "Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.", "JavaScript wall"),
    ],
)
def test_wall_pages_are_recognised(title: str, text: str, kind: str) -> None:
    assert wall_reason(title, text) == kind


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        # a video placeholder above a report is a widget, not a wall
        "Fähranleger beschlossen. Please enable JavaScript to view this video. " + REPORT,
        # a report about cookie banners mentions the phrase further down
        REPORT + "Viele Seiten verlangen inzwischen, dass Nutzer Cookies aktivieren.",
        # a server warning left in a blog page is debris, not an access-denied page
        "Warning: mysql_connect(): Access denied for user 'web'@'localhost'\n" + REPORT,
    ],
)
def test_reports_are_not_walls(text: str) -> None:
    assert wall_reason("Neuer Fähranleger für Sample-Hafen", text) is None


def test_clean_document_rejects_a_block_page_with_its_reason() -> None:
    raw = RawDocument(b"Access Denied\n\nYou don't have permission to access this page.\n", "text/plain", "x.txt")
    with pytest.raises(CleanFailure, match="not an article: access-denied page"):
        clean_document(raw)
