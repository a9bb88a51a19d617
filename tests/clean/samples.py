# ruff: noqa: E501  (sample dumps keep their long paragraph lines, as real dumps do)
"""Fictional sample dumps for the clean tests, written for this project (no real outlet, no real event).

Each is shaped like a scraper's plain-text dump: site chrome, navigation, widgets and glued words
around one short article.
"""

from __future__ import annotations

GERMAN_DUMP = """Beispielblatt - Nachrichten aus Musterstadt
Beispielblatt - Nachrichten aus Musterstadt
Suche IconMenü IconKonto Icon

StartseiteLokalesVerkehrMusterstadt

Lokales | Neue Brücke über die Mauke wird teurer als geplant

Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie der Verwendung zu.
Akzeptieren

Verkehr in Musterstadt
Die Maukebrücke kostet doppelt so viel wie geplant

Aktualisiert am 14.03.2031Lesedauer: 3 Min.
Die alte Holzbrücke über die MaukeVergrößern des Bildes
Die alte Holzbrücke über die Mauke soll bis zum Herbst ersetzt werden. (Quelle: Erika Beispiel/Bildagentur Muster)
News folgen

Der Neubau der Maukebrücke in Musterstadt wird nach Angaben der Stadtverwaltung fast doppelt so teuer wie geplant. Statt vier Millionen Euro rechnet das Bauamt inzwischen mit knapp acht Millionen.

Loading...
Embed

Grund seien gestiegene Preise für Stahl und Beton sowie ein aufwendigeres Fundament, sagte Baudezernentin Klara Muster am Dienstag im Stadtrat. Der Boden am Ufer sei weicher als in den ersten Gutachten angenommen.

Was der Stadtrat jetzt entscheiden muss

Die Fraktionen wollen in der kommenden Sitzung über die Mehrkosten abstimmen. Die Opposition fordert, zunächst einen günstigeren Entwurf prüfen zu lassen, bevor weiteres Geld bewilligt wird.

Dieser Artikel erschien zuerst bei der Musterstädter Rundschau

Mehr zum Thema
Radweg am Mauke-Ufer bleibt gesperrt
Loading...
Loading...
ShoppingAnzeigen
Impressum
Datenschutz
© 2031 Beispielblatt Verlag GmbH
source site-7"""

# line numbers (0-based) of the sample above, for the tests
GERMAN_TITLE = "Die Maukebrücke kostet doppelt so viel wie geplant"
GERMAN_LEDE_START = "Der Neubau der Maukebrücke"

ENGLISH_DUMP = """Skip to main content
The Example Courier
Home World Business Sport Culture
Sign in
Subscribe

Harbour town opens floating library for summer visitors

By Jane Sample
Published May 3, 2032 | 4 min read

A small harbour town on the fictional coast of Examplia has opened a library that floats on a converted ferry, its council said on Monday. The boat will stay moored at the old pier until the end of September.

"We wanted the books to come to where people already are," said the town's librarian, Tom Placeholder. He said about two thousand books had been donated by residents over the winter.

Visitors can borrow up to three books at a time and return them at any of four drop-off points along the promenade.

Share this article
Facebook
Twitter
Email
Related stories
Town council approves new ferry timetable
Advertisement
This article originally appeared on The Examplia Gazette
All rights reserved. Privacy Policy. Terms of Use."""

ONLY_BOILERPLATE = """Startseite
Suche
Menü
Anmelden
Newsletter
Impressum
Datenschutz
Loading...
© 2031 Beispielblatt Verlag GmbH"""

# A fictional shop page: the description sits above the specification list, and the longest run of
# prose (the care notes) comes after it, so the description is a piece in front of the main run.
PRODUCT_DUMP = """Musterladen
Warenkorb
Anmelden
Decken
Kissen
Kuscheldecke Wolke aus Baumwolle
Die Kuscheldecke Wolke ist aus einer besonders weichen und dicken Baumwolle gewebt und hält auch an kalten Abenden auf dem Sofa warm.
Sie wird in unserer Werkstatt in Musterstadt von Hand genäht und ist in drei Farben zu haben.
Farbe
Größe
150 x 200 cm
In den Warenkorb
Lieferzeit: 3 - 5 Tage
Pflegehinweise
Die Decke kann bei 40 Grad in der Maschine gewaschen werden. Bitte verwenden Sie dafür ein mildes Waschmittel ohne Bleiche und legen Sie die Decke danach flach zum Trocknen aus, damit sie ihre Form behält.
Im Trockner sollte die Decke nur bei niedriger Temperatur getrocknet werden, weil die Fasern sonst hart werden und die Decke an Weichheit verliert. Bügeln ist nicht nötig und auch nicht empfohlen.
Wenn die Decke einmal Flecken hat, reicht es meist, sie mit etwas lauwarmem Wasser und einem weichen Tuch abzutupfen, bevor sie ganz in die Wäsche muss.
Kunden kauften auch
Kissen Wolke
Impressum
Datenschutz"""
