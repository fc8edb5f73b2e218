"""Code an event's actors the way ACLED names them: actor1/actor2, associated actors, inter codes
and the interaction (codebook §1.3-1.4).

Regex and hand-written lexicons only (src/eventdesk/data/actors_*.tsv, state_forces.csv): an actor is
mostly decided by the event type plus a handful of cue words, and regex keeps this at ~0.6 ms/event (acled_dev passages).
"""
from __future__ import annotations

import csv
import datetime as dt
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text.lexicon import NamedGroup as _Group, force_terms, named_groups as _groups, read_tsv as _tsv

DATA = Path(__file__).resolve().parent.parent / "data"

INTER: dict[int, str] = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
CODE: dict[str, int] = {v: k for k, v in INTER.items()}


@dataclass(frozen=True)
class Actors:
    actor1: str
    assoc_actor_1: str | None
    inter1: str
    actor2: str | None
    assoc_actor_2: str | None
    inter2: str | None
    interaction: str


def interaction(inter1: str, inter2: str | None) -> str:
    """ACLED's text interaction: lower inter code first, or '<type> only' for one-sided events."""
    if not inter2:
        return f"{inter1} only"
    a, b = sorted((CODE[inter1], CODE[inter2]))
    return f"{INTER[a]}-{INTER[b]}"


# ---------------------------------------------------------------- state forces

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


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def _units() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    rows = [(c, k, sfx, re.compile(rf"(?:{pat})", re.I)) for c, k, sfx, pat in _tsv("actors_units.tsv")]
    return tuple(sorted(rows, key=lambda r: r[0] == "*"))


# Units that only count when they are the mention itself (every army has an air force).
_SERVICE_UNITS = {"Air Force", "Navy", "Coast Guard"}


def _with_unit(name: str, country: str, kind: str, text: str, mention: str = "") -> str:
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


@lru_cache(maxsize=1)
def _identities() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((label, re.compile(rf"\b(?:{pat})\b", re.I)) for label, pat in _tsv("actors_identity.tsv"))


@lru_cache(maxsize=1)
def _ethnic() -> tuple[tuple[str, frozenset[str], re.Pattern], ...]:
    return tuple((label, frozenset(where.split(";")), re.compile(rf"\b(?:{pat})\b", re.I))
                 for label, where, pat in _tsv("actors_ethnic.tsv"))


# Nationality adjectives for forces acting abroad (inter 8). Knowledge, not data.
DEMONYMS = {
    "Russian": "Russia", "Ukrainian": "Ukraine", "Turkish": "Turkey", "Israeli": "Israel", "Saudi": "Saudi Arabia",
    "Saudi-led": "Saudi Arabia", "Emirati": "United Arab Emirates", "American": "United States", "US": "United States", "United States": "United States",
    "U.S.": "United States", "French": "France", "British": "United Kingdom", "Iranian": "Iran", "Iraqi": "Iraq",
    "Syrian": "Syria", "Rwandan": "Rwanda", "Ugandan": "Uganda", "Kenyan": "Kenya", "Ethiopian": "Ethiopia",
    "Eritrean": "Eritrea", "Burundian": "Burundi", "Chadian": "Chad", "Pakistani": "Pakistan", "Indian": "India",
    "Chinese": "China", "Azerbaijani": "Azerbaijan", "Armenian": "Armenia", "Belarusian": "Belarus",
    "Egyptian": "Egypt", "Sudanese": "Sudan", "Nigerian": "Nigeria", "Nigerien": "Niger", "Malian": "Mali",
    "Burkinabe": "Burkina Faso", "Cameroonian": "Cameroon", "Congolese": "Democratic Republic of Congo",
    "Somali": "Somalia", "Afghan": "Afghanistan", "Tajik": "Tajikistan", "Kyrgyz": "Kyrgyzstan",
    "Jordanian": "Jordan", "Lebanese": "Lebanon", "Yemeni": "Yemen", "Libyan": "Libya", "Algerian": "Algeria",
    "Moroccan": "Morocco", "Tanzanian": "Tanzania", "South African": "South Africa", "Mozambican": "Mozambique",
    "Zambian": "Zambia", "Colombian": "Colombia", "Venezuelan": "Venezuela", "Mexican": "Mexico",
    "Thai": "Thailand", "Myanmar": "Myanmar", "Bangladeshi": "Bangladesh", "Nepali": "Nepal", "Georgian": "Georgia",
    "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Palestinian": "Palestine", "Polish": "Poland",
    "Lithuanian": "Lithuania", "Greek": "Greece", "Cypriot": "Cyprus", "Sri Lankan": "Sri Lanka",
    "Filipino": "Philippines", "Indonesian": "Indonesia", "Malaysian": "Malaysia", "South Sudanese": "South Sudan",
    "Central African": "Central African Republic", "Ivorian": "Ivory Coast", "Senegalese": "Senegal",
    "Ghanaian": "Ghana", "Togolese": "Togo", "Beninese": "Benin", "Guinean": "Guinea", "Mauritanian": "Mauritania",
    "Tunisian": "Tunisia", "Qatari": "Qatar", "Kuwaiti": "Kuwait", "Omani": "Oman", "Bahraini": "Bahrain",
    "North Korean": "North Korea", "South Korean": "South Korea", "Japanese": "Japan", "Taiwanese": "Taiwan",
    "German": "Germany", "Italian": "Italy", "Spanish": "Spain", "Dutch": "Netherlands", "Belgian": "Belgium",
    "Romanian": "Romania", "Hungarian": "Hungary", "Moldovan": "Moldova", "Serbian": "Serbia", "Kosovar": "Kosovo",
    "Bosnian": "Bosnia and Herzegovina", "Croatian": "Croatia", "Albanian": "Albania", "Estonian": "Estonia",
    "Latvian": "Latvia", "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Canadian": "Canada", "Brazilian": "Brazil", "Argentine": "Argentina", "Peruvian": "Peru", "Chilean": "Chile",
    "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Haitian": "Haiti", "Dominican": "Dominican Republic",
    "Nicaraguan": "Nicaragua", "Honduran": "Honduras", "Guatemalan": "Guatemala", "Salvadoran": "El Salvador",
    "Cuban": "Cuba", "Australian": "Australia", "Czech": "Czech Republic", "Slovak": "Slovakia", "Slovenian": "Slovenia",
    "Austrian": "Austria", "Swiss": "Switzerland", "Irish": "Ireland", "Portuguese": "Portugal", "Bulgarian": "Bulgaria",
    "Montenegrin": "Montenegro", "Macedonian": "North Macedonia", "Vietnamese": "Vietnam", "Cambodian": "Cambodia",
    "Laotian": "Laos", "Mongolian": "Mongolia", "Singaporean": "Singapore", "Liberian": "Liberia",
    "Sierra Leonean": "Sierra Leone", "Gabonese": "Gabon", "Zimbabwean": "Zimbabwe", "Malawian": "Malawi",
    "Namibian": "Namibia", "Angolan": "Angola", "Paraguayan": "Paraguay", "Uruguayan": "Uruguay",
    "Costa Rican": "Costa Rica", "Panamanian": "Panama", "Jamaican": "Jamaica", "New Zealand": "New Zealand",
}
# Who shells whom when a report names no attacker: the dominant dyad of a war, by country.
DEFAULT_ATTACKER = {"Ukraine": "Russia", "Russia": "Ukraine"}
WAR_START = {"Ukraine": dt.date(2022, 2, 24), "Russia": dt.date(2022, 2, 24)}


def _default_attacker(country: str, on: dt.date) -> str | None:
    if country in DEFAULT_ATTACKER and on >= WAR_START.get(country, dt.date.min):
        return DEFAULT_ATTACKER[country]
    return None

FORCE_NOUN = (r"(?:armed forces|army|military|forces|troops|soldiers?|servicem[ae]n|servicewom[ae]n|troopers?|units|"
              r"navy|naval forces|regime|air ?force|aircraft|jets?|warplanes?|fighter jets?|planes|helicopters?|drones?|UAVs?|artillery|"
              r"shelling|missiles?|rockets?|strikes?|air ?strikes?|bombers|tanks|border guards?|police|"
              r"national guard|revolutionary guards?(?: corps)?|quds force|occupiers|occupation forces|invaders|special forces|paratroopers|marines|"
              r"gunboats|warships?|(?:guided-missile |navy |naval )?(?:destroyers?|frigates?|cruisers?)|security forces|military forces|coalition|-led coalition|positions|"
              r"military positions|convoys?|military convoys?|patrols?|checkpoints?|military bases?|bases|outposts?)")
_DEM_RX = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
                     + r")(?:-backed)?\s+(?:\w+\s+)?(?i:" + FORCE_NOUN + r")\b")
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
_STATE_NAMES = sorted({*CAPITALS, *(c for c in DEMONYMS.values())} - {"Georgia", "Jordan", "Chad", "Niger"}, key=len, reverse=True)
_MILITARY_ACT = (r"(?:launch(?:ed|es)?|began|begun|start(?:ed|s)?|mount(?:ed|s)?|conduct(?:ed|s)?|carri(?:ed|es) out)\s+"
                 r"(?:(?:a|an|its|new|fresh|the|cross-border|military|ground|air|aerial|major|large-scale)\s+){0,3}"
                 r"(?:offensive|operation|incursion|invasion|assault|attacks?|strikes?|air ?strikes?|raids?|bombardment|campaign)"
                 r"|(?:struck|bombed|shelled|pounded|invaded|attacked|targeted|sent (?:its )?troops|deployed (?:its )?troops|"
                 r"fired (?:missiles|rockets|shells)|shot down|intercepted)")
_STATE_SUBJECT_RX = re.compile(r"(?<![\w-])(?:the\s+)?(" + "|".join(map(re.escape, _STATE_NAMES)) +
                               r")(?!['’]s)\s+(?:(?:has|had|have|on \w+|again|then|also|reportedly|later|allegedly)\s+){0,2}"
                               + "(?:" + _MILITARY_ACT + r")\b(?!\s+(?:by|with)\b)(?:\W+\w+){0,4}")
_FOREIGN_NOUN_RX = re.compile(r"\b(occupiers|occupation forces|invaders|occupying forces)\b", re.I)

MILITARY = force_terms("actors_military")  # data/force_terms.tsv
POLICE = force_terms("actors_police")
_MIL_RX = re.compile(rf"\b(?:{MILITARY})\b", re.I)
_POL_RX = re.compile(rf"\b(?:{POLICE})\b", re.I)
_GENERIC_SECURITY_RX = re.compile(r"(?i)security forces|security personnel|joint forces")
_STATE_RX = re.compile(rf"\b(?:{MILITARY}|{POLICE})\b", re.I)
# "police said", "according to the army": the force is the reporter, not an actor
_REPORTER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:said|say|says|reported|stated|confirmed|added|told|"
                             r"spokes\w+|sources?|statement|recovered|found|launched|registered|filed|"
                             r"are investigating|investigat\w+|identified|suspect\w*|believe\w*|arrived|"
                             r"rushed|reached|responded|cordoned|station|stations|headquarters|report|"
                             r"recorded|case|cases|complaint|claimed|announced|sent|shifted|took the bod)", re.I)
_REPORTER_BEFORE = re.compile(r"(?:according to|told|informed|quoted|cited|reported to|complaint (?:with|to)|"
                              r"to the|alerted|notified|called|lodged with)\s+(?:the\s+|local\s+|\w+\s+)?$", re.I)
_AGENT_VERB = (r"(?:shot|shoot|shooting|killed|kill|beat|beaten|beating|tortured|torture|opened fire|fired|"
               r"assaulted|attacked|raped|abducted|detained|arrested|dispersed|disperse|used|lathi-?charged|"
               r"baton-?charged|charged|clashed|intervened|intervene|stopped|prevented|blocked|removed|evicted|"
               r"cracked down|pushed|tear ?gas|teargas|water cannons?|rubber bullets|pepper spray|batons|"
               r"kidnapped|executed|burned|burnt|looted|demolished|destroyed|raided|stormed|whipped|flogged|"
               r"harassed|threatened|seized|confiscated|extorted|bombed|struck|shelled|targeted|fired upon)")
