"""Clean a scraped plain-text page dump (one visible text block per line) into an `Article`.

Blank lines carry no content: `label_lines` gives them the label "boilerplate" so that its output
lines up with its input, but `clean_text_dump` never lists them in `Article.removed`. Where the lines
go: title, kicker, teaser_title, bullet, lede, body, subhead and caption lines become blocks; dateline
lines feed `published`/`updated`/`reading_time_min`/`author`; provenance lines, and the credit that ends a
caption, become `Provenance` records; boilerplate lines, and widget words cut off glued lines, are listed
verbatim in `removed`.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from lagebild.clean import dates
from lagebild.clean.byline import (
    bare_name,
    find_author,
    is_marker_line,
    is_role_line,
    name_after_marker,
    name_shaped,
    names_list,
    without_role,
)
from lagebild.clean.errors import CleanError
from lagebild.clean.labeler import Labeled, Labeling, label_items
from lagebild.clean.language import guess_language
from lagebild.clean.provenance import split_image_credit
from lagebild.clean.vocab import author_line_regex
from lagebild.records import Article, Block, BlockKind, LineLabel, Provenance

_BLOCK_LABELS: frozenset[str] = frozenset(
    ("title", "kicker", "teaser_title", "bullet", "lede", "body", "subhead", "caption")
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A breadcrumb trail glued in front of the headline: "Startseite > Beauty > Headline", "Start » Blog » Headline".
_BREADCRUMB = re.compile(
    r"^(?i:start(?:seite)?|home(?:page)?)\s*[»>›/|](?:[^»>›/|]*[»>›/|])*\s*(?P<title>[^»>›/|]{12,})$"
)
# A date glued in front of the headline: "Jun 17 Headline", "17.06.2019 Headline", "17. Juni 2019 Headline"
# ("1. Mai Demonstrationen ...", a German day and month without a year, may be the headline's own words).
_MONTH = r"(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?"
_DATED_TITLE = re.compile(
    rf"^(?i:\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}})"
    r"\s+(?P<title>[A-ZÄÖÜ„\"“»].*\S.*\s.*\s.*)$"
)
_BYLINE = re.compile(
    r"(?:\b(?:von|by)|^(?:Von|By))\s+(?P<name>[A-ZÄÖÜ][\w.\-]+(?: [A-ZÄÖÜ][\w.\-]+){0,2})(?=\s+am\b|\s*[|,]|$)"
)


def label_lines(lines: list[str]) -> list[LineLabel]:
    """One label per input line (blank lines get "boilerplate"), in input order."""
    labels: list[LineLabel] = ["boilerplate"] * len(lines)
    for item in label_items(lines).lines:
        labels[item.info.index] = item.label
    return labels


def _check_text(text: str) -> str:
    if not isinstance(text, str):
        raise CleanError(f"expected text (str), got {type(text).__name__}; decode bytes before cleaning")
    if not text.strip():
        raise CleanError("empty document: there is no text to clean")
    sample = text[:20_000]
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > 0.1 * len(sample):
        raise CleanError(
            f"input looks like binary data, not text ({bad} control or undecodable characters in the first "
            f"{len(sample)}); check the file's encoding or media type"
        )
    return _CONTROL.sub(" ", text)


def _outlet(labeling: Labeling, meta: dict[str, Any], provenance: list[Provenance]) -> str | None:
    if meta.get("outlet"):
        return str(meta["outlet"])
    url = meta.get("url") or None
    if labeling.outlet:
        return labeling.outlet
    for p in provenance:
        if p.kind in ("translated_from", "original_at") and p.outlet:  # a translation speaks for its source
            return p.outlet
    return urlparse(url or "").netloc.lower().removeprefix("www.") or None


def author_of(labeling: Labeling, meta: dict[str, Any]) -> str | None:
    """The author the labelled lines name; a given `meta["author"]` wins, and `meta["url"]` tells the outlet's
    name glued to a byline from the byline (the HTML cleaner calls it on a page's rendered lines too)."""
    if meta.get("author"):
        return str(meta["author"])
    name = _find_author(labeling)
    return _without_masthead(_without_site(without_role(name), meta.get("url")), labeling) if name else None


def _without_site(name: str, url: str | None) -> str:
    """ "Erika Muster Beispielblatt" on beispielblatt.example -> "Erika Muster": a byline that runs on into
    the outlet's name (the dump glued them together) loses the outlet."""
    words = name.split()
    host = re.sub(r"[^a-z0-9]", "", urlparse(url or "").netloc.lower())
    while len(words) > 2 and host and len(words[-1]) >= 4 and re.sub(r"[^a-z0-9]", "", words[-1].lower()) in host:
        words = words[:-1]
    return " ".join(words)


def _without_masthead(name: str, labeling: Labeling) -> str:
    """ "Erika Muster Beispielblatt" where the page has "Beispielblatt" as a line of its own (the logo, the
    masthead): the outlet's name glued to the byline, found without the URL. Names of three words are rare
    enough that only they are checked, so the page's lines are read only for them."""
    words = name.split()
    if len(words) <= 2:
        return name
    whole_lines = {it.info.text for it in labeling.lines if it.info.words <= 2}
    while len(words) > 2 and words[-1] in whole_lines:
        words = words[:-1]
    return " ".join(words)


BYLINE_BELOW_TEXT = 6  # lines under the body run where a byline may still stand ("Geschrieben von ...")
BYLINE_DATE_LINES = 3  # how far from its date a bare byline may stand
BYLINE_HEAD_LINES = 24  # lines under the headline (share rows, a picture and its credit) a byline may stand


def _find_author(labeling: Labeling) -> str | None:
    # Comment threads below the text are full of "geschrieben von Leser am ..." lines, and dated lines far under
    # it are teasers of other posts ("Von Wind und Wetter 7. April 2031"): a "von" inside a dated line counts
    # only up to a few lines under the text. Further down only an undated "Von Erika Muster" line counts, and
    # nothing under the first heading that ends the article ("Mehr zum Thema") or that the page repeats (a
    # teaser's byline under each teaser).
    lines = labeling.lines
    below = labeling.body[1] + 1 if labeling.body is not None else len(lines)
    ends = next((k for k in range(below, len(lines)) if lines[k].info.end_marker), len(lines))
    stop = min(below - 1 + BYLINE_BELOW_TEXT, ends - 1)
    for k, it in enumerate(lines):
        text = it.info.text
        if it.label == "dateline" or it.kind in ("date", "author"):
            far_ok = it.kind == "author" and k < ends and not it.info.repeated
            m = author_line_regex().match(text) if k <= stop or far_ok else None
            m = m or (_BYLINE.search(text) if k <= stop else None)
            if m is None and k <= stop and it.kind == "date" and not it.comment:
                name = find_author(text, strict=True)  # "Publiziert am 3. Mai 2031 von erika"
                if name:
                    return name
        elif it.label == "body" and it.info.words <= 8:
            m = author_line_regex().match(text)  # "Von Erika Muster" standing alone
        else:
            continue
        if m and not m.group("name").endswith("."):
            return m.group("name").strip()
    # Bylines the patterns above miss ("21. Jan 2022 // Erika Muster", "Veröffentlicht am ... von ...",
    # "Von" / "Erika Muster" on two lines), looked for near the headline, and just under the text with an
    # explicit marker only: sidebars and comment threads are full of dated names.
    anchor = labeling.title_index if labeling.title_index is not None else (labeling.body or (None, None))[0]
    if anchor is None:
        return None
    windows = [(range(max(0, anchor - 4), min(len(lines), anchor + 8)), False)]
    if labeling.body is not None:  # a byline under the text ("Geschrieben von ...", "Autorin" / name)
        end = labeling.body[1]
        windows.append((range(end + 1, min(len(lines), end + 7)), True))
    for window, strict in windows:
        for k in window:
            it = lines[k]
            if it.info.words > 16 or it.label in ("title", "lede"):
                continue
            name = find_author(it.info.text, strict=strict)
            if name is None and k + 1 < len(lines) and is_marker_line(it.info.text):
                name = name_after_marker(lines[k + 1].info.text)  # "Von" on one line, the name on the next
            if name:
                return name
    # A marker alone on its line with the name on the next ("Autor*in" / "Erika Muster (Redakteurin)") inside the
    # text run: an author box the labeller took into the text, as the windows above only look near its ends.
    if labeling.body is not None:
        for k in range(labeling.body[0], min(labeling.body[1] + 1, len(lines) - 1)):
            if lines[k].info.words <= 3 and is_marker_line(lines[k].info.text):
                name = name_after_marker(lines[k + 1].info.text)
                if name:
                    return name
    # A bare "Erika Muster" just under the headline, with no marker: only where the first word is a known
    # given name (see `byline.bare_name`).
    for it in lines[anchor + 1 : anchor + 8]:
        if it.label in ("boilerplate", "caption", "dateline") and it.info.words <= 4:
            name = bare_name(it.info.text)
            if name:
                return name
    # Two or more bare names alone on a line just under the headline: its authors (read as text or a caption
    # where nothing marks them).
    for it in lines[anchor + 1 : anchor + 4]:
        if it.label in ("boilerplate", "caption", "dateline", "body") and it.info.words <= 12:
            names = names_list(it.info.text)
            if names:
                return names
    # A bare name on the line next to the date between the headline and the text ("Erika Muster" /
    # "04. Dezember 2031", "Erika Muster," / "am Sonntag, 11.12.2031"): the byline and its date as a pair.
    # Blog platforms set the pair over the headline ("Erika Muster" / "2. Okt. 2031" / headline).
    lede = next((k for k, it in enumerate(lines) if it.label == "lede"), anchor)
    under = range(anchor + 1, min(len(lines), max(anchor + 8, lede + 1), anchor + BYLINE_HEAD_LINES))
    for k in [*under, *range(max(0, anchor - BYLINE_DATE_LINES), anchor)]:
        it = lines[k]
        if it.label not in ("boilerplate", "caption", "dateline"):
            continue
        name = name_shaped(it.info.text.rstrip(" ,"))
        if name and any(_dated_or_role(lines[x]) for x in (k - 1, k + 1) if 0 <= x < len(lines)):
            return name
    # A bare name beside the date just under the headline that the page shows again under the text, where an
    # author box repeats it: the two places and the date make it the byline whatever the given name. Without
    # the date it is as often a section or a tag the page repeats ("Erneuerbare Energien").
    if labeling.body is not None:
        repeated_below = {it.info.text for it in lines[labeling.body[1] + 1 :] if it.info.repeated}
        for k in range(anchor + 1, min(len(lines), anchor + 8)):
            it = lines[k]
            if it.label not in ("boilerplate", "caption", "dateline") or it.info.text not in repeated_below:
                continue
            name = name_shaped(it.info.text)
            near = lines[max(0, k - BYLINE_DATE_LINES) : k + BYLINE_DATE_LINES + 1]
            if name and any(x.kind == "date" or (x.info.words <= 16 and dates.is_dateline(x.info.text)) for x in near):
                return name
    return None


def _dated_or_role(it: Labeled) -> bool:
    """The line beside a bare name that makes it a byline: its date ("12.03.2031", which alone reads as a row
    of numbers, so its kind is not "date") or its role ("Redakteurin", "dpa")."""
    if it.kind == "date":
        return True
    info = it.info
    return info.words <= 4 and (dates.is_dateline(info.text) or is_role_line(info.text))


def _meta_lines(labeling: Labeling) -> list[str]:
    """Lines that may carry the article's dates: date lines first, then short lines near the title."""
    items = labeling.lines
    out = [it.info.raw for it in items if it.label == "dateline"]
    anchor = labeling.title_index
    if anchor is None and labeling.body is not None:
        anchor = labeling.body[0]
    if anchor is not None:
        near = items[max(0, anchor - 3) : anchor + 9]
        out += [it.info.raw for it in near if it.kind in ("date", "author") and it.label != "dateline"]
        out += [it.info.raw for it in near if it.kind not in ("date", "author") and it.info.words <= 25]
    return out


def _stamp_hits(labeling: Labeling) -> list[dates.DateHit]:
    """Stamp phrases anywhere on the page ("Letzte Aktualisierung: ...", "Erschienen am ..."), the
    ones nearest the article first: footers and sidebars carry stamps of other pages too."""
    items = labeling.lines
    anchor = labeling.title_index if labeling.title_index is not None else (labeling.body or (0, 0))[0]
    found: list[tuple[int, list[dates.DateHit]]] = []
    for k, it in enumerate(items):
        if it.info.words <= 25 and it.label not in _BLOCK_LABELS - {"caption"}:
            hits = dates.stamp_dates(it.info.text)
            if hits:
                found.append((abs(k - anchor), hits))
    found.sort(key=lambda f: f[0])
    return [h for _, hits in found for h in hits]


def _dates(labeling: Labeling, meta: dict[str, Any]) -> tuple[str | None, str | None, int | None]:
    published = meta.get("published") or None
    updated: str | None = None
    minutes: int | None = None
    for text in _meta_lines(labeling):
        minutes = minutes or dates.reading_time(text)
        for hit in dates.find_dates(text):
            if hit.updated:
                updated = updated or hit.iso
            else:
                published = published or hit.iso
        if published and minutes:
            break
    if not published:
        # the URL's date is the publication day where a blog or CMS puts one there
        published = dates.url_date(meta.get("url"))
    if not published and not updated:
        for hit in _stamp_hits(labeling):
            if hit.updated:
                updated = updated or hit.iso
            else:
                published = published or hit.iso
            if published:
                break
    if not published and not updated and labeling.body is not None:
        # a bare date line just under the text: where many blogs put the day of the post
        start, end = labeling.body
        for it in labeling.lines[end + 1 : end + 4]:
            hits = dates.find_dates(it.info.text) if it.kind == "date" else []
            if hits:
                published = hits[0].iso
                break
    # an "updated" stamp is the only date many pages show; it bounds the publication date from above
    return published or updated, updated, minutes


def build_article(labeling: Labeling, meta: dict[str, Any]) -> Article:
    """Turn labelled lines into an Article: blocks in reading order, removed lines, provenance, meta."""
    blocks: list[Block] = []
    removed: list[str] = []
    provenance: list[Provenance] = []
    for it in labeling.lines:
        info = it.info
        removed.extend(info.debris)
        if it.label == "provenance" and it.provenance is not None:
            provenance.append(it.provenance)
        elif it.label in _BLOCK_LABELS and info.text:
            kind: BlockKind = it.label  # type: ignore[assignment]
            text = info.text
            crumbs = (_BREADCRUMB.match(text) or _DATED_TITLE.match(text)) if kind == "title" else None
            if crumbs:
                text = crumbs.group("title").strip()
                removed.append(info.text[: crumbs.start("title")].strip())
            if kind == "caption":
                text, credit = split_image_credit(text)
                if credit is not None:
                    provenance.append(credit)
            blocks.append(Block(kind=kind, text=text))
        elif it.label == "boilerplate":
            removed.append(info.raw.strip())
    if not any(b.kind == "title" for b in blocks) and meta.get("title"):
        blocks.insert(0, Block(kind="title", text=str(meta["title"]).strip()))
    published, updated, minutes = _dates(labeling, meta)
    article = Article(
        blocks=blocks,
        removed=removed,
        provenance=provenance,
        published=published,
        updated=updated,
        outlet=_outlet(labeling, meta, provenance),
        author=author_of(labeling, meta),
        url=meta.get("url"),
        source_id=meta.get("source_id"),
        reading_time_min=minutes,
    )
    article.language = meta.get("language") or guess_language(article.body_text or article.text)
    return article


def clean_text_dump(text: str, meta: dict[str, Any] | None = None) -> Article:
    """Clean one plain-text dump; `meta` hints (outlet, url, published, language, source_id, title) win.

    Raises `CleanError` for empty or binary-looking input. A dump with no article text gives an
    Article without body blocks whose `removed` lists every line, so nothing is dropped silently.
    """
    meta = dict(meta or {})
    text = _check_text(text)
    labeling = label_items(text.splitlines(), meta)
    return build_article(labeling, meta)
