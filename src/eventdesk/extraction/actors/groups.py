"""Non-state armed groups: named (actors_groups.tsv), 'Full Name (ACR)', unidentified, gangs where ACLED
codes crime as gang activity, and identity militias (lexicon/actors_armed_people, _group_names, _gangs,
_militias)."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...text import prefilter
from ...text.lexicon import alternation, named_groups as _groups
from .words import words, word_rx
from .states import state_forces, DEMONYMS
from .civilians import ethnic_groups


UAG_RX = re.compile(rf"\b{words('actors_armed_people', 'unknown')}\s+(?:\w+\s+)?"
                    rf"{words('actors_armed_people', 'unknown_noun')}\b|\b"
                    rf"{words('actors_armed_people', 'armed')}\b", re.I)


# "Full Name (ACR)" -> "ACR: Full Name"; lowercase connectors allowed inside the name
_CONNECT = rf"{words('actors_group_names', 'connector')}"


_CAPWORD = r"(?:[A-Z][\w'’.&-]*|\d+)"


ACR_RX = re.compile(rf"\b({_CAPWORD}(?:\s+(?:{_CAPWORD}|{_CONNECT})){{1,10}})\s*\(\s*([A-Z][A-Za-z0-9&/+-]{{1,11}})\s*\)")


_ACR_STOP = frozenset(alternation("actors_group_names", "not_acronym").split("|"))


_ARMED_WORDS = re.compile(rf"\b{words('actors_group_names', 'armed')}\b")


# A group known by another name for a while: the name ACLED gave it at the time of the event (public history:
# IS's Sahel province was the Greater Sahara one until March 2022; Boko Haram was IS's West Africa province
# from its pledge in March 2015 until the split of August 2016).
_DATED_NAMES = (
    ("Islamic State (Sahel)", dt.date.min, dt.date(2022, 3, 1), "Islamic State (Greater Sahara)"),
    ("Boko Haram - Jamaatu", dt.date(2015, 3, 7), dt.date(2016, 8, 3), "Boko Haram - Wilayat Gharb Ifriqiyyah"),
)


@lru_cache(maxsize=1)
def _selector() -> prefilter.Selector:
    return prefilter.Selector(g.rx for g in _groups())


def _named(g, country: str, on: dt.date) -> str:
    """A table row's name for this country and date."""
    name = g.name
    if "{Military}" in name or "{Police}" in name:
        kind = "Military" if "{Military}" in name else "Police"
        name = name.replace("{%s}" % kind, state_forces(country, on, kind))
    for old, start, end, then in _DATED_NAMES:
        if name.startswith(old) and start <= on < end:
            name = then
    return name


def _declared(full: str, acr: str, country: str):
    """The actor table's row for a "Full Name (ACR)" the text spells out itself: by name or acronym among the
    country's and the worldwide rows; by name alone in another country's rows when only one row has that name
    and it carries no country (an acronym is too short to be sure abroad)."""
    groups = _groups()
    here = [g for g in groups if g.country in ("*", country)
            and (_rx(g).fullmatch(full) or _rx(g).fullmatch(acr))]
    if here:
        return here[0]
    abroad = {g.name: g for g in groups if g.country not in ("*", country) and _rx(g).fullmatch(full)}
    if len(abroad) == 1:
        g = next(iter(abroad.values()))
        if "(" not in g.name and "{" not in g.name:
            return g
    return None


def _rx(g) -> re.Pattern:
    return getattr(g.rx, "pattern_object", g.rx)


def named_in(text: str, country: str, on: dt.date) -> list[tuple[int, str, int | None]]:
    """Named groups from the lexicon and the "Full Name (ACR)" pattern, by first position."""
    out: dict[str, tuple[int, str, int | None]] = {}
    taken: list[tuple[int, int]] = []
    groups = _groups()
    for i in _selector().possible(text):  # (the groups whose pre-filter lets the text through, in order)
        g = groups[i]
        if g.country not in ("*", country):
            continue
        for m in g.rx.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            name, inter = _named(g, country, on), g.inter
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
        declared = _declared(full, acr, country)
        if declared is not None:  # the table's name, so a group is spelled one way in every row
            name, inter = _named(declared, country, on), declared.inter
            if name in out:
                continue
        out.setdefault(name, (m.start(), name, inter))
        known.add(acr)
    return sorted(out.values())


_INSTITUTION_RX = re.compile(rf"\b{words('actors_group_names', 'institution')}\b")