def _state_agent_rx(verbs: str, by_guard: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{MILITARY}|{POLICE})\b(?:\W+\w+){{0,4}}?\W+{verbs}\b"
        rf"|{by_guard}\bby\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:{MILITARY}|{POLICE})\b"
        rf"|\b(?:custod(?:y|ial)|extrajudicial|encounter killing|fake encounter)\b", re.I)


_STATE_AGENT_RX = _state_agent_rx(_AGENT_VERB)
# Police who arrest a suspect after a killing are not its perpetrators: in violence against civilians an
# arrest makes the state an agent only for abductions and disappearances.
_STATE_AGENT_NO_ARREST_RX = _state_agent_rx(_AGENT_VERB.replace("abducted|detained|arrested|", "abducted|"),
                                            r"(?<!arrested )(?<!detained )(?<!apprehended )")

UAG_RX = re.compile(
    r"\b(?:unidentified|unknown|masked|suspected|armed)\s+(?:\w+\s+)?(?:gunm[ae]n|m[ae]n|assailants?|attackers?|"
    r"persons?|people|individuals?|group|groups|perpetrators?|militants?|fighters?|elements|motorcyclists|youths?)\b"
    r"|\b(?:gunm[ae]n|armed m[ae]n|armed group|armed gang|assailants?|attackers?|bandits?|militants?|hitm[ae]n|"
    r"sicarios?|kidnappers?|abductors?|criminals?|gang(?:s|sters?)?|robbers?|insurgents?|jihadists?|terrorists?|"
    r"rebels?|extremists?|armed individuals|perpetrators|cartel|cartels|criminal group|narco\w*|shooters|"
    r"drug traffickers?|traffickers|drug dealers|(?:rival|drug) trafficking groups?|rival groups?|"
    r"pirates?|poachers?|hooligans|thugs|goons|cadres?|armed supporters|vigilantes?|(?:suicide )?bombers?)\b", re.I)
_CIVILIAN_PEOPLE_RX = re.compile(
    r"\b(?:civilians?|residents?|villagers?|farmers?|herders?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teen(?:ager)?s?|"
    r"minors?|people|persons?|journalists?|workers?|students?|teachers?|traders?|family|families|passengers?|locals?|"
    r"motorists?|drivers?|shepherds?|fishermen|miners?|elderly|displaced|refugees?|guests?|customers?|shoppers?|"
    r"worshipp?ers?|pilgrims?|patients?|mourners?|pedestrians?|bystanders?|passers-?by|nurses?|doctors?)\b", re.I)
RIOT_CLASH_RX = re.compile(r"\b(?:clash\w*|fought|fight\w*|brawl\w*|each other|between|two groups|"
                           r"rival (?:groups?|factions?|supporters|camps?|gangs?|communit\w+|mobs?|parties|villagers|clans?)|"
                           r"communal|counter-?protesters?|supporters of)\b", re.I)
# lower-case "march" only: "29 March 2022" is a date
PROTEST_RX = re.compile(r"\b(?:[Pp]rotest\w*|[Dd]emonstrat\w*|[Rr]all(?:y|ies)|march(?:ed|es|ing)?|[Ss]it-?ins?)\b")
DISPLACEMENT_RX = re.compile(r"(?i)\b(?:displace\w*|displacement|evacuat\w+|fled|flee\w*|refugees|asylum seekers)\b")
VIGILANTE_RX = re.compile(r"\b(?:vigilantes?|vigilante group|mob justice|lynch\w*|jungle justice|instant justice|"
                          r"thie(?:f|ves)|robbers?|burglars?|stole|stolen|stealing|suspected of|accused of|"
                          r"(?:suspected|alleged|accused)\s+(?:\w+\s+)?(?:thie(?:f|ves)|robbers?|criminals?|kidnappers?|"
                          r"witch(?:es)?|rapists?|murderers?|burglars?)|(?:caught|accused of)\s+(?:\w+\s+)?(?:steal\w*|theft|robb\w+))\b", re.I)

# "Full Name (ACR)" -> "ACR: Full Name"; lowercase connectors allowed inside the name
_CONNECT = r"(?:of|the|for|and|de|del|della|la|le|les|du|des|al|el|di|da|do|dos|das|in|on|y|et|und|für|van|von)"
_CAPWORD = r"(?:[A-Z][\w'’.&-]*|\d+)"
ACR_RX = re.compile(rf"\b({_CAPWORD}(?:\s+(?:{_CAPWORD}|{_CONNECT})){{1,10}})\s*\(\s*([A-Z][A-Za-z0-9&/+-]{{1,11}})\s*\)")
_ACR_STOP = {"AFP", "UTC", "GMT", "USD", "EUR", "AP", "UN", "EU", "CCTV", "ID", "TV", "PM", "AM", "CEO", "MP", "MLA",
             "MPs", "MLAs", "DC", "SUV", "IED", "IEDs", "UAV", "RPG", "COVID", "HIV", "AIDS", "NGO", "FIR", "GDP"}
_ARMED_WORDS = re.compile(r"\b(?:Army|Forces?|Brigades?|Battalions?|Mujahideen|Fighters|Liberation Front|"
                          r"Defen[cs]e Force|Resistance|Jihad|Jamaat Nusrat|Militia|Guards?)\b")


@dataclass(frozen=True)
class _Cand:
    pos: int
    name: str
    inter: int
    kind: str  # group | foreign | state | uag
    victim: bool = False  # named as the one hit ("a soldier was killed"), not the one acting
    ally: bool = False  # "supported by opposition rebels": fights beside another actor, not against it


_ALLY_BEFORE = re.compile(r"(?i)\b(?:supported by|backed by|with the support of|with support from|alongside|together with|"
                          r"accompanied by|escorted by|assisted by|in coordination with|jointly with|and allied)\s+"
                          r"(?:the\s+|its\s+|their\s+|\w+\s+)?$")


def _mark_allies(text: str, cands: list[_Cand]) -> list[_Cand]:
    return [dataclasses.replace(c, ally=True) if _ALLY_BEFORE.search(text[max(0, c.pos - 40):c.pos]) else c for c in cands]


# "a British soldier died in a blast", "two policemen were shot": the force named is the target
_VICTIM_AFTER = re.compile(
    r"^(?:\s+(?:\w+|[,-]))?(?:\s+\w+){0,5}?\s+(?:(?:was|were|has been|have been|had been|got|is|are|being)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|shot|hurt|hit|struck|targeted|attacked|ambushed|abducted|kidnapped|stabbed|beaten|"
    r"murdered|lynched|executed|assassinated|blown up)|(?:has |have |had )?(?:died|perished))\b", re.I)
_VICTIM_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|targeting|ambush(?:ed|ing)|attack(?:s|ed)? on|assault(?:s|ed)? on|"
    r"shot (?:dead|and killed)|murder(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|death of|deaths of|"
    # objects of an attack: "attacked military troops", "a grenade at policemen", "shelled regime positions"
    r"attack(?:ed|ing)?|target(?:ed|ing)|shell(?:ed|ing)|bomb(?:ed|ing)|struck|hit|at|against|on)\s+"
    r"(?:(?:a|an|the|two|three|four|five|six|several|\d+|at least|off-duty|retired|former|local|(?!(?:by|with|after|as|when|while|in|during|near|at|on|and|but|for|from)\b)\w+)\s+){0,3}$", re.I)


_CLAUSE_BREAK = re.compile(rf"(?i)\b(?:who|that|which|when|after|while|as|and|but|{_AGENT_VERB[3:-1]})\b")


_OBJECT_BEFORE = re.compile(r"(?i)\b(?:fight|fighting|fought|against|join|joined|joining|battle|battling)\s+(?:the\s+)?$")


# "a bomb at the entrance of a police compound", "an IED under a military vehicle": a force named by the
# place or vehicle that was hit is the target
_FACILITY_AFTER = re.compile(r"^(?:\s+\w+)?\s+(?:compound|station|post|checkpoint|vehicle|convoy|patrol|base|barracks|"
                             r"headquarters|building|camp|truck|car|van|bus|academy|outpost|training cent(?:re|er))s?\b", re.I)
_FACILITY_BEFORE = re.compile(r"\b(?:at|of|on|near|outside|into|inside|under|beneath|attached to|fixed to|strapped to|targeting|against|hit|struck)\s+"
                              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "a police truck hit a roadside bomb", "an army patrol ran over a landmine": the force is what the blast hit
_VEHICLE_HIT_AFTER = re.compile(r"(?i)^(?:\s+[\w-]+){0,2}?\s+(?:vehicles?|convoys?|patrols?|trucks?|tanks?|pick-?ups?|boats?)\s+"
                                r"(?:struck|hit|ran over|drove over|triggered|stepped on|detonated)\s+(?:a|an|the|two|\w+)\s+")


def _is_victim(text: str, start: int, end: int) -> bool:
    if _FACILITY_AFTER.match(text[end:end + 40]) and _FACILITY_BEFORE.search(text[max(0, start - 40):start]):
        return True
    if _VEHICLE_HIT_AFTER.match(text[end:end + 60]):
        return True
    m = _VICTIM_AFTER.match(text[end:end + 80])
    # "a volunteer who joined the fight against the Liberation Front died": the group is an object, the man the subject
    if m and not _OBJECT_BEFORE.search(text[max(0, start - 25):start]):
        # "soldiers shot two men who were killed": the words between must not start another clause
        between = m.group(0)
        verb = re.search(r"(?i)\s(?:was|were|has|have|had|got|is|are|being|died|perished)\b", between)
        if not _CLAUSE_BREAK.search(between[:verb.start()] if verb else between):
            return True
    return bool(_VICTIM_BEFORE.search(text[max(0, start - 50):start]))


def _named(text: str, country: str, on: dt.date) -> list[tuple[int, str, int | None]]:
    """Named groups from the lexicon and the "Full Name (ACR)" pattern, by first position."""
    out: dict[str, tuple[int, str, int | None]] = {}
    taken: list[tuple[int, int]] = []
    for g in _groups():
        if g.country not in ("*", country):
            continue
        for m in g.rx.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            name, inter = g.name, g.inter
            if "{Military}" in name or "{Police}" in name:
                kind = "Military" if "{Military}" in name else "Police"
                name = name.replace("{%s}" % kind, state_forces(country, on, kind))
            if name.startswith("Islamic State (Sahel)") and on < dt.date(2022, 3, 1):
                name = "Islamic State (Greater Sahara)"
            if name not in out or m.start() < out[name][0]:
                out[name] = (m.start(), name, inter)
    known = {n.split(":")[0] for n in out}
    for m in ACR_RX.finditer(text):
        full, acr = m.group(1), m.group(2)
        if acr in _ACR_STOP or acr in known or sum(c.isupper() for c in acr) < 2:
            continue
        words = full.split()
        while words and (words[0].lower() in ("the", "a", "an") or re.fullmatch(_CONNECT, words[0])):
            words = words[1:]
        # keep the tail of the name whose initials can spell the acronym
        initials = [w[0].upper() for w in words]
        if acr[0].upper() in initials:
            words = words[len(initials) - 1 - initials[::-1].index(acr[0].upper()):] if initials.count(acr[0].upper()) == 1 \
                else words[initials.index(acr[0].upper()):]
        if len(words) < 2 or words[-1][0].islower():
            continue
        full = " ".join(words)
        if _OWN_ARMY_RX.match(full) and (country in full or any(d in full for d, c in DEMONYMS.items() if c == country)):
            continue  # "Sudan Army Forces (SAF)": the country's own army, named as its state forces elsewhere
        if _INSTITUTION_RX.search(full):
            continue  # "the Port Trust (VPT)", "the Enforcement Directorate (ED)": offices and firms, no actors
        inter = (3 if "Militia" in full else 2) if _ARMED_WORDS.search(full) else None
        name = f"{acr}: {full}"
        out.setdefault(name, (m.start(), name, inter))
        known.add(acr)
    return sorted(out.values())


_INSTITUTION_RX = re.compile(r"\b(?:Department|Ministry|Directorate|Institute|Center|Centre|Trust|Authority|Agency|Office|"
                             r"Court|Commission|Bank|Company|Corporation|Hospital|University|School|College|Port|Airport|"
                             r"Societies|Cooperative|Administration|Bureau|Board|Service|Services|Fund|Programme|Program|"
                             r"Limited|Ltd|Inc|Exchange|Museum|Station)\b")
_OWN_ARMY_RX = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Army|Armed Forces|Army Forces|Defen[cs]e Forces|Military|National Army|"
                          r"National Police|Police(?: Force| Service)?)$")


