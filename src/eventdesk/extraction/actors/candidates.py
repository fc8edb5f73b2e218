"""The armed actors of a passage in order of first mention, each flagged as target or ally, from which the
rules per event type pick actor1 and actor2."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...text.lexicon import alternation
from .words import words, word_rx
from .states import (state_forces, with_unit, DEMONYMS, own_demonym, default_attacker, DEMONYM_FORCE_RX, CAPITALS, STATE_NAMES,
                     STATE_SUBJECT_RX, FOREIGN_NOUN_RX, POL_RX, GENERIC_SECURITY_RX, STATE_RX, home_of, force_owner,
                     possessive_owner)
from .cues import (STATE_AGENT_RX, STATE_AGENT_NO_ARREST_RX, Cand, mark_allies, is_victim, is_reporter, mention_end,
                   PROTEST_OBJECT_RX)
from .groups import (UAG_RX, named_in, unidentified, MILITIA_RX, PLACE_MILITIA_RX, ethnic_armed, ethnic_name,
                     NOT_NAME, militia_name, UNKNOWN_GROUP_RX, ISLAMIST_RX)


# "a Taliban government spokesman said": the government reports, it did not act
_GOVERNMENT_SPEAKS_RX = re.compile(rf"\s+{words('actors_reporting', 'government')}\s+"
                                   rf"{words('actors_reporting', 'government_source')}\b")
_HOUTHI_RX = word_rx('actors_group_names', 'houthi')
_TTP_RX = re.compile(f"(?i){alternation('actors_group_names', 'ttp')}")
# "a rocket fired from Ruritania landed": a country after these is a place, not the subject
_PLACE_PREP_RX = re.compile(rf"(?i)\b{words('actors_function_words', 'place_prep')}\s+$")
_REBEL_FIGHTERS_RX = re.compile(rf"(?i){alternation('actors_militias', 'rebel')}")
_POLICE_UNIT_RX = re.compile(rf"(?i){alternation('actors_force_nouns', 'police_unit')}")
# the word right before a force noun ("Kurdish troops"), which may name a people rather than a state
_PEOPLE_BEFORE_RX = re.compile(r"\b([A-Z][a-z]+)\s+$")


def candidates(text: str, country: str, on: dt.date, agentive_only: bool = False,
               arrest_agent: bool = True, skip_objects: bool = False, policing: bool = False) -> list[Cand]:
    """Armed actors in order of first mention: named groups, foreign forces, own forces, unidentified.

    A force met as the subject of a reporting verb is left out; one met as the target ('a soldier was
    killed') is kept but flagged `victim`, so callers can put it second.
    """
    home = home_of(country, text)
    low = text.lower()
    cands: list[Cand] = []
    spans: list[tuple[int, int]] = []  # foreign/demonym mentions: their force words are not the home forces
    for pos, name, inter in named_in(text, country, on):
        if inter is None:
            continue
        if country == "Afghanistan" and name == "Taliban":
            continue
        end = mention_end(text, pos)
        # "The Arab-led Northern Democratic Front (NDF)": the group's full name, met a few words on, is the group
        short = name.split(": ")[-1]
        full = low.find(short.lower(), pos, end + 60)
        end = max(end, full + len(short)) if full >= 0 else end
        spans.append((pos, end + 2))  # "a QSD military vehicle": the force word that follows is the group's
        if is_reporter(text, (pos, end), speech_only=True):
            continue  # "according to a YPG source"
        cands.append(Cand(pos, name, inter, "state" if inter == 1 else "group", is_victim(text, pos, end)))
    # Taliban: rebels until they took Kabul on 15 August 2021, the state after
    for m in re.finditer(r"\bTaliban\b", text):
        if is_reporter(text, m, speech_only=True) or _GOVERNMENT_SPEAKS_RX.match(text[m.end():m.end() + 40]):
            continue  # "a Taliban government spokesman said": the government reports, it did not act
        if country == "Afghanistan" or (country == "Pakistan" and not _TTP_RX.search(text[max(0, m.start() - 30):m.end() + 5])):
            if country == "Afghanistan" and on >= dt.date(2021, 8, 15):
                cands.append(Cand(m.start(), state_forces("Afghanistan", on, "Military"), 1, "state",
                                   is_victim(text, m.start(), m.end())))
            elif country == "Afghanistan":
                cands.append(Cand(m.start(), "Taliban", 2, "group"))
            break
    m = _HOUTHI_RX.search(text)
    if m and on >= dt.date(2016, 7, 28):
        # the Houthis govern Sanaa through the Supreme Political Council they set up in July 2016; their
        # strikes on Saudi Arabia or the Emirates are a state's forces acting abroad
        inside = country == "Yemen"
        cands.append(Cand(m.start(), "Military Forces of Yemen (2016-) Supreme Political Council", 1 if inside else 8,
                           "state" if inside else "foreign", is_victim(text, m.start(), m.end())))
        spans.append((m.start(), m.end() + 2))
    elif m and country == "Yemen":
        cands.append(Cand(m.start(), "Houthis", 2, "group", is_victim(text, m.start(), m.end())))
    # a group the lexicon does not know, named as the fighters it fields: "a raid by Jund al-Nour fighters"
    for m in UNKNOWN_GROUP_RX.finditer(text):
        name = m.group(1)
        first = name.split()[0].split("-")[0]
        if not re.search(r"[ -]", name):
            continue  # a bare acronym ("RRR militiamen") is often a faction of a named coalition; ACLED spells it out
        if first in DEMONYMS or first in NOT_NAME or first in STATE_NAMES or any(s_ <= m.start() < e_ for s_, e_ in spans) \
                or any(c.pos <= m.start() < c.pos + len(c.name) for c in cands):
            continue
        if any(name.lower() in c.name.lower() or c.name.split(":")[0] == name for c in cands):
            continue
        cands.append(Cand(m.start(), name, 2 if _REBEL_FIGHTERS_RX.search(m.group(2)) else 3, "group",
                           is_victim(text, m.start(), m.end())))
    def is_object(start: int) -> bool:
        return skip_objects and bool(PROTEST_OBJECT_RX.search(text[max(0, start - 60):start]))

    named_spans = list(spans)
    for m in DEMONYM_FORCE_RX.finditer(text):
        if any(s_ <= m.start() < e_ for s_, e_ in named_spans):
            continue  # "Ruritanian Democratic Forces": a group's name, not the state's forces
        spans.append((m.start(), m.end()))
        if is_object(m.start()):
            continue
        if is_reporter(text, m, speech_only=True):
            continue  # "the French government said ...": the one reporting is not the one acting
        victim = is_victim(text, m.start(), m.end())
        other = DEMONYMS[m.group(1)]
        if own_demonym(other, home):
            other = home
        if other == home or (country == "Palestine" and other == "Palestine"):
            if other == "Palestine":
                cands.append(Cand(m.start(), state_forces("Palestine", on, "Police"), 1, "state", victim))
            else:
                kind = "Police" if _POLICE_UNIT_RX.search(m.group(0)) else "Military"
                name = with_unit(state_forces(home, on, kind), home, kind, m.group(0), m.group(0))
                cands.append(Cand(m.start(), name, 1, "state", victim))
            continue
        kind = "Police" if re.search(r"(?i)\bpolice\b", m.group(0)) and other != "Russia" else "Military"
        # "Russian air force", "Turkish gendarmerie": the service named is the unit
        name = with_unit(state_forces(other, on, kind), other, kind, m.group(0), m.group(0))
        cands.append(Cand(m.start(), name, 8, "foreign", victim))
    for m in STATE_SUBJECT_RX.finditer(text):
        if _PLACE_PREP_RX.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "a rocket fired from Ruritania landed": the country is a place, not the subject
        spans.append((m.start(), m.end()))
        other = CAPITALS.get(m.group(1), m.group(1))
        if other == home:
            cands.append(Cand(m.start(), state_forces(home, on, "Military"), 1, "state"))
        else:
            cands.append(Cand(m.start(), state_forces(other, on, "Military"), 8, "foreign"))
    fm = FOREIGN_NOUN_RX.search(text)
    if fm and default_attacker(country, on):
        cands.append(Cand(fm.start(), state_forces(default_attacker(country, on), on, "Military"), 8, "foreign"))
    agent_rx = STATE_AGENT_RX if arrest_agent else STATE_AGENT_NO_ARREST_RX
    own: Cand | None = None
    for m in STATE_RX.finditer(text):
        if any(s <= m.start() < e for s, e in spans) or is_reporter(text, m) or is_object(m.start()):
            continue
        of = re.match(r"\s+of\s+(?:the\s+)?[A-Z][^\s,;.]*(?:\s+[A-Z][^\s,;.]*)*", text[m.end():])
        if of and any(c.kind == "group" and m.end() < c.pos <= m.end() + of.end() + 2 for c in cands):
            continue  # "the youth army of the Liberation Front": the group's army, not the state's
        if agentive_only and not agent_rx.search(text[max(0, m.start() - 40):m.end() + 60]):
            continue
        victim = is_victim(text, m.start(), m.end())
        people = _PEOPLE_BEFORE_RX.search(text, max(0, m.start() - 25), m.start())
        group = next((g for g in named_in(f"{people.group(1)} fighters", country, on) if g[2] not in (None, 1)), None) \
            if people is not None and people.group(1) not in DEMONYMS and ethnic_name(people.group(1)) else None
        if group is not None:
            # "Kurdish troops": a people's armed men, not the state's army (codebook 1.4), where the lexicon knows that
            # people's armed group in this country ("Kurdish fighters"); elsewhere ("Kurdish forces" in Iraq, a
            # region's own forces) the force word is read as before
            spans.append((people.start(1), m.end()))
            if not any(c.name == group[1] for c in cands):
                cands.append(Cand(people.start(1), group[1], group[2], "group", victim))
            continue
        other = force_owner(m.group(0), home)
        if other is None and (owner := possessive_owner(text, m.start())) is not None and not own_demonym(owner, home):
            other = owner  # "Kenyan officials say three of their troops died": Kenya's, not the home forces
        if other is not None:  # another country's force by its own name: foreign, whatever the event's country
            kind = "Police" if POL_RX.fullmatch(m.group(0)) else "Military"
            cands.append(Cand(m.start(), state_forces(other, on, kind), 8, "foreign", victim))
            nxt = re.match(r"\s+[\w-]+", text[m.end():])
            spans.append((m.start(), m.end() + (nxt.end() if nxt else 0)))  # "IDF troops": the troops are the IDF
            continue
        if own is not None and victim:
            continue
        if own is not None and not STATE_AGENT_RX.search(text[max(0, m.start() - 40):m.end() + 60]):
            continue  # "three officers were killed ... The officers were on patrol": named again, still the target
        # "security forces" that break up a demonstration are its police (ACLED codes crowd control to police)
        kind = "Police" if POL_RX.fullmatch(m.group(0)) or (policing and GENERIC_SECURITY_RX.fullmatch(m.group(0))) \
            else "Military"
        name = with_unit(state_forces(home, on, kind), home, kind, text, m.group(0))
        if own is None:
            own = Cand(m.start(), name, 1, "state", victim)
        else:  # the force is first met as a target and later acts: it is an agent
            own = Cand(own.pos, name, 1, "state")
        if not victim:
            break
    if own is not None:
        cands.append(own)
    militia = False
    for m in MILITIA_RX.finditer(text):
        name = militia_name(m, country)
        if name:
            cands.append(Cand(m.start(), name, 4, "group"))
            militia = True
            break
    for label, where, rx in ethnic_armed():
        if "*" not in where and country not in where:
            continue
        m = rx.search(text)
        if m and not any(c.pos <= m.start() < c.pos + 30 for c in cands):
            # "Fulani herders and Massa farmers clashed": armed members of a people are its ethnic militia
            cands.append(Cand(m.start(), label.replace(" Group", " Militia") + f" ({country})", 4, "group",
                               is_victim(text, m.start(), m.end())))
    # "Katsina militiamen", "a Zamfara militia": a militia named after its home area is communal (ACLED:
    # '<Place> Communal Militia (Country)'), unless the name is a group the lexicon knows
    for m in ([] if militia else PLACE_MILITIA_RX.finditer(text)):
        who = m.group(1)
        if ISLAMIST_RX.match(m.group(0)):
            # "Islamist militias": named by their creed, not a home area (ACLED: 'Islamist Militia (Country)')
            cands.append(Cand(m.start(), f"Islamist Militia ({country})", 3, "uag", is_victim(text, m.start(), m.end())))
            break
        if who in NOT_NAME or who in DEMONYMS or who in STATE_NAMES or any(c.pos <= m.start() < c.pos + 40 for c in cands) \
                or any(s_ <= m.start() < e_ for s_, e_ in spans) or ethnic_name(who):
            continue
        cands.append(Cand(m.start(), f"{who} Communal Militia ({country})", 4, "group",
                           is_victim(text, m.start(), m.end())))
        break
    m = UAG_RX.search(text)
    # "suspected NPA militants" are the NPA: an unidentified group only when no group is named
    # ... but "unidentified gunmen fired on an NDF post" names an unknown attacker beside the group it hit
    if m and (not any(c.kind == "group" for c in cands)
              or (not any(c.kind == "group" and not c.victim for c in cands)
                  and not any(m.start() <= s_ < m.end() or s_ <= m.start() < e_ for s_, e_ in spans))):
        cands.append(Cand(m.start(), unidentified(country, text), 3, "uag"))
    cands = mark_allies(text, sorted(cands, key=lambda c: c.pos))
    # a side first met as a target that acts later in the text ("...against Israeli planes, when Israel
    # bombed a base") is an agent
    acts = {c.name for c in cands if not c.victim}
    seen, out = set(), []
    for c in cands:
        if c.name not in seen:
            seen.add(c.name)
            out.append(dataclasses.replace(c, victim=False) if c.victim and c.name in acts else c)
    return out
