"""Word lists behind quote attribution: cue verbs, role nouns, media names, frame words.

Kept as plain data so they can be read, extended and tuned without touching the matching code. The
German lists were grown by reading the training split of the quotation corpus (development use only,
nothing of it is copied here); the English lists follow common newswire usage.
"""

from __future__ import annotations

import re

# Lemmas of verbs that introduce speech, writing or stated belief. A separable verb is listed by its
# base lemma in SEPARABLE with the particle(s) that must follow in the clause ("fügte ... hinzu").
SPEECH_VERBS_DE = frozenset(
    """
    sagen erklären betonen meinen warnen berichten ergänzen sprechen äußern prognostizieren bestätigen
    dementieren bestreiten behaupten versichern unterstreichen kritisieren fordern verlangen mahnen
    schreiben zitieren erläutern feststellen erwidern antworten entgegnen glauben vermuten befürchten
    fürchten hoffen schätzen melden verkünden bekräftigen beteuern argumentieren begründen anmerken
    bemerken kommentieren beklagen bedauern appellieren empfehlen raten erzählen schildern verraten
    gestehen folgern spekulieren urteilen resümieren bilanzieren präzisieren unterstreichen
    verdeutlichen informieren vermelden beschreiben klagen jubeln loben rufen insistieren
    bekennen konstatieren mitteilen hinzufügen ankündigen bekanntgeben warnen erklären beschuldigen
    erwarten bezweifeln versprechen bitten zweifeln behaupten bestreiten zitieren
    vorwerfen auffordern beschließen vorschlagen zusagen aufrufen drängen anbieten vereinbaren
    erwägen besagen signalisieren befürworten beziffern rechnen erwähnen zusichern verlauten
    """.split()
)

# base lemma -> particles that make it a cue when they close the clause ("gab ... bekannt").
SEPARABLE_DE: dict[str, frozenset[str]] = {
    "fügen": frozenset({"hinzu"}),
    "finden": frozenset({"heraus"}),  # "fanden heraus, dass ...": a finding reported
    "denken": frozenset({"nach"}),  # "denkt darüber nach, ... zu ...": a plan under consideration
    "regen": frozenset({"an"}),  # "regte die Einberufung eines Gipfels an"
    "teilen": frozenset({"mit"}),
    "kündigen": frozenset({"an"}),
    "geben": frozenset({"bekannt", "zu", "an"}),
    "führen": frozenset({"aus"}),
    "stellen": frozenset({"fest", "klar"}),
    "räumen": frozenset({"ein"}),
    "heben": frozenset({"hervor"}),
    "weisen": frozenset({"hin", "zurück"}),
    "werfen": frozenset({"vor"}),
    "rufen": frozenset({"auf"}),
    "gehen": frozenset({"aus", "hervor"}),
    "merken": frozenset({"an"}),
    "legen": frozenset({"dar", "nahe"}),
    "sagen": frozenset({"voraus", "zu", "aus"}),
    "halten": frozenset({"fest", "entgegen"}),
    "machen": frozenset({"deutlich", "klar", "verantwortlich"}),
    "stufen": frozenset({"ein"}),
    "nehmen": frozenset({"an"}),
    "deuten": frozenset({"an"}),
    "lassen": frozenset({"verlauten", "wissen"}),
    "schließen": frozenset({"aus"}),
    "fordern": frozenset({"auf"}),
    "schlagen": frozenset({"vor"}),
    "sprechen": frozenset({"aus"}),
    "streichen": frozenset({"heraus"}),  # "strich X heraus": stressed, a statement
    "sichern": frozenset({"zu"}),  # "sicherte den Fischern zu, dass ...": a promise given
    "prangern": frozenset({"an"}),  # "prangerten an, dass ...": a charge made in words
}

# Verbs of asking: cues only right next to a quotation (see quote_frames._next_to_quotation).
QUESTION_VERBS_DE = frozenset({"fragen", "nachfragen"})

# Verbs of shouting and chanting: cues only right next to a quotation, like the verbs of asking ("„…“, skandierten
# sie"); without one they take no content clause ("skandierte den Namen des Kapitäns").
CRY_VERBS_DE = frozenset({"skandieren", "brüllen", "schreien", "grölen"})