# ACLED codes criminal armed violence in Latin America and the Caribbean as gang activity.
GANG_COUNTRIES = {
    "Mexico", "Brazil", "Colombia", "Honduras", "Guatemala", "El Salvador", "Haiti", "Jamaica", "Ecuador",
    "Venezuela", "Peru", "Costa Rica", "Panama", "Dominican Republic", "Trinidad and Tobago", "Puerto Rico",
    "Belize", "Bahamas", "Nicaragua", "Paraguay", "Argentina", "Chile", "Uruguay", "Bolivia", "Guyana",
}
_GANG_RX = re.compile(r"\b(?:gangs?|gangsters?|gang members?|criminal (?:group|gang|organi[sz]ation|cell)s?|cartels?|"
                      r"sicarios?|hitm[ae]n|drug traffick\w*|traffickers|drug dealers?|drug deal\w*|drug selling|"
                      r"narco\w*|criminal faction|organi[sz]ed crime|settling of scores|score-settling|drug users?|drug selling point|"
                      # signature of organised-crime killings: ACLED attributes these to gangs. How a body was found
                      # (wrapped, dumped) says nothing of who killed the person; bound hands or a note left mark an execution.
                      r"dismember\w*|decapitat\w*|beheaded|tied|bound|handcuffed|gagged|blindfolded|message|tiro de gracia|"
                      r"execution-style|executed|drive-by|"
                      r"clandestine graves?|extort\w*|kidnapp\w*)\b", re.I)
_NOT_GANG_RX = re.compile(r"\b(?:guerrill\w+|dissidents?|armed group|paramilitar\w*|rebels?|eln|farc)\b", re.I)


# In Brazil police officers run militias that kill much as gangs do, so ACLED names the unknown gunmen of a
# drive-by or execution-style killing by both.
_BRAZIL_MILITIA_RX = re.compile(r"(?i)\b(?:drive-by|execution|executed|hooded|on (?:a |two )?motorcycles?|on (?:a )?motorbikes?)\b")


def _unidentified(country: str, text: str) -> str:
    if country == "Brazil" and _BRAZIL_MILITIA_RX.search(text) and not re.search(r"(?i)\b(?:gang|faction|drug trafficking group|rival group)\b", text):
        return "Unidentified Gang and/or Police Militia"
    if country in GANG_COUNTRIES and _GANG_RX.search(text) and not _NOT_GANG_RX.search(text):
        return f"Unidentified Gang ({country})"
    if country not in GANG_COUNTRIES and re.search(r"(?i)\bcult(?:ists?|s)?\b", text) and country == "Nigeria":
        return "Unidentified Cult Militia (Nigeria)"
    return f"Unidentified Armed Group ({country})"


# "Hawiye clan militia", "Dinka tribesmen", "tribal gunmen": ACLED's identity militias (inter 4).
_MILITIA_KIND = {"clan": "Clan", "sub-clan": "Sub-Clan", "tribal": "Tribal", "tribe": "Tribal", "tribesmen": "Tribal",
                 "clansmen": "Clan", "ethnic": "Ethnic", "communal": "Communal", "community": "Communal"}
_MILITIA_RX = re.compile(
    r"(?:\b([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?)\s+)?\b(clan|sub-clan|tribal|tribe|ethnic|communal|community)\s+"
    r"(?:militia\w*|fighters|gunm[ae]n|elements|vigilantes|armed m[ae]n|clash\w*|fighting|violence)\b"
    r"|(?:\b([A-Z][\w'’]+(?:[- ](?:al[- ])?[A-Z][\w'’]+)?)\s+)?\b(tribesmen|clansmen)\b")
_PLACE_MILITIA_RX = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+(?:militia|militiamen|militias)\b")


@lru_cache(maxsize=1)
def _ethnic_armed() -> tuple[tuple[str, frozenset[str], re.Pattern], ...]:
    return tuple((label, where, re.compile(rf"\b(?:{rx.pattern[5:-3]})\s+(?:militia\w*|fighters|gunm[ae]n|herders|herdsmen|"
                                           rf"pastoralists|youths?|farmers|vigilantes|armed m[ae]n|assailants|attackers)\b", re.I))
                 for label, where, rx in _ethnic() if label.endswith("Ethnic Group"))


def _ethnic_name(word: str) -> bool:
    return any(rx.fullmatch(word) or rx.search(f"{word} people") for _, _, rx in _ethnic())


_NOT_NAME = {"The", "A", "An", "Two", "Rival", "Armed", "Local", "Unidentified", "Unknown", "Some", "Several", "On", "In",
             "Suspected", "Alleged", "Presumed", "Presumably", "Heavily", "Yesterday", "Today", "Around"}


def _militia_name(m: re.Match, country: str) -> str | None:
    who, kind = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    label = _MILITIA_KIND[kind.lower()]
    if who and who.split()[0] not in _NOT_NAME and not re.match(r"(?i)on|in|at", who):
        return f"{who} {label} Militia ({country})"
    return f"Unidentified {label} Militia ({country})"


# "the army said it struck ...": a force reporting its own act is still its agent
_SELF_REPORT = re.compile(rf"(?i)^\W*(?:\w+\W+){{0,3}}?(?:said|says|claimed|announced|confirmed|stated)\s+(?:that\s+)?"
                          rf"(?:it|they|its \w+|their \w+)\s+(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?"
                          rf"(?:{_AGENT_VERB}|intercepted|shot down|downed|defused)\b"
                          rf"|^\W*(?:\w+\W+){{0,3}}?(?:claimed|said|reported|announced)\s+(?:to\s+have\s+|having\s+)?"
                          rf"(?:{_AGENT_VERB}|killing|shooting|attacking|bombing|shelling|downing|destroying|"
                          rf"intercepted|intercepting|shot down|downed|defused)\b"
                          rf"|^\W*(?:\w+\W+){{0,3}}?(?:claimed|admitted|took)\s+(?:the\s+)?(?:responsibility|credit)\b")


# for a foreign force or government only speech counts ("launched", "suspected" name police procedure)
_SPEECH_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:said|say|says|stated|told|spokes\w+|statement|claimed|announced|"
                           r"confirmed|accused|blamed|denied|insisted|warned|sources?|official|officials|has proof|"
                           r"had proof|has evidence|had evidence)\b", re.I)


_STRUCK_BEFORE = re.compile(r"(?i)\b(?:clash\w* with|fought(?: with)?|attack\w*|pelt\w*|ston(?:ed|ing)|assault\w*|ambush\w*|"
                            r"(?:stones|rocks|bottles|fire|shots) (?:at|on)|opened fire on)\s+(?:the\s+|\w+\s+)?$")


def _is_reporter(text: str, m: re.Match | tuple[int, int], speech_only: bool = False) -> bool:
    start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
    after = text[end:end + 90]
    if _SELF_REPORT.match(after) or re.match(r"-(?:linked|affiliated|run|controlled|owned)\b", after):
        return False  # its own claim, or its own outlet ("the Isis-linked news agency") claiming for it
    if _STRUCK_BEFORE.search(text[max(0, start - 40):start]):
        return False  # "fought the police who had come to search the house": the force was fought, it reports nothing
    rx = _SPEECH_AFTER if speech_only else _REPORTER_AFTER
    said = rx.match(after[:60])
    # "shot down by a US destroyer, the Pentagon said": a clause break puts another speaker in between
    if said and re.match(r"\s*[,;(]|\s*[\w'’-]+\s*,", after) and re.search(r"[,;(]", said.group(0)):
        said = None
    return bool(said or _REPORTER_BEFORE.search(text[max(0, start - 40):start]))


def _own_state(text: str, country: str, on: dt.date, prefer: str) -> str:
    """Military or police of `country`: whichever the text names (first), else `prefer`."""
    mil, pol = _MIL_RX.search(text), _POL_RX.search(text)
    if mil and pol:
        kind = "Military" if mil.start() < pol.start() else "Police"
    elif mil:
        kind = "Military"
    elif pol:
        kind = "Police"
    else:
        kind = prefer
    return state_forces(country, on, kind)


def _home(country: str, text: str) -> str:
    """Whose forces 'the police/soldiers' are: Israel's in Palestine unless Palestinian forces are named."""
    if country == "Palestine" and not re.search(r"\bPalestinian (?:security|police|authority|intelligence|forces)|\bPA (?:security|forces)", text):
        return "Israel"
    return country


