"""Country outlines for the report's map, from Natural Earth, drawn as inline SVG.

The shapes are Natural Earth's admin-0 countries (1:10m, already simplified to 0.005 degrees)
shipped inside the wheel of geo-intel-offline, pinned in pyproject.toml. Only its data file is
read, never its code, so the map needs no network and no GIS stack. Outlines are projected
equirectangularly (true to scale at the view's middle latitude) and thinned to what the
view's pixels can show, so a world view stays a few hundred kilobytes.
"""
from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

PACKAGE = "geo-intel-offline"


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str  # '-99' where Natural Earth has none (France, Norway, Kosovo...)
    rings: tuple[np.ndarray, ...]  # (n, 2) arrays of (lon, lat); holes are rings too (drawn even-odd)
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    ring_boxes: np.ndarray  # (rings, 4): each ring's lon0, lat0, lon1, lat1


def _data_file(name: str) -> Path:
    return Path(metadata.distribution(PACKAGE).locate_file(f"geo_intel_offline/data/{name}"))


def _rings(obj) -> list[list]:
    """Every ring in a nest of lists: a ring is a list of [lat, lon] pairs."""
    if not obj:
        return []
    if isinstance(obj[0], (int, float)):
        return []
    if isinstance(obj[0], list) and obj[0] and isinstance(obj[0][0], (int, float)):
        return [obj]
    return [r for part in obj for r in _rings(part)]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """All outlines, loaded once per process (~0.5 s)."""
    polys = json.loads(gzip.decompress(_data_file("polygons.json.gz").read_bytes()))
    meta = json.loads(gzip.decompress(_data_file("metadata.json.gz").read_bytes()))
    out = []
    for key, poly in polys.items():
        parts = poly.get("exteriors") if poly.get("multi") else [poly.get("exterior")]
        rings = []
        for ring in _rings(parts) + _rings(poly.get("holes")):
            a = np.asarray(ring, dtype=float)
            if len(a) >= 3:
                rings.append(a[:, ::-1].copy())  # stored as (lat, lon)
        if not rings:
            continue
        allpts = np.concatenate(rings)
        bbox = (float(allpts[:, 0].min()), float(allpts[:, 1].min()), float(allpts[:, 0].max()), float(allpts[:, 1].max()))
        m = meta.get(key, {})
        boxes = np.array([[r[:, 0].min(), r[:, 1].min(), r[:, 0].max(), r[:, 1].max()] for r in rings])
        out.append(Country(m.get("name", key), str(m.get("iso3", "-99")), tuple(rings), bbox, boxes))
    return tuple(out)


def _fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Country], dict[str, Country]]:
    by_iso, by_name = {}, {}
    for c in countries():
        if c.iso3 != "-99":
            by_iso.setdefault(c.iso3, c)
        by_name.setdefault(_fold(c.name), c)
    return by_iso, by_name


def find(country: str | None, iso_numeric: int | None) -> Country | None:
    """The outline of an event's country: by ISO code (ACLED's iso is ISO 3166 numeric), else by name."""
    by_iso, by_name = _index()
    try:
        code = f"{int(iso_numeric):03d}"
    except (TypeError, ValueError):  # missing: None, NaN or pd.NA
        code = None
    if code:
        import pycountry

        rec = pycountry.countries.get(numeric=code)
        if rec and rec.alpha_3 in by_iso:
            return by_iso[rec.alpha_3]
    if country:
        c = by_name.get(_fold(country))
        if c:
            return c
        import pycountry

        try:
            rec = pycountry.countries.lookup(country)
        except LookupError:
            return None
        return by_iso.get(rec.alpha_3) or by_name.get(_fold(rec.name))
    return None