# Cues that take a complement clause but are not speech verbs on their own ("hieß es").
IMPERSONAL_DE = frozenset({"heißen"})

SPEECH_VERBS_EN = frozenset(
    """
    say said says saying tell told tells add added adds warn warned warns explain explained explains
    note noted notes state stated states claim claimed claims insist insisted argue argued write wrote
    report reported reports announce announced confirm confirmed deny denied estimate estimated
    predict predicted stress stressed emphasize emphasized emphasise emphasised acknowledge acknowledged
    admit admitted believe believed fear feared suggest suggested reply replied respond responded
    tweet tweeted declare declared assert asserted contend contended recall recalled
    """.split()
)

# Verb lemmas whose object-only use makes a "reported" statement (no content clause): they say that
# someone spoke, without rendering the words ("Die Polizei sprach von einem friedlichen Verlauf").
# Kept to the verbs that do so at least two times in five on the training split of the quotation corpus
# ("kritisierte den Plan", "bestätigte die Zahl", "bestritt die Vorwürfe", "hatte den Plan angekündigt"
# report an act more often than a statement), plus stance verbs that state a view
# ("betrachtet X als Y", "stuft X als Y ein", "geht von X aus"). Separable verbs appear as particle + base
# lemma, the form the cue rules build ("verantwortlichmachen" for "macht X für Y verantwortlich").
REPORTED_VERBS_DE = frozenset(
    """
    fordern verlangen nennen bezeichnen sprechen berichten warnen vorwerfen kündigen verweisen
    schätzen begründen empfehlen schreiben zitieren raten plädieren klagen appellieren mahnen
    betrachten vergleichen werten einstufen verantwortlichmachen ausgehen
    beziffern rechnen voraussagen anregen
    """.split()
)

# Verbs that report a stance or a speech act but never take a content clause: the whole sentence is the
# reported statement ("Die Bürgermeisterin nannte den Verein das Rückgrat des Dorfes").
REPORT_ONLY_VERBS_DE = frozenset(
    """
    bezeichnen nennen würdigen verurteilen begrüßen plädieren verweisen betrachten vergleichen werten
    """.split()
)

# Verbs that label something with quoted words: "nannte den Plan einen „Irrweg“", "bezeichnete ihn als …".
LABEL_VERBS_DE = frozenset({"bezeichnen", "nennen", "werten", "verurteilen", "kritisieren", "beschreiben",
                            "zurückweisen", "loben", "brandmarken", "titulieren", "einstufen", "sehen", "bewerten",
                            "betrachten", "feiern", "empfinden", "abtun", "darstellen", "würdigen", "begrüßen"})

# Nouns for a statement, view or demand that take a content clause after a comma: "mit dem Hinweis, man
# sei zu beschäftigt", "die Forderung, dass ...", "der Überzeugung, X habe ...".
SPEECH_NOUNS_DE = frozenset(
    """
    worten hinweis forderung behauptung behauptungen aussage aussagen warnung vorwurf vorwürfe ansicht
    meinung überzeugung auffassung befürchtung befürchtungen einschätzung begründung aufforderung bitte
    ankündigung information informationen angaben kritik mahnung appell drohung versprechen hoffnung
    zusage erklärung mitteilung feststellung these theorie prognose verdacht argument gerüchte
    vorschlag vorschläge plan pläne anfrage anfragen beschluss
    """.split()
)

# Subordinators that open a reported content clause.
CONTENT_CONJ_DE = frozenset({"dass", "daß", "ob", "wie", "wann", "warum", "weshalb", "wo", "wer", "was", "welche"})
CONTENT_CONJ_EN = frozenset({"that", "whether", "if", "how", "why", "when", "what", "who"})

