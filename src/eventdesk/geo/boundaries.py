"""geoBoundaries' units below what GeoNames lists (townships, communes, territories, village councils),
added to the index where their names verifiably sit on their shapes."""
from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from eventdesk.geo.countries import all_countries, country_by_name
from eventdesk.geo.build import Builder
from eventdesk.geo.folding import (ARABIC_NAMES, ARTICLE, SLAVIC_NAMES, admin_variants, arabic_skeleton,
                                   ascii_name, council_stem, key_letters, name_key, slavic_skeleton, village_stem)
from eventdesk.geo.types import km_between
from eventdesk.text.lexicon import alternation


def _nearest_towns(b: Builder, towns: dict[str, list[int]], cc: str, pts: list[tuple[float, float]],
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


_KOREAN_LEVEL = re.compile(rf"-(?:{alternation('geo_admin_words', 'korean_level')})$")


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
    name = _KOREAN_LEVEL.sub("", name)
    key = name_key(name)
    latin = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    if len(key) < 3 or any(ch.isdigit() for ch in key) or len(latin) < 0.8 * len(key):
        return None
    return name


def _bare(key: str) -> str:
    return re.sub(r"[^a-z]", "", ARTICLE.sub("", key.lower()))


def _named_after_town(b: Builder, name: str, lat: float, lon: float, pids: list[int]) -> int | None:
    """'Al-Amadiya' district beside the town 'Al 'Amadiyah', 'Namhkan' township around 'Namhkam': the town
    already stands for its unit, and the unit's spelling becomes one of the town's names (a primary one:
    alternate names of small towns are not sought in text)."""
    key = _bare(name_key(name))
    skeleton = arabic_skeleton if b.cc[pids[0]] in ARABIC_NAMES else slavic_skeleton if b.cc[pids[0]] in SLAVIC_NAMES else None

    def same(town: str) -> bool:
        return difflib.SequenceMatcher(None, key, _bare(town)).ratio() >= 0.8 or \
            skeleton is not None and skeleton(name_key(name)) == skeleton(town)

    return next((p for p in pids if km_between(lat, lon, b.lat[p], b.lon[p]) <= 30 and same(name_key(b.name[p]))), None)


def add_boundary_units(b: Builder, path: Path, a2_keys: dict[str, set[str]]) -> int:
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
        if cc in SLAVIC_NAMES and sum(key_letters(nm).endswith("ska") for nm, _, _, _ in units) >= 0.8 * len(units):
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


def _add_village_councils(b: Builder, cc: str, units: list[tuple[str, float, float, str]],
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