_UNKNOWN_GROUP_RX = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’]+)(?:[ -](?:al|el|ul|ad|ash|as|at|ar|an|ud|wal|wa)?-?[ ]?[A-Z][\w'’]+){0,4})\s+"
    r"(fighters|militants|militiamen|insurgents|jihadists|rebels|gang)\b")


def _mention_end(text: str, pos: int) -> int:
    m = re.match(r"[\w'’.]+(?:\s+[A-Z(][\w'’.)]*)*", text[pos:])
    return pos + (m.end() if m else 1)


def _candidates(text: str, country: str, on: dt.date, agentive_only: bool = False,
                arrest_agent: bool = True, skip_objects: bool = False, policing: bool = False) -> list[_Cand]:
    """Armed actors in order of first mention: named groups, foreign forces, own forces, unidentified.

    A force met as the subject of a reporting verb is left out; one met as the target ('a soldier was
    killed') is kept but flagged `victim`, so callers can put it second.
    """
    home = _home(country, text)
    cands: list[_Cand] = []
    spans: list[tuple[int, int]] = []  # foreign/demonym mentions: their force words are not the home forces
    for pos, name, inter in _named(text, country, on):
        if inter is None:
            continue
        if country == "Afghanistan" and name == "Taliban":
            continue
        end = _mention_end(text, pos)
        spans.append((pos, end + 2))  # "a QSD military vehicle": the force word that follows is the group's
        if _is_reporter(text, (pos, end), speech_only=True):
            continue  # "according to a YPG source"
        cands.append(_Cand(pos, name, inter, "state" if inter == 1 else "group", _is_victim(text, pos, end)))
    # Taliban: rebels until they took Kabul on 15 August 2021, the state after
    for m in re.finditer(r"\bTaliban\b", text):
        if _is_reporter(text, m, speech_only=True) or re.match(r"\s+(?:government|administration|authorities)\s+"
                                                                r"(?:spokes\w+|officials?|ministry|sources?)\b", text[m.end():m.end() + 40]):
            continue  # "a Taliban government spokesman said": the government reports, it did not act
        if country == "Afghanistan" or (country == "Pakistan" and not re.search(r"(?i)pakistani taliban|tehr", text[max(0, m.start() - 30):m.end() + 5])):
            if country == "Afghanistan" and on >= dt.date(2021, 8, 15):
                cands.append(_Cand(m.start(), state_forces("Afghanistan", on, "Military"), 1, "state",
                                   _is_victim(text, m.start(), m.end())))
            elif country == "Afghanistan":
                cands.append(_Cand(m.start(), "Taliban", 2, "group"))
            break
    m = re.search(r"(?i)\b(?:houthis?|ansar allah|ansarallah)\b", text)
    if m and on >= dt.date(2016, 7, 28):
        # the Houthis govern Sanaa through the Supreme Political Council they set up in July 2016; their
        # strikes on Saudi Arabia or the Emirates are a state's forces acting abroad
        inside = country == "Yemen"
        cands.append(_Cand(m.start(), "Military Forces of Yemen (2016-) Supreme Political Council", 1 if inside else 8,
                           "state" if inside else "foreign", _is_victim(text, m.start(), m.end())))
        spans.append((m.start(), m.end() + 2))
    elif m and country == "Yemen":
        cands.append(_Cand(m.start(), "Houthis", 2, "group", _is_victim(text, m.start(), m.end())))
    # a group the lexicon does not know, named as the fighters it fields: "a raid by Jund al-Nour fighters"
    for m in _UNKNOWN_GROUP_RX.finditer(text):
        name = m.group(1)
        first = name.split()[0].split("-")[0]
        if not re.search(r"[ -]", name):
            continue  # a bare acronym ("RRR militiamen") is often a faction of a named coalition; ACLED spells it out
        if first in DEMONYMS or first in _NOT_NAME or first in _STATE_NAMES or any(s_ <= m.start() < e_ for s_, e_ in spans) \
                or any(c.pos <= m.start() < c.pos + len(c.name) for c in cands):
            continue
        if any(name.lower() in c.name.lower() or c.name.split(":")[0] == name for c in cands):
            continue
        cands.append(_Cand(m.start(), name, 2 if re.search(r"(?i)rebels|insurgents|jihadists", m.group(2)) else 3, "group",
                           _is_victim(text, m.start(), m.end())))
    def is_object(start: int) -> bool:
        return skip_objects and bool(_PROTEST_OBJECT_RX.search(text[max(0, start - 60):start]))

    for m in _DEM_RX.finditer(text):
        spans.append((m.start(), m.end()))
        if is_object(m.start()):
            continue
        if _is_reporter(text, m, speech_only=True):
            continue  # "the French government said ...": the one reporting is not the one acting
        victim = _is_victim(text, m.start(), m.end())
        other = DEMONYMS[m.group(1)]
        if other == home or (country == "Palestine" and other == "Palestine"):
            if other == "Palestine":
                cands.append(_Cand(m.start(), state_forces("Palestine", on, "Police"), 1, "state", victim))
            else:
                kind = "Police" if re.search(r"(?i)police|border guard|national guard", m.group(0)) else "Military"
                name = _with_unit(state_forces(home, on, kind), home, kind, m.group(0), m.group(0))
                cands.append(_Cand(m.start(), name, 1, "state", victim))
            continue
        kind = "Police" if re.search(r"(?i)\bpolice\b", m.group(0)) and other != "Russia" else "Military"
        # "Russian air force", "Turkish gendarmerie": the service named is the unit
        name = _with_unit(state_forces(other, on, kind), other, kind, m.group(0), m.group(0))
        cands.append(_Cand(m.start(), name, 8, "foreign", victim))
    for m in _STATE_SUBJECT_RX.finditer(text):
        if re.search(r"(?i)\b(?:from|in|of|to|into|at|near|across|inside|with|by|against|and)\s+$", text[max(0, m.start() - 12):m.start()]):
            continue  # "a rocket fired from Ruritania landed": the country is a place, not the subject
        spans.append((m.start(), m.end()))
        other = CAPITALS.get(m.group(1), m.group(1))
        if other == home:
            cands.append(_Cand(m.start(), state_forces(home, on, "Military"), 1, "state"))
        else:
            cands.append(_Cand(m.start(), state_forces(other, on, "Military"), 8, "foreign"))
    fm = _FOREIGN_NOUN_RX.search(text)
    if fm and _default_attacker(country, on):
        cands.append(_Cand(fm.start(), state_forces(_default_attacker(country, on), on, "Military"), 8, "foreign"))
    agent_rx = _STATE_AGENT_RX if arrest_agent else _STATE_AGENT_NO_ARREST_RX
    own: _Cand | None = None
    for m in _STATE_RX.finditer(text):
        if any(s <= m.start() < e for s, e in spans) or _is_reporter(text, m) or is_object(m.start()):
            continue
        if agentive_only and not agent_rx.search(text[max(0, m.start() - 40):m.end() + 60]):
            continue
        victim = _is_victim(text, m.start(), m.end())
        if own is not None and victim:
            continue
        if own is not None and not _STATE_AGENT_RX.search(text[max(0, m.start() - 40):m.end() + 60]):
            continue  # "three officers were killed ... The officers were on patrol": named again, still the target
        # "security forces" that break up a demonstration are its police (ACLED codes crowd control to police)
        kind = "Police" if _POL_RX.fullmatch(m.group(0)) or (policing and _GENERIC_SECURITY_RX.fullmatch(m.group(0))) \
            else "Military"
        name = _with_unit(state_forces(home, on, kind), home, kind, text, m.group(0))
        if own is None:
            own = _Cand(m.start(), name, 1, "state", victim)
        else:  # the force is first met as a target and later acts: it is an agent
            own = _Cand(own.pos, name, 1, "state")
        if not victim:
            break
    if own is not None:
        cands.append(own)
    militia = False
    for m in _MILITIA_RX.finditer(text):
        name = _militia_name(m, country)
        if name:
            cands.append(_Cand(m.start(), name, 4, "group"))
            militia = True
            break
    for label, where, rx in _ethnic_armed():
        if "*" not in where and country not in where:
            continue
        m = rx.search(text)
        if m and not any(c.pos <= m.start() < c.pos + 30 for c in cands):
            # "Fulani herders and Massa farmers clashed": armed members of a people are its ethnic militia
            cands.append(_Cand(m.start(), label.replace(" Group", " Militia") + f" ({country})", 4, "group",
                               _is_victim(text, m.start(), m.end())))
    # "Katsina militiamen", "a Zamfara militia": a militia named after its home area is communal (ACLED:
    # '<Place> Communal Militia (Country)'), unless the name is a group the lexicon knows
    for m in ([] if militia else _PLACE_MILITIA_RX.finditer(text)):
        who = m.group(1)
        if who in _NOT_NAME or who in DEMONYMS or who in _STATE_NAMES or any(c.pos <= m.start() < c.pos + 40 for c in cands) \
                or any(s_ <= m.start() < e_ for s_, e_ in spans) or _ethnic_name(who):
            continue
        cands.append(_Cand(m.start(), f"{who} Communal Militia ({country})", 4, "group",
                           _is_victim(text, m.start(), m.end())))
        break
    m = UAG_RX.search(text)
    # "suspected NPA militants" are the NPA: an unidentified group only when no group is named
    # ... but "unidentified gunmen fired on an NDF post" names an unknown attacker beside the group it hit
    if m and (not any(c.kind == "group" for c in cands)
              or (not any(c.kind == "group" and not c.victim for c in cands)
                  and not any(m.start() <= s_ < m.end() or s_ <= m.start() < e_ for s_, e_ in spans))):
        cands.append(_Cand(m.start(), _unidentified(country, text), 3, "uag"))
    cands = _mark_allies(text, sorted(cands, key=lambda c: c.pos))
    # a side first met as a target that acts later in the text ("...against Israeli planes, when Israel
    # bombed a base") is an agent
    acts = {c.name for c in cands if not c.victim}
    seen, out = set(), []
    for c in cands:
        if c.name not in seen:
            seen.add(c.name)
            out.append(dataclasses.replace(c, victim=False) if c.victim and c.name in acts else c)
    return out


# a trade union's name; a "Workers' Party" or "Labour Party" is a party, not a union
_UNION_NAME = re.compile(r"\b(?:Unions?|Confederation|Workers(?!'?\s+Party)|Labou?r(?!\s+Party)|Syndicat\w*|Trade|Employees|"
                         r"Teamsters|Sindicato)\b")
# a students', farmers' or indigenous union, or a political "Union for Democracy", is no labour union
_NOT_LABOUR_NAME = re.compile(r"(?i)\b(?:students?|kisan|farmers?|peasants?|indigenous|nationalities|youth|women|party|"
                              r"democra\w*|progress|national union for|patriotic)\b")


def _named_organisers(text: str, country: str, on: dt.date) -> list[str]:
    # Organisers named as targets ("against the BJP government") were tried as an exclusion and cost
    # more organisers than they saved, so every named non-external group is kept, except a party or union
    # named only through one of its people or its government ("a BJP minister's convoy").
    return [name for pos, name, inter in _named(text, country, on) if inter != 8
            and not (inter is None and _GOVERNING_AFTER_RX.match(text[_mention_end(text, pos):]))]


# Elected officials who join a demonstration are associated with it as their government (codebook §1.4:
# associated actors are those acting alongside actor1); officials the crowd marches against are not.
_OFFICIAL = (r"(?:mayors?|deputy mayors?|(?:city |county |town |municipal |local )?council(?:l?ors?| members?)|councilmembers?|"
             r"council(?:wo)?m[ae]n|alderm[ae]n|aldermen|(?:state |US |U\.S\. )?senators?|congress(?:wo)?m[ae]n|"
             r"(?:congressional|state|US|U\.S\.) representatives?|secretary of state|lieutenant governors?|"
             r"members? of (?:parliament|the legislative assembly)|MPs?|MSPs?|MLAs?|lawmakers|legislators|"
             r"(?:local )?elected (?:officials|politicians|representatives)|ministers?|governors?)")
_OFFICIALS_JOIN_RX = re.compile(
    rf"(?i)\b(?:including|among them|among whom|joined by|attended by|attendants included|alongside|along with|together "
    rf"with|led by|accompanied by)\s+(?:[\w,()'’.-]+\s+){{0,10}}?(?:the\s+|a\s+|several\s+|local\s+|\w+\s+)?{_OFFICIAL}\b"
    rf"|\b{_OFFICIAL},?\s+(?:[\w,()'’.-]+\s+){{0,6}}?(?:also\s+)?(?:participated|took part|joined|attended|addressed|"
    rf"spoke|marched|was present|were present|were among|was among|were in attendance|was in attendance)\b"
    rf"|\b(?:also )?(?:present|in attendance|speakers included|speakers were) (?:was|were)\s+(?:[\w,()'’.-]+\s+){{0,6}}?"
    rf"{_OFFICIAL}\b")


_PARTY_NAME_RX = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,5}Party\b")


# "parents of students", "a lack of teachers", "justice for women": people a crowd speaks for or about are not
# in it; "hundreds of students" are
_OBJECT_BEFORE_RX = re.compile(
    r"(?i)\b(?:for|against|by|to|towards?|about|over|on|behalf of|(?:solidarity|sympathy) with|(?:parents|relatives|famil(?:y|ies)|mothers|fathers|"
    r"death|deaths|killing|murder|rape|harassment|abuse|lack|shortage|absence|dismissal|arrest|detention|release|"
    r"safety|rights|treatment|recruitment)\s+of)\s+(?:(?:the|a|an|their|its|his|her|our|school|female|male|young|"
    r"local|health|medical|public|private|temporary|contract|all|other|social|community|aid|\w+['’]s)\s+){0,2}$")
_OBJECT_AFTER_RX = re.compile(r"(?i)^['’]s?\s+(?:parents|relatives|families|mothers|fathers)\b")


def _participant(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 50):m.start()]
    if _AGENT_BY_RX.search(before):
        return True  # "a school occupied by students": the agent of a passive is in the crowd
    return not (_OBJECT_BEFORE_RX.search(before) or _OBJECT_AFTER_RX.match(text[m.end():]))


_AGENT_BY_RX = re.compile(r"(?i)\b(?:occupied|organi[sz]ed|led|attended|joined|staged|held|called|blocked|backed|"
                          r"supported|carried out|mounted|convened)\s+by\s+(?:(?:the|a|an|some|several|local|\w+['’]s)\s+){0,2}$")


# abortion rights rallies are coded with Women; rallies against abortion are not
_PRO_CHOICE_RX = re.compile(r"(?i)\b(?:abortion|pro-choice|roe v\.? wade|reproductive (?:rights|freedom|justice))\b")
_ANTI_ABORTION_RX = re.compile(r"(?i)\b(?:pro-life|anti-abortion|against abortion|right to life|march for life)\b")

# An occupation ACLED has its own label for is coded by that label alone: striking nurses are
# "Health Workers (X)", not also a labour group, even when their union is named.
_UNION_WORD_RX = re.compile(r"(?i)\b(?:(?:trade |labou?r )?unions|interunion|syndicat\w*|confederations?|labou?r strike)\b")
# "teachers' syndicates", "nurses' unions": a union of the labelled trade itself adds nothing to the label
_TRADE_BEFORE_RX = re.compile(r"(?i)\b(?:teachers?|nurses?|nursing|doctors?|medical|health|farmers?|journalists?|lawyers?|"
                              r"education|physicians?|drivers?|fishermen)['’]?\s+$")