# Finite forms that mark reported speech in German main clauses (Konjunktiv I and the reportative
# modal): "Nordkorea habe ... geschickt", "Der Täter soll ... gefeuert haben".
SUBJ1_FORMS = frozenset(
    """
    sei seien seiest habe könne müsse werde wolle solle dürfe möge wisse gebe liege stehe gehe komme
    bleibe brauche fehle handle handele gelte lasse sehe trage führe zeige arbeite bestehe
    """.split()
)
REPORTATIVE_FORMS = frozenset({"soll", "sollen"})
# Konjunktiv II forms that stand in for Konjunktiv I where the two would look alike ("sie hätten").
SUBJ2_FORMS = frozenset(
    """
    hätten hätte wäre wären würde würden könnten müssten dürften brächten gäbe
    """.split()
)

# Prepositional and adverbial frames: "laut X", "X zufolge", "nach Angaben von X", "so X", "wie X sagte".
LAUT_WORDS_DE = frozenset({"laut", "lt.", "gemäß"})
ZUFOLGE_WORDS_DE = frozenset({"zufolge"})
ANGABEN_NOUNS_DE = frozenset(
    {
        "angaben",
        "informationen",
        "aussagen",
        "worten",
        "einschätzung",
        "ansicht",
        "meinung",
        "auffassung",
        "darstellung",
        "berichten",
        "schätzungen",
        "erkenntnissen",
        "überzeugung",
        "sicht",
    }
)

# Nouns before a postposed "nach" that make the phrase a source: "seiner Meinung nach", "dem Vernehmen nach".
OPINION_NOUNS_DE = frozenset({"meinung", "ansicht", "auffassung", "einschätzung", "überzeugung", "vernehmen",
                              "darstellung", "angaben", "aussage", "aussagen"})
POSTPOSED_OWNERS_DE = frozenset({"seiner", "ihrer", "meiner", "unserer", "eurer", "deren", "dessen", "dem",
                                 "den", "ihren", "seinen", "eigenen", "übereinstimmenden"})

# Nouns for a source document or statement after "nach" with an article: "nach einem Bericht der BBC".
REPORT_NOUNS_DE = frozenset(
    {"bericht", "berichten", "meldung", "meldungen", "angaben", "aussage", "aussagen", "darstellung",
     "einschätzung", "informationen", "erkenntnissen", "schätzung", "schätzungen", "ansicht", "auffassung",
     "meinung", "mitteilung", "erklärung", "studie", "umfrage", "untersuchung", "analyse", "worten",
     "stellungnahme", "zeugenaussagen", "medienberichten", "ergebnis", "ergebnissen",
     "polizeiangaben", "expertenmeinung", "prognose", "prognosen", "berechnungen", "dokument", "papier",
     "veröffentlichung", "vorhersage", "planungen", "bekunden", "reporter", "reporterin", "ermittlungen", "recherchen",
     "bild", "zeitung", "quellen", "kreisen", "beobachtern", "zeugen", "auskunft", "darlegung",
     "erkenntnisstand", "kenntnisstand", "verfassung", "grundgesetz", "idee", "vorstellung"}
)

# Words that end a speaker phrase when they follow it.
TEMPORAL_DE = frozenset(
    """
    am im heute gestern morgen vorgestern bereits zuvor zudem außerdem auch jedoch aber nun noch dann
    später damals inzwischen mittlerweile weiter weiterhin erneut ebenfalls zuletzt schon bislang
    bisher jetzt anfang ende mitte montag dienstag mittwoch donnerstag freitag samstag sonntag
    vergangene vergangenen letzte letzten kommenden dieser dieses diese woche monat jahr abend
    nachmittag vormittag mittag nacht wochenende allerdings indes dabei daraufhin darin demnach zufolge
    gegenüber in bei vor nach auf mit während seit unter über wörtlich öffentlich offen hingegen
    dagegen deshalb daher sogar lediglich nur schriftlich mündlich telefonisch ausdrücklich
    """.split()
)

