"""Who receives the violence near a cue and who does it: armed, civilian or an unarmed crowd."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, Label, sentence_span, words
from .vocab import ARMED, ARMED_RX, ARMED_VICTIM_RX, CIVIL_RX, GANG_VICTIM, GUNS, UNARMED_GROUP_RX


_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

_FW, _SC = "classify_function_words", "classify_side_cues"
_FORMER = re.compile(rf"\b{words('classify_former')}\s*(?:[\w-]+\s+){{0,2}}$", re.I)


# Targets joined by "and" with nothing placing them apart ("near", "at", "outside" would make the armed
# word a landmark rather than a victim).
_COORDINATED_TARGET = re.compile(rf"(?:(?!\b{words(_FW, 'prep_apart')}\b)[\w\s,'’()-])*\b{words(_FW, 'conj_and')}\s+(?:\w+\s+){{0,3}}", re.I)

_AIRCRAFT_TARGET = re.compile(rf"\W*{words(_FW, 'prep_at_target')}\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){{0,2}}{words('classify_aircraft', 'target')}\b"
                              rf"(?!\s+{words('classify_aircraft', 'strike')})", re.I)


# An organisation that names itself an army, a force or a front is armed; the report then calls it by the
# acronym it introduced ("the Chin Defence Force (CDF) ... killed a member of CDF").
_ARMED_NAME_ACRONYM = re.compile(
    rf"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+|{alternation(_FW, 'name_glue')})){{0,6}}\s+(?i:{alternation('classify_armed_name')})"
    r"\s*\((?-i:([A-Z][A-Za-z0-9-]{1,9}))\)"
)


def _armed_acronyms(text: str) -> re.Pattern[str] | None:
    names = {m.group(1) for m in _ARMED_NAME_ACRONYM.finditer(text)}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None


# The victim's armed identity told in a clause of its own: "the dead man was a known smuggler", "a guard, who was
# a militia member as well".
_IDENTITY = re.compile(
    rf"\b{words('classify_identity', 'subject')} {words(_FW, 'be_past_present')} (?:{words('classify_identity', 'hedge')} )?"
    r"(?:an? |the |one of the |\w+ of the )", re.I)

_BELIEF_BEFORE = re.compile(rf"\b{words('classify_suspected_behind', 'belief')}\b(?: that)?\W+(?:\w+\W+){{0,4}}$", re.I)

_IDENTITY_END = re.compile(rf"[.;]|,| by | when | while | and {words(_FW, 'aux_and')}\b")


def identity_armed(text: str) -> bool:
    """Is the victim said to be one of an armed organisation in a clause of its own?"""
    for m in _IDENTITY.finditer(text):
        if m.group(0).lower().startswith("who") and re.search(r"\bby\b", text[max(0, m.start() - 50) : m.start()]):
            continue  # "shot by a man, who was a soldier": the clause is about the attacker
        if _BELIEF_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
            continue  # what the attackers believed of their victim is no fact about the victim
        tail = _IDENTITY_END.split(text[m.end() : m.end() + 60])[0]
        arm = ARMED_VICTIM_RX.search(tail)
        if not arm or _FORMER.search(tail[: arm.start()]) or CIVIL_RX.search(tail[: arm.start()]):
            continue
        if re.match(r"['’]s?\b", tail[arm.end() :]) or re.search(r"\bgroups?$", arm.group(0), re.I) and not re.search(r"\barmed\b", arm.group(0), re.I):
            continue  # "a police officer's wife", "a member of a women's group": no armed identity
        return True
    return bool(GANG_VICTIM.search(text))


_BODY_CUE = re.compile(rf"{words('classify_found_body', 'body')}\b", re.I)

_ATTACK_CUE = re.compile(rf"{words(_SC, 'attack_stem')}\w*\s", re.I)

_ESCORTED = re.compile(rf"\b{words(_SC, 'escort')} by (?:[\w'’-]+ ){{0,3}}?(?:" + ARMED + r")\b", re.I)

# "a convoy travelling under military escort": an escort named as a noun is armed and is what the attackers meet
_ESCORT_NOUN = re.compile(rf"\b{words(_SC, 'escort_noun')}\b", re.I)

# "a soldier shot dead his colleague", "a peacekeeper opened fire on his comrades": the victim is the attacker's
# fellow, of the same armed side (codebook §1.4: state forces are armed whoever they fire on)
_PEER_VICTIM = re.compile(rf"\W*(?:{words(_SC, 'peer_prep')}\s+)?{words(_SC, 'peer_det')}\s+(?:own\s+)?{words(_SC, 'peer')}\b", re.I)

_REPORTED_CLAUSE = re.compile(rf"\b(?:{words('classify_reporting_verb')}|that)\b", re.I)

_LANDMARK = re.compile(rf"\b{words(_SC, 'landmark')}\b|\band \w+ing\b")

_PASSIVE_BEFORE = re.compile(rf"\b{words(_FW, 'aux_passive')}\s+(?:\w+\s+)?$", re.I)

# "Officials said two soldiers had been killed": the speaker before a verb of saying is no victim of the passive
_SAID_BEFORE = re.compile(rf"\b{words('classify_reporting_verb', 'backshift')}\b(?:\s+that\b)?", re.I)

# A note's or a headline's reduced passive: "Two soldiers killed in an ambush", "One ranger killed and three hurt
# in an attack": a participle with no object, after a short subject that opens the sentence, tells who was hit.
_REDUCED_PASSIVE_VERB = re.compile(r"^(?:" + alternation("classify_incident_verb", "transitive") + r")$", re.I)
_REDUCED_PASSIVE_NEXT = re.compile(rf"^\s*(?:{alternation('classify_participle_next')}|[,.;:)]|$)", re.I)
_SHORT_SUBJECT = re.compile(r"^\W*(?:[\w'’()-]+\s+){1,5}$")


def _reduced_passive(text: str, a: int, cue: Cue) -> bool:
    verb = re.match(r"[\w-]+", cue.text)
    if not (verb and _REDUCED_PASSIVE_VERB.match(verb.group(0)) and _SHORT_SUBJECT.match(text[a : cue.start])):
        return False
    end = cue.start + verb.end()
    # "shot and killed a man", "attacked, burned and looted houses": verbs coordinated before their object are active
    while (more := re.match(r"\s*(?:,\s*)?(?:and\s+|or\s+)?([\w-]+)", text[end : end + 40])) and _REDUCED_PASSIVE_VERB.match(more.group(1)):
        end += more.end()
    return bool(_REDUCED_PASSIVE_NEXT.match(text[end : end + 20]))


def victim_side(text: str, cue: Cue) -> str:
    """Who receives the violence near a cue: 'armed', 'civilian' or ''. Looks after the verb, and
    before it for passives ("two soldiers were killed")."""
    a, b = sentence_span(text, cue.start)
    after = text[cue.end : min(b, cue.end + 70)]
    if _BODY_CUE.match(cue.text):
        after = re.sub(r"^\w+\s+(?:of\s+)?", "", cue.text) + after  # "the body of a militia member was found": the victim is inside the cue
    elif " " in cue.text.strip() and _ATTACK_CUE.match(cue.text):
        # "raided the police post": the object is inside the cue; "an attack by rebels on an army post" holds its
        # agent first, and the object is what follows "on" or "against"
        inner = cue.text.split(" ", 1)[1]
        if re.match(r"by\b", inner, re.I):
            target = re.search(r"\b(?:on|against)\b", inner, re.I)
            inner = inner[target.start() :] if target else ""
        after = inner + after
    if _ESCORTED.search(after) or _ESCORT_NOUN.search(after):
        return "armed"  # "a civilian convoy escorted by soldiers": the escort is attacked and fights back
    # "killing nine and seizing a commander": a second verb's object is not the first verb's victim
    # "raided a village near the police post": a landmark is no victim either
    k = _LANDMARK.search(after)
    if k:
        after = after[: k.start()]
    before = text[max(a, cue.start - 80) : cue.start]
    passive = _PASSIVE_BEFORE.search(before)
    if passive is None and _reduced_passive(text, a, cue):
        passive = re.search(r"$", before)  # the whole short subject is the one hit
    if passive:
        # "Two guards (private) and a village chief were killed": an aside does not end the subject
        clause = re.split(r"[;,.]", _PARENS.sub(" ", before[: passive.start()]))[-1]
        zone = re.split(r"\bby\b", clause)[0]  # "killed by armed men after being abducted": the agent is no victim
        zone = _SAID_BEFORE.split(zone)[-1]  # the subject comes after the speaker's verb (codebook §1.2)
    else:
        zone = _PARENS.sub(" ", after)
        subject = text[a : cue.start]
        # the armed shooter is the sentence's own subject: not a speaker's report ("lawyers said a policeman took their
        # colleague"), not a clause with civilians or a crowd in it, whose fellow the victim may be
        if _PEER_VICTIM.match(text, cue.end, b) and (ARMED_RX.search(subject) or ARMED_VICTIM_RX.search(subject)) \
                and not _REPORTED_CLAUSE.search(subject) and not CIVIL_RX.search(subject) and not UNARMED_GROUP_RX.search(subject):
            return "armed"
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


_COUNTED_MEN = re.compile(rf"^{words('classify_counts', 'counted_men')}\b", re.I)


# Organisations named on both sides of a clash ("X clashed with Y", "clashes between X and Y"): named
# groups that fight are organised armed groups, a mob has no name.
_NS = "classify_named_sides"
NAMED_SIDES = re.compile(
    rf"(?-i:[A-Z][\w'’/-]*)\s+(?:\w+\s+){{0,2}}?{words(_NS, 'verb')}\s+{words(_NS, 'prep')}\s+(?:the\s+)?(?-i:[A-Z][\w'’/-]*)"
    rf"|\b{words(_NS, 'noun')}\s+(?:\w+\s+){{0,3}}?between\s+(?:the\s+)?(?-i:[A-Z][\w'’/-]*)",
    re.I,
)


def name_part(text: str, m: re.Match[str]) -> bool:
    """ "People's Defense Force": a common noun inside a capitalised name is part of the name."""
    if not m.group(0)[:1].isupper():
        return False
    after = text[m.end() : m.end() + 20]
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(re.match(r"(?:['’]s)?\s+[A-Z]", after) or re.search(r"[A-Z][\w'’-]*\s+$", before))


_PASSIVE_AGENT = re.compile(rf"\b{words(_FW, 'aux_passive')}\s+(?:\w+\s+){{0,2}}$", re.I)

_PROTECTORS = re.compile(rf"\b{words(_SC, 'protection')}\b[^,;]*?(?=\s+\w+$|$)", re.I)


def perpetrator_side(text: str, cue: Cue) -> str:
    a, _ = sentence_span(text, cue.start)
    before = text[max(a, cue.start - 100) : cue.start]
    after = text[cue.end : cue.end + 80]
    by = re.search(r"\bby\b", after[:60])
    passive = _PASSIVE_AGENT.search(before)
    inner_by = re.search(r"\bby\b", cue.text)
    if by:
        zone = after[by.start() : by.start() + 50]
    elif inner_by:  # "killed in an attack by gunmen": the agent is inside the cue
        zone = cue.text[inner_by.start() :] + after[:40]
    elif passive or _reduced_passive(text, a, cue):
        return ""  # the subject of a passive is the victim, and no agent is named
    else:
        zone = before
    # "settlers under the protection of soldiers assaulted": the protectors are not the attackers
    zone = _PROTECTORS.sub(" ", zone)
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


_CH = "classify_civilian_harm"
_CIVILIANS_HARMED = re.compile(rf"\bcivilians?\b (?:\w+ ){{0,4}}{words(_CH, 'harmed')}|\b{words(_CH, 'harming')} (?:\w+ ){{0,3}}civilians?\b"
                               rf"|\b{words(_CH, 'civilian')}\b", re.I)


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
        if _CIVILIANS_HARMED.search(passage):
            if not ARMED_VICTIM_RX.search(passage) or label.event_type == "Riots":
                return "Civilians targeted"
    return None



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
