"""Who receives the violence near a cue and who does it: armed, civilian or an unarmed crowd."""
from __future__ import annotations

import re
from ...text import prefilter
from .base import Cue, Label, sentence_span
from .vocab import ARMED, ARMED_RX, ARMED_VICTIM_RX, CIVIL_RX, GANG_VICTIM, GUNS, UNARMED_GROUP_RX


_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

_FORMER = re.compile(r"\b(?:former|ex-|retired|demobili[sz]ed|reintegrated)\s*(?:[\w-]+\s+){0,2}$", re.I)


# Targets joined by "and" with nothing placing them apart ("near", "at", "outside" would make the armed
# word a landmark rather than a victim).
_COORDINATED_TARGET = re.compile(r"(?:(?!\b(?:at|near|in|from|outside|inside|of|by|with|to|on)\b)[\w\s,'’()-])*\b(?:and|as well as)\s+(?:\w+\s+){0,3}", re.I)

_AIRCRAFT_TARGET = re.compile(r"\W*(?:at|on|towards|against)\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){0,2}(?:helicopters?|warplanes?|fighter jets?|drones?|UAVs?)\b(?!\s+(?:strikes?|attacks?|bombs?))", re.I)


# An organisation that names itself an army, a force or a front is armed; the report then calls it by the
# acronym it introduced ("the Chin Defence Force (CDF) ... killed a member of CDF").
_ARMED_NAME_ACRONYM = re.compile(
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+|of|for|the|and)){0,6}\s+(?i:army|armed forces|forces?|front|militias?|brigades?|battalions?"
    r"|regiments?|guerrill\w+|defen[cs]e (?:force|army|corps)|liberation (?:army|front|movement|tigers)|rangers|legion|commandos?)\s*\((?-i:([A-Z][A-Za-z0-9-]{1,9}))\)"
)


def _armed_acronyms(text: str) -> re.Pattern[str] | None:
    names = {m.group(1) for m in _ARMED_NAME_ACRONYM.finditer(text)}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None


# The victim's armed identity told in a clause of its own: "the victim was a drug dealer", "a guard, who was
# a militia member as well".
_IDENTITY = re.compile(
    r"\b(?:victims?|targets?(?: of the (?:attack|shooting|killing))?|deceased|(?<=, )who) (?:was|were|is|are) (?:reportedly |allegedly |also |said to be |believed to be "
    r"|identified as |known as |known to be )?(?:an? |the |one of the |\w+ of the )", re.I)


def identity_armed(text: str) -> bool:
    """Is the victim said to be one of an armed organisation in a clause of its own?"""
    for m in _IDENTITY.finditer(text):
        if m.group(0).lower().startswith("who") and re.search(r"\bby\b", text[max(0, m.start() - 50) : m.start()]):
            continue  # "shot by a man, who was a soldier": the clause is about the attacker
        if re.search(r"\b(?:thought|believed|believing|suspected|suspecting|mistook|mistaking|accused|accusing|assumed|claimed|alleged)\b(?: that)?\W+(?:\w+\W+){0,4}$", text[max(0, m.start() - 50) : m.start()], re.I):
            continue  # what the attackers believed of their victim is no fact about the victim
        tail = re.split(r"[.;]|,| by | when | while | and (?:was|were|had)\b", text[m.end() : m.end() + 60])[0]
        arm = ARMED_VICTIM_RX.search(tail)
        if not arm or _FORMER.search(tail[: arm.start()]) or CIVIL_RX.search(tail[: arm.start()]):
            continue
        if re.match(r"['’]s?\b", tail[arm.end() :]) or re.search(r"\bgroups?$", arm.group(0), re.I) and not re.search(r"\barmed\b", arm.group(0), re.I):
            continue  # "a police officer's wife", "a member of a women's group": no armed identity
        return True
    return bool(GANG_VICTIM.search(text))


def victim_side(text: str, cue: Cue) -> str:
    """Who receives the violence near a cue: 'armed', 'civilian' or ''. Looks after the verb, and
    before it for passives ("two soldiers were killed")."""
    a, b = sentence_span(text, cue.start)
    after = text[cue.end : min(b, cue.end + 70)]
    if re.match(r"(?:body|bodies|corpses?|remains)\b", cue.text, re.I):
        after = re.sub(r"^\w+\s+(?:of\s+)?", "", cue.text) + after  # "the body of a militia member was found": the victim is inside the cue
    elif " " in cue.text.strip() and re.match(r"(?:attack|raid|storm|ambush|assault|target|shot|kill|fir)\w*\s", cue.text, re.I):
        after = cue.text.split(" ", 1)[1] + after  # "raided the police post": the object is inside the cue
    if re.search(r"\b(?:escorted|guarded|protected|accompanied|defended) by (?:[\w'’-]+ ){0,3}?(?:" + ARMED + r")\b", after, re.I):
        return "armed"  # "a civilian convoy escorted by soldiers": the escort is attacked and fights back
    # "killing 58 and capturing a leader": a second verb's object is not the first verb's victim
    # "raided a village near the police post": a landmark is no victim either
    k = re.search(r"\b(?:by|until|before|after|when|while|as|near|outside|close to|next to|beside|opposite|in front of)\b|\band \w+ing\b", after)
    if k:
        after = after[: k.start()]
    before = text[max(a, cue.start - 80) : cue.start]
    passive = re.search(r"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?$", before, re.I)
    if passive:
        # "Two guards (private) and a village chief were killed": an aside does not end the subject
        clause = re.split(r"[;,.]", _PARENS.sub(" ", before[: passive.start()]))[-1]
        zone = re.split(r"\bby\b", clause)[0]  # "killed by armed men after being abducted": the agent is no victim
    else:
        zone = _PARENS.sub(" ", after)
    if re.search(r"\boff[- ]duty\b", before[-90:] + after if passive else after, re.I):
        return "civilian"
    arm = ARMED_VICTIM_RX.search(zone)
    acronyms = _armed_acronyms(text)
    if acronyms is not None and (named := acronyms.search(zone)) and (arm is None or named.start() < arm.start()):
        arm = named
    if arm and _FORMER.search(zone[: arm.start()]):
        return "civilian"  # a former soldier or ex-commander is a civilian
    civ = CIVIL_RX.search(zone)
    if civ and arm and civ.group(0).lower() == "member of" and re.fullmatch(r"\s*(?:the |an? )?", zone[civ.end() : arm.start()]):
        civ = CIVIL_RX.search(zone, arm.end())  # "a member of VDF": the organisation says who the member is
    if arm and (not civ or arm.start() <= civ.start()):
        return "armed"
    if arm and civ and _COORDINATED_TARGET.fullmatch(zone[civ.end() : arm.start()]):
        return "armed"  # "shot at civilians and members of a militia": an armed side among the targets makes it a battle
    if _AIRCRAFT_TARGET.match(after):
        return "armed"  # firing at a helicopter or a drone is fighting the side that flies it
    if civ:
        return "civilian"
    return ""


