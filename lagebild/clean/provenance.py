"""Lines and phrases that say where a text or an image comes from.

"Lesen Sie den Originalartikel auf Business Insider" makes the article a translation; a caption
ending in "(Quelle: .../dpa)" credits an agency. The stories stage counts independent origins, so
these notes are kept as records instead of being thrown away with the boilerplate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.records import Provenance

_OUTLET = r"(?P<outlet>[A-Z0-9ÄÖÜ][\w&.'’\- ]{1,60}?)"
_O = r"(?:the |der |dem |die )?(?P<outlet>[A-Z0-9ÄÖÜ][\w&.'’\- ]{1,60}?)"
_RULES_SRC: tuple[tuple[str, str], ...] = (
    ("translated_from", (
        rf"lesen sie (?:hier )?den original(?:artikel|beitrag|text)(?: \w+)? (?:auf|bei|"
        rf"von|im|in) {_O}"
    )),
    ("translated_from", (
        rf"(?:dieser |der )?(?:artikel|beitrag|"
        rf"text) wurde aus dem \w+ übersetzt.{{0,40}}?(?:von|bei|auf) {_O}"
    )),
    ("translated_from", r"(?:dieser |der )?(?:artikel|beitrag|text) wurde aus dem \w+ übersetzt(?P<outlet>)"),
    # "Dieser Artikel ist eine Übersetzung aus dem Englischen. Das Original ist zuerst beim X erschienen."
    ("translated_from", (
        rf"(?:dieser |der )?(?:artikel|beitrag|text) ist eine übersetzung aus dem \w+\.?\s*"
        rf"(?:(?:das )?original(?:artikel)? (?:ist |erschien )?(?:zuerst |ursprünglich )?(?:beim|bei|auf|im|in) {_O}"
        rf"(?: erschienen)?)?"
    )),
    ("translated_from", (
        rf"this (?:article|story) is a translation from (?:the )?\w+\.?\s*"
        rf"(?:the original (?:first )?(?:appeared|was published) (?:on|in|at|by) {_O})?"
    )),
    ("translated_from", rf"(?:aus dem \w+ )?übersetzt (?:aus dem \w+ )?(?:von|aus) {_O}"),
    ("translated_from", rf"(?:this (?:article|story) (?:was )?)?translated from (?:\w+ )?(?:by |of |from )?{_O}"),
    ("translated_from", rf"read the original (?:article|story) (?:on|at) {_O}"),
    ("syndicated_from", (
        rf"(?:dieser |der )?(?:artikel|beitrag|text) (?:ist )?(?:erschien|"
        rf"erschienen) (?:zuerst|ursprünglich) (?:auf|bei|in|im) {_O}"
    )),
    ("syndicated_from", rf"(?:zuerst|ursprünglich) (?:erschienen )?(?:auf|bei|in|im) {_O}"),
    ("syndicated_from", (
        rf"(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:appeared|"
        rf"published) (?:on|in|at|by) {_O}"
    )),
    ("syndicated_from", rf"mit freundlicher genehmigung (?:von|der|des) {_O}"),
    # a partner's or wire service's text run as supplied: "This article was provided by the X"
    ("syndicated_from", rf"(?:this (?:article|story|report|post) (?:was|is) )?(?:provided|supplied) by {_O}"),
    ("syndicated_from", (
        rf"(?:dieser |der )?(?:artikel|beitrag|text) wurde (?:uns )?von {_O} "
        rf"(?:zur verfügung gestellt|bereitgestellt)"
    )),
    ("source_note", (
        rf"(?:(?:quellen?|sources?)\s*:|mit material (?:von|der|des)|"
        rf"with material from)\s*{_O}(?:\s*(?:,|/|und|and)\s*[\w.\- ]+)*"
    )),
)  # fmt: skip


_TRIGGERS = (
    "original", "übersetz", "translat", "erschien", "first", "genehmigung", "quelle", "source", "material",
    "provided", "supplied", "zur verfügung", "bereitgestellt",
)  # fmt: skip
_CREDIT_WORDS = ("quelle", "foto", "bild", "photo", "image", "©", "credit", "copyright")
# One scan of the lower-cased line for any of the words (both checks run on every line of a page; a
# generator of `in` tests costs more than the scans themselves).
_TRIGGER_SCAN = re.compile("|".join(map(re.escape, _TRIGGERS)))
_CREDIT_SCAN = re.compile("|".join(map(re.escape, _CREDIT_WORDS)))


@lru_cache(maxsize=1)
def _line_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rf"^(?:{src})\W*$", re.IGNORECASE)) for kind, src in _RULES_SRC)


_CREDIT = re.compile(
    r"(?:\((?:quelle|foto|fotos|bild|bilder|photo|image|credit|copyright)\s*:\s*(?P<a>[^()]{2,120})\)"
    r"|(?:^|\s)(?:foto|fotos|bild|photo|image|credit)\s*:\s*(?P<b>[^:]{2,100})$"
    r"|©\s*(?P<c>[^©]{2,80})$)",
    re.IGNORECASE,
)


def line_provenance(text: str) -> Provenance | None:
    """A provenance record when the whole line is a translation, syndication or source note."""
    if len(text) > 200:
        return None
    low = text.lower()
    if _TRIGGER_SCAN.search(low) is None:
        return None
    for kind, rx in _line_rules():
        m = rx.match(text.strip())
        if m:
            outlet = m.group("outlet") or None
            return Provenance(kind=kind, outlet=outlet.strip(" .") if outlet else None, text=text)  # type: ignore[arg-type]
    return None


def image_credit(text: str) -> Provenance | None:
    """The credit of an image caption, e.g. "(Quelle: Alexander Zemlianichenko/AP Pool/dpa/dpa)"."""
    m = _CREDIT.search(text[-300:])
    if not m:
        return None
    credit = (m.group("a") or m.group("b") or m.group("c") or "").strip(" .")
    if not credit:
        return None
    agency = re.split(r"\s*[/,|]\s*", credit)[-1].strip() or credit
    return Provenance(kind="image_credit", outlet=agency, text=m.group(0).strip())


def split_image_credit(text: str) -> tuple[str, Provenance | None]:
    """A caption without the credit at its end, and the credit: "Der Steg im Nebel. Foto: Erika Beispiel/Agentur"
    -> ("Der Steg im Nebel.", credit). The credit is kept as a provenance record; left in the caption, the
    photographer and the agency would read as people and organisations the article is about. A caption that
    is nothing but a credit, or one whose credit stands elsewhere in it, is returned whole."""
    last = None
    for m in _CREDIT.finditer(text):
        last = m
    if last is None or len(text) - last.end() > 3:
        return text, None
    credit = image_credit(text[last.start() :])
    rest = text[: last.start()].rstrip(" -–—|/,;")
    if credit is None or not any(c.isalpha() for c in rest):
        return text, credit
    return rest, credit


def has_image_credit(text: str) -> bool:
    """A caption-with-credit shape: some description, then a credit at the end."""
    if len(text) > 600 or _CREDIT_SCAN.search(text.lower()) is None:
        return False
    m = _CREDIT.search(text)
    return m is not None and m.start() >= 8 and len(text) - m.end() <= 3
