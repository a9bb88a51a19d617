"""Words and phrases of web-page chrome in German and English, written for this project.

Scraped dumps carry no markup, so the words themselves are the strongest evidence that a line is
navigation, a widget or a legal note rather than article text. The lists are deliberately generic (no
site names) so that they carry over to pages never seen while tuning.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Whole lines that are never article text (compared lower-cased, stripped of trailing punctuation).
WIDGET_LINES: frozenset[str] = frozenset(
    """
    loading loading... lädt wird geladen embed anzeige anzeigen werbung advertisement advertisment ad
    sponsored gesponsert teilen share shares drucken print e-mail email mail facebook twitter x whatsapp
    linkedin xing pinterest telegram instagram youtube tiktok reddit flipboard messenger threads mastodon
    kommentare kommentar kommentieren comments comment reply antworten mehr mehr... weiter weiterlesen zurück
    back next previous vorherige nächste nach oben top menü menu suche search suchen home startseite login
    log in anmelden abmelden registrieren register sign in sign up passwort password impressum imprint
    datenschutz datenschutzerklärung privacy kontakt contact agb newsletter abonnieren subscribe abo rss
    podcast video videos audio bilder fotos galerie bildergalerie schließen close ok akzeptieren accept
    zustimmen einstellungen settings mehr erfahren learn more artikel teilen link kopieren copy link
    feedback hilfe help faq archiv archive themen ressorts navigation news folgen folgen follow
    symbolbild für eingebettete inhalte externer inhalt externe inhalte inhalt laden tags schlagworte
    schlagwörter stichworte kategorien categories kategorie category mehr zum thema zum thema lesen sie auch
    auch interessant das könnte sie auch interessieren das könnte dich auch interessieren empfehlungen
    weitere artikel weitere meldungen ähnliche artikel verwandte artikel related articles related posts
    most popular meistgelesen meistgelesene artikel top-themen topthemen neueste artikel aktuelle artikel
    zur startseite springe zum inhalt zum inhalt springen skip to content direkt zum inhalt
    sprungmarken inhaltsverzeichnis table of contents ressort rubrik rubriken service shop shopping
    shoppinganzeigen anzeigen partner jobs stellenmarkt immobilien wetter horoskop spiele rätsel
    tv-programm mediathek liveticker live livestream eilmeldung breaking news mehr anzeigen alle anzeigen
    alle artikel alle beiträge alle themen alle news zurück zur übersicht übersicht aktualisieren
    drucken versenden artikel drucken artikel versenden beitrag teilen seite teilen seite drucken
    vergrößern bild vergrößern vergrößern des bildes zoom schrift schriftgröße a a+ a- bewerten
    gefällt mir like tweet tweeten teilen auf facebook teilen auf twitter auf facebook teilen
    auf twitter teilen per e-mail teilen per mail versenden jetzt lesen jetzt abonnieren jetzt anmelden
    jetzt registrieren jetzt kaufen jetzt bestellen warenkorb in den warenkorb merken gemerkt
    cookie-einstellungen cookies privatsphäre privatsphäre-einstellungen nutzungsbedingungen
    barrierefreiheit mediadaten sitemap rss-feed rss-feeds downloads download hörfunk fernsehen
    audio abspielen video abspielen abspielen play pause stop mute untertitel vollbild
    """.split()
)

# Multi-word whole-line widgets that the split() above cannot express.
WIDGET_PHRASES: tuple[str, ...] = (
    "news folgen",
    "mehr zum thema",
    "zum thema",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "weitere artikel",
    "weitere meldungen",
    "ähnliche artikel",
    "ähnliche beiträge",
    "verwandte artikel",
    "verwandte beiträge",
    "related articles",
    "related posts",
    "most popular",
    "most read",
    "zur startseite",
    "springe zum inhalt",
    "zum inhalt springen",
    "skip to content",
    "skip to main content",
    "direkt zum inhalt",
    "symbolbild für eingebettete inhalte",
    "externer inhalt",
    "externe inhalte",
    "log in",
    "sign in",
    "sign up",
    "mehr erfahren",
    "learn more",
    "read more",
    "mehr lesen",
    "link kopieren",
    "copy link",
    "artikel teilen",
    "beitrag teilen",
    "seite teilen",
    "artikel drucken",
    "seite drucken",
    "artikel versenden",
    "zurück zur übersicht",
    "mehr anzeigen",
    "alle anzeigen",
    "alle artikel",
    "alle beiträge",
    "nach oben",
    "bild vergrößern",
    "vergrößern des bildes",
    "in den warenkorb",
    "jetzt abonnieren",
    "jetzt anmelden",
    "jetzt registrieren",
    "jetzt lesen",
    "breaking news",
    "schreibe einen kommentar",
    "kommentar schreiben",
    "kommentar verfassen",
    "hinterlasse einen kommentar",
    "leave a comment",
    "leave a reply",
    "newsletter abonnieren",
    "alle rechte vorbehalten",
    "all rights reserved",
    "weiter lesen",
    "zum artikel",
    "zum beitrag",
    "artikel lesen",
    "beitrag lesen",
    "mehr dazu",
    "mehr infos",
    "hier klicken",
    "click here",
    "continue reading",
    "zurück zur startseite",
    "seite drucken",
    "als pdf",
    "pdf herunterladen",
    "druckversion",
    "zur übersicht",
    "alle news",
    "alle meldungen",
    "zum newsletter",
    "jetzt teilen",
    "kommentar abgeben",
    "antwort schreiben",
    "suche nach",
    "navigation umschalten",
    "menü schließen",
    "menü öffnen",
    "menü menü",
    "artikel merken",
    "beitrag merken",
    "du liest gerade",
    "sie lesen gerade",
    "app herunterladen",
    "app laden",
    "freunden mitteilen",
    "zur navigation",
    "zur suche",
    "wechseln zu: navigation, suche",
    "bitte dieses feld leer lassen",
    "beitrag bewerten",
    "artikel bewerten",
    "seite bewerten",
    "footer menu",
    "footer-menü",
    "footer navigation",
    "hauptmenü",
    "hauptnavigation",
    "main menu",
    "main navigation",
    "brotkrümelnavigation",
    "breadcrumb",
    "beitragsnavigation",
    "post navigation",
    "zum nächsten slide wechseln",
    "zum vorherigen slide wechseln",
)

# A row of share buttons ("Facebook Pinterest Twitter Google+", "per Mail teilen"): every word is a network,
# a share action or a filler word, and at least two are networks or actions ("Facebook und Twitter" may be
# a subhead, so "und" is no filler).
_SHARE_NAMES = frozenset(
    """facebook twitter x pinterest whatsapp what's app google+ googleplus reddit youtube instagram
    linkedin xing tumblr telegram messenger flipboard threads mastodon tiktok mail e-mail email sms
    stumbleupon pin digg vk teilen teile share tweet tweeten twittern mailen feed rss drucken print pocket
    partilhar""".split()
)
_SHARE_FILLERS = frozenset("per via auf on das this den diesen artikel beitrag seite".split())
# A row of picture or player controls ("Vollbildansicht öffnen Vollbildansicht schließen", "Bild zurück Bild vor").
_CONTROL_VERBS = frozenset(
    "öffnen schließen vergrößern verkleinern zurück vor weiter abspielen pausieren stummschalten".split()
)
_CONTROL_WORDS = _CONTROL_VERBS | frozenset(
    "vollbild vollbildansicht bild bilder slide galerie bildergalerie video audio ton zoom ansicht".split()
)

# Phrases that mark a line as chrome even inside a longer sentence (cookie banners, paywalls, legal notes).
# Each pattern runs only when one of its trigger substrings occurs in the lower-cased line.
_CHROME_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("cookie",), (
        r"\bcookies?\b.{0,80}\b(verwende|nutze|setze|einsetze|akzeptier|zustimm|einwillig|"
        r"use|accept|consent)"
    )),
    (("cookie",), r"\b(verwende|nutze|setze|use)\w*\b.{0,60}\bcookies?\b"),
    (("datenschutz",), r"\bdatenschutz(erklärung|hinweise?|einstellungen)\b"),
    (("privacy",), r"\bprivacy (policy|settings)\b"),
    (("rechte vorbehalten", "rights reserved"), r"\balle rechte vorbehalten\b|\ball rights reserved\b"),
    (("©", "(c)", "copyright"), r"©|\(c\) ?\d{4}|\bcopyright\b"),
    (("newsletter",), r"\bnewsletter\b.{0,60}\b(abonnier|anmeld|bestell|registrier|erhalten|subscribe|sign up)"),
    (("newsletter",), r"\b(abonnier|anmeld|registrier|subscribe|sign up)\w*\b.{0,40}\bnewsletter\b"),
    (("javascript",), (
        r"\bjavascript\b.{0,60}\b(aktivier|enable|deaktiviert|disabled)|\b(aktivier|"
        r"enable)\w*\b.{0,40}\bjavascript\b"
    )),
    (("browser",), r"\bbrowser\b.{0,60}\b(veraltet|aktualisier|unterstützt|outdated|update|not supported)"),
    (("eingebettet",), r"\beingebettete[nr]? inhalte?\b"),
    (("drittanbieter",), r"\binhalte? (von )?drittanbieter"),
    (("externe",), r"\bexterne[nr]? inhalte?\b.{0,60}\b(laden|anzeigen|zustimm|einwillig)"),
    (("jetzt", "gratis", "kostenlos"), (
        r"\b(jetzt|gratis|kostenlos)\b.{0,30}\b(testen|abonnieren|lesen|weiterlesen|"
        r"freischalten|bestellen)\b"
    )),
    (("abo", "paywall", "plus-artikel", "premium-artikel"), (
        r"\b(abo|abonnement|plus-artikel|premium-artikel|paywall)\b.{0,60}\b(lesen|"
        r"abschließen|testen|freischalten)"
    )),
    (("abonnenten", "subscribers"), r"\b(für|for) (abonnenten|subscribers)\b"),
    (("dieser artikel",), r"\bdieser artikel (ist|wurde) .{0,40}(abonnenten|plus|premium)"),
    (("melden sie sich",), r"\bmelden sie sich\b.{0,40}\b(an|kostenlos|newsletter)\b"),
    (("teilen", "share"), r"\bteilen (auf|via|per)\b|\bshare (on|via)\b"),
    (("folgen sie uns", "follow us"), r"\bfolgen sie uns\b|\bfollow us\b"),
    (
        ("werbung", "anzeige", "advertisement", "sponsored"),
        r"\b(werbung|anzeige)\b\s*$|^\s*(anzeige|werbung|advertisement|sponsored)\b",
    ),
    (("affiliate", "provision"), r"\b(affiliate|provision)\b.{0,80}\b(link|erhalten|verdienen)"),
    (("source site",), r"\bsource site-\d+\b"),
    (("tags", "schlagw", "stichw", "themen", "kategor", "categor", "filed under", "veröffentlicht unter", "posted in"),
 (
         r"^\s*(tags|schlagworte|schlagwörter|stichworte|themen|kategorien?|categories|"
         r"filed under|veröffentlicht unter|posted in)\s*:"
     )),
    (("kommentar",), r"\bkommentare? (schreiben|verfassen|anzeigen|lesen|geschlossen|ausblenden)\b"),
    (("kommentar", "comment", "antworten", "replies"), r"^\s*\d+\s+(kommentare?|comments?|antworten|replies)\s*$"),
    (("pingback", "trackback"), r"\b(pingback|trackback)\b"),
    (("leitbild",), r"\bzum (journalistischen )?leitbild\b"),
    (("impressum",), r"\bimpressum\b"),
    (("nutzungsbedingungen", "terms of"), r"\bnutzungsbedingungen\b|\bterms of (use|service)\b"),
    (("loading...",), r"\bloading\.\.\."),
    (
        ("weiterlesen", "read more", "mehr lesen"),
        r"^(weiterlesen|read more|mehr lesen)\b|\b(weiterlesen|read more|mehr lesen)\W*$",
    ),
    (("seite lesen",), r"^auf einer seite lesen\b"),
    (("response", "responses"), r"\bno responses?\b|\b\d+ responses?\b"),
    (
        ("antworten", "kommentare", "comments", "replies"),
        r"^\d+ (antworten|kommentare|comments|replies) (zu|auf|to|on)\b",
    ),
    (("antworten",), r"\bantworten abbrechen\b|\bantwort abbrechen\b"),
    (("cancel",), r"\bcancel reply\b"),
    (("informieren",), r"\bwir informieren (sie|dich) regelmäßig\b"),
    (("lesen",), r"^lesen sie (hier )?(einen|den|unseren|das|die|auch|mehr|weiter)\b"),
    (
        ("vorheriger", "nächster", "previous", "next"),
        r"^(vorheriger|nächster|previous|next) (artikel|beitrag|post|article)\b",
    ),
    (("getaggt", "tagged"), r"^(getaggt|tagged|verschlagwortet)( mit| with)?\b"),
    (("verpasse", "verpassen"), r"\b(verpasse|verpassen sie|verpasst) (keine|nichts)\b"),
    (("empfehlungen",), r"^empfehlungen (aus der|der) redaktion\b"),
    (("akzeptiere",), r"^ich (akzeptiere|stimme)\b"),
    (("gefallen",), (
        r"\b(artikel|beitrag) (hat )?(dir|ihnen) gefallen\b|\bgefällt (dir|ihnen) (der|"
        r"dieser) (artikel|beitrag)\b"
    )),
    (("spende", "spenden", "unterstützen"), r"\b(jetzt|bitte) (spenden|unterstützen)\b|\bjede (kleine )?spende\b"),
    # reader-funding appeals: "Dieser Inhalt ist für Sie kostenlos. Unterstützen Sie unabhängigen Journalismus."
    (("unterstützen", "kostenlos", "support"), (
        r"\bunterstützen sie (unabhängigen |unseren |guten |kritischen )?(qualitäts)?journalismus\b|"
        r"\b(inhalt|artikel|beitrag) ist für sie kostenlos\b|\bsupport (independent|quality|our) journalism\b"
    )),
    (
        ("titelbild", "titelfoto", "beitragsbild", "headerbild", "aufmacherbild"),
        r"^(titelbild|titelfoto|beitragsbild|headerbild|aufmacherbild)\s*:",
    ),
    (("lizenz", "license", "cc-by", "creative commons"), (
        r"\b(veröffentlicht|lizenziert|steht) unter (der|einer) (lizenz|creative commons)|"
        r"\bcc[- ]by\b|\bcreative commons\b"
    )),
    (("pressemappe", "rss"), r"\bpressemappe\b|\brss-feeds? abonnieren\b"),
    (("lust",), r"^lust auf mehr\b"),
    (("melde",), r"\bmelde dich\b.{0,40}\b(an|newsletter)\b"),
    (("zurück", "back"), r"^[<«‹]\s*(zurück|back)\b"),
    (("zurück", "back"), (
        r"^(zurück|back) (zu|zur|zum|to)( der| den| allen| alle| the)? (vorherigen |letzten |previous )?"
        r"(seite|übersicht|startseite|liste|meldungen|beiträgen?|artikeln?|news|nachrichten|home|blog|suche"
        r"|kategorie|top|anfang|inhalt|page|overview|list)\b"
    )),
    (("folge", "folgt"), r"^(folge|folgt) (uns|mir)\b"),
    (("{title}", "{vendor"), r"\{(title|vendor_count)\}"),
    (("speicherung",), r"\btechnische speicherung oder (der )?zugriff\b"),
    # newsletter boxes and subscription appeals: the word alone marks a short line as chrome
    (("newsletter",), r"newsletter"),
    (("abonnier",), r"\babonnier(e|en|t)\b"),
    (("gratis", "kostet"), r"\bgratis-?artikel|\b(journalismus|qualität|qualitätsjournalismus) kostet\b"),
    (("wordpress", "blogger", "blogspot", "jimdo", "wix"), (
        r"\b(erstelle|erstellen sie|bloggen auf|powered by|betrieben (mit|von)|proudly powered)\b.{0,60}"
        r"\b(wordpress|blogger|blogspot|jimdo|wix)\b"
    )),
    (("einwilligung", "zustimmung"), r"\b(einwilligung|zustimmung)\b.{0,80}\b(widerruf|erteil|verwalten|geben)"),
)  # fmt: skip

# Lines that end an article: what comes after them is lists of other articles, comments or footer.
_END_MARKERS = (
    r"^(mehr zum thema|zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte (sie|dich) auch "
    r"interessieren|weitere artikel|weitere meldungen|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge)"
    r"|related (articles|posts|stories)|you may also like|more from|more stories|empfohlene artikel"
    r"|meistgelesen\w*|most (read|popular)|top-?themen|neueste (artikel|beiträge)|kommentare|comments"
    r"|\d+ (kommentare?|comments?)|schreibe einen kommentar|kommentar schreiben|hinterlasse einen kommentar"
    r"|leave a (comment|reply)|diskussion|artikel teilen|diesen artikel teilen|teilen sie diesen artikel"
    r"|share this( article| post)?|über den autor|about the author|zur startseite|newsletter)\W*$",
    r"^\W*(weitere|mehr|ähnliche|verwandte|aktuelle|neueste|beliebte|empfohlene|top|die meistgelesenen)\s+"
    r"(aktuelle\s+)?(beiträge|artikel|themen|meldungen|nachrichten|news|stories|geschichten|videos|posts"
    r"|informationen|infos|links|pressemitteilungen|pressemeldungen|mitteilungen|berichte|rezepte)\b"
    # ... unless the line says where to find them: "Mehr Informationen finden Sie hier: www.amt.example"
    r"(?!.*\b(?:finden|erhalten|bekommen|gibt)\s+(?:sie|du|ihr|es|man)\b)(?!.*(?:https?://|www\.))",
    r"^\W*(die )?(meistgelesen|meist gelesen|most read|most popular)",
    r"^(more from|more stories|you might also like|recommended|empfehlungen (aus der|der) redaktion"
    r"|noch mehr|das (thema|könnte) (könnte )?(dich|sie) auch interessieren|was denkst du|über die autorin"
    r"|zur person|pressekontakt|ansprechpartner(in)?|leave a comment|antworten abbrechen|\d+ antworten)\b",
    # "Diese Artikel könnten dich ebenfalls interessieren:", "Das könnte Ihnen auch gefallen", "Siehe auch"
    r"^\W*((diese|weitere|folgende|ähnliche)\s+)?(artikel|beiträge|themen|texte|rezepte|produkte|das)\s+"
    r"(könnten|könnte|dürften|dürfte)\s+(dich|sie|euch|dir|ihnen)\s+(auch\s+|ebenfalls\s+)?"
    r"(interessieren|gefallen)\b",
    r"^(siehe auch|auch lesenswert|ebenfalls lesenswert|passend zum thema|mehr zu diesem thema"
    r"|weitere (beiträge|artikel) zu diesem (artikel|thema))\W*$",
    # the first comment: "sarah sagt:", "Tom says:", "Kommentare (3)"
    r"^(?!(der|die|das|ein|eine|mein|meine|unser|unsere|er|sie|es|man)\s)"
    r"\S+(\s\S+){0,2}\s(sagt|says|schreibt|schrieb|meint|kommentierte|wrote)\s*:?\s*$",
    r"^(kommentare|comments|leserkommentare|diskussion)\s*\(\d+\)\s*$",
)

# Lines that open a comment section: its heading ("11 Kommentare", "45 Gedanken zu „…“", "Kommentare (3)"),
# or its form ("Schreibe einen Kommentar"). Readers' comments are prose, so without these the body run would
# read on through them.
_COMMENT_START = (
    r"^\d+\s+(kommentare?|comments?|antworten|gedanken|reaktionen|meinungen|responses?|replies|thoughts)\b"
    r"|^(kommentare|comments|leserkommentare|leserbriefe|diskussion|reaktionen)\s*(\(\d+\))?\s*:?$"
    r"|^(schreibe|hinterlasse|hinterlassen sie|verfasse|schreiben sie) (einen|eine|uns einen) (kommentar|antwort)\b"
    r"|^(leave a (comment|reply)|kommentar (schreiben|verfassen|abgeben|hinzufügen)|was denkst du)\b"
    r"|^(noch|bisher|es gibt noch) keine kommentare\b|^(no|be the first to) comment|^kommentieren sie\b"
    r"|^(show|zeige|alle) \d+ (kommentare|comments)\b|^\d+ (kommentare|comments) (anzeigen|ansehen|lesen|show)\b"
    r"|^die kommentarfunktion\b|^kommentare (sind )?(geschlossen|deaktiviert)\b|^comments are closed\b"
)
# A comment's header ("Erika sagt:", "Tom says:"); "Bürgermeister Muster sagt:" in an article looks the same,
# so it counts only where another header or a reply button follows ("Die Ministerin sagt:" never does).
_COMMENT_HEADER = (
    r"^(?!(der|die|das|ein|eine|mein|meine|unser|unsere|er|sie|es|man)\s)"
    r"\S+(\s\S+){0,2}\s(sagt|says|schreibt|meint|kommentierte|wrote)\s*:?\s*$"
)
# A reply button under each comment: "Antworten", "Antwort ↓", "[ antworten ]", "Reply".
_REPLY_BUTTON = r"^\[?\s*(antworten|antwort|reply|beantworten)\s*\]?\s*[↓→]?\s*$|\[\s*(antworten|reply)\s*\]\s*$"

_AUTHOR_LINE = re.compile(
    r"^(?i:von|by|autor(in)?|text|verfasst von|geschrieben von|ein (beitrag|kommentar) von)\s*:?\s+"
    r"(?P<name>[A-ZÄÖÜ][\w.\-']+(?:\s+(?:von|van|de|der|zu)?\s*[A-ZÄÖÜ][\w.\-']+){0,3})"
    r"(?:\s*(?:,|\||und|and|&|–|-|·)\s*.*)?$",
)


@lru_cache(maxsize=1)
def _chrome_rules() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """Compiled on first use, not at import time."""
    return tuple((trig, re.compile(rx)) for trig, rx in _CHROME_RULES)


@lru_cache(maxsize=1)
def _rules_by_prefix() -> tuple[dict[str, tuple[re.Pattern[str], ...]], tuple[re.Pattern[str], ...]]:
    """Rules indexed by the first five letters of their trigger words, so a line only runs the rules
    its own words can fire; rules triggered by symbols ("©", "{title}") run on every line that has them."""
    by_prefix: dict[str, list[re.Pattern[str]]] = {}
    symbol_rules: list[re.Pattern[str]] = []
    for triggers, rx in _chrome_rules():
        for t in triggers:
            m = re.match(r"[^\W\d_]+", t)
            if m is None or m.start() != 0:
                symbol_rules.append(rx)
            else:
                by_prefix.setdefault(m.group(0)[:5], []).append(rx)
    return {k: tuple(dict.fromkeys(v)) for k, v in by_prefix.items()}, tuple(dict.fromkeys(symbol_rules))


@lru_cache(maxsize=1)
def _trigger_regex() -> re.Pattern[str]:
    """Every rule key at the start of a word ("MEEDIA-Newsletter" counts "newsletter"), longest first.

    The keys are nested by their letters (a trie: "abo(?:nn)?"), which finds the same keys as a flat list of
    them longest first, but `re` no longer tries all hundred of them at every word start (this search runs on
    every line).
    """
    return re.compile(r"(?<![^\W\d_])(?:" + _trie(sorted(_rules_by_prefix()[0])) + ")")


def _trie(words: list[str]) -> str:
    """One pattern for `words` (non-empty, distinct) that matches the longest of them that fits."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in by_first.items():
        longer = [r for r in rests if r]
        rest = f"(?:{_trie(longer)})" + ("?" if "" in rests else "") if longer else ""  # greedy: longer first
        alts.append(re.escape(first) + rest)
    return "|".join(alts)