_TRADE_NAME_RX = re.compile(r"(?i)\b(?:teach\w*|educat\w*|academic|universit\w*|school\w*|nurs\w*|health\w*|medical|doctors|"
                            r"physicians|farm\w*|peasants|journalists|media\w*|press|lawyers|bar|advocates|judges|judicial|"
                            r"taxi|drivers|transport\w*|fisher\w*)\b")
_OCCUPATIONS = {"Teachers", "Health Workers", "Farmers", "Lawyers", "Journalists", "Taxi/Bus Drivers", "Fishermen",
                "Judges"}


def _assoc(text: str, country: str, on: dt.date, who: str | None = None, more: str = "") -> list[str]:
    """Organisers and identity labels; `who` is the crowd's nationality when it is not `country`.

    `more` is the rest of the report: officials and party members named there as attending are kept.
    """
    who = who or country
    named = _named_organisers(text, country, on)
    out = list(named)
    # words inside a party's name ("Socialist Workers' Party") say nothing of who marched
    plain = _PARTY_NAME_RX.sub(" ", text)
    # ACLED adds Women to women's-rights rallies whoever marches, so only the other labels must name the crowd
    labels = [label for label, rx in _identities()
              if any(label == "Women" or _participant(plain, m) for m in rx.finditer(plain))]
    if _PRO_CHOICE_RX.search(plain) and not _ANTI_ABORTION_RX.search(plain) and "Women" not in labels:
        labels.append("Women")
    # only a named union makes a labour group ("Health Workers (X)" is a label, not a union)
    if more:
        # unions that called the protest are often named in a later sentence ("The CCOO and UGT called ...")
        # a party or union named there is an organiser unless the crowd acts against it ("against the X government")
        later = [n for pos, n, inter in _named(more, country, on) if inter is None
                 and not _PROTEST_OBJECT_RX.search(more[max(0, pos - 60):pos])
                 and not _GOVERNING_AFTER_RX.match(more[_mention_end(more, pos):])]
        named = named + [n for n in later if n not in named]
        out = list(named)
    # a union of the labelled trade itself ("Teachers' Union", "Nurses Association") says no more than the label
    trade = bool(_OCCUPATIONS.intersection(labels))
    union = any(_UNION_NAME.search(n) and not _NOT_LABOUR_NAME.search(n) and not (trade and _TRADE_NAME_RX.search(n))
                for n in named)
    if union and "Labour Group" not in labels:
        labels.append("Labour Group")
    if _OCCUPATIONS.intersection(labels) and not union and not any(
            not _TRADE_BEFORE_RX.search(plain[max(0, m.start() - 30):m.start()]) for m in _UNION_WORD_RX.finditer(plain)):
        labels = [x for x in labels if x != "Labour Group"]
    # foreign nationals protesting abroad carry their own country's labels ("Women (Ukraine)")
    out += [f"{label} ({who})" for label in labels]
    # a minority taking part: "Kurdish Ethnic Group (Germany)", "Dalit Caste Group (India)"
    out += [f"{label} ({country})" for label, where, rx in _ethnic()
            if ("*" in where or country in where) and any(_participant(plain, m) for m in rx.finditer(plain))]
    if _OFFICIALS_JOIN_RX.search(text) or (more and _OFFICIALS_JOIN_RX.search(more)):
        out.append(state_forces(country, on, "Government"))
    # a diaspora taking part: "Ukrainian Group (Italy)"; not when that nationality is the crowd itself
    # (actor1 already says so) nor when it is whom the crowd speaks for ("in solidarity with Ukrainians")
    for m in _DIASPORA_RX.finditer(text):
        other = DEMONYMS.get(m.group(1)) or _EXTRA_PEOPLE.get(m.group(1))
        if not other or other == country or other == who or m.group(1) not in DEMONYMS \
                or _SPOKEN_FOR_RX.search(text[max(0, m.start() - 30):m.start()]):
            continue
        # "Slovak and Ukrainian activists", "Ukrainians and Russians rallied": a second nationality marching
        # beside the first is a crowd of its own (ACLED: 'Protesters (Ukraine)' associated)
        if _COORDINATED_RX.search(text[max(0, m.start() - 30):m.start()]) and not re.search(
                r"(?i)communit|diaspora", m.group(0)):
            out.append(f"Protesters ({other})")
            continue
        out.append(f"{m.group(1)} Group ({country})")
    return list(dict.fromkeys(out))


# the party in office or one of its people, not the party marching: "the X government", "an X spokesman", "a X member"
_GOVERNING_AFTER_RX = re.compile(r"(?i)^\W*(?:-?led\s+|ruled\s+|run\s+)?(?:party\s+)?(?:government|administration|regime|"
                                 r"ministers?|ministry|spokes\w+|leader|member|office|offices|corporator|councillor|"
                                 r"mla|mp|legislator|lawmaker|candidate|worker)\b(?!s)")
# US officials are named with their party ("Senator Jane Roe (D)"); a party so marked in a later sentence attended.
_ATTENDEE_PARTIES = {"DEM: Democratic Party", "GOP: Republican Party"}


def _join(names: list[str]) -> str | None:
    return "; ".join(names) if names else None


def _make(a1: str, i1: int, a2: str | None, i2: int | None, assoc1: list[str], assoc2: list[str] = ()) -> Actors:
    t1, t2 = INTER[i1], (INTER[i2] if i2 else None)
    return Actors(a1, _join([a for a in assoc1 if a != a1 and a != a2]), t1, a2,
                  _join([a for a in assoc2 if a != a1 and a != a2]) if a2 else None, t2, interaction(t1, t2))


def _victims(text: str, country: str) -> list[str]:
    """Identity labels that describe victims (for assoc_actor_2 of Civilians)."""
    keep = ("Women", "Journalists", "Students", "Teachers", "Farmers", "Health Workers", "Lawyers",
            "Refugees/IDPs", "Labour Group", "Muslim Group", "Christian Group", "Hindu Group", "Sikh Group", "Prisoners")
    return [f"{label} ({country})" for label, rx in _identities() if label in keep and rx.search(text)]


_PEOPLE = (r"nationals|citizens|diaspora|refugees|residents|immigrants|migrants|youths?|"
           r"expats|expatriates|emigrants|exiles|students|activists|women|workers|protesters|demonstrators|settlers|rioters|"
           r"opposition supporters")
_EXTRA_PEOPLE = {"Burmese": "Myanmar", "Rohingya": "Myanmar", "Tibetan": "China", "Uyghur": "China", "Uighur": "China",
                 "Tigrayan": "Ethiopia", "Oromo": "Ethiopia", "Hong Kong": "China"}
_NATIONALITY_RX = re.compile(
    r"(?<!with )(?<!for )(?<!to )(?<!against )(?<![Pp]ro-)(?<![Aa]nti-)\b(" +
    "|".join(sorted((re.escape(d) for d in list(DEMONYMS) + list(_EXTRA_PEOPLE) if d not in ("US", "U.S.", "Saudi-led")),
                    key=len, reverse=True)) +
    r")(?:s\b|\s+(?:\w+\s+)?(?:" + _PEOPLE + r")\b)")


_DIASPORA_RX = re.compile(
    r"\b(" + "|".join(sorted((re.escape(d) for d in DEMONYMS if d not in ("US", "U.S.", "Saudi-led")), key=len, reverse=True)) +
    r")(?:s\b|[- ](?:Americans?|Canadians?|Australians?|Britons?)\b|\s+(?:\w+\s+)?(?:community|communities|diaspora|"
    r"nationals|citizens|refugees|immigrants|migrants|expats|expatriates|descent|origin|exiles|emigrants|residents|"
    r"students|activists|women)\b)")
_COORDINATED_RX = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(d) for d in DEMONYMS if d not in ("US", "U.S.", "Saudi-led")),
                                                                key=len, reverse=True)) + r")s?\s+and\s+$")
_SPOKEN_FOR_RX = re.compile(r"(?i)\b(?:with|for|against|by|to|toward|towards|(?:solidarity|support|behalf) of)\s+(?:the\s+)?$")


def _protester_country(text: str, country: str) -> str:
    """Whose protesters: ACLED names foreign nationals protesting abroad by their own country."""
    m = _NATIONALITY_RX.search(text[:250])
    # only when they are the crowd itself, not "including Ukrainians" or "in solidarity with Ukrainians"
    # "a group of Israeli settlers" are the crowd; "the killing of Palestinians" are not
    if m and not re.search(r"(?i)(?:includ\w*|such as|mostly|among|members of|with|for|(?:support|solidarity|behalf|many) of|to|"
                           r"and|supporters|support|solidarity|against|faced by|(?<!group )(?<!groups )(?<!dozens )(?<!hundreds )"
                           r"(?<!thousands )(?<!number )(?<!crowd )(?<!mob )(?<!gang )(?<!band )(?<!scores )of)"
                           r"\W*(?:the\s+|\w+\s+)?$", text[max(0, m.start() - 40):m.start()]):
        other = DEMONYMS.get(m.group(1)) or _EXTRA_PEOPLE.get(m.group(1))
        # "Ukrainians and their supporters gathered": a mixed crowd is the host country's
        mixed = re.match(r"(?i)\s*(?:,[^,.]{0,60},)?\s*(?:and|as well as)\s+(?:their\s+|other\s+|local\s+)?"
                         r"(?:supporters|locals|residents|others|sympathi[sz]ers)\b", text[m.end():m.end() + 90])
        if other and other != country and not mixed:
            return other
    return country


_FORCE_WORDS = r"(?:police\w*|officers?|soldiers?|troops|army|military|security forces|personnel|peacekeepers|patrol|convoy|guards?)"
_FORCES_TARGETED_RX = re.compile(
    rf"(?i)\b(?:attack\w*|assault\w*|pelt\w*|clash\w*|beat\w*|ston\w+|injur\w*|hurl\w*|threw\s+\w+\s+at|set fire to|"
    rf"torch\w*|burn\w*|fought|confront\w*|blocked|surrounded|disarmed|lynch\w*)\s+(?:\w+\s+){{0,4}}?{_FORCE_WORDS}\b"
    rf"|\b{_FORCE_WORDS}\s+(?:\w+\s+){{0,2}}(?:were|was|got)\s+(?:\w+\s+)?(?:attacked|assaulted|injured|beaten|pelted|stoned|hurt)")
_PEOPLE_HURT_RX = re.compile(
    r"(?i)\b(?:attack\w*|assault\w*|beat\w*|injur\w*|stabb\w*|hurt|wound\w*|kill\w*|lynch\w*)\s+(?:\w+\s+){0,4}?"
    r"(?:civilians?|residents?|passers-?by|journalists?|reporters?|people|man|woman|men|women|villagers?|drivers?|"
    r"motorists?|students?|workers?|shopkeepers?|traders?|members of|supporters)\b")
_RIOTERS_FIGHT_RX = re.compile(
    r"(?i)\b(?:clash\w*|fought|scuffl\w*|brawl\w*)\s+(?:broke out\s+)?(?:between\s+(?:the\s+)?(?:\w+\s+){0,2}(?:demonstrators|protesters)"
    r"\s+and\s+(?:\w+\s+)?counter-?(?:protesters|demonstrators)|with each other|among themselves|with one another)"
    r"|\bcounter-?(?:protesters|demonstrators)\s+(?:\w+\s+){0,2}(?:clashed|fought|scuffled)\b"
    r"|\b(?:clashed|fought|scuffled)\s+with\s+(?:\w+\s+){0,2}counter-?(?:protesters|demonstrators)")
# "army aspirants", "police recruits": a force word naming who the crowd is, not a force on the scene
_NOT_FORCE_AFTER_RX = re.compile(r"(?i)^[\w-]+\s+(?:aspirants|recruits|recruitment|job seekers|exams?|veterans|pensioners|"
                                 r"widows|families|emergency)\b")