ARTICLES_DE = frozenset(
    """
    der die das den dem des ein eine einer einem eines einen kein keine keiner keinem keines keinen
    dieser diese dieses diesem diesen jener jene jenes sein seine seiner seinem seines seinen ihr ihre
    ihrer ihrem ihres ihren mehrere einige viele alle beide zahlreiche manche weitere andere
    """.split()
)
DEFINITE_DE = frozenset({"der", "die", "das", "den", "dem", "des"})
INDEFINITE_DE = frozenset(
    {
        "ein",
        "eine",
        "einer",
        "einem",
        "eines",
        "einen",
        "mehrere",
        "einige",
        "viele",
        "zahlreiche",
        "manche",
        "weitere",
        "andere",
    }
)
NUMBER_WORDS = frozenset(
    """
    zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dutzend hundert
    two three four five six seven eight nine ten twelve several some many multiple
    """.split()
)
PRONOUNS_DE = frozenset({"er", "sie", "es", "man"})
# "nach eigenen Angaben", "laut eigener Aussage": the speaker phrase refers back to the clause's subject.
REFLEXIVE_OWNERS_DE = frozenset({"eigenen", "eigener", "eigenem", "eigene"})
# Adverbs the corpus takes as the speaker mention of a statement, anaphors for the source named before.
ANAPHORIC_ADVERBS_DE = frozenset({"demnach", "danach", "wonach"})
PRONOUNS_EN = frozenset({"he", "she", "they", "it", "we", "i"})

# Nouns (as compound heads) for people who speak without being named. An anonymous speaker is a phrase
# whose head is one of these and that carries no proper name.
ANON_ROLE_HEADS_DE = (
    "beamte",
    "beamter",
    "beamten",
    "beamtin",
    "offizielle",
    "offiziellen",
    "offizieller",
    "mitarbeiter",
    "mitarbeiterin",
    "mitarbeitern",
    "sprecher",
    "sprecherin",
    "sprechers",
    "politiker",
    "politikerin",
    "politikern",
    "insider",
    "insidern",
    "kreise",
    "kreisen",
    "behörden",
    "behördenangaben",
    "quelle",
    "quellen",
    "diplomat",
    "diplomaten",
    "diplomatin",
    "vertreter",
    "vertreterin",
    "vertretern",
    "ermittler",
    "ermittlern",
    "informant",
    "informanten",
    "zeuge",
    "zeugen",
    "augenzeuge",
    "augenzeugen",
    "experte",
    "experten",
    "expertin",
    "analyst",
    "analysten",
    "berater",
    "beraterin",
    "funktionär",
    "funktionäre",
    "funktionären",
    "militärs",
    "offizier",
    "offiziere",
    "person",
    "personen",
    "geheimdienstler",
    "mann",
    "frau",
    "bewohner",
    "anwohner",
    "einwohner",
    "abgeordnete",
    "abgeordneter",
    "abgeordneten",
    "mitglied",
    "mitglieder",
    "mitgliedern",
    "angehörige",
    "angehöriger",
    "verantwortliche",
    "verantwortlichen",
    "gewährsmann",
    "gewährsleute",
    "regierungsvertreter",
    "quellen",
)
ANON_ROLE_HEADS_EN = (
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "diplomats",
    "insider",
    "insiders",
    "aide",
    "aides",
    "people",
    "person",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "officer",
    "officers",
    "witness",
    "witnesses",
    "lawmaker",
    "lawmakers",
    "politician",
    "employee",
    "employees",
    "staffer",
    "staffers",
    "adviser",
    "advisers",
    "advisor",
    "authorities",
)