@lru_cache(maxsize=65536)
def _rules_for_word(word: str) -> tuple[re.Pattern[str], ...]:
    """The rules a word can fire; cached because the same words recur on every page."""
    by_prefix, _ = _rules_by_prefix()
    # triggers shorter than five letters ("abo", "rss", "tags") are keyed by themselves
    found = [rx for key in {word[:5], word[:4], word[:3]} for rx in by_prefix.get(key, ())]
    return tuple(dict.fromkeys(found))


def has_chrome(text: str, lower_words: list[str] | None = None) -> bool:
    """True when the line carries a chrome phrase (cookie banner, paywall, share row, legal note).

    A long line of running text needs two different chrome phrases: one phrase such as "Newsletter"
    inside a real paragraph is not enough to throw the paragraph away.
    """
    low = text[:1500].lower()
    if lower_words is None:
        lower_words = re.findall(r"[^\W\d_]+", low)
    need = 2 if len(lower_words) >= 40 else 1
    hits = 0
    _, symbol_rules = _rules_by_prefix()
    seen: set[re.Pattern[str]] = set()
    keys = _rules_by_prefix()[0].keys()
    found = set(_trigger_regex().findall(low))  # word starts that are rule keys, compounds' parts included
    candidates = {k[:n] for k in found for n in (3, 4, 5)} if found else found
    # set operations in C: most lines share no key with any rule; sorted, because a rule two words share counts
    # for the first of them, and a set's order changes with the process's hash seed
    for w in sorted(candidates & keys):
        for rx in _rules_for_word(w):
            if rx not in seen:
                seen.add(rx)
                if rx.search(low):
                    hits += 1
                    if hits >= need:
                        return True
                    break  # one word is one phrase, however many rules it fires ("newsletter" fires two)
    if "©" in low or "(c)" in low or "{" in low:
        hits += sum(1 for rx in symbol_rules if rx not in seen and rx.search(low))
    return hits >= need


