"""The records of the geo package: a gazetteer place, a name spotted in a text, a resolved location.
Every other geo module imports these; they import nothing of geo but countries."""
from __future__ import annotations

import math
from dataclasses import dataclass

from eventdesk.geo.countries import Country


KINDS = ("city", "admin1", "admin2", "country")


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


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def point_from(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point km away from (lat, lon) on the compass bearing (degrees clockwise from north), on a sphere."""
    d, b = km / 6371.0, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)


@dataclass(frozen=True)
class Location:
    place: "Place"
    location: str
    geo_precision: int
    mention: PlaceMention | None


@dataclass
class Notes:
    """What a text says about its own places besides naming them: the ACLED notes' coding remarks, and the
    clauses that say what an event was for or against."""
    coded: Location | None = None
    level_at: int | None = None  # end of the name "(coded to district level)" follows
    elsewhere: tuple[tuple[int, int], ...] = ()  # spans naming places coded as other events
    purpose: tuple[tuple[int, int], ...] = ()  # clauses saying what an event was for or against
