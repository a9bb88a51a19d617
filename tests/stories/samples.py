"""Fictional sample articles written for these tests (invented events, places and people)."""

from __future__ import annotations

from lagebild.records import Article, Block, Provenance
from lagebild.stories.item import StoryItem

# Story A: a bridge closure in the invented town of Kleinfurt (German original + English translation).
BRIDGE_DE_TITLE = "Kleinfurt sperrt die Lindenbrücke nach Rissen im Tragwerk"
BRIDGE_DE = (
    "Die Stadt Kleinfurt hat am Dienstag die Lindenbrücke über die Auler für den gesamten Verkehr gesperrt. "
    "Prüfer hatten bei einer Routinekontrolle mehr als 40 Risse im Tragwerk gefunden. "
    "Bürgermeisterin Hanna Oltmann sagte: „Die Sicherheit der Menschen geht vor, auch wenn die Sperrung "
    "viele Pendler hart trifft.“ Täglich überqueren rund 12.000 Fahrzeuge die Brücke. "
    "Eine Umleitung über die Nordstraße ist ausgeschildert. Wann die Brücke wieder öffnet, ist offen."
)
BRIDGE_EN_TITLE = "Kleinfurt closes Linden Bridge after cracks found in its structure"
BRIDGE_EN = (
    "The town of Kleinfurt closed the Linden Bridge over the Auler to all traffic on Tuesday. "
    "Inspectors had found more than 40 cracks in the structure during a routine check. "
    'Mayor Hanna Oltmann said: "People\'s safety comes first, even if the closure hits many commuters hard." '
    "Around 12,000 vehicles cross the bridge every day. "
    "A detour via Nordstraße has been signposted. It is unclear when the bridge will reopen."
)
# A second German report on the same closure, written independently, with a different figure.
BRIDGE_DE2_TITLE = "Lindenbrücke in Kleinfurt gesperrt: Pendler müssen Umwege fahren"
BRIDGE_DE2 = (
    "Nach dem Fund von Dutzenden Rissen hat Kleinfurt die Lindenbrücke gesperrt. "
    "Nach Angaben der Stadt nutzen täglich etwa 8.000 Fahrzeuge die Brücke über die Auler. "
    "Bürgermeisterin Hanna Oltmann bat die Pendler um Geduld. "
    "Die Handwerkskammer warnt vor Einbußen für die Betriebe in der Altstadt."
)
# Story B: an unrelated invented story.
ORCHESTRA_TITLE = "Jugendorchester aus Wendhagen gewinnt Preis in Salzbrunn"
ORCHESTRA = (
    "Das Jugendorchester Wendhagen hat beim Musikwettbewerb in Salzbrunn den ersten Preis gewonnen. "
    "Die 35 Musikerinnen und Musiker spielten eine Suite des Komponisten Emil Rauschert. "
    "Dirigent Paul Ketteler lobte die monatelange Probenarbeit. "
    "Im Herbst soll das Orchester in der Partnerstadt Lugrande auftreten."
)


def item(aid: str, day: str, lang: str, title: str, text: str, outlet: str, **kw: object) -> StoryItem:
    return StoryItem(aid, day, lang, title, text, outlet=outlet, **kw)  # type: ignore[arg-type]


def copy_of(text: str) -> str:
    """A syndicated copy with a light edit: one sentence changed, a line appended."""
    return text.replace("ist ausgeschildert", "wurde ausgeschildert") + " (mit Material von Agentur Nord)"


def article(
    title: str, body: str, outlet: str, lang: str, published: str | None = None, translated_from: str | None = None
) -> Article:
    prov = (
        [Provenance("translated_from", translated_from, f"Translated from {translated_from}")]
        if translated_from
        else []
    )
    return Article(
        blocks=[Block("title", title), Block("body", body)],
        outlet=outlet,
        language=lang,
        published=published,
        provenance=prov,
    )
