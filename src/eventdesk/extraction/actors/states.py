"""State forces as ACLED names them: by country and regime date (state_forces.csv), with their unit
(actors_units.tsv); nationality words (country_aliases.csv), capitals standing for their state, and the force
words that name a country's own or a foreign state's forces (force_terms.tsv, lexicon/actors_force_nouns.tsv)."""
from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache

from ...geo.countries import country_by_code, data_rows
from ...text.lexicon import alternation, DATA, force_terms, force_owners, read_tsv as _tsv
from .words import words


# ACLED writes "Police Forces of the United States", but "Protesters (United States)".
THE_COUNTRIES = {
    "United States", "United Kingdom", "Democratic Republic of Congo", "Republic of Congo",
    "Central African Republic", "Philippines", "Netherlands", "Czech Republic", "Dominican Republic",
    "United Arab Emirates", "Gambia", "Bahamas", "Maldives", "Comoros", "Solomon Islands",
    "Marshall Islands",
}


def _of(country: str) -> str:
    return f"the {country}" if country in THE_COUNTRIES else country


@lru_cache(maxsize=1)
def _regimes() -> dict[str, list[tuple[dt.date, dt.date | None, str]]]:
    out: dict[str, list[tuple[dt.date, dt.date | None, str]]] = {}
    with open(DATA / "state_forces.csv", newline="", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for r in rows:
            end = dt.date.fromisoformat(r["end_date"]) if r["end_date"] else None
            out.setdefault(r["country"], []).append((dt.date.fromisoformat(r["start_date"]), end, r["label"]))
    for rows_ in out.values():
        rows_.sort()
    return out


def state_forces(country: str, on: dt.date, kind: str = "Police", as_of: dt.date | None = None) -> str:
    """'Police Forces of Kazakhstan (2019-)': the regime in office on `on`, from state_forces.csv.

    kind is "Police", "Military" or "Government" (ACLED's 'Government of X (years)' for acts of the state
    itself). ACLED codes events as they happen, when the regime in office is still open-ended, and only
    closes the label ('(2018-2022)') when the regime ends; so the label is written as it stood on `as_of`
    (default: `on`, i.e. as first coded). Pass as_of=today for a retrospective export.
    A date before the first row takes the first row, after the last row the latest; a country missing
    from the table gets no parenthesis ('Police Forces of X'), which still fuzzy-matches ACLED's name
    better than an invented year.
    """
    if kind not in ("Police", "Military", "Government"):
        raise ValueError(f"kind must be 'Police', 'Military' or 'Government', not {kind!r}")
    name = f"Government of {_of(country)}" if kind == "Government" else f"{kind} Forces of {_of(country)}"
    rows = _regimes().get(country)
    if not rows:
        return name
    as_of = as_of or on
    pick = rows[0] if on < rows[0][0] else rows[-1]
    for row in rows:
        if row[0] <= on and (row[1] is None or on < row[1]):
            pick = row
            break
    start, end, label = pick
    if end is not None and end > as_of:
        label = f"{start.year}-"
    return f"{name} ({label})"


@lru_cache(maxsize=1)
def _units() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    rows = [(c, k, sfx, re.compile(rf"(?:{pat})", re.I)) for c, k, sfx, pat in _tsv("actors_units.tsv")]
    return tuple(sorted(rows, key=lambda r: r[0] == "*"))


# Units that only count when they are the mention itself (every army has an air force).
_SERVICE_UNITS = {"Air Force", "Navy", "Coast Guard"}


def with_unit(name: str, country: str, kind: str, text: str, mention: str = "") -> str:
    """Append the unit ACLED would suffix: the first-named unit of `kind` for `country` in the text."""
    best: tuple[int, int, str] | None = None
    for c, k, sfx, rx in _units():
        if c not in ("*", country) or k != kind:
            continue
        m = rx.search(mention if sfx in _SERVICE_UNITS else text)
        if m:
            key = (c == "*", m.start() if sfx not in _SERVICE_UNITS else 0, sfx)
            if best is None or key < best:
                best = key
    return f"{name} {best[2]}" if best else name


def _demonyms() -> dict[str, str]:
    """Nationality words the coder reads as whose forces, crowds or victims they are: the rows of
    data/country_aliases.csv marked 'nationality', with the country as ACLED names it."""
    return {r["alias"]: country_by_code(r["iso2"]).name for r in data_rows("country_aliases.csv")
            if r["actors"] == "nationality"}


DEMONYMS = _demonyms()


def own_demonym(other: str, home: str) -> bool:
    """A nationality word names the event country's own forces when it is that country's or is shared by two
    states of one name ("Congolese" troops in the Republic of Congo, "Guinean" gendarmes in Equatorial Guinea):
    forces are never made foreign by a word the home country also answers to."""
    return other == home or (other.split()[-1] == home.split()[-1] and (other in home or home in other))


# Who shells whom when a report names no attacker: the dominant dyad of a war, by country.
DEFAULT_ATTACKER = {"Ukraine": "Russia", "Russia": "Ukraine"}


WAR_START = {"Ukraine": dt.date(2022, 2, 24), "Russia": dt.date(2022, 2, 24)}


def default_attacker(country: str, on: dt.date) -> str | None:
    if country in DEFAULT_ATTACKER and on >= WAR_START.get(country, dt.date.min):
        return DEFAULT_ATTACKER[country]
    return None


FORCE_NOUN = rf"{words('actors_force_nouns', 'force')}"


# "Iraqi militia units", "Turkish-backed forces": a militia or a proxy of that state, not its forces (codebook 1.4:
# a state's backing does not make its clients state forces; they are coded by their own name)
_NONSTATE_BETWEEN = rf"{words('actors_force_nouns', 'nonstate_between')}"
DEMONYM_FORCE_RX = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
                     + rf")\s+(?:(?!(?i:{_NONSTATE_BETWEEN})\b)\w+\s+)?(?i:" + FORCE_NOUN + r")\b")


