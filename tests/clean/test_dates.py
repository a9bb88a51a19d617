"""Dates and reading times in meta lines."""

from __future__ import annotations

from lagebild.clean.dates import find_dates, is_dateline, reading_time, stamp_dates, url_date


def test_updated_stamp_is_marked_as_update() -> None:
    (hit,) = find_dates("Aktualisiert am 14.03.2031 Lesedauer: 3 Min.")
    assert (hit.iso, hit.updated) == ("2031-03-14", True)


def test_date_shapes() -> None:
    assert [h.iso for h in find_dates("3. März 2031, 10:15 Uhr")] == ["2031-03-03"]
    assert [h.iso for h in find_dates("Published May 3, 2032")] == ["2032-05-03"]
    assert [h.iso for h in find_dates("2031-12-01T08:00")] == ["2031-12-01"]
    assert find_dates("am 31.02.2031") == []  # no such day


def test_reading_time_and_dateline_shape() -> None:
    assert reading_time("Lesedauer: 3 Min.") == 3 and reading_time("4 min read") == 4
    assert is_dateline("Veröffentlicht am 01.04.2031 | 12:30 Uhr")
    assert not is_dateline(
        "Am 01.04.2031 beschloss der Rat nach langer Debatte, die Brücke doch zu bauen, wie geplant."
    )


def test_stamp_phrases_anywhere_in_a_short_line() -> None:
    assert [h.iso for h in stamp_dates("Diese Seite wurde zuletzt am 29. Januar 2031 um 13:22 Uhr geändert.")] == [
        "2031-01-29"
    ]
    assert [h.iso for h in stamp_dates("Verfasst von: Erika | 31. Dezember 2030")] == ["2030-12-31"]
    (hit,) = stamp_dates("Letzte Aktualisierung: 28.01.2031")
    assert hit.updated
    assert stamp_dates("Am 28.01.2031 tagte der Rat erneut über die Brücke am Fluss und vertagte sich.") == []


def test_date_in_the_url_path() -> None:
    assert url_date("https://blog.example/2031/5/6/streik-im-hafen/") == "2031-05-06"
    assert url_date("https://amt.example/texte/20310127-gedenken.html") == "2031-01-27"
    assert url_date("https://blatt.example/politik/artikel-123456") is None
    assert url_date("https://blatt.example/2031/13/45/x") is None


def test_place_and_date_in_front_of_a_press_releases_text_is_no_dateline() -> None:
    assert not is_dateline("Probefeld, 12.03.2031 – Rede der Bürgermeisterin bei der Einweihung der Fähre")
    assert not is_dateline("Probefeld, 12. März 2031 - Die Gemeinde eröffnet am Mittwoch die Fähre")
    assert is_dateline("Probefeld, 12.03.2031 – Von Erika Muster")
    assert is_dateline("Probefeld, 12. März 2031 - 14:03 Uhr")


def test_slashed_dates_are_day_first() -> None:
    assert [h.iso for h in find_dates("30/10/31 | Beispielblatt")] == ["2031-10-30"]
    assert [h.iso for h in find_dates("17/11/2031")] == ["2031-11-17"]
    assert find_dates("10/30/2031") == []  # no 30th month
    assert find_dates("Öffnungszeiten 24/7/365") == [] and find_dates("Teil 1/2/12/2031") == []


def test_a_version_number_with_its_build_is_no_date() -> None:
    for text in ("Bewertung VN:F [1.9.31_2048]", "Probe-App 2.10.4.1", "Plugin 3.4.31.7"):
        assert find_dates(text) == [], text
        assert not is_dateline(text), text
    assert [h.iso for h in find_dates("Stand: 1.9.31, 10 Uhr")] == ["2031-09-01"]
    assert [h.iso for h in find_dates("erschienen am 21.01.2031.")] == ["2031-01-21"]