_OWN_ARMY_RX = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{1,3}}{words('actors_group_names', 'own_army')}$")


# ACLED codes criminal armed violence in Latin America and the Caribbean as gang activity.
GANG_COUNTRIES = frozenset(alternation("actors_gangs", "country").split("|"))


_GANG_RX = word_rx('actors_gangs', 'gang')


_NOT_GANG_RX = word_rx('actors_gangs', 'not_gang')


# In Brazil police officers run militias that kill much as gangs do, so ACLED names the unknown gunmen of a
# drive-by or execution-style killing by both.
_BRAZIL_MILITIA_RX = word_rx('actors_gangs', 'brazil_militia')
_GANG_NAMED_RX = word_rx('actors_gangs', 'named')


# ACLED names an unnamed armed group by what the text calls it: "Islamist militants", "jihadists"
ISLAMIST_RX = re.compile(rf"(?i)\b{words('actors_armed_people', 'islamist')}\s+{words('actors_armed_people', 'islamist_noun')}\b"
                         r"|\bjihadists?\b")


def unidentified(country: str, text: str) -> str:
    if country == "Brazil" and _BRAZIL_MILITIA_RX.search(text) and not _GANG_NAMED_RX.search(text):
        return "Unidentified Gang and/or Police Militia"
    if country in GANG_COUNTRIES and _GANG_RX.search(text) and not _NOT_GANG_RX.search(text):
        return f"Unidentified Gang ({country})"
    if country not in GANG_COUNTRIES and re.search(r"(?i)\bcult(?:ists?|s)?\b", text) and country == "Nigeria":
        return "Unidentified Cult Militia (Nigeria)"
    if ISLAMIST_RX.search(text):
        return f"Islamist Militia ({country})"
    return f"Unidentified Armed Group ({country})"


# "Hawiye clan militia", "Dinka tribesmen", "tribal gunmen": ACLED's identity militias (inter 4).
_MILITIA_KIND = {"clan": "Clan", "sub-clan": "Sub-Clan", "tribal": "Tribal", "tribe": "Tribal", "tribesmen": "Tribal",
                 "clansmen": "Clan", "ethnic": "Ethnic", "communal": "Communal", "community": "Communal"}


MILITIA_RX = re.compile(r"(?:\b([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?)\s+)?\b("
                        rf"{alternation('actors_militias', 'identity')})\s+"
                        rf"{words('actors_militias', 'fighters')}\b|"
                        r"(?:\b([A-Z][\w'’]+(?:[- ](?:al[- ])?[A-Z][\w'’]+)?)\s+)?\b("
                        rf"{alternation('actors_militias', 'members')})\b")


PLACE_MILITIA_RX = re.compile(rf"(?<![\w-])([A-Z][a-z]+)\s+{words('actors_militias', 'place_militia')}\b")


@lru_cache(maxsize=1)
def ethnic_armed() -> tuple[tuple[str, frozenset[str], re.Pattern], ...]:
    armed = alternation("actors_militias", "ethnic_armed")
    return tuple((label, where, re.compile(rf"\b(?:{rx.pattern[5:-3]})\s+(?:{armed})\b", re.I))
                 for label, where, rx in ethnic_groups() if label.endswith("Ethnic Group"))


def ethnic_name(word: str) -> bool:
    return any(rx.fullmatch(word) or rx.search(f"{word} people") for _, _, rx in ethnic_groups())


NOT_NAME = {"The", "A", "An", "Two", "Rival", "Armed", "Local", "Unidentified", "Unknown", "Some", "Several", "On", "In",
             "Suspected", "Alleged", "Presumed", "Presumably", "Heavily", "Yesterday", "Today", "Around"}


def militia_name(m: re.Match, country: str) -> str | None:
    who, kind = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    label = _MILITIA_KIND[kind.lower()]
    if who and who.split()[0] not in NOT_NAME and not re.match(r"(?i)on|in|at", who):
        return f"{who} {label} Militia ({country})"
    return f"Unidentified {label} Militia ({country})"


UNKNOWN_GROUP_RX = re.compile(r"(?<![\w-])((?:[A-Z][\w'’]+)(?:[ -](?:al|el|ul|ad|ash|as|at|ar|an|ud|wal|"
                              rf"wa)?-?[ ]?[A-Z][\w'’]+){{0,4}})\s+({alternation('actors_militias', 'fielded')}"
                              r")\b")