# Heads that make a speaker an official (for source typing).
OFFICIAL_HEADS_DE = (
    "beamte",
    "beamter",
    "beamten",
    "beamtin",
    "offizielle",
    "offiziellen",
    "offizieller",
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "staatsanwalt",
    "generalstaatsanwalt",
    "generalstaatsanwalts",
    "botschafter",
    "diplomat",
    "diplomaten",
    "regierungsvertreter",
    "bürgermeister",
    "gouverneur",
    "general",
    "staatssekretär",
    "mitarbeiter",
    "geheimdienstler",
    "offizier",
)
# A speaker described as unnamed in so many words ("who spoke on condition of anonymity", "der anonym
# bleiben wollte", "die nicht namentlich genannt werden wollte") is anonymous whatever names the phrase holds.
ANONYMITY_MARKERS = re.compile(
    r"\b(?:anonymity|anonymously|not to be (?:named|identified)|declined to (?:be named|be identified|give (?:his|"
    r"her|their) names?)|not authori[sz]ed to (?:speak|talk|comment)|anonym(?:e[rnms]?)?|ungenannt|"
    r"namentlich (?:nicht )?genannt|Namen nicht)\b",
    re.IGNORECASE,
)
# Unnamed people who are not officials ("a woman from the village", "two residents of the street"): matched
# as whole words of an English speaker phrase only ("men" would end many German words).
UNNAMED_PERSON_HEADS_EN = frozenset({
    "woman", "women", "man", "men", "resident", "residents", "member", "members", "engineer", "engineers",
    "worker", "workers", "farmer", "farmers", "neighbour", "neighbours", "neighbor", "neighbors", "survivor",
    "survivors", "passenger", "passengers", "villager", "villagers", "volunteer", "volunteers", "relative",
    "relatives", "colleague", "colleagues", "friend", "friends",
})
# Words that attach a description to an English role noun ("a senior official at the ministry", "two people
# familiar with the talks"): the role word before them is the phrase's head.
ATTACH_WORDS_EN = frozenset({"at", "of", "for", "in", "from", "with", "familiar", "close", "who", "knowledgeable",
                             "briefed", "involved", "on"})
OFFICIAL_HEADS_EN = (
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "secretary",
    "ambassador",
    "diplomat",
    "officer",
    "aide",
    "aides",
)
POLITICIAN_HEADS = (
    "politiker",
    "politikerin",
    "politikern",
    "abgeordnete",
    "abgeordneter",
    "abgeordneten",
    "senator",
    "senatorin",
    "parlamentarier",
    "lawmaker",
    "lawmakers",
    "politician",
    "senator",
    "congressman",
    "congresswoman",
    "vorsitzende",
    "vorsitzender",
    "chef",
    "chefin",
)
EXPERT_HEADS = (
    "experte",
    "experten",
    "expertin",
    "analyst",
    "analysten",
    "analystin",
    "professor",
    "professorin",
    "forscher",
    "forscherin",
    "wissenschaftler",
    "wissenschaftlerin",
    "fellow",
    "ökonom",
    "ökonomin",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "researcher",
    "scholar",
)
THINK_TANK_HEADS = (
    "denkfabrik",
    "thinktank",
    "think-tank",
    "think tank",
    "institut",
    "institute",
    "zentrum",
    "center",
    "centre",
    "stiftung",
    "foundation",
)
DOCUMENT_HEADS = (
    "bericht",
    "berichten",
    "berichts",
    "studie",
    "dokument",
    "dokumenten",
    "papier",
    "mitteilung",
    "pressemitteilung",
    "erklärung",
    "report",
    "document",
    "statement",
    "urteil",
    "untersuchung",
    "analyse",
    "gutachten",
    "schreiben",
    "brief",
)
ORG_HEADS_DE = (
    "büro",
    "ministerium",
    "regierung",
    "behörde",
    "behörden",
    "polizei",
    "kreml",
    "verwaltung",
    "administration",
    "armee",
    "militär",
    "partei",
    "verband",
    "gericht",
    "staatsanwaltschaft",
    "amt",
    "botschaft",
    "konzern",
    "unternehmen",
    "firma",
    "organisation",
    "kommission",
    "rat",
    "weißes haus",
    "pentagon",
    "office",
    "ministry",
    "government",
    "agency",
    "police",
    "department",
    "army",
    "military",
    "council",
    "court",
    "company",
    "kremlin",
)

