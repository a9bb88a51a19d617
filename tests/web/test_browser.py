"""A person in a real browser: home → story → article → search, on laptop and phone; hostile text stays inert.

Drives Debian's chromium headless through Playwright against uvicorn on a free loopback port.
Screenshots of the main pages land in screenshots/ for review.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

sys.path.insert(0, str(Path(__file__).resolve().parent))
from livesite import browser, serve, shot  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, samplestore: Any) -> Iterator[tuple[str, Any]]:
    db = str(tmp_path_factory.mktemp("site") / "site.db")
    ids = samplestore.fill(db)
    with serve(db) as url:
        import httpx

        # the first view of a story builds its dossier (models load once): do it before the clock runs
        httpx.get(url + "/stories/s-velmora-strike", timeout=120).raise_for_status()
        yield url, ids


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as b:
        yield b


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    p = context.new_page()
    p.set_default_timeout(30_000)
    yield p
    context.close()


def test_home_to_story_to_article(site: tuple[str, Any], page: Any) -> None:
    url, ids = site
    page.goto(url + "/")
    shot(page, "home")
    page.get_by_role("link", name="SAMPLE: Hafenstreik legt Velmora lahm").click()
    page.wait_for_url("**/stories/s-velmora-strike")
    reports = page.locator("table.reports")
    assert reports.get_by_text("Nordküsten-Kurier (sample)").is_visible()
    assert reports.get_by_text("Küstenbote (sample)").is_visible()
    speakers = page.locator("article.speaker")
    assert speakers.count() >= 3 and page.locator("article.speaker.anon").count() >= 2
    assert page.locator("svg.graph rect").count() >= 3
    figures = page.locator("#compare .conflict mark.num").all_inner_texts()
    assert any("1200" in f for f in figures) and any("1500" in f for f in figures)
    shot(page, "story")
    page.locator("table.reports").get_by_role("link", name="SAMPLE: Hafenstreik legt Velmora lahm").click()
    page.wait_for_url(f"**/articles/{ids.kurier}")
    removed = page.locator("details.removed")
    assert not removed.get_by_text("Menü Suche Anmelden").is_visible()
    removed.locator("summary").click()
    assert removed.get_by_text("Menü Suche Anmelden").is_visible()
    assert page.locator("article.article-text a.ent-PER", has_text="Lena Hartwig").count() == 2
    shot(page, "article")
    page.locator("ul.compare-links").get_by_role("link", name="Küstenbote (sample)").click()
    page.wait_for_url(f"**/compare/{ids.kurier}/{ids.daily}")
    assert page.get_by_text("Same-story similarity").is_visible()
    assert page.locator("#tensions .conflict").count() >= 1 and page.locator("#shared .fact").count() >= 1
    shot(page, "compare")


def test_keyboard_search(site: tuple[str, Any], page: Any) -> None:
    url, _ = site
    page.goto(url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("/")
    page.keyboard.type("Hartwig")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Hartwig")
    assert page.locator("ol.hits > li").count() == 2
    shot(page, "search")


def test_german_phone_layout(site: tuple[str, Any], chromium: Any) -> None:
    url, _ = site
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="de-DE", is_mobile=True)
    p = context.new_page()
    p.goto(url + "/stories/s-velmora-strike")
    assert p.get_by_role("heading", name="Zitate nach Sprecher").is_visible()
    overflow = p.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"page is {overflow}px wider than the phone screen"
    shot(p, "story-phone-de")
    context.close()


def test_hostile_text_never_runs(site: tuple[str, Any], page: Any) -> None:
    url, ids = site
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ["/", f"/articles/{ids.evil}", "/stories/s-evil", "/search?q=Sample", "/entities", "/quotes"]:
        page.goto(url + path)
        page.evaluate("document.querySelectorAll('*').forEach(e => e.dispatchEvent(new MouseEvent('mouseover')))")
        assert page.evaluate("window.__pwned") is None, path
    page.goto(url + f"/articles/{ids.evil}")
    assert "<script>window.__pwned=1</script>" in page.locator("h1.title").inner_text()
    shot(page, "hostile-article")
    assert dialogs == []


def test_upload_form(site: tuple[str, Any], page: Any) -> None:
    pytest.importorskip("lagebild.ingest.inputs", reason="ingest readers not installed")
    url, _ = site
    page.goto(url + "/upload")
    dump = "SAMPLE: Sturmflut in Orlan\n\nIm erfundenen Küstenort Orlan stieg das Wasser am Dienstag um 2,4 Meter.\n"
    page.set_input_files("#file", files=[{"name": "orlan.txt", "mimeType": "text/plain", "buffer": dump.encode()}])
    page.get_by_label("Analyse and cluster after storing").uncheck()
    page.get_by_role("button", name="Ingest").click()
    assert "1 new articles" in page.locator(".result").inner_text()
    shot(page, "upload")
    page.locator(".result a").first.click()
    assert page.locator("h1.title").inner_text() == "SAMPLE: Sturmflut in Orlan"
