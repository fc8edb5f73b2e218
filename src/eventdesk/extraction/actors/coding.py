"""The rules per event type that turn candidates and cues into actor1/actor2 and their associates, claims
of responsibility, and code_actors, the entry point."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...text.lexicon import alternation
from .words import words, word_rx, any_of
from .inter import INTER, Actors, interaction, make
from .states import (state_forces, DEMONYMS, default_attacker, MIL_RX, STATE_RX, own_state, home_of,
                     own_demonym, owner_state, OWNER_WORD_RX)
from .cues import Cand, not_protest_object, AGENT_AFTER_RX, mention_end
from .civilians import CIVILIAN_PEOPLE_RX, DISPLACEMENT_RX, victim_labels, protester_country, civilians_of
from .groups import UAG_RX, named_in, GANG_COUNTRIES, unidentified
from .candidates import candidates
from .organisers import associated, organisers
from .scene import (RIOT_CLASH_RX, PROTEST_RX, VIGILANTE_RX, FORCES_TARGETED_RX, FORCES_MET_RX, PEOPLE_HURT_RX, RIOTERS_FIGHT_RX,
                    NOT_FORCE_AFTER_RX, PROPERTY_HIT_RX, COUNTER_RX, ARRESTED_ARMED_RX, INTERCEPTED_BY_RX,
                    INTERCEPT_AFTER_RX, REPELLED_RX, NOT_FORCE_RX, ATTACKING_MEMBERS_RX, COUNTER_CLASH_RX,
                    CLASH_WITH_FORCES_RX, NOT_AGENT_BEFORE, KIN_BEFORE_RX, DRUGS_RX, PARTY_MEMBERS_RX, DEFUSED_RX,
                    PLANTED_BY_RX)


# "X said in a statement that its fighters had planted the bomb": a claim in other words
_CREDIT = alternation('actors_claims', 'credit')
_CLAIM_RX = any_of(rf"\bclaim(?:ed|s)? (?:{_CREDIT}|the {words('actors_claims', 'claimed')}s?)\b",
                   r"\bclaimed by\b",
                   rf"\b{words('actors_claims', 'take')} (?:{_CREDIT})\b",
                   rf"\b{words('actors_claims', 'said')}\b[^.;]{{0,60}}?\b{words('actors_function_words', 'possessive')} "
                   rf"{words('actors_claims', 'cell')} (?:had |have )?{words('actors_claims', 'act')}\b")


_DENIAL_RX = re.compile(rf"(?i)\b{words('actors_claims', 'denial')}\b[^.]{{0,30}}\bclaim")
_RIVAL_CROWD_RX = word_rx('actors_crowd_acts', 'rival_crowd')
_MOB_JUSTICE_RX = word_rx('actors_crimes', 'mob_justice')
_CROWD_NOUN_RX = word_rx('actors_people', 'crowd_noun')
_PROTESTERS_RX = word_rx('actors_people', 'protester')
# a Strategic development by the state itself: 'Government of X'
_GOVERNMENT_RX = word_rx('actors_force_nouns', 'government')
# in the Russia-Ukraine war crewed air strikes go to the air force, drone strikes do not
_DRONE_RX = word_rx('actors_force_nouns', 'drone')
_AIR_FORCE_RX = word_rx('actors_force_nouns', 'air_force')
_CASUALTY_RX = word_rx('actors_harm', 'casualty')
_CIVILIAN_SITE_RX = word_rx('actors_facilities', 'civilian_site')
_NO_CASUALTY_RX = re.compile(rf"(?i)\bno (?:civilian )?{words('actors_harm', 'no_casualty')}\b")
_HURT = rf"{words('actors_people', 'hurt_people')}"
_HURT_LATER_RX = re.compile(rf"(?i)\b{_HURT}\b[^.]{{0,60}}\b{words('actors_harm', 'hurt')}\b"
                            rf"|\b{words('actors_harm', 'hurting')}\s+(?:\w+\s+){{0,4}}?{_HURT}\b")


_TWO_SIDES_RX = re.compile(rf"(?i)\b{words('actors_armed_people', 'between')}\s+(?:the\s+)?"
                           rf"{words('actors_armed_people', 'pair')}\s+(?:\w+\s+)?"
                           rf"{words('actors_armed_people', 'sides')}\b")


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
        if _DENIAL_RX.search(sentence):
            continue
        groups = [(n, i) for _, n, i in named_in(sentence, country, on) if i in (2, 3, 4)]
        if groups:
            return groups[0][0], INTER[groups[0][1]]
    return None


# "A monitor thinks the raids were likely conducted by the navy": a later sentence that names
# who did the incident, referred back to by a definite noun, names its attacker (codebook 1.4)
_DONE_BY_RX = re.compile(rf"(?i)\b{words('actors_claims', 'deed_det')}\s+(?:[\w-]+\s+)?{words('actors_claims', 'deed')}\s+"
                         rf"{words('actors_claims', 'done_aux')}\s+(?:(\w+)\s+)?(?:been\s+)?{words('actors_claims', 'done')}\s+by\s+([^.;]+)")


def _done_by(context: str, country: str, on: dt.date) -> Cand | None:
    """The armed actor a later sentence says carried out "the strikes"/"the attack", unless it denies it."""
    for m in _DONE_BY_RX.finditer(context):
        if m.group(1) and re.fullmatch(rf"(?i){words('actors_claims', 'denial')}", m.group(1)):
            continue  # "the attack was not carried out by the army"
        found = [c for c in candidates(m.group(2), country, on) if c.kind != "uag"]
        if found:
            return found[0]
    return None


# the act right after a group's name that makes it the arresting side: "X fighters detained", "X said it had arrested"
_ARRESTER_AFTER_RX = re.compile(rf"(?i)(?:\s+(?!{words('actors_function_words', 'aux')}\b)\w+){{0,2}}?"
                                rf"(?:\s+{words('actors_claims', 'said')}\s+(?:that\s+)?{words('actors_function_words', 'self')})?"
                                # (not a passive: "X members were arrested" are the ones held)
                                rf"(?:\s+(?!{words('actors_function_words', 'was_were')}\b){words('actors_claims', 'done_aux')})?"
                                rf"\s+{words('actors_agent_verbs', 'arrest')}\b")


_PASTORAL_RX = word_rx('actors_people', 'pastoral')

# "He was questioned by members of the SDF": the side holding a person, named after "by" in a neighbouring sentence
_HELD_BY_RX = re.compile(rf"(?i)\b{words('actors_agent_verbs', 'held')}\s+by\s+(?:[\w-]+\s+){{0,3}}$")
# ground an armed side holds: "in rebel-held Idlib", "HTS-controlled", "areas run by the Islamic State"
_AREA_HELD_RX = re.compile(rf"(?i)(?:\b(?P<pre>[\w'’.]+(?:-[\w'’.]+)*?)-{words('actors_agent_verbs', 'area_held')}\b"
                           rf"|\b{words('actors_agent_verbs', 'area_held')}\s+by\s+(?P<post>[\w'’-]+(?:\s+[\w'’-]+){{0,4}}))")
_POSSESSIVE_RX = re.compile(rf"(?i)\b{words('actors_function_words', 'possessive')}\b")


# "The offensive opened with a truck bomb", "the assault began with a shelling": the passage tells how an
# assault the sentence before reports opened
_OPENED_RX = re.compile(rf"(?i)\bthe\s+(?:[\w-]+\s+)?{words('actors_claims', 'deed')}\s+(?:\w+\s+){{0,2}}?"
                        rf"{words('actors_claims', 'opened')}\b")


def _assault_sides(before: str, country: str, on: dt.date) -> tuple[Cand, Cand | None] | None:
    """The attacker (and the side it attacked) of the assault the sentence before tells, whose opening blow the
    passage reports: one incident of one attacker (codebook 1.4)."""
    cands = [c for c in candidates(before, country, on) if c.kind != "uag" and not c.ally]
    agents = [c for c in cands if not c.victim]
    if not agents:
        return None
    other = next((c for c in cands if c.name != agents[0].name), None)
    return agents[0], other


_VOLUNTEER_RX = word_rx('actors_ally', 'volunteer')
_MEMBER_RX = re.compile(rf"(?i)\b{words('actors_ally', 'member')}\s+")
_ENEMY_BEFORE_RX = re.compile(rf"(?i)\b{words('actors_ally', 'enemy')}\s+(?:the\s+)?$")
_DIED_RX = word_rx('actors_harm', 'died', 'dying', 'casualty')


def _fighters_side(passage: str, context: str, country: str, on: dt.date) -> tuple[Cand | None, set[str]]:
    """The side of a volunteer killed abroad ("a foreign volunteer serving with a militia died when a mine went off"): a
    fighter, not a civilian, and never the side he fought against. The group the passage puts him with
    ("volunteering with X"), else the first armed group the story's next sentences name (codebook 1.4); and
    the sides he fought against."""
    if not (_VOLUNTEER_RX.search(passage) and _DIED_RX.search(passage)):
        return None, set()
    cands = candidates(passage, country, on)
    enemies = {c.name for c in cands if _ENEMY_BEFORE_RX.search(passage[max(0, c.pos - 30):c.pos])}
    # the last side named: a story first says "alongside Kurdish forces", then names the unit
    for m in reversed(list(_MEMBER_RX.finditer(passage))):
        side = next((c for c in cands if c.kind == "group" and c.name not in enemies
                     and m.end() <= c.pos <= m.end() + 120), None)
        if side is not None:
            return side, enemies
    return next((c for c in candidates(context, country, on) if c.kind == "group" and c.inter in (2, 3, 4)
                 and c.name not in enemies and not c.victim), None), enemies


def _ground_holder(earlier: str, country: str, on: dt.date, held: str) -> Cand | None:
    """The armed group (not the state's forces) that the sentences before name as present, other than the
    arrested fighters' own group."""
    return next((c for c in candidates(earlier, country, on) if c.kind == "group" and c.inter in (2, 3, 4)
                 and c.name != held and not c.ally), None)


def _holder(near: str, country: str, on: dt.date) -> Cand | None:
    """The armed side a neighbouring sentence says holds the person ("captured by X"), if it names one."""
    return next((c for c in candidates(near, country, on) if c.kind != "uag"
                 and _HELD_BY_RX.search(near[max(0, c.pos - 60):c.pos])), None)


def _area_holder(text: str, country: str, on: dt.date) -> Cand | None:
    """The armed side the text says holds the ground ("in rebel-held X", "areas controlled by Y"), if it names one that is
    not the state's own forces: a known group, or foreign forces (an occupier)."""
    for m in _AREA_HELD_RX.finditer(text):
        who = m.group("pre") or m.group("post")
        for probe in (who, f"{who} fighters", f"{who} forces"):
            found = [c for c in candidates(probe, country, on) if c.kind in ("group", "foreign")]
            if found:
                return dataclasses.replace(found[0], pos=0, victim=False)
    return None


def _near_owner(before: str, after: str) -> str | None:
    """The state "its"/"their" refers to when its own sentence names none: the last nationality, country or
    capital of the sentence before, else the first of the sentence after."""
    found = list(OWNER_WORD_RX.finditer(before))
    m = found[-1] if found else OWNER_WORD_RX.search(after)
    return owner_state(m.group(1)) if m is not None else None


# "units battling for the ruler, including militias, a foreign movement and the army itself" (with "on behalf of"):
# the forces listed after "including" make up one side
_SIDE_LIST_RX = re.compile(rf"(?i)\b{words('actors_ally', 'side')}\b[^.;:]{{0,80}}?,?\s+including\b([^.;:]+)")


def _one_side(text: str, cands: list[Cand]) -> list[Cand]:
    """Keeps one force of each list that names the forces of one side (the state's, else the first), so that
    no two of them are coded as each other's enemy (codebook 1.4: actor2 is the other side)."""
    for m in _SIDE_LIST_RX.finditer(text):
        # the forces so described ("troops fighting on behalf of X"), the one they fight for, and the list
        listed = [c for c in cands if m.start() - 30 <= c.pos < m.end(1)]
        if len(listed) >= 2:
            keep = next((c for c in listed if c.kind == "state"), listed[0])
            cands = [c for c in cands if c is keep or c not in listed]
    return cands


_ALLY_AFTER_RX = re.compile(rf"(?i)\s+(?:\w+\s+)?{words('actors_ally', 'ally')}\b")


_TAKINGS = ("Non-state actor overtakes territory", "Government regains territory")
_GAVE_UP_AFTER_RX = re.compile(rf"(?i)^(?:,[^,.;]{{0,60}},)?(?:\s+(?!{words('actors_function_words', 'aux')}\b)\w+){{0,2}}?\s+"
                               rf"(?:had\s+)?{words('actors_agent_verbs', 'gave_up')}\b")


def _gave_up(text: str, c: Cand) -> bool:
    """The side is told as losing the ground: it withdrew from it, or the ground is called its own ("X-held")."""
    end = mention_end(text, c.pos)
    if _GAVE_UP_AFTER_RX.match(text[end:end + 90]):
        return True
    return any(m.start() <= c.pos <= m.end() for m in _AREA_HELD_RX.finditer(text))


def _taker_first(text: str, before: str, country: str, on: dt.date, cands: list[Cand], a: Cand, b: Cand) -> tuple[Cand, Cand]:
    """In a taking of territory the side that held the ground and lost it is actor2 (codebook 1.2, 1.4): the one
    the passage tells withdrawing ("the militia pulled out") or holding it ("a militia-held town"), else, when the
    passage names no other side, the one the sentence before tells so."""
    armed = [c for c in cands if c.kind != "uag" and not c.ally]
    lost = next((c for c in armed if _gave_up(text, c)), None)
    if lost is not None:
        if lost.name != a.name:
            return a, lost
        if b.name != a.name and b.name in {c.name for c in armed}:
            return b, a  # "X pulled out and Y took the town": Y took it
        return a, b
    if b.pos == 0 and b.name not in {c.name for c in cands} and before:
        lost = next((c for c in candidates(before, country, on) if c.kind != "uag" and not c.ally
                     and c.name != a.name and _gave_up(before, c)), None)
        if lost is not None:
            return a, lost
    return a, b


def _other_side(before: str, country: str, on: dt.date, side: list[str]) -> Cand | None:
    """The armed side the sentence before names, for a battle whose passage names only one: "IS fighters fled
    the city ... The city was retaken by the army" (codebook 1.4). Not the acting side, nor a force named as
    fighting beside another ("rebels fighting alongside Turkey")."""
    for c in candidates(before, country, on):
        if c.kind == "uag" or c.ally or (c.kind == "group" and c.inter == 8) or c.name in side or any(c.name.startswith(n) or n.startswith(c.name) for n in side):
            continue
        if _ALLY_AFTER_RX.match(before, mention_end(before, c.pos)):
            continue
        return c
    return None



def code_actors(passage: str, *, country: str, event_type: str, sub_event_type: str, event_date: dt.date,
                context: str = "", article: str = "", claims: str = "", near: tuple[str, str] = ("", ""),
                earlier: str = "") -> Actors:
    """Actors of one event, given the already-decided country, type, sub-type and date.

    `context` is text around the event (lead sentences, sentences about its place) searched only for
    organisers; `article` is the whole text, to complete their names; `claims` are the article's later
    sentences claiming the attack, which name an attacker the report itself leaves unnamed. `near` holds the
    sentences just before and after the passage in its paragraph: they name the acting side, or the owner of
    "its"/"their", only when the passage names none (codebook 1.4: the side of the event's own clause comes first).
    `earlier` holds up to two sentences before the passage in its paragraph, where a story names the side holding
    the ground before it tells of the fighters that side arrested.
    """
    actors = _code_actors(passage, country=country, event_type=event_type, sub_event_type=sub_event_type,
                          event_date=event_date, more=context, near=" ".join(filter(None, near)), before=near[0],
                          earlier=earlier)
    if any(near) and _POSSESSIVE_RX.search(passage) and not OWNER_WORD_RX.search(passage):
        home = home_of(country, passage)
        # "officials deployed tanks along its border", the sentence before naming the country: that state's forces
        kind = next((k for k in ("Military", "Police") if actors.actor1 == state_forces(home, event_date, k)), None)
        owner = _near_owner(*near) if kind else None
        if owner is not None and not own_demonym(owner, home):
            a1 = state_forces(owner, event_date, kind)
            actors = dataclasses.replace(actors, actor1=a1, inter1=INTER[8], interaction=interaction(INTER[8], actors.inter2))
    # a report often ties a killing to organised crime only in a later sentence ("linked to drug trafficking")
    uag = f"Unidentified Armed Group ({country})"
    if context and uag in (actors.actor1, actors.actor2) and country in GANG_COUNTRIES \
            and unidentified(country, f"{passage} {context}") != uag:
        gang = unidentified(country, f"{passage} {context}")
        actors = dataclasses.replace(actors, actor1=gang if actors.actor1 == uag else actors.actor1,
                                     actor2=gang if actors.actor2 == uag else actors.actor2)
    # a group's claim names the unnamed attackers, whatever the report called them
    if actors.actor1 in (uag, f"Islamist Militia ({country})") and event_type in ("Explosions/Remote violence", "Violence against civilians", "Battles"):
        claimant = _claimant(" ".join(filter(None, (passage, context, claims))), country, event_date)
        if claimant is not None and claimant[0] != actors.actor2:
            actors = dataclasses.replace(actors, actor1=claimant[0], inter1=claimant[1],
                                         interaction=interaction(claimant[1], actors.inter2))
    if context and event_type in ("Explosions/Remote violence", "Violence against civilians", "Battles") \
            and (done := _done_by(context, country, event_date)) is not None \
            and done.name not in (actors.actor1, actors.actor2):
        actors = dataclasses.replace(actors, actor1=done.name, inter1=INTER[done.inter],
                                     interaction=interaction(INTER[done.inter], actors.inter2))
    side, enemies = _fighters_side(passage, context, country, event_date) if event_type == "Explosions/Remote violence" \
        else (None, set())
    if side is not None and side.name != actors.actor1:
        actors = dataclasses.replace(actors, actor2=side.name, inter2=INTER[side.inter], assoc_actor_2=None,
                                     interaction=interaction(actors.inter1, INTER[side.inter]))
    elif actors.actor2 in enemies:  # the side he went to fight is not the one hit
        actors = dataclasses.replace(actors, actor2=None, inter2=None, assoc_actor_2=None,
                                     interaction=interaction(actors.inter1, None))
    if actors.actor1 == uag and event_type in ("Explosions/Remote violence", "Battles") and near[0] \
            and _OPENED_RX.search(passage) and (sides := _assault_sides(near[0], country, event_date)) is not None:
        a, b = sides
        b2, i2 = (actors.actor2, actors.inter2) if actors.actor2 or b is None else (b.name, INTER[b.inter])
        actors = dataclasses.replace(actors, actor1=a.name, inter1=INTER[a.inter], actor2=b2, inter2=i2,
                                     interaction=interaction(INTER[a.inter], i2))
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


def _code_actors(passage: str, *, country: str, event_type: str, sub_event_type: str, event_date: dt.date,
                 more: str = "", near: str = "", before: str = "", earlier: str = "") -> Actors:
    text, on = passage, event_date
    civ = f"Civilians ({civilians_of(text, country)})"

    if event_type == "Protests":
        who = protester_country(text, country)
        protesters = f"Protesters ({who})"
        assoc = associated(text, country, on, who, more)
        if sub_event_type == "Peaceful protest":
            # a counter-demonstration is often reported in a sentence of its own
            if COUNTER_RX.search(text) or (more and COUNTER_RX.search(more)):
                return make(protesters, 6, protesters, 6, assoc)
            return make(protesters, 6, None, None, assoc)
        seen = NOT_FORCE_RX.sub(lambda m: " " * len(m.group(0)), text)
        if ATTACKING_MEMBERS_RX.search(seen):
            # "members of the movement attacked the demonstrators": partisans who assail a crowd are rioters
            return make(protesters, 6, f"Rioters ({country})", 5, assoc)
        cands = not_protest_object(text, [c for c in candidates(seen, country, on, skip_objects=True, policing=True)
                                           if c.kind in ("state", "foreign", "group")])
        if cands:
            c = cands[0]
            assoc = [a for a in assoc if a != c.name]
            return make(protesters, 6, c.name, c.inter, assoc)
        if UAG_RX.search(text) and sub_event_type == "Excessive force against protesters":
            return make(protesters, 6, unidentified(country, text), 3, assoc)
        if _RIVAL_CROWD_RX.search(text) and not STATE_RX.search(text):
            return make(protesters, 6, f"Rioters ({country})", 5, assoc)
        return make(protesters, 6, state_forces(home_of(country, text), on, "Police"), 1, assoc)

    if event_type == "Riots":
        who = protester_country(text, country)
        rioters = f"Rioters ({who})"
        assoc = associated(text, country, on, who, more)
        if VIGILANTE_RX.search(text):
            assoc.append(f"Vigilante Group ({country})")
        # "army aspirants", "police recruits" name the crowd; blanked so the force met later is found
        seen = NOT_FORCE_RX.sub(lambda m: " " * len(m.group(0)), text)
        cands = not_protest_object(text, [c for c in candidates(seen, country, on, skip_objects=True, policing=True)
                                           if c.kind in ("state", "foreign", "group")])
        if sub_event_type == "Violent demonstration":
            # demonstrators who fought counter-demonstrators or each other: police who then step in are not the other side
            if RIOTERS_FIGHT_RX.search(text) or (more and RIOTERS_FIGHT_RX.search(more)):
                return make(rioters, 5, rioters, 5, assoc)
            cands = [c for c in cands if not NOT_FORCE_AFTER_RX.match(text[c.pos:c.pos + 60])]
            if cands:
                return make(rioters, 5, cands[0].name, cands[0].inter, [a for a in assoc if a != cands[0].name])
            if COUNTER_CLASH_RX.search(text) or (more and COUNTER_CLASH_RX.search(f"{text} {more}")
                                                  and COUNTER_RX.search(f"{text} {more}")):
                return make(rioters, 5, rioters, 5, assoc)
            # the clash with the police is often told in the next sentence ("Running battles with police followed")
            if more and CLASH_WITH_FORCES_RX.search(more):
                later = [c for c in candidates(more, country, on) if c.kind in ("state", "foreign")]
                if later:
                    return make(rioters, 5, later[0].name, later[0].inter, assoc)
            if PEOPLE_HURT_RX.search(text) or PROPERTY_HIT_RX.search(text):
                return make(rioters, 5, civ, 7, assoc, victim_labels(text, country))
            return make(rioters, 5, None, None, assoc)
        # Mob violence: a mob against forces, against each other, or (most often) against civilians
        forces = [c for c in cands if c.kind in ("state", "foreign")]
        if forces and FORCES_TARGETED_RX.search(text):
            return make(rioters, 5, forces[0].name, forces[0].inter, assoc)
        if RIOT_CLASH_RX.search(text) and not _MOB_JUSTICE_RX.search(text):
            # foreign rioters (settlers, a diaspora) clash with local ones
            return make(rioters, 5, rioters if who == country else f"Rioters ({country})", 5, assoc)
        if forces and FORCES_MET_RX.search(text):
            # "police fired to disperse the mob": the force the mob met, unless two crowds fought each other
            return make(rioters, 5, forces[0].name, forces[0].inter, assoc)
        return make(rioters, 5, civ, 7, assoc, victim_labels(text, country))

    if event_type == "Violence against civilians":
        cands = [c for c in candidates(text, country, on, agentive_only=True,
                                        arrest_agent=sub_event_type == "Abduction/forced disappearance")
                 if not c.victim]
        # "after calling him an informer for the ALF", "following a clash with the NDF": a group named as
        # the victim's alleged side or an earlier foe did not do it
        named = [c for c in cands if c.kind in ("group", "foreign")
                 and not NOT_AGENT_BEFORE.search(text[max(0, c.pos - 60):c.pos])]
        state = [c for c in cands if c.kind == "state"]
        pick = (named or state or [c for c in cands if c.kind == "uag"] or [None])[0]
        if pick is None:
            pick = Cand(0, unidentified(country, text), 3, "uag")
        return make(pick.name, pick.inter, civ, 7, [], victim_labels(text, country))

    if event_type in ("Battles", "Explosions/Remote violence"):
        # the side that acts first, the side that was hit second
        cands = _one_side(text, [c for c in candidates(text, country, on) if not c.ally])
        # the side that acts first, the one hit second; "fighting between X and Y" keeps the order it gives
        if event_type == "Explosions/Remote violence" or not re.search(r"(?i)\bbetween\b", text):
            cands.sort(key=lambda c: c.victim)
        if event_type == "Explosions/Remote violence":
            return _explosion(text, country, on, sub_event_type, cands, more)
        rep = REPELLED_RX.search(text)
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
            if _TWO_SIDES_RX.search(text):
                b = a  # "clashes between two Taliban groups": the actor fought itself
            elif a.kind == "state" and a.victim:
                # "a commander was shot dead by unknown gunmen": the unknown attacker comes first
                a, b = Cand(0, unidentified(country, text), 3, "uag"), a
            elif a.kind == "state":
                b = Cand(0, unidentified(country, text), 3, "uag")
            elif a.kind == "foreign" and not default_attacker(country, on):
                # "three Kenyan troops died near Dhobley": a foreign force met by a side the passage does not
                # name fought an unknown group, not the host state's army; the named force first, as the order
                # of the two sides says nothing of who attacked (codebook 1.4)
                b = Cand(0, unidentified(country, text), 3, "uag")
            elif a.kind in ("uag", "group") and not STATE_RX.search(text):
                # no force in the story: two armed groups (or two factions of one) fought each other
                b = a if a.kind == "uag" or a.inter == 4 else Cand(0, unidentified(country, text), 3, "uag")
            else:
                b = Cand(0, state_forces(home_of(country, text), on, "Military"), 1, "state")
        else:
            a = Cand(0, state_forces(home_of(country, text), on, "Military"), 1, "state")
            b = Cand(0, unidentified(country, text), 3, "uag")
        if sub_event_type == "Government regains territory" and a.kind not in ("state", "foreign") and a.inter != 8:
            # a state's forces (or external forces beside it) retook it, not the allied militia named first (codebook 1.2)
            own = next((c for c in cands if c.kind == "state"), None) \
                or Cand(0, state_forces(home_of(country, text), on, "Military"), 1, "state")
            b = b if b.name != own.name else a
            a = own
        if sub_event_type in _TAKINGS:
            a, b = _taker_first(text, before, country, on, cands, a, b)
        if b.pos == 0 and b.name not in {c.name for c in cands} and before \
                and (other := _other_side(before, country, on, [a.name])) is not None:
            b = other  # the passage names one side only; the sentence before names the other
        return make(a.name, a.inter, b.name, b.inter, [])

    # Strategic developments
    cands = candidates(text, country, on)
    armed = [c for c in cands if c.kind != "uag"]
    if sub_event_type == "Arrests":
        # "SDF fighters detained two men", "the group said it had arrested a commander": a group that makes the
        # arrest holds the ground there, and is the arresting side, not the one arrested (codebook 1.2)
        arrester = next((c for c in cands if c.kind == "group" and _ARRESTER_AFTER_RX.match(text, mention_end(text, c.pos))
                         and not any(s.kind in ("state", "foreign") and s.pos < c.pos for s in cands)), None)
        agents = [c for c in cands if c.kind in ("state", "foreign")]
        if not agents and arrester is None and near and (held_by := _holder(near, country, on)) is not None:
            agents = [dataclasses.replace(held_by, pos=0)]  # the passage names no one holding the person
        held = next((c for c in cands if c.kind == "group" and not c.ally and not c.victim), None)
        if arrester is None and held is not None and all(c.victim for c in agents) and earlier \
                and (holder := _ground_holder(earlier, country, on, held.name)) is not None:
            # "IS fighters were found among the evacuees and arrested", the sentences before naming the armed
            # group that holds the ground there: that group arrested its enemy's fighters (codebook 1.2, 1.4)
            return make(holder.name, holder.inter, held.name, held.inter, [])
        if arrester is None and all(c.victim for c in agents) and (holder := _area_holder(text, country, on)) is not None:
            # "two journalists were detained in rebel-held X": no one named making the arrest, where an armed side holds
            # the ground: that side, not the state's police (codebook 1.2: a non-state group may arrest where it rules)
            other = next((c for c in cands if c.kind in ("group", "state", "foreign") and c.name != holder.name
                          and not c.ally and not (c.kind == "state" and c.victim)), None)
            if other is not None:
                return make(holder.name, holder.inter, other.name, other.inter, [])
            return make(holder.name, holder.inter, civ, 7, [], victim_labels(text, country))
        agents = agents or [Cand(0, state_forces(home_of(country, text), on, "Police"), 1, "state")]
        a = agents[0]
        if arrester is not None:
            held = next((c for c in cands if c.kind in ("group", "state", "foreign") and c.pos > arrester.pos
                         and c.name != arrester.name), None)
            if held is not None:  # "... arrested an officer of the army": the side the people held belong to
                return make(arrester.name, arrester.inter, held.name, held.inter, [])
            return make(arrester.name, arrester.inter, civ, 7, [], victim_labels(text, country))
        # "the brother of an NDF commander", "accused of funding the NDF": people tied to a group are not the group
        groups = [c for c in cands if c.kind == "group" and c.name != a.name and not NOT_AGENT_BEFORE.search(text[max(0, c.pos - 60):c.pos])
                  and not KIN_BEFORE_RX.search(text[max(0, c.pos - 60):c.pos])]
        if groups:
            return make(a.name, a.inter, groups[0].name, groups[0].inter, [])
        if ARRESTED_ARMED_RX.search(text):
            # members of an unnamed gang or armed group are held as that group, not as civilians
            return make(a.name, a.inter, unidentified(country, text), 3, [])
        # arrested people are civilians, demonstrators too (ACLED keeps Protesters for demonstration events);
        # a party or movement they belong to, and their protest, are associated with them
        parties = [n for _, n, i in named_in(text, country, on) if i is None]
        protest = [f"Protesters ({country})"] if PROTEST_RX.search(text) or _PROTESTERS_RX.search(text) else []
        return make(a.name, a.inter, civ, 7, [], parties + protest + victim_labels(text, country))
    if sub_event_type == "Looting/property destruction":
        agents = [c for c in cands if c.kind in ("group", "foreign", "state")] or [c for c in cands if c.kind == "uag"]
        if agents and agents[0].kind == "state" and country in GANG_COUNTRIES and DRUGS_RX.search(text):
            # seized drugs, a lab or a cache belong to the gangs that trade them
            return make(agents[0].name, agents[0].inter, unidentified(country, f"{text} gang"), 3, [])
        if not agents or agents[0].kind == "uag":
            # "ZANU PF members seized a vehicle": a party acting through its members is a political militia
            m = PARTY_MEMBERS_RX.search(text)
            party = next((n for pos, n, i in named_in(text, country, on) if i is None and m and m.start() <= pos < m.end()), None)
            if party:
                return make(party, 3, civ, 7, [])
        if not agents:
            if _CROWD_NOUN_RX.search(text):
                return make(f"Rioters ({country})", 5, civ, 7, associated(text, country, on))
            agents = [Cand(0, unidentified(country, text), 3, "uag")]
        return make(agents[0].name, agents[0].inter, civ, 7, [])
    if sub_event_type == "Disrupted weapons use":
        # the side that shot down, intercepted or defused the weapon comes first, whoever launched it second
        stoppers = [c for c in cands if c.kind != "uag" and (INTERCEPT_AFTER_RX.match(text[c.pos:c.pos + 120])
                                                             or INTERCEPTED_BY_RX.search(text[max(0, c.pos - 50):c.pos]))]
        planted = DEFUSED_RX.search(text)
        if stoppers:
            rest = [c for c in cands if c.name != stoppers[0].name and c.kind != "uag" and c.pos != stoppers[0].pos]
            b = rest[0] if rest else (Cand(0, unidentified(country, text), 3, "uag") if planted else None)
            return make(stoppers[0].name, stoppers[0].inter, b.name if b else None, b.inter if b else None, [])
        own = [c for c in cands if c.kind == "state"] or \
              [Cand(0, own_state(text, home_of(country, text), on, "Military"), 1, "state")]
        other = [c for c in cands if c.kind in ("group", "foreign")]
        if not other and planted:
            # a defused mine or IED was planted by someone: unknown unless named
            other = [Cand(0, unidentified(country, text), 3, "uag")]
        return make(own[0].name, own[0].inter, other[0].name if other else None,
                     other[0].inter if other else None, [])
    if sub_event_type == "Other" and DISPLACEMENT_RX.search(text):
        # displacement is coded to the displaced civilians, named by where they come from
        m = re.search(r"\bfrom (?:the )?(" + "|".join(sorted(map(re.escape, set(DEMONYMS.values())), key=len, reverse=True)) + r")\b", text)
        origin = m.group(1) if m else protester_country(text, country)
        return make(f"Civilians ({origin})", 7, None, None, [f"Refugees/IDPs ({origin})"])
    if armed:
        a = armed[0]
        b = armed[1] if len(armed) > 1 else None
        return make(a.name, a.inter, b.name if b else None, b.inter if b else None, [])
    if _GOVERNMENT_RX.search(text):
        return make(state_forces(home_of(country, text), on, "Government"), 1, None, None, [])
    if PROTEST_RX.search(text):
        return make(f"Protesters ({country})", 6, None, None, associated(text, country, on))
    if cands:
        return make(cands[0].name, cands[0].inter, None, None, [])
    return make(state_forces(home_of(country, text), on, "Military"), 1, None, None, [])


def _is_agent(text: str, pos: int, uag: bool = False) -> bool:
    """The mention at `pos` is the subject of an act ("gunmen opened fire", "the suicide bomber struck"): the
    act follows the unidentified attackers' words, or one of the first three words of a named force."""
    if uag:
        m = UAG_RX.match(text, pos)
        return bool(m and AGENT_AFTER_RX.match(text[m.end():m.end() + 60]))
    for n, m in enumerate(re.finditer(r"[\w'’-]+", text[pos:pos + 60])):
        if n >= 3:
            break
        if AGENT_AFTER_RX.match(text[pos + m.end():pos + m.end() + 60]):
            return True
        if re.match(r"\s*[^\w\s]", text[pos + m.end():]):
            break
    return False


_STRIKE_NOUN_RX = word_rx('actors_claims', 'deed')


_SENTENCE_END_RX = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")


def _this_strike(text: str, rest: list[Cand]) -> list[Cand]:
    """Targets of the strike whose victims the passage tells. A passage of several sentences can tell two
    strikes, each with its own dead: when one sentence's strike killed civilians and names no armed side, an
    armed side hit by the strike of another sentence is that other incident's target (codebook 1.4: actor2 is
    the other side of this event), and civilians are the target."""
    if not rest:
        return rest
    bounds = [0] + [m.end() for m in _SENTENCE_END_RX.finditer(text)] + [len(text) + 1]
    if len(bounds) < 3:
        return rest
    spans = list(zip(bounds, bounds[1:]))

    def told(s: int, e: int) -> bool:
        return bool(_STRIKE_NOUN_RX.search(text[s:e]) and _CASUALTY_RX.search(text[s:e]))

    # a side named only as holding the ground hit ("a town controlled by X") is not the one hit
    held = [(m.start(), m.end()) for m in _AREA_HELD_RX.finditer(text)]
    hit = [c for c in rest if not any(s <= c.pos <= e for s, e in held)]
    civ = [(s, e) for s, e in spans if told(s, e) and CIVILIAN_PEOPLE_RX.search(text[s:e])
           and not _NO_CASUALTY_RX.search(text[s:e]) and not any(s <= c.pos < e for c in hit)]
    if not civ:
        return rest
    other = [(s, e) for s, e in spans if (s, e) not in civ and told(s, e)]
    if not any(any(s <= c.pos < e for s, e in other) for c in rest):
        return rest
    return [c for c in hit if not any(s <= c.pos < e for s, e in other)]


def _explosion(text: str, country: str, on: dt.date, sub: str, cands: list[Cand], more: str = "") -> Actors:
    """Attacker first; the target (an armed actor, or civilians when they were hit) second."""
    home = home_of(country, text)
    attackers = [c for c in cands if c.kind != "uag" and not c.victim]
    # "an IED planted by JNIM militants": whoever laid or fired the weapon is the attacker
    attackers.sort(key=lambda c: not PLANTED_BY_RX.search(text[max(0, c.pos - 40):c.pos]))
    # an unnamed attacker told as the subject of the act ("a suicide bomber blew himself up among the troops")
    # comes before a force the passage names only as where it happened or whom it hit
    agent_uag = next((c for c in cands if c.kind == "uag" and _is_agent(text, c.pos, uag=True)), None)
    if agent_uag is not None and attackers and not any(_is_agent(text, c.pos) for c in attackers):
        attackers = []
        cands = [c if c.kind == "uag" else dataclasses.replace(c, victim=True) for c in cands]
    if agent_uag is not None and not attackers:
        a = agent_uag
    elif not attackers and any(c.victim for c in cands):
        # only the target is named ("a soldier died in a roadside bomb blast"): the attacker is unknown
        a = next((c for c in cands if c.kind == "uag"), None) or Cand(0, unidentified(country, text), 3, "uag")
    elif attackers:
        a = attackers[0]
    elif default_attacker(country, on) and sub in ("Shelling/artillery/missile attack", "Air/drone strike"):
        a = Cand(0, state_forces(default_attacker(country, on), on, "Military"), 8, "foreign")
    elif sub == "Air/drone strike":
        a = Cand(0, state_forces(home, on, "Military"), 1, "state")
    elif sub == "Shelling/artillery/missile attack" and MIL_RX.search(text):
        a = Cand(0, state_forces(home, on, "Military"), 1, "state")
    else:
        a = Cand(0, unidentified(country, text), 3, "uag")
    # in the Russia-Ukraine war ACLED credits crewed air strikes to each side's air force; elsewhere only when named
    war_air = default_attacker(country, on) is not None and not _DRONE_RX.search(text)
    if sub == "Air/drone strike" and a.kind in ("state", "foreign") and a.name.startswith("Military Forces") \
            and a.name.endswith(")") and (war_air or _AIR_FORCE_RX.search(text)):
        a = Cand(a.pos, a.name + " Air Force", a.inter, a.kind)
    rest = [c for c in cands if c.name != a.name and c.kind != "uag" and not a.name.startswith(c.name)
            and not (a.inter == 8 and c.inter == 8 and not c.victim) and not c.ally]
    rest = _this_strike(text, rest)
    rest.sort(key=lambda c: not c.victim)  # the one named as hit is the target
    if rest:
        b = rest[0]
        return make(a.name, a.inter, b.name, b.inter, [])
    # "clinics were bombed; an anaesthetist was killed": people killed where civilians live and are treated
    # are civilians (codebook 1.10), even when the report names them by their trade
    if (CIVILIAN_PEOPLE_RX.search(text) or _CIVILIAN_SITE_RX.search(text)) and _CASUALTY_RX.search(text) \
            and not _NO_CASUALTY_RX.search(text):
        return make(a.name, a.inter, f"Civilians ({civilians_of(text, country)})", 7, [], victim_labels(text, country))
    # the casualties are often told in the next sentence ("At least three civilians died")
    hurt = _HURT_LATER_RX.search(f"{text} {more}")
    if hurt:
        return make(a.name, a.inter, f"Civilians ({civilians_of(text, country)})", 7, [], victim_labels(text, country))
    return make(a.name, a.inter, None, None, [])