# Bodies that ORG_HEADS_DE (which also feeds German subject checks by word ending) leaves out; used only
# to type a source ("The union says ...", "Die Gewerkschaft fordert ..." is an organisation, not a person).
ORG_HEADS_TYPING = ("union", "unions", "authority", "authorities", "service", "board", "committee", "association",
                    "federation", "ministries", "agencies", "companies", "operator", "firm", "bank", "airline",
                    "brigade", "coalition", "parliament", "senate", "congress", "gewerkschaft", "gewerkschaften",
                    "feuerwehr", "verein", "stiftung", "genossenschaft", "konzerne", "unternehmen",
                    # German bodies by the ending of their compound ("Staatskanzlei", "Sella-Allianz",
                    # "Wetterdienst", "Stadtwerke", "Klinikleitung", "Handelskammer", "Bürgerinitiative")
                    "kanzlei", "allianz", "bündnis", "initiative", "gruppe", "institut", "universität",
                    "hochschule", "klinik", "klinikum", "krankenhaus", "kammer", "senat", "landtag", "bundestag",
                    "fraktion", "ausschuss", "gemeinde", "dienst", "werke", "betriebe", "agentur", "zentrale",
                    "vorstand", "direktion", "präsidium", "leitung", "führung", "komitee", "netzwerk",
                    "alliance", "institute", "university", "hospital", "group", "network", "foundation",
                    "charity", "organisation", "organization", "party", "league", "club",
                    # circles of a body ("aus Regierungskreisen", "Verhandlungskreise"): unnamed officials
                    "kreis", "kreise", "kreisen")

# News media: agencies, well-known outlets and nouns that announce a medium.
NEWS_AGENCIES = (
    "AFP",
    "Reuters",
    "dpa",
    "AP",
    "Associated Press",
    "Agence France-Presse",
    "Xinhua",
    "TASS",
    "Tass",
    "Interfax",
    "RIA Nowosti",
    "RIA Novosti",
    "Yonhap",
    "KCNA",
    "KNA",
    "epd",
    "ANSA",
    "EFE",
    "APA",
    "Kyodo",
    "Bloomberg",
    "SDA",
    "Keystone-SDA",
    "UPI",
    "Anadolu",
    "IRNA",
    "Sputnik",
)
NEWS_OUTLETS = (
    "NBC News",
    "CBS News",
    "ABC News",
    "Fox News",
    "CNN",
    "BBC",
    "New York Times",
    "Washington Post",
    "Wall Street Journal",
    "Financial Times",
    "The Guardian",
    "Guardian",
    "Politico",
    "Axios",
    "Business Insider",
    "Bild-Zeitung",
    "Spiegel",
    "Der Spiegel",
    "Spiegel Online",
    "Zeit Online",
    "FAZ",
    "Frankfurter Allgemeine",
    "Süddeutsche Zeitung",
    "taz",
    "Tagesspiegel",
    "Handelsblatt",
    "ARD",
    "ZDF",
    "tagesschau.de",
    "t-online",
    "n-tv",
    "ntv",
    "Al Jazeera",
    "Le Monde",
    "NHK",
    "CNBC",
    "NPR",
    "Sky News",
    "Kommersant",
    "Iswestija",
    "Nikkei",
    "RIA",
    "RT",
    "Euronews",
    "Deutsche Welle",
    "DW",
)
MEDIA_NOUNS_DE = (
    "nachrichtenagentur",
    "agentur",
    "zeitung",
    "tageszeitung",
    "magazin",
    "nachrichtenmagazin",
    "sender",
    "fernsehsender",
    "rundfunk",
    "nachrichtensender",
    "blatt",
    "portal",
    "nachrichtenportal",
    "medien",
    "wochenzeitung",
    "sonntagszeitung",
    "newsletter",
    "radio",
    "fernsehen",
)
MEDIA_NOUNS_EN = ("news agency", "newspaper", "broadcaster", "network", "magazine", "outlet", "daily")

# Words before a quoted string that mark a title, name or term rather than a statement.
TITLE_MARKERS_DE = frozenset(
    """
    sogenannte sogenannten sogenannter sogenanntes so-genannte titel titels buch buches film films motto
    slogan namen name stichwort projekt projekts aktion kampagne operation serie sendung album song lied
    roman werk begriff begriffs wort unwort schlagwort bezeichnung zeitung magazin ausstellung
    programm programms initiative bündnis verein partei festival preis gesetz gesetzes studie
    dokumentation artikel kolumne rubrik schiff marke label kategorie genannt named called titled
    """.split()
)