# rioters who stone passing cars or burn shops hit civilians' property (ACLED: Civilians as actor2)
_PROPERTY_HIT_RX = re.compile(
    r"(?i)\b(?:attack\w*|pelt\w*|ston(?:ed|ing)|smash\w*|vandali[sz]\w*|torch\w*|set fire to|set ablaze|burn(?:ed|t|ing))\s+"
    r"(?:\w+\s+){0,3}?(?:passing |private |parked )?(?:vehicles|cars|buses|motorists|shops|houses|homes|convoy)\b")
_COUNTER_RX = re.compile(r"(?i)\bcounter-?(?:protest\w*|demonstrat\w*|rall\w*)|\brival (?:protest\w*|demonstrat\w*|groups?|rall\w*)")


# "members of Ruritania's Awake movement", "supporters of the banned Farmers' Party":
# news names a demonstration's organisers as the group its participants belong to, or as the one that called it
# ("organised by the X Coalition", "at the call of the X and Y unions").
_ORG_TYPES = r"(?:movement|party|parties|union|unions|alliance|coalition|front|group|association|federation|organi[sz]ation|" \
             r"congress|league|council|committee|collective|network|campaign|platform|bloc|syndicates?)"
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:,? (?:[A-Z][\w'’-]*|of|for|the|and|in))*)"
_ORG_RX = re.compile(
    r"(?:\b(?i:activists|members|supporters|backers|followers|leaders|cadres|adherents|sympathi[sz]ers|workers|"
    r"volunteers|representatives|affiliates) (?:of|from)"
    r"|\b(?i:organi[sz]ed|called|convened|sponsored|initiated|mobili[sz]ed|staged|held) by"
    r"|\b(?i:at the (?:call|invitation|initiative) of|(?:following|after|answering|heeding) (?:a|the) call (?:by|from|of)|on the initiative of|"
    r"under the (?:aegis|banner|auspices|umbrella) of|affiliated (?:to|with)|associated with|belonging to))"
    r" (?:the )?(?:(?:unregistered|banned|opposition|ruling|outlawed|new|grassroots|youth|civic|local|main|"
    r"national|regional) )*(?:[A-Z][\w-]*(?:'s|’s) )?"
    + _NAME + r"(?: \((?P<gloss>[^)]{1,60})\))?(?: (?P<kind>" + _ORG_TYPES + r"))?\b")
_TYPE_WORD = re.compile(r"\b(?:Party|Union|Front|Congress|League|Alliance|Movement|Federation|Confederation|Association|"
                        r"Coalition|Council|Committee|Syndicates?|Organi[sz]ation|Network|Collective|Platform|Bloc|Campaign)\b")
_TAIL = ("of", "for", "the", "and", "in")
_COUNTRY_NAMES = frozenset(DEMONYMS.values())


def _org_parts(name: str, kind: str | None) -> list[str]:
    """'the Socialist Party and the Green Party' names two organisers, 'Party of Labour and Justice' one."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", name) if p.strip()]
    typed = [p for p in parts if _TYPE_WORD.search(p)]
    if len(parts) > 1 and typed and all(p in typed or p.isupper() for p in parts):
        return typed  # "UNSA and National Police Alliance": the bare acronym only a lexicon can spell out
    if len(parts) > 1 and len(typed) >= 2:
        return parts
    # "the CGT and FO unions": names that only the shared type word after them marks as organisations
    if len(parts) > 1 and kind and " and " in name and all(len(p.split()) <= 2 for p in parts):
        return parts
    return [name]


def organisers(text: str, article: str = "") -> list[str]:
    """Organising groups named as what participants belong to, written as ACLED writes named groups.

    A short name is completed from the article ("Democratic Party" -> "Democratic Party of Kazakhstan"),
    and parties, unions and fronts get ACLED's "ACRONYM: Full Name" form, from the text's own acronym
    or else from the initials.
    """
    out = []
    for m in _ORG_RX.finditer(text):
        raw = m.group("name").replace(", ", ",").strip()
        for name in _org_parts(raw.replace(",", ", "), m.group("kind")):
            name = name.replace(",", "")
            words = name.split()
            while words and words[-1] in _TAIL:
                words.pop()
            if not words or not (m.group("kind") or _TYPE_WORD.search(" ".join(words))):
                continue
            if "in" in words and " ".join(words[words.index("in") + 1:]) not in _COUNTRY_NAMES:
                words = words[:words.index("in")]  # "the X Party in <town>" is the party's local branch
            if len(words) == 1 and words[0].isupper():
                continue  # a bare acronym: ACLED spells the name out, which only a lexicon knows
            name = " ".join(words)
            longer = re.search(re.escape(name) + r"(?: (?:of|for) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)", article or text)
            if longer:
                name = longer.group(0)
            acr = re.search(re.escape(name) + r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)", article or text)
            if acr:
                name = f"{acr.group(1)}: {name}"
            elif _TYPE_WORD.search(name):
                initials = "".join(w[0] for w in name.split() if w[0].isupper())
                if len(initials) >= 2:
                    name = f"{initials}: {name}"
            out.append(name)
    return list(dict.fromkeys(out))


_CLAIM_RX = re.compile(r"(?i)\bclaim(?:ed|s)? (?:responsibility|credit|the (?:attack|bombing|blast|killing|strike)s?)\b|\bclaimed by\b"
                       r"|\b(?:took|takes|assumed|assumes|accepted|accepts) (?:responsibility|credit)\b"
                       # "X said in a statement that its fighters had planted the bomb": a claim in other words
                       r"|\b(?:said|says|announced)\b[^.;]{0,60}?\b(?:its|their) (?:fighters|militants|members|men|commandos|"
                       r"units?|cells?|suicide bombers?|mujahideen) (?:had |have )?(?:planted|carried out|staged|launched|"
                       r"conducted|detonated|set off|attacked|targeted|fired|ambushed|killed)\b")


def is_claim(sentence: str) -> bool:
    """A sentence claiming an attack, which reports often give a few paragraphs after the attack itself."""
    return bool(_CLAIM_RX.search(sentence))


def _claimant(text: str, country: str, on: dt.date) -> tuple[str, str] | None:
    """ "The TTP claimed responsibility for the attack": the group that owns an attack whose perpetrator the
    report leaves unnamed. Only a group named in the claim's own sentence, and never a denial."""
    for m in _CLAIM_RX.finditer(text):
        a = max(text.rfind(". ", 0, m.start()) + 1, 0)
        b = text.find(". ", m.end())
        sentence = text[a: len(text) if b < 0 else b]
        if re.search(r"(?i)\b(?:no (?:group|one)|not|denied|nobody)\b[^.]{0,30}\bclaim", sentence):
            continue
        groups = [(n, i) for _, n, i in _named(sentence, country, on) if i in (2, 3, 4)]
        if groups:
            return groups[0][0], INTER[groups[0][1]]
    return None


_PASTORAL_RX = re.compile(r"(?i)\b(?:pastoralists?|pastoral militias?|herders|herdsmen|cattle (?:raiders|rustlers|herders)|"
                          r"livestock raiders|cattle raid\w*)\b")


def code_actors(passage: str, *, country: str, event_type: str, sub_event_type: str, event_date: dt.date,
                context: str = "", article: str = "", claims: str = "") -> Actors:
    """Actors of one event, given the already-decided country, type, sub-type and date.

    `context` is text around the event (lead sentences, sentences about its place) searched only for
    organisers; `article` is the whole text, to complete their names; `claims` are the article's later
    sentences claiming the attack, which name an attacker the report itself leaves unnamed.
    """
    actors = _code_actors(passage, country=country, event_type=event_type, sub_event_type=sub_event_type,
                          event_date=event_date, more=context)
    # a report often ties a killing to organised crime only in a later sentence ("linked to drug trafficking")
    uag = f"Unidentified Armed Group ({country})"
    if context and uag in (actors.actor1, actors.actor2) and country in GANG_COUNTRIES \
            and _unidentified(country, f"{passage} {context}") != uag:
        gang = _unidentified(country, f"{passage} {context}")
        actors = dataclasses.replace(actors, actor1=gang if actors.actor1 == uag else actors.actor1,
                                     actor2=gang if actors.actor2 == uag else actors.actor2)
    if uag == actors.actor1 and event_type in ("Explosions/Remote violence", "Violence against civilians", "Battles"):
        claimant = _claimant(" ".join(filter(None, (passage, context, claims))), country, event_date)
        if claimant is not None and claimant[0] != actors.actor2:
            actors = dataclasses.replace(actors, actor1=claimant[0], inter1=claimant[1],
                                         interaction=interaction(claimant[1], actors.inter2))
    if event_type not in ("Protests", "Riots"):
        # armed herders: ACLED names the militia and associates its pastoralist identity (codebook §1.4)
        if actors.inter1 in ("Identity militia", "Political militia") and not actors.assoc_actor_1 \
                and _PASTORAL_RX.search(passage):
            return dataclasses.replace(actors, assoc_actor_1=f"Pastoralists ({country})")
        return actors
    found = organisers(" ".join(filter(None, [passage, context])), article or passage)
    have = [a for a in (actors.assoc_actor_1 or "").split("; ") if a]
    known = {a.split(":")[0].strip().lower() for a in have} | {a.split(": ")[-1].lower() for a in have}
    extra = [o for o in found if o.split(":")[0].lower() not in known and o.split(": ")[-1].lower() not in known]
    if not extra:
        return actors
    return dataclasses.replace(actors, assoc_actor_1="; ".join(extra + have))


# "protesting against the Russian military invasion", "denouncing the presence of French troops": a force the
# crowd demonstrates about is not the one that intervened
_PROTEST_OBJECT_RX = re.compile(r"(?i)\b(?:against|denounc\w*|condemn\w*|oppos\w*|support(?:ing)?|in support of|"
                                r"solidarity with|in favou?r of|presence of|withdrawal of|protest(?:ing|ed)? (?:over|about))\s+"
                                r"(?:[\w'’-]+\s+){0,4}$")


def _not_protest_object(text: str, cands: list[_Cand]) -> list[_Cand]:
    return [c for c in cands if not _PROTEST_OBJECT_RX.search(text[max(0, c.pos - 60):c.pos])]


# Civilians are named by their own nationality (codebook §1.4 generic actors: 'Civilians (Country)'): a
# Burundian refugee killed in Tanzania is 'Civilians (Burundi)'; migrants of several or unstated nationalities
# are 'Civilians (International)'.
_VICTIM_NOUN = (r"(?:nationals?|citizens?|migrants?|refugees?|asylum[- ]seekers?|immigrants?|workers?|labou?rers?|"
                r"m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teen(?:ager)?s?|priests?|pastors?|nuns?|missionar(?:y|ies)|"
                r"journalists?|reporters?|aid workers?|engineers?|tourists?|truck drivers?|drivers?|traders?|"
                r"shopkeepers?|(?:street )?vendors?|businessm[ae]n|fishermen|herders?|farmers?|students?|civilians?|"
                r"settlers?|pilgrims?|passengers?|sailors?|seafarers?|crew members?|residents?)")
_DEMONYM_ALT = "|".join(sorted((re.escape(d) for d in DEMONYMS if d not in ("US", "U.S.", "Saudi-led")), key=len, reverse=True))
_VICTIM_DEMONYM_RX = re.compile(rf"(?<![\w-])({_DEMONYM_ALT})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_VICTIM_NOUN}\b")
_COUNTRY_ALT = "|".join(sorted((re.escape(c) for c in set(DEMONYMS.values())), key=len, reverse=True))
_FROM_COUNTRIES_RX = re.compile(
    rf"\b{_VICTIM_NOUN}\s+(?:\w+\s+){{0,3}}?(?:from|of)\s+(?:(?:several|various|different|many|multiple)\s+"
    rf"(?P<many>nationalities|countries)|(?:the\s+)?(?P<list>(?:{_COUNTRY_ALT})(?:(?:,\s*|\s+and\s+)(?:the\s+)?(?:{_COUNTRY_ALT}))*)\b(?![-’']))")
_MIGRANTS_RX = re.compile(r"(?i)\b(?:(?:irregular|illegal|undocumented|clandestine)\s+)?(?:migrants|asylum[- ]seekers)\b")
# a noun is the victim when an act falls on it ("killed a Senegalese vendor", "detained 40 migrants") or it suffers one
_VICTIM_CUE_BEFORE = re.compile(
    r"(?i)\b(?:kill\w*|shot|shoot\w*|attack\w*|beat\w*|assault\w*|abduct\w*|kidnap\w*|arrest\w*|detain\w*|captur\w*|"
    r"apprehend\w*|intercept\w*|rap\w+|tortur\w*|wound\w*|injur\w*|murder\w*|stabb\w*|lynch\w*|fired (?:at|on)|"
    r"opened fire on|deport\w*|expel\w*|target\w*|robb\w*|threaten\w*|harass\w*|evict\w*|at|on|against)\s+"
    r"(?:(?:dead|and killed|and wounded|a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens of|hundreds of|at least|around|"
    r"about|over|more than|\d[\d,]*|total of|a total of|group of|a group of)\s+){0,4}$")


def _civilians_of(text: str, country: str) -> str:
    """Whose civilians were hit: their nationality, else the event's country."""
    for m in _FROM_COUNTRIES_RX.finditer(text):
        if m.group("many"):
            return "International"
        found = list(dict.fromkeys(re.findall(_COUNTRY_ALT, m.group("list"))))
        if len(found) >= 3:
            return "International"
        if found and found[0] != country:
            return found[0]
    for m in _VICTIM_DEMONYM_RX.finditer(text):
        other = DEMONYMS[m.group(1)]
        if other == country:
            continue
        if _VICTIM_CUE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or _VICTIM_AFTER.match(text[m.end():m.end() + 80]):
            return other
    m = _MIGRANTS_RX.search(text)
    if m and _VICTIM_CUE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) and not _VICTIM_DEMONYM_RX.search(text):
        return "International"
    return country


_ARRESTED_ARMED_RX = re.compile(
    r"(?i)\b(?:arrest\w*|detain\w*|captur\w*|apprehend\w*|round(?:ed)? up|nabbed)\s+(?:\w+\s+){0,5}?"
    r"(?:members of (?:\w+\s+){0,2}(?:gangs?|criminal gangs?|armed groups?|cartels?|militias?)|gang members|gangsters|"
    r"(?:suspected\s+)?(?:militants|insurgents|jihadists|bandits))\b")


_INTERCEPTED_BY_RX = re.compile(r"(?i)\b(?:shot down|intercepted|downed|defused|destroyed|jammed|neutrali[sz]ed)\s+by\s+"
                                r"(?:(?:the|a|an|two|its)\s+)?(?:[\w'’.-]+,?\s+){0,4}?$")
_INTERCEPT_AFTER_RX = re.compile(
    r"(?i)[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?\s+(?:has\s+|had\s+|have\s+|reportedly\s+|successfully\s+)?(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )"
    r"(?:shot down|intercepted|downed|defused|dismantled|deactivated|neutrali[sz]ed|foiled|thwarted|jammed|destroyed (?:a|an|the|two|three|\d+) "
    r"(?:\w+\s+)?(?:drones?|missiles?|rockets?|UAVs?|projectiles?|IEDs?|explosive))\b")


_REPELLED_RX = re.compile(r"(?i)\b(?:repuls|repell?|thwart|foil|fend(?:ed)? off|beat back|push(?:ed)? back|fought off|"
                          r"foiled|rebuff|counter(?:ed)?)\w*\b(?!\s+by\b)")


_NOT_FORCE_RX = re.compile(r"(?i)\b(?:army|military|police|defen[cs]e|(?-i:[A-Z]{2,5}(?:/[A-Z]{2,5})?))\s+(?:aspirants|recruits|recruitment|job seekers|exams?|"
                           r"veterans|pensioners|widows|families)\b"
                           r"|\b(?:recruit\w*|jobs?|careers?|enlist\w*|service)\s+(?:\w+\s+){0,2}(?:in|into|to|for|with)\s+(?:the\s+)?"
                           r"(?:armed forces|army|military|police)\b")
_ATTACKING_MEMBERS_RX = re.compile(
    r"(?i)\b(?:members|supporters|activists|cadres|loyalists|youths?)\s+of\s+(?:the\s+)?(?:[\w()'’-]+\s+){1,4}?"
    r"(?:attacked|assaulted|beat|obstructed|disrupted|stormed|pelted|chased|hurled|threw)\s+(?:\w+\s+){0,3}?"
    r"(?:demonstrators|protesters|the (?:demonstration|protest|rally|march|sit-in)|participants|marchers)")
_COUNTER_CLASH_RX = re.compile(r"(?i)\bcounter-?(?:protest|demonstrat)\w*|clashed with (?:\w+ ){0,3}(?:supporters|protesters|demonstrators)"
                               r"|\bclash\w*\s+(?:broke out|erupted)\b")
_CLASH_WITH_FORCES_RX = re.compile(rf"(?i)\b(?:clash\w*|running battles?|fought|scuffl\w*|pelt\w*|ston(?:ed|ing)|threw \w+ at)\b"
                                   rf"[^.]{{0,60}}\b{_FORCE_WORDS}\b|\b{_FORCE_WORDS}\b[^.]{{0,40}}\b(?:clash\w*|fought)\b")


_NOT_AGENT_BEFORE = re.compile(
    r"(?i)\b(?:accus\w+|suspected of|suspicion of|support(?:ing|ers? of)?|hiding|harbou?ring|shelter\w*|collaborat\w+ with|"
    r"links? (?:to|with)|linked to|affiliat\w+ (?:to|with)|member(?:ship)? of|join(?:ing|ed)?|recruit\w*|"
    r"clash(?:es)? with|fighting (?:with|against)|battle with|offensive against|"
    # "after an earlier attack by X" names a foe; "Sunday's attack by X fighters" names the attacker
    r"(?:after|following|retaliation for|revenge for|avenge)\s+(?:an?\s+|the\s+)?(?:earlier\s+|recent\s+|previous\s+)?attack by)\b[^.;]{0,40}$")


_KIN_BEFORE_RX = re.compile(r"(?i)\b(?:famil(?:y|ies)|relatives?|wi(?:fe|ves)|sons?|daughters?|brothers?|parents|"
                            r"financ\w+|fund\w+|supplying|aiding|helping)\b[^.;]{0,40}$")
_DRUGS_RX = re.compile(r"(?i)\b(?:drugs?|marijuana|marihuana|cannabis|cocaine|heroin|methamphetamine|meth|fentanyl|"
                       r"narcotics?|crack|laborator(?:y|ies)|drug labs?|coca|poppy|poppies|opium|contraband)\b")
_PARTY_MEMBERS_RX = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:[A-Z][\w-]*)\s+(?i:members|supporters|activists|cadres|youths|militants|"
                               r"loyalists|thugs|youth wing)\b")