@lru_cache(maxsize=1)
def end_marker_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _END_MARKERS), re.IGNORECASE)


@lru_cache(maxsize=1)
def comment_start_regex() -> re.Pattern[str]:
    return re.compile(_COMMENT_START, re.IGNORECASE)


@lru_cache(maxsize=1)
def comment_header_regex() -> re.Pattern[str]:
    return re.compile(_COMMENT_HEADER, re.IGNORECASE)


@lru_cache(maxsize=1)
def reply_button_regex() -> re.Pattern[str]:
    return re.compile(_REPLY_BUTTON, re.IGNORECASE)


def author_line_regex() -> re.Pattern[str]:
    return _AUTHOR_LINE


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """German and English function words from jusText's stoplists (the justext idea: text has many)."""
    import justext  # type: ignore[import-untyped]

    words: set[str] = set()
    for lang in ("German", "English"):
        words.update(w.strip('.,"') for w in justext.get_stoplist(lang))
    return frozenset(w for w in words if w)


def is_widget_line(norm: str) -> bool:
    """True for whole lines that are a known widget label, e.g. "Loading..." or "News folgen"."""
    key = norm.lower().strip(" .:!?»«›‹>|•·-–—*…←→↑↓\u200b\ufeff")
    if not key:
        return True
    if key in WIDGET_LINES or key in WIDGET_PHRASES:
        return True
    if len(key) > 160 or " " not in key:
        return False  # share rows and control rows are a few short words
    share, control = _row_regexes()
    if share.fullmatch(key):  # every word a network, an action or a filler; checked word by word in C
        words = [w.strip(".,:;|/·•()").rstrip("0123456789") for w in key.split()]  # "Facebook0": a counter
        return sum(w in _SHARE_NAMES for w in words) >= 2
    if control.fullmatch(key):
        return any(w in _CONTROL_VERBS for w in key.split())
    return False


@lru_cache(maxsize=1)
def _row_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whole-line patterns for share rows and control rows, so most lines fail at their first word."""

    def row(words: frozenset[str]) -> re.Pattern[str]:
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?:[.,:;|/·•()]*(?:{alts})\d*[.,:;|/·•()]*(?:\s+|$))+")

    return row(_SHARE_NAMES | _SHARE_FILLERS), row(_CONTROL_WORDS)