# "Ankara launched an offensive", "Moscow struck": a capital (or the country's own name) as the subject of a
# military act stands for that state's forces (metonymy). Capitals whose name is shared by other places
# (Tripoli, Georgetown) are left out.
CAPITALS = {
    "Ankara": "Turkey", "Moscow": "Russia", "Kremlin": "Russia", "Washington": "United States", "Pentagon": "United States",
    "Tehran": "Iran", "Damascus": "Syria", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Riyadh": "Saudi Arabia",
    "Beijing": "China", "Paris": "France", "London": "United Kingdom", "Baghdad": "Iraq", "Cairo": "Egypt",
    "Abu Dhabi": "United Arab Emirates", "Islamabad": "Pakistan", "New Delhi": "India", "Kabul": "Afghanistan",
    "Khartoum": "Sudan", "Addis Ababa": "Ethiopia", "Asmara": "Eritrea", "Kigali": "Rwanda", "Kampala": "Uganda",
    "Nairobi": "Kenya", "Mogadishu": "Somalia", "Beirut": "Lebanon", "Amman": "Jordan", "Baku": "Azerbaijan",
    "Yerevan": "Armenia", "Minsk": "Belarus", "Pyongyang": "North Korea", "Seoul": "South Korea", "Tokyo": "Japan",
    "Bamako": "Mali", "Ouagadougou": "Burkina Faso", "Niamey": "Niger", "Abuja": "Nigeria", "Kinshasa": "Democratic Republic of Congo",
}


STATE_NAMES = sorted({*CAPITALS, *(c for c in DEMONYMS.values())} - {"Georgia", "Jordan", "Chad", "Niger"}, key=len, reverse=True)


_MILITARY_ACT = (rf"{words('actors_military_acts', 'launch')}\s+(?:"
                 rf"{words('actors_military_acts', 'modifier')}\s+){{0,3}}"
                 rf"{words('actors_military_acts', 'operation')}|"
                 rf"{words('actors_military_acts', 'act')}")