_DEFUSED_RX = re.compile(r"(?i)\b(?:defus\w+|dismantl\w+|deactivat\w+|neutrali[sz]\w+)\b[^.]{0,60}\b(?:mines?|IEDs?|explosives?|"
                         r"explosive devices?|bombs?|landmines?|grenades?)\b|\b(?:mines?|IEDs?|explosive devices?|bombs?)\b[^.]{0,40}"
                         r"\b(?:defused|dismantled|deactivated|neutrali[sz]ed)\b")


def _code_actors(passage: str, *, country: str, event_type: str, sub_event_type: str, event_date: dt.date,
                 more: str = "") -> Actors:
    text, on = passage, event_date
    civ = f"Civilians ({_civilians_of(text, country)})"

    if event_type == "Protests":
        who = _protester_country(text, country)
        protesters = f"Protesters ({who})"
        assoc = _assoc(text, country, on, who, more)
        if sub_event_type == "Peaceful protest":
            # a counter-demonstration is often reported in a sentence of its own
            if _COUNTER_RX.search(text) or (more and _COUNTER_RX.search(more)):
                return _make(protesters, 6, protesters, 6, assoc)
            return _make(protesters, 6, None, None, assoc)
        seen = _NOT_FORCE_RX.sub(lambda m: " " * len(m.group(0)), text)
        if _ATTACKING_MEMBERS_RX.search(seen):
            # "members of the movement attacked the demonstrators": partisans who assail a crowd are rioters
            return _make(protesters, 6, f"Rioters ({country})", 5, assoc)
        cands = _not_protest_object(text, [c for c in _candidates(seen, country, on, skip_objects=True, policing=True)
                                           if c.kind in ("state", "foreign", "group")])
        if cands:
            c = cands[0]
            assoc = [a for a in assoc if a != c.name]
            return _make(protesters, 6, c.name, c.inter, assoc)
        if UAG_RX.search(text) and sub_event_type == "Excessive force against protesters":
            return _make(protesters, 6, _unidentified(country, text), 3, assoc)
        if re.search(r"(?i)\b(?:counter-?protesters?|supporters of|rioters|mob)\b", text) and not _STATE_RX.search(text):
            return _make(protesters, 6, f"Rioters ({country})", 5, assoc)
        return _make(protesters, 6, state_forces(_home(country, text), on, "Police"), 1, assoc)

    if event_type == "Riots":
        who = _protester_country(text, country)
        rioters = f"Rioters ({who})"
        assoc = _assoc(text, country, on, who, more)
        if VIGILANTE_RX.search(text):
            assoc.append(f"Vigilante Group ({country})")
        # "army aspirants", "police recruits" name the crowd; blanked so the force met later is found
        seen = _NOT_FORCE_RX.sub(lambda m: " " * len(m.group(0)), text)
        cands = _not_protest_object(text, [c for c in _candidates(seen, country, on, skip_objects=True, policing=True)
                                           if c.kind in ("state", "foreign", "group")])
        if sub_event_type == "Violent demonstration":
            # demonstrators who fought counter-demonstrators or each other: police who then step in are not the other side
            if _RIOTERS_FIGHT_RX.search(text) or (more and _RIOTERS_FIGHT_RX.search(more)):
                return _make(rioters, 5, rioters, 5, assoc)
            cands = [c for c in cands if not _NOT_FORCE_AFTER_RX.match(text[c.pos:c.pos + 60])]
            if cands:
                return _make(rioters, 5, cands[0].name, cands[0].inter, [a for a in assoc if a != cands[0].name])
            if _COUNTER_CLASH_RX.search(text) or (more and _COUNTER_CLASH_RX.search(f"{text} {more}")
                                                  and _COUNTER_RX.search(f"{text} {more}")):
                return _make(rioters, 5, rioters, 5, assoc)
            # the clash with the police is often told in the next sentence ("Running battles with police followed")
            if more and _CLASH_WITH_FORCES_RX.search(more):
                later = [c for c in _candidates(more, country, on) if c.kind in ("state", "foreign")]
                if later:
                    return _make(rioters, 5, later[0].name, later[0].inter, assoc)
            if _PEOPLE_HURT_RX.search(text) or _PROPERTY_HIT_RX.search(text):
                return _make(rioters, 5, civ, 7, assoc, _victims(text, country))
            return _make(rioters, 5, None, None, assoc)
        # Mob violence: a mob against forces, against each other, or (most often) against civilians
        forces = [c for c in cands if c.kind in ("state", "foreign")]
        if forces and _FORCES_TARGETED_RX.search(text):
            return _make(rioters, 5, forces[0].name, forces[0].inter, assoc)
        if RIOT_CLASH_RX.search(text) and not re.search(r"(?i)\b(?:lynch\w*|beat\w* (?:to death|up)|thie(?:f|ves)|suspected)\b", text):
            # foreign rioters (settlers, a diaspora) clash with local ones
            return _make(rioters, 5, rioters if who == country else f"Rioters ({country})", 5, assoc)
        return _make(rioters, 5, civ, 7, assoc, _victims(text, country))

    if event_type == "Violence against civilians":
        cands = [c for c in _candidates(text, country, on, agentive_only=True,
                                        arrest_agent=sub_event_type == "Abduction/forced disappearance")
                 if not c.victim]
        # "after calling him an informer for the ALF", "following a clash with the NDF": a group named as
        # the victim's alleged side or an earlier foe did not do it
        named = [c for c in cands if c.kind in ("group", "foreign")
                 and not _NOT_AGENT_BEFORE.search(text[max(0, c.pos - 60):c.pos])]
        state = [c for c in cands if c.kind == "state"]
        pick = (named or state or [c for c in cands if c.kind == "uag"] or [None])[0]
        if pick is None:
            pick = _Cand(0, _unidentified(country, text), 3, "uag")
        return _make(pick.name, pick.inter, civ, 7, [], _victims(text, country))

    if event_type in ("Battles", "Explosions/Remote violence"):
        # the side that acts first, the side that was hit second
        cands = [c for c in _candidates(text, country, on) if not c.ally]
        # the side that acts first, the one hit second; "fighting between X and Y" keeps the order it gives
        if event_type == "Explosions/Remote violence" or not re.search(r"(?i)\bbetween\b", text):
            cands.sort(key=lambda c: c.victim)
        if event_type == "Explosions/Remote violence":
            return _explosion(text, country, on, sub_event_type, cands, more)
        rep = _REPELLED_RX.search(text)
        if rep and len(cands) >= 2:
            # "X repulsed a Y attack", "X thwarted an offensive and clashed with Y": Y attacked, and ACLED puts it first
            after = [c for c in cands if c.pos >= rep.start() and c.kind != "uag"]
            before = [c for c in cands if c.pos < rep.start()]
            if after and before:
                cands = [after[0]] + [c for c in cands if c is not after[0]]
        if len(cands) >= 2:
            a, b = cands[0], cands[1]
            # "two NPA members were killed ... fired upon by 15 rebels": the rebels are the group named, not unknown
            named = [c for c in cands[2:] if c.kind == "group"]
            if b.kind == "uag" and named and a.kind != "group":
                b = named[0]
        elif len(cands) == 1:
            a = cands[0]
            if re.search(r"(?i)\b(?:between|among)\s+(?:the\s+)?(?:two|2|rival)\s+(?:\w+\s+)?(?:groups|factions|units|sides)\b", text):
                b = a  # "clashes between two Taliban groups": the actor fought itself
            elif a.kind == "state" and a.victim:
                # "a commander was shot dead by unknown gunmen": the unknown attacker comes first
                a, b = _Cand(0, _unidentified(country, text), 3, "uag"), a
            elif a.kind == "state":
                b = _Cand(0, _unidentified(country, text), 3, "uag")
            elif a.kind in ("uag", "group") and not _STATE_RX.search(text):
                # no force in the story: two armed groups (or two factions of one) fought each other
                b = a if a.kind == "uag" or a.inter == 4 else _Cand(0, _unidentified(country, text), 3, "uag")
            else:
                b = _Cand(0, state_forces(_home(country, text), on, "Military"), 1, "state")
        else:
            a = _Cand(0, state_forces(_home(country, text), on, "Military"), 1, "state")
            b = _Cand(0, _unidentified(country, text), 3, "uag")
        return _make(a.name, a.inter, b.name, b.inter, [])

    # Strategic developments
    cands = _candidates(text, country, on)
    armed = [c for c in cands if c.kind != "uag"]
    if sub_event_type == "Arrests":
        agents = [c for c in cands if c.kind in ("state", "foreign")] or \
                 [_Cand(0, state_forces(_home(country, text), on, "Police"), 1, "state")]
        a = agents[0]
        # "the brother of an NDF commander", "accused of funding the NDF": people tied to a group are not the group
        groups = [c for c in cands if c.kind == "group" and not _NOT_AGENT_BEFORE.search(text[max(0, c.pos - 60):c.pos])
                  and not _KIN_BEFORE_RX.search(text[max(0, c.pos - 60):c.pos])]
        if groups:
            return _make(a.name, a.inter, groups[0].name, groups[0].inter, [])
        if _ARRESTED_ARMED_RX.search(text):
            # members of an unnamed gang or armed group are held as that group, not as civilians
            return _make(a.name, a.inter, _unidentified(country, text), 3, [])
        # arrested people are civilians, demonstrators too (ACLED keeps Protesters for demonstration events);
        # a party or movement they belong to, and their protest, are associated with them
        parties = [n for _, n, i in _named(text, country, on) if i is None]
        protest = [f"Protesters ({country})"] if PROTEST_RX.search(text) or re.search(
            r"(?i)\b(?:protesters|activists|demonstrators)\b", text) else []
        return _make(a.name, a.inter, civ, 7, [], parties + protest + _victims(text, country))
    if sub_event_type == "Looting/property destruction":
        agents = [c for c in cands if c.kind in ("group", "foreign", "state")] or [c for c in cands if c.kind == "uag"]
        if agents and agents[0].kind == "state" and country in GANG_COUNTRIES and _DRUGS_RX.search(text):
            # seized drugs, a lab or a cache belong to the gangs that trade them
            return _make(agents[0].name, agents[0].inter, _unidentified(country, f"{text} gang"), 3, [])
        if not agents or agents[0].kind == "uag":
            # "ZANU PF members seized a vehicle": a party acting through its members is a political militia
            m = _PARTY_MEMBERS_RX.search(text)
            party = next((n for pos, n, i in _named(text, country, on) if i is None and m and m.start() <= pos < m.end()), None)
            if party:
                return _make(party, 3, civ, 7, [])
        if not agents:
            if re.search(r"(?i)\b(?:mob|rioters|crowd|protesters|demonstrators)\b", text):
                return _make(f"Rioters ({country})", 5, civ, 7, _assoc(text, country, on))
            agents = [_Cand(0, _unidentified(country, text), 3, "uag")]
        return _make(agents[0].name, agents[0].inter, civ, 7, [])
    if sub_event_type == "Disrupted weapons use":
        # the side that shot down, intercepted or defused the weapon comes first, whoever launched it second
        stoppers = [c for c in cands if c.kind != "uag" and (_INTERCEPT_AFTER_RX.match(text[c.pos:c.pos + 120])
                                                             or _INTERCEPTED_BY_RX.search(text[max(0, c.pos - 50):c.pos]))]
        planted = _DEFUSED_RX.search(text)
        if stoppers:
            rest = [c for c in cands if c.name != stoppers[0].name and c.kind != "uag" and c.pos != stoppers[0].pos]
            b = rest[0] if rest else (_Cand(0, _unidentified(country, text), 3, "uag") if planted else None)
            return _make(stoppers[0].name, stoppers[0].inter, b.name if b else None, b.inter if b else None, [])
        own = [c for c in cands if c.kind == "state"] or \
              [_Cand(0, _own_state(text, _home(country, text), on, "Military"), 1, "state")]
        other = [c for c in cands if c.kind in ("group", "foreign")]
        if not other and planted:
            # a defused mine or IED was planted by someone: unknown unless named
            other = [_Cand(0, _unidentified(country, text), 3, "uag")]
        return _make(own[0].name, own[0].inter, other[0].name if other else None,
                     other[0].inter if other else None, [])
    if sub_event_type == "Other" and DISPLACEMENT_RX.search(text):
        # displacement is coded to the displaced civilians, named by where they come from
        m = re.search(r"\bfrom (?:the )?(" + "|".join(sorted(map(re.escape, set(DEMONYMS.values())), key=len, reverse=True)) + r")\b", text)
        origin = m.group(1) if m else _protester_country(text, country)
        return _make(f"Civilians ({origin})", 7, None, None, [f"Refugees/IDPs ({origin})"])
    if armed:
        a = armed[0]
        b = armed[1] if len(armed) > 1 else None
        return _make(a.name, a.inter, b.name if b else None, b.inter if b else None, [])
    if re.search(r"(?i)\b(?:government|authorities|ministry|minister|parliament|president|cabinet|governor|mayor|"
                 r"municipality|council|court|decree|banned|ban)\b", text):
        return _make(state_forces(_home(country, text), on, "Government"), 1, None, None, [])
    if PROTEST_RX.search(text):
        return _make(f"Protesters ({country})", 6, None, None, _assoc(text, country, on))
    if cands:
        return _make(cands[0].name, cands[0].inter, None, None, [])
    return _make(state_forces(_home(country, text), on, "Military"), 1, None, None, [])


