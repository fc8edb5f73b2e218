"""The dateline that opens a news story: the place the reporter files from, and the country when the
dateline names one. Wire copy writes it in capitals ("ALMATY, Kazakhstan --", "NEW DELHI:"), agencies add
their name ("Kabul (AFP) -", "LAGOS, Nigeria (Reuters) -"), lower-cased archives keep only the shape
("ahmedabad:"), and some papers put it after the byline ("By A Reporter, Nairobi").

read_dateline reads the form only; dateline_place looks the name up in the gazetteer, and takes a
weak form (a lower-case or title-case word before a colon or dash) only where it names a town of some
size that is not a common word."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventdesk.geo.countries import Country, country_by_name
from eventdesk.geo.folding import stopwords
from eventdesk.geo.index import Index
from eventdesk.geo.types import Place
from eventdesk.text.dateforms import MONTH, year_after

# a weak dateline ("ahmedabad:", "Nairobi -") names a town at least this large
WEAK_MIN_POPULATION = 20_000

_YEAR = year_after(r"\d{4}")
_DATE = rf"(?:{MONTH}\s*\d{{1,2}}{_YEAR}|\d{{1,2}}\s+{MONTH}{_YEAR})"  # "Aug 3", "3 August, 2024"
_WORD_CAPS = r"[A-Z][A-Z'’.-]+"
_WORD_ANY = r"[A-Za-z][A-Za-z'’.-]+"
# "Kazakhstan", "Ore.", "Uttar Pradesh", "Democratic Republic of Congo"
_QUALIFIER = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w.'’-]*){0,4}"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z0-9./&' -]{0,30})\)"
# a plain hyphen separates only with a space before it ("Kano-based" is no dateline)
_SEP = r"(?:\s*(?:--|[—–:])|\s+-)\s*"

_DATELINE = re.compile(
    rf"^\W*(?P<place>{_WORD_ANY}(?:[ ]{_WORD_ANY}){{0,3}}?)"
    rf"(?:,\s+(?P<region>{_QUALIFIER}))?"
    rf"(?:,?\s+{_DATE})?"
    rf"(?:\s*{_AGENCY})?"
    rf"{_SEP}(?=\S)")
# "By A Reporter, Nairobi" / "By Jane Doe, NAIROBI —": the place closes the byline
_BYLINE = re.compile(
    rf"^\W*By\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,5}}?,\s+(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}})"
    rf"(?:,\s+(?P<region>{_QUALIFIER}))?\s*(?:{_SEP}|\n|$)")


@dataclass(frozen=True)
class Dateline:
    place: str  # as written: "NEW DELHI", "ahmedabad"
    region: str | None  # what follows the place: a country ("Kazakhstan"), a state ("Ore."), or None
    country: Country | None  # the country the dateline names, if it names one
    agency: str | None  # "AFP", "Reuters"
    strong: bool  # capitals, an agency or a named country: a dateline by its form alone
    end: int  # where the story proper starts


# a page's banner giving its own date above the story ("This story is from May 3, 2004"): the dateline follows it
_BANNER = re.compile(rf"^\W*[^\n:]{{0,40}}?{_DATE}[ \t.]*\n\s*")


def read_dateline(text: str) -> Dateline | None:
    """The dateline opening text, read by its form, or None; a line of the page's own date above it is skipped."""
    banner = _BANNER.match(text)
    skip = banner.end() if banner is not None else 0
    found = _read(text[skip:])
    return found if found is None or not skip else replace(found, end=found.end + skip)


def _read(text: str) -> Dateline | None:
    head = text[:200]
    m = _BYLINE.match(head)
    byline = m is not None
    if m is None:
        m = _DATELINE.match(head)
    if m is None:
        return None
    place = m.group("place").strip(" .")
    region = (m.groupdict().get("region") or "").strip() or None
    agency = m.groupdict().get("agency")
    country = country_by_name(region) if region else None
    caps = place.isupper() and len(place.replace(" ", "")) >= 3
    if not caps and any(w[:1].isupper() for w in place.split()) and not all(w[:1].isupper() for w in place.split()):
        return None  # "Police said:" is a sentence, not a place
    if not byline and not caps and region is None and agency is None and ":" not in m.group(0) and not place.istitle():
        return None
    strong = caps or agency is not None or country is not None or byline
    if country is None and region is None:
        country = country_by_name(place)  # "SOMALIA:" names the country itself
    return Dateline(place, region, country, agency, strong, m.end())


def dateline_place(text: str, gz: Index, prefer: Country | None = None) -> tuple[Dateline, Place] | None:
    """The dateline and the place it names: in the country it names, else in `prefer` (the outlet's
    country) where a town of that name is there, else the largest. A weak form must name a town of some
    size that is no common word."""
    dl = read_dateline(text)
    if dl is None:
        return None
    cands = [p for p in gz.lookup(dl.place) if p.kind in ("city", "admin1", "admin2")]
    if dl.country is not None:
        cands = [p for p in cands if p.country == dl.country]
    elif dl.region:
        # "PORTLAND, Ore.", "Aurangabad, Bihar": the region names the admin1 the town lies in
        key = dl.region.lower().rstrip(".")
        inside = [p for p in cands if p.admin1 and p.admin1.lower().startswith(key[:3])]
        cands = inside or cands
    if not cands:
        return None
    if not dl.strong:
        if dl.place.lower() in stopwords():
            return None
        cands = [p for p in cands if p.population >= WEAK_MIN_POPULATION]
        if not cands:
            return None
    if prefer is not None and dl.country is None:
        cands = [p for p in cands if p.country == prefer] or cands
    # a dateline names a town: "BENI" is the Congolese town before Bolivia's Beni department
    cands.sort(key=lambda p: p.kind != "city")
    return dl, cands[0]