_COUNTED_MEN = re.compile(r"^(?:\d+|three|four|five|six|seven|eight|nine|ten|several)\b", re.I)


# Organisations named on both sides of a clash ("X clashed with Y", "clashes between X and Y"): named
# groups that fight are organised armed groups, a mob has no name.
NAMED_SIDES = re.compile(
    r"(?-i:[A-Z][\w'’/-]*)\s+(?:\w+\s+){0,2}?(?:clash(?:ed)?|fought)\s+(?:with|against)\s+(?:the\s+)?(?-i:[A-Z][\w'’/-]*)"
    r"|\b(?:clash(?:es)?|fighting|battles?)\s+(?:\w+\s+){0,3}?between\s+(?:the\s+)?(?-i:[A-Z][\w'’/-]*)",
    re.I,
)


def name_part(text: str, m: re.Match[str]) -> bool:
    """ "People's Defense Force": a common noun inside a capitalised name is part of the name."""
    if not m.group(0)[:1].isupper():
        return False
    after = text[m.end() : m.end() + 20]
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(re.match(r"(?:['’]s)?\s+[A-Z]", after) or re.search(r"[A-Z][\w'’-]*\s+$", before))


def perpetrator_side(text: str, cue: Cue) -> str:
    a, _ = sentence_span(text, cue.start)
    before = text[max(a, cue.start - 100) : cue.start]
    after = text[cue.end : cue.end + 80]
    by = re.search(r"\bby\b", after[:60])
    passive = re.search(r"\b(?:was|were|been|being|got)\s+(?:\w+\s+){0,2}$", before, re.I)
    if by:
        zone = after[by.start() : by.start() + 50]
    elif passive:
        return ""  # the subject of a passive is the victim, and no agent is named
    else:
        zone = before
    # "settlers under the protection of soldiers assaulted": the protectors are not the attackers
    zone = re.sub(r"\b(?:under the protection of|with the (?:support|backing|protection) of|backed by|supported by|escorted by|accompanied by|guarded by)\b[^,;]*?(?=\s+\w+$|$)", " ", zone, flags=re.I)
    arm = list(ARMED_RX.finditer(zone))
    unarmed = [u for u in UNARMED_GROUP_RX.finditer(zone) if not name_part(zone, u)
               and not any(m.start() <= u.start() < m.end() for m in arm)]  # "armed youth" are armed, not a crowd
    if unarmed and _COUNTED_MEN.match(unarmed[-1].group(0)) and GUNS.search(text[a : cue.end + 80]):
        return "armed"  # a handful of men with guns is an armed gang, not a mob
    if arm and (not unarmed or arm[-1].start() >= unarmed[-1].start()):
        return "armed"
    if unarmed:
        return "unarmed"
    return ""


def civilian_targeting(label: Label, passage: str) -> str | None:
    """ "Civilians targeted" when civilians were the main or only target (codebook §1.10)."""
    if label.event_type == "Violence against civilians":
        return "Civilians targeted"
    if label.sub_event_type == "Excessive force against protesters":
        return "Civilians targeted"
    if label.event_type in ("Explosions/Remote violence", "Riots"):
        if ARMED_VICTIM_RX.search(passage) and not CIVIL_RX.search(passage):
            return None
        if label.event_type == "Riots" and label.sub_event_type == "Violent demonstration":
            return None
        cue = Cue(label.cue, label.start, label.end)
        if victim_side(passage, cue) == "civilian":
            return "Civilians targeted"
        if re.search(r"\bcivilians?\b (?:\w+ ){0,4}(?:killed|injured|wounded|died|dead)|\b(?:killed|killing|injured|injuring|wounded|wounding) (?:\w+ ){0,3}civilians?\b|\b(?:farmer|villager|residents?|passengers?|children|child|woman|man|villagers|worshippers|market|mosque|church|school|bus|hospital)\b", passage, re.I):
            if not ARMED_VICTIM_RX.search(passage) or label.event_type == "Riots":
                return "Civilians targeted"
    return None



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