_PLANTED_BY_RX = re.compile(r"(?i)\b(?:planted|laid|placed|fired|launched|detonated|dropped|thrown|lobbed|hurled|set off|"
                            r"carried out|conducted|claimed)\s+by\s+(?:(?:the|a|an|suspected|presumed|alleged)\s+)*$")


def _explosion(text: str, country: str, on: dt.date, sub: str, cands: list[_Cand], more: str = "") -> Actors:
    """Attacker first; the target (an armed actor, or civilians when they were hit) second."""
    home = _home(country, text)
    attackers = [c for c in cands if c.kind != "uag" and not c.victim]
    # "an IED planted by JNIM militants": whoever laid or fired the weapon is the attacker
    attackers.sort(key=lambda c: not _PLANTED_BY_RX.search(text[max(0, c.pos - 40):c.pos]))
    if not attackers and any(c.victim for c in cands):
        # only the target is named ("a soldier died in a roadside bomb blast"): the attacker is unknown
        a = next((c for c in cands if c.kind == "uag"), None) or _Cand(0, _unidentified(country, text), 3, "uag")
    elif attackers:
        a = attackers[0]
    elif _default_attacker(country, on) and sub in ("Shelling/artillery/missile attack", "Air/drone strike"):
        a = _Cand(0, state_forces(_default_attacker(country, on), on, "Military"), 8, "foreign")
    elif sub == "Air/drone strike":
        a = _Cand(0, state_forces(home, on, "Military"), 1, "state")
    elif sub == "Shelling/artillery/missile attack" and _MIL_RX.search(text):
        a = _Cand(0, state_forces(home, on, "Military"), 1, "state")
    else:
        a = _Cand(0, _unidentified(country, text), 3, "uag")
    # in the Russia-Ukraine war ACLED credits crewed air strikes to each side's air force; elsewhere only when named
    war_air = _default_attacker(country, on) is not None and not re.search(r"(?i)\b(?:drones?|UAVs?|Shahed|Bayraktar)\b", text)
    if sub == "Air/drone strike" and a.kind in ("state", "foreign") and a.name.startswith("Military Forces") \
            and a.name.endswith(")") and (war_air or re.search(r"(?i)\b(?:air ?force|aviation|air force units?)\b", text)):
        a = _Cand(a.pos, a.name + " Air Force", a.inter, a.kind)
    rest = [c for c in cands if c.name != a.name and c.kind != "uag" and not a.name.startswith(c.name)
            and not (a.inter == 8 and c.inter == 8 and not c.victim) and not c.ally]
    rest.sort(key=lambda c: not c.victim)  # the one named as hit is the target
    if rest:
        b = rest[0]
        return _make(a.name, a.inter, b.name, b.inter, [])
    if _CIVILIAN_PEOPLE_RX.search(text) and re.search(r"(?i)\b(?:kill\w*|injur\w+|wound\w+|died|dead|death|hurt)\b", text) \
            and not re.search(r"(?i)\bno (?:civilian )?(?:casualties|injuries|fatalities)\b", text):
        return _make(a.name, a.inter, f"Civilians ({_civilians_of(text, country)})", 7, [], _victims(text, country))
    # the casualties are often told in the next sentence ("At least three civilians died")
    hurt = re.search(r"(?i)\b(?:civilians?|residents?|villagers?|child(?:ren)?|\d+-year-old)\b[^.]{0,60}\b(?:killed|injured|wounded|died|dead|hurt)\b"
                     r"|\b(?:killed|injured|wounded|killing|injuring|wounding)\s+(?:\w+\s+){0,4}?(?:civilians?|residents?|villagers?|child(?:ren)?|\d+-year-old)\b",
                     f"{text} {more}")
    if hurt:
        return _make(a.name, a.inter, f"Civilians ({_civilians_of(text, country)})", 7, [], _victims(text, country))
    return _make(a.name, a.inter, None, None, [])