STATE_SUBJECT_RX = re.compile(r"(?<![\w-])(?:the\s+)?(" + "|".join(map(re.escape, STATE_NAMES)) +
                               rf")(?!['’]s)\s+(?:{words('actors_military_acts', 'adverb')}\s+){{0,2}}"
                               + "(?:" + _MILITARY_ACT + r")\b(?!\s+(?:by|with)\b)(?:\W+\w+){0,4}")


FOREIGN_NOUN_RX = re.compile(rf"\b({alternation('actors_force_nouns', 'occupier')})\b", re.I)


MILITARY = force_terms("actors_military")  # data/force_terms.tsv


POLICE = force_terms("actors_police")


_OWNERS = force_owners("actors_military") + force_owners("actors_police")


def force_owner(surface: str, home: str) -> str | None:
    """The other country whose forces a force's own name designates ("IDF" troops in a Lebanese village are
    Israel's): a proper name (an acronym of three capitals or more, or a name of several words) that the
    state-forces table (force_terms.tsv) gives to one country other than the event's. None for the home forces
    and for common words ("rangers")."""
    proper = sum(c.isupper() for c in surface) >= 3 or " " in surface.strip()
    if not proper:
        return None
    for rx, countries in _OWNERS:
        if rx.fullmatch(surface):
            # a force's own name is one state's: SAF is Sudan's army even in South Sudan (no namesake leniency)
            return None if home in countries else countries[0]
    return None


# "Kenyan officials say three of their troops died": a force named by a possessive belongs to the state
# the sentence named before it (codebook 1.4: the acting or hit side is the one of the event's own clause)
_POSSESSED_RX = re.compile(rf"(?i)\b{words('actors_function_words', 'possessive')}\s+(?:[\w-]+\s+)?$")
OWNER_WORD_RX = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(d) for d in {*DEMONYMS, *STATE_NAMES}),
                                                              key=len, reverse=True)) + r")(?![\w-])")


def possessive_owner(text: str, pos: int) -> str | None:
    """The state a force word after "its"/"their" belongs to: the last nationality, country or capital named
    earlier in the same sentence, or None when the sentence names none."""
    head = text[max(0, text.rfind(". ", 0, pos) + 1):pos]
    if not _POSSESSED_RX.search(head[-30:]):
        return None
    found = list(OWNER_WORD_RX.finditer(head))
    return owner_state(found[-1].group(1)) if found else None


def owner_state(word: str) -> str:
    """The state an OWNER_WORD_RX word names: a nationality's, a capital's, or the country itself."""
    return DEMONYMS.get(word) or CAPITALS.get(word) or word


MIL_RX = re.compile(rf"\b(?:{MILITARY})\b", re.I)


POL_RX = re.compile(rf"\b(?:{POLICE})\b", re.I)


GENERIC_SECURITY_RX = re.compile(f"(?i){alternation('actors_force_nouns', 'generic_security')}")


STATE_RX = re.compile(rf"\b(?:{MILITARY}|{POLICE})\b", re.I)


def own_state(text: str, country: str, on: dt.date, prefer: str) -> str:
    """Military or police of `country`: whichever the text names (first), else `prefer`."""
    mil, pol = MIL_RX.search(text), POL_RX.search(text)
    if mil and pol:
        kind = "Military" if mil.start() < pol.start() else "Police"
    elif mil:
        kind = "Military"
    elif pol:
        kind = "Police"
    else:
        kind = prefer
    return state_forces(country, on, kind)


_PALESTINIAN_FORCES_RX = re.compile(rf"\bPalestinian {words('actors_force_nouns', 'palestinian')}"
                                    rf"|\bPA {words('actors_force_nouns', 'pa')}")


def home_of(country: str, text: str) -> str:
    """Whose forces 'the police/soldiers' are: Israel's in Palestine unless Palestinian forces are named."""
    if country == "Palestine" and not _PALESTINIAN_FORCES_RX.search(text):
        return "Israel"
    return country