def contains(c: Country, lon: float, lat: float) -> bool:
    """Point in the country's outline (even-odd over all its rings, so holes are holes)."""
    x0, y0, x1, y1 = c.bbox
    if not (x0 <= lon <= x1 and y0 <= lat <= y1):
        return False
    inside = False
    b = c.ring_boxes
    near = np.nonzero((b[:, 0] <= lon) & (lon <= b[:, 2]) & (b[:, 1] <= lat) & (lat <= b[:, 3]))[0]
    for i in near:  # a ring whose box does not hold the point cannot hold it: its crossings cancel out
        r = c.rings[i]
        xs, ys = r[:, 0], r[:, 1]
        xj, yj = np.roll(xs, 1), np.roll(ys, 1)
        crosses = (ys > lat) != (yj > lat)
        with np.errstate(divide="ignore", invalid="ignore"):
            xcross = (xj - xs) * (lat - ys) / (yj - ys) + xs
        inside ^= bool(np.count_nonzero(crosses & (lon < xcross)) % 2)
    return inside


@dataclass(frozen=True)
class View:
    """An equirectangular view: lon/lat box drawn into width x height pixels."""
    lon0: float
    lat0: float
    lon1: float
    lat1: float
    width: int
    height: int

    @property
    def kx(self) -> float:
        return self.width / (self.lon1 - self.lon0)

    @property
    def ky(self) -> float:
        return self.height / (self.lat1 - self.lat0)

    def xy(self, lon, lat):
        return (np.asarray(lon) - self.lon0) * self.kx, (self.lat1 - np.asarray(lat)) * self.ky


def view_for(lons, lats, width: int = 1000, height: int = 560, min_span: float = 12.0) -> View:
    """The smallest box around the points (padded, at least min_span degrees tall), in the SVG's aspect,
    true to scale at its middle latitude; the whole world where there are no points."""
    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    if not len(lons):
        return View(-180, -58, 180, 84, width, height)
    la0, la1 = float(lats.min()), float(lats.max())
    lo0, lo1 = float(lons.min()), float(lons.max())
    mid_lat = (la0 + la1) / 2
    stretch = max(math.cos(math.radians(mid_lat)), 0.35)  # degrees of longitude per degree of latitude on screen
    lat_span = max((la1 - la0) * 1.25, min_span)
    lon_span = max((lo1 - lo0) * 1.15, 1e-6)
    # fit the box to the aspect: lon_span * stretch / lat_span == width / height
    aspect = width / height
    if lon_span * stretch / lat_span < aspect:
        lon_span = lat_span * aspect / stretch
    else:
        lat_span = lon_span * stretch / aspect
    if lon_span >= 360 or lat_span >= 150:
        return View(-180, -58, 180, 84, width, height)
    cx, cy = (lo0 + lo1) / 2, (la0 + la1) / 2
    cy = min(max(cy, -85 + lat_span / 2), 85 - lat_span / 2)
    cx = min(max(cx, -180 + lon_span / 2), 180 - lon_span / 2)
    return View(cx - lon_span / 2, cy - lat_span / 2, cx + lon_span / 2, cy + lat_span / 2, width, height)


def path_d(c: Country, v: View, step: float = 1.2) -> str:
    """SVG path data of a country in the view, thinned to one vertex per `step` pixels."""
    x0, y0, x1, y1 = c.bbox
    margin = 2
    if x1 < v.lon0 - margin or x0 > v.lon1 + margin or y1 < v.lat0 - margin or y0 > v.lat1 + margin:
        return ""
    parts = []
    for r, (rx0, ry0, rx1, ry1) in zip(c.rings, c.ring_boxes):
        if rx1 < v.lon0 - margin or rx0 > v.lon1 + margin or ry1 < v.lat0 - margin or ry0 > v.lat1 + margin:
            continue
        if (rx1 - rx0) * v.kx < step and (ry1 - ry0) * v.ky < step:
            continue  # smaller than a pixel: an islet the view cannot show
        x, y = v.xy(r[:, 0], r[:, 1])
        q = np.round(np.column_stack([x, y]) / step)
        keep = np.ones(len(q), dtype=bool)
        keep[1:] = np.any(q[1:] != q[:-1], axis=1)
        x, y = x[keep], y[keep]
        if len(x) < 3:
            continue
        pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x, y))
        parts.append(f"M{pts}Z")
    return "".join(parts)


def graticule_step(span: float) -> float:
    for s in (1, 2, 5, 10, 15, 30):
        if span / s <= 12:
            return s
    return 30
