"""UI strings in German and English, and the choice between them for one request.

A dictionary is enough for a few dozen labels; gettext catalogues would add a build step for no gain.
"""

from __future__ import annotations

from collections.abc import Callable

LANGS = ("en", "de")
DEFAULT_LANG = "en"

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "app_tagline": "situation picture from the news",
        "nav_home": "Stories",
        "nav_search": "Search",
        "nav_entities": "Entities",
        "nav_quotes": "Quotes",
        "nav_upload": "Upload",
        "nav_api": "API",
        "skip": "Skip to content",
        "home_title": "Stories of the last days",
        "home_none": "No stories yet. Ingest some articles: lagebild ingest FILES, or use the upload page.",
        "home_window": "Stories seen in the {days} days up to {day}, largest first.",
        "articles": "articles",
        "articles_one": "article",
        "article": "Article",
        "outlets": "Outlets",
        "languages": "Languages",
        "independent": "independent sources",
        "independent_one": "independent source",
        "first_seen": "first seen",
        "last_seen": "last seen",
        "coverage": "Coverage over time",
        "outlet_mix": "Outlet mix",
        "story": "Story",
        "who_reported": "Who reported, and when",
        "copies": "Copies and translations",
        "no_copies": "No copies or translations found.",
        "comparison": "Side by side",
        "shared": "Shared by the articles",
        "unique": "Only in one article",
        "conflicts": "Conflicting statements",
        "none_found": "Nothing found.",
        "quotes": "Quotes",
        "quotes_by_speaker": "Quotes by speaker",
        "anonymous": "anonymous",
        "no_quotes": "No quotes found.",
        "quote_pairs": "Same statement in several articles",
        "sourcing": "Sourcing chain",
        "no_sources": "No sources found.",
        "entities": "Entities",
        "no_entities": "No entities found.",
        "dossier_missing": "Part of the comparison is not available",
        "compared_of": "Compared: {n} of {total} articles, the earliest of each outlet first.",
        "text": "Text",
        "removed": "Removed lines (boilerplate)",
        "removed_count": "{n} lines were removed as boilerplate",
        "provenance": "Provenance",
        "raw_source": "Raw source",
        "raw_missing": "No raw input stored.",
        "published": "published",
        "updated": "updated",
        "author": "author",
        "language": "language",
        "source": "source",
        "url": "URL",
        "in_story": "Part of story",
        "legend": "Legend",
        "stale_analysis": "The analysis belongs to an older version of this text; highlighting is off.",
        "not_analysed": "Not analysed yet.",
        "search_title": "Search",
        "search_placeholder": "words that must all occur",
        "search_button": "Search",
        "results": "{n} results",
        "results_one": "{n} result",
        "entity": "Entity",
        "variants": "Names used",
        "roles": "Roles",
        "mentioned_in": "Mentioned in",
        "mentions": "mentions",
        "type": "Type",
        "col_articles": "Articles",
        "col_mentions": "Mentions",
        "upload_title": "Add articles",
        "upload_file": "File (text dump, HTML, feed, WARC or JSON Lines; gzip allowed)",
        "upload_url": "or a URL to fetch",
        "upload_analyze": "Analyse and cluster after storing",
        "upload_button": "Ingest",
        "upload_result": "{new} new articles, {dup} duplicates, {unchanged} already stored, {failed} failed",
        "upload_limit": "Largest upload: {mb} MB. Files are read in memory and stored in the database only.",
        "error": "Error",
        "prev": "Previous",
        "next": "Next",
        "page_of": "{start}–{end} of {total}",
        "speaker": "Speaker",
        "quotes_list_title": "Quotes",
        "filter": "Filter",
        "api_docs": "API reference",
        "direct": "direct",
        "indirect": "indirect",
        "reported": "reported",
        "by": "by",
        "unknown": "unknown",
        "cue": "cue",
        "quote": "quote",
        "compare_title": "Two articles side by side",
        "compare_with": "Compare with another report of this story",
        "similarity": "Same-story similarity",
        "raw_scale": "raw scale: too few articles of these languages in the store to centre",
        "only_in": "Only in",
        "tension": "tension",
        "conflict": "conflict",
        "loose_match": "loose match",
    },
    "de": {
        "app_tagline": "Lagebild aus den Nachrichten",
        "nav_home": "Geschichten",
        "nav_search": "Suche",
        "nav_entities": "Entitäten",
        "nav_quotes": "Zitate",
        "nav_upload": "Hochladen",
        "nav_api": "API",
        "skip": "Zum Inhalt springen",
        "home_title": "Geschichten der letzten Tage",
        "home_none": "Noch keine Geschichten. Artikel einlesen: lagebild ingest DATEIEN, oder über die Upload-Seite.",
        "home_window": "Geschichten der {days} Tage bis {day}, die größten zuerst.",
        "articles": "Artikel",
        "article": "Artikel",
        "outlets": "Medien",
        "languages": "Sprachen",
        "independent": "unabhängige Quellen",
        "independent_one": "unabhängige Quelle",
        "first_seen": "zuerst gesehen",
        "last_seen": "zuletzt gesehen",
        "coverage": "Berichterstattung im Zeitverlauf",
        "outlet_mix": "Medienmix",
        "story": "Geschichte",
        "who_reported": "Wer berichtete wann",
        "copies": "Kopien und Übersetzungen",
        "no_copies": "Keine Kopien oder Übersetzungen gefunden.",
        "comparison": "Gegenüberstellung",
        "shared": "Gemeinsame Aussagen",
        "unique": "Nur in einem Artikel",
        "conflicts": "Widersprüchliche Angaben",
        "none_found": "Nichts gefunden.",
        "quotes": "Zitate",
        "quotes_by_speaker": "Zitate nach Sprecher",
        "anonymous": "anonym",
        "no_quotes": "Keine Zitate gefunden.",
        "quote_pairs": "Dieselbe Aussage in mehreren Artikeln",
        "sourcing": "Quellenkette",
        "no_sources": "Keine Quellen gefunden.",
        "entities": "Entitäten",
        "no_entities": "Keine Entitäten gefunden.",
        "dossier_missing": "Ein Teil des Vergleichs ist nicht verfügbar",
        "compared_of": "Verglichen: {n} von {total} Artikeln, zuerst der früheste jedes Mediums.",
        "text": "Text",
        "removed": "Entfernte Zeilen (Boilerplate)",
        "removed_count": "{n} Zeilen wurden als Boilerplate entfernt",
        "provenance": "Herkunft",
        "raw_source": "Rohquelle",
        "raw_missing": "Keine Rohdaten gespeichert.",
        "published": "veröffentlicht",
        "updated": "aktualisiert",
        "author": "Autor",
        "language": "Sprache",
        "source": "Quelle",
        "url": "URL",
        "in_story": "Teil der Geschichte",
        "legend": "Legende",
        "stale_analysis": "Die Analyse gehört zu einer älteren Fassung des Textes; keine Hervorhebung.",
        "not_analysed": "Noch nicht analysiert.",
        "search_title": "Suche",
        "search_placeholder": "Wörter, die alle vorkommen müssen",
        "search_button": "Suchen",
        "results": "{n} Treffer",
        "entity": "Entität",
        "variants": "Verwendete Namen",
        "roles": "Rollen",
        "mentioned_in": "Erwähnt in",
        "mentions": "Erwähnungen",
        "type": "Typ",
        "col_articles": "Artikel",
        "col_mentions": "Erwähnungen",
        "upload_title": "Artikel hinzufügen",
        "upload_file": "Datei (Textdump, HTML, Feed, WARC oder JSON Lines; auch gzip)",
        "upload_url": "oder eine URL zum Abrufen",
        "upload_analyze": "Nach dem Speichern analysieren und gruppieren",
        "upload_button": "Einlesen",
        "upload_result": "{new} neue Artikel, {dup} Duplikate, {unchanged} schon gespeichert, {failed} fehlgeschlagen",
        "upload_limit": "Größter Upload: {mb} MB. Dateien werden im Speicher gelesen, nur in der Datenbank abgelegt.",
        "error": "Fehler",
        "prev": "Zurück",
        "next": "Weiter",
        "page_of": "{start}–{end} von {total}",
        "speaker": "Sprecher",
        "quotes_list_title": "Zitate",
        "filter": "Filtern",
        "api_docs": "API-Referenz",
        "direct": "direkt",
        "indirect": "indirekt",
        "reported": "berichtet",
        "by": "von",
        "unknown": "unbekannt",
        "cue": "Redeeinleitung",
        "quote": "Zitat",
        "compare_title": "Zwei Artikel im Vergleich",
        "compare_with": "Mit einem anderen Bericht dieser Geschichte vergleichen",
        "similarity": "Ähnlichkeit (dieselbe Geschichte)",
        "raw_scale": "Rohskala: zu wenige Artikel dieser Sprachen im Speicher, um zu zentrieren",
        "only_in": "Nur in",
        "tension": "Spannung",
        "conflict": "Widerspruch",
        "loose_match": "lose Übereinstimmung",
    },
}


def pick_language(query_lang: str | None, cookie_lang: str | None, accept_language: str | None) -> str:
    """`?lang=` wins, then the remembered choice, then the browser's preference order."""
    for candidate in (query_lang, cookie_lang):
        if candidate in LANGS:
            return candidate  # type: ignore[return-value]
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in LANGS:
            ranked.append((-q, i, base))
    return sorted(ranked)[0][2] if ranked else DEFAULT_LANG


def translator(lang: str) -> Callable[..., str]:
    table = STRINGS.get(lang, STRINGS[DEFAULT_LANG])
    fallback = STRINGS[DEFAULT_LANG]

    def t(key: str, count: object = None, **values: object) -> str:
        """`count` picks the singular form ("1 article") where the table has one (`key_one`)."""
        if count == 1 and key + "_one" in table:
            key += "_one"
        s = table.get(key) or fallback.get(key) or key
        return s.format(**values) if values else s

    return t
