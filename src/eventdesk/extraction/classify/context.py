"""The entry point `classify`: a passage's label, adjusted by the report's other sentences."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, Label, SUB_EVENT_TYPES, rx_any, sentence_span, words
from .vocab import GUNS, NONSTATE, STATE_RX
from .cues_protest import RIOT
from .cues_violence import (AIR, CHEMICAL, CLASH, GOV_REGAIN, GRENADE, HARM_BODILY, NONVIOLENT_TRANSFER, NO_WORD_ON_FIGHTING,
                            RETURN_FIRE, SHELLING, SUICIDE, TAKE_TERRITORY)
from .cues_strategic import ROBBERY
from .scope import DISASTER, DISASTER_STRONG, POLITICAL_VIOLENCE
from .filters import find_cues, near
from .sides import identity_armed, victim_side
from .demo import demo_cues, in_background
from .clauses import PAST_FIGHTING
from .assertion import HABITUAL
from .engine import classify_passage
from .features import nonviolent_transfer_cues


# What the report's other sentences may add to an incident typed from its own sentences: who the victim
# was ("The victim was a gang member"), that the target fired back, that the crowd turned violent. Each moves
# the label up ACLED's hierarchy to the type both sides' acts make together (codebook §1.2, §1.3, §1.9);
# none creates or erases an event.
_EARLIER = re.compile(r"\b(?:" + alternation("classify_earlier") + r")\b", re.I)

_NOT_THE_CROWD = re.compile(alternation("classify_not_the_crowd"), re.I)

# "Some students fleeing from the police then stoned cars": a crowd opens the sentence and every force named before
# the cue stands after a preposition, so the crowd does the act, not the police (codebook §1.3 Violent demonstration)
_CROWD_SUBJECT = re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,3}}?(?:{alternation('classify_unarmed_group', 'term', 'protester')})\b", re.I)
_FORCE_AS_OBJECT = re.compile(rf"\b{words('classify_function_words', 'prep_fled')}\s+(?:the\s+|\w+\s+)?$", re.I)


def _crowd_acts_past_force(head: str) -> bool:
    """The sentence up to the cue opens with the crowd, and names forces only as a preposition's object."""
    crowd = _CROWD_SUBJECT.match(head)
    return crowd is not None and all(m.start() >= crowd.end() and _FORCE_AS_OBJECT.search(head[: m.start()])
                                     for m in STATE_RX.finditer(head))


_NO_HARM = rx_any(rf"\b{words('classify_no_harm', 'negation')}\b[^.;]{{0,30}}\b{words('classify_no_harm', 'term')}\b[^.;]*")

_CROWD_CLASH = re.compile(r"\b(?:" + alternation("classify_crowd_clash", "term") + r")\b", re.I)

# what keeps a clash a battle: an organised armed side named in the passage
_ARMED_SIGN = re.compile(r"\b(?:" + NONSTATE + "|" + alternation("classify_crowd_clash", "armed_sign") + r")\b", re.I)

_POLITICAL_SIDE = re.compile(rf"\b{words('classify_political_actor', 'robbery')}\b", re.I)

_SPEAKER = re.compile(rf"\b\w+\s+{words('classify_reporting_verb', 'said')}\b")

_BLADE = re.compile(alternation("classify_blade"), re.I)

# "He was taken to a police station, where he was beaten": the detainee hurt while held (classify_custody_harm)
_HURT_IN_CUSTODY = re.compile(rf"\b{words('classify_function_words', 'aux_passive')}\s+(?:\w+\s+)?{words('classify_custody_harm', 'harm')}\b", re.I)
_HELD = re.compile(rf"\b{words('classify_custody_harm', 'held')}\b", re.I)


def _hurt_in_custody(context: str) -> bool:
    """A sentence of the report that tells the arrested were beaten or tortured while held, not as an earlier act."""
    for m in _HURT_IN_CUSTODY.finditer(context):
        sentence = context[slice(*sentence_span(context, m.start()))]
        if _HELD.search(sentence) and not _EARLIER.search(sentence) and not HABITUAL.search(sentence):
            return True
    return False


_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+){0,3}$", re.I)

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _territory_told_after(context: str) -> str | None:
    """ "Clashes between the army and rebels in X. The rebels retook the town.": ground changing hands told in its
    own sentence of the same report ranks above the fighting (§1.2); who took it is read from that sentence."""
    for c in find_cues(GOV_REGAIN, context) + find_cues(TAKE_TERRITORY, context):
        sentence = context[slice(*sentence_span(context, c.start))]
        if _EARLIER.search(sentence) or HABITUAL.search(sentence) \
                or (_PLUPERFECT.search(head := context[sentence_span(context, c.start)[0] : c.start]) and not _SPEAKER.search(head)):
            continue  # "the army had recently taken the town": the state of things before the fighting, unless reported
        taken = classify_passage(sentence)
        if taken is not None and taken.sub_event_type in _TAKEN:
            return taken.sub_event_type
    return None


def _context_upgrade(label: Label, passage: str, context: str) -> str | None:
    sub = label.sub_event_type
    if sub == "Armed clash" and (taken := _territory_told_after(context)):
        return taken
    if sub in ("Attack", "Abduction/forced disappearance", "Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"):
        returned = [c for c in find_cues(RETURN_FIRE, context) if not PAST_FIGHTING.search(context[max(0, c.start - 30) : c.start])
                    and not _EARLIER.search(context[slice(*sentence_span(context, c.start))])]
        if sub in ("Attack", "Abduction/forced disappearance"):
            cue = Cue(label.cue, label.start, label.end)
            if victim_side(passage, cue) == "civilian" and not identity_armed(context):
                return None  # the passage names civilian victims: a later clash is another event
            if identity_armed(context) or returned:
                return "Armed clash"
        elif returned:
            return "Armed clash"
    if sub == "Arrests" and _hurt_in_custody(context):
        return "Attack"  # one incident: the attack on the detainee ranks above the arrest (§1.2)
    if sub in ("Government regains territory", "Non-state actor overtakes territory"):
        unknown = find_cues(NO_WORD_ON_FIGHTING, context)  # "It is not known if there was any fighting."
        fighting = [c for c in find_cues(CLASH, context) if not any(n.start <= c.start < n.end for n in unknown)]
        if (nonviolent_transfer_cues(context) or unknown) and not fighting:
            return "Non-violent transfer of territory"  # "No clashes were reported." (codebook §1.2)
    if sub in ("Peaceful protest", "Protest with intervention"):
        for c in find_cues(RIOT, context, grievance=True):
            a, b = sentence_span(context, c.start)
            sentence = context[a:b]
            # "removed the fences between them and the riot police": riot police name the other side, not the cue
            not_crowd = any(m.start() <= c.start - a < m.end() for m in _NOT_THE_CROWD.finditer(sentence))
            if _EARLIER.search(sentence) or not_crowd or in_background(context, c):
                continue
            if STATE_RX.search(context[a : c.start]) and not re.search(r"\bbetween\b|\bwith\b", context[a : c.end], re.I) \
                    and not _crowd_acts_past_force(context[a : c.start]):
                continue  # police removing or clashing told from their side is intervention, not the crowd's violence
            return "Violent demonstration"
    return None


# Accidents whose cause the next sentences tell ("Another 22 were injured in the accident", "a furnace at the
# plant exploded"): a passage with no armed actor or weapon of its own is no political violence.
_REMOTE_OR_HARM = ("Attack", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade", "Air/drone strike",
                   "Suicide bomb", "Chemical weapon", "Mob violence", "Looting/property destruction")


def _accident_in_context(label: Label, passage: str, context: str) -> bool:
    if label.sub_event_type not in _REMOTE_OR_HARM:
        return False
    if POLITICAL_VIOLENCE.search(passage) or GUNS.search(passage) or demo_cues(passage):
        return False
    if any(rx.search(passage) for rx in (CHEMICAL, AIR, SUICIDE, SHELLING, GRENADE)):
        return False  # "Israel bombed a drone base": the weapon says who did it
    return bool(DISASTER_STRONG.search(context)) and not POLITICAL_VIOLENCE.search(context) and not GUNS.search(context)


# A side's claim that the other used gas, "not confirmed by other sources", is no report of the weapon.
_UNCONFIRMED = re.compile(alternation("classify_unconfirmed"), re.I)


def _context_weapon(label: Label, passage: str, context: str) -> str | None:
    """The report's other sentences may name the weapon of the same explosion: shells that "contained poisonous
    gas", bombers who "blew themselves up". Both rank above the generic type in ACLED's hierarchy (§1.2)."""
    sub = label.sub_event_type
    if sub not in ("Attack", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade"):
        return None
    for target, rx in (("Chemical weapon", CHEMICAL), ("Suicide bomb", SUICIDE)):
        cues = [c for c in find_cues(rx, context) if not near(DISASTER, context, c, 80, 80)
                and not _EARLIER.search(context[slice(*sentence_span(context, c.start))])
                and not HABITUAL.search(context[slice(*sentence_span(context, c.start))])  # "subjected to chemical attacks for years"
                and not _UNCONFIRMED.search(context[slice(*sentence_span(context, c.start))])]
        if not cues:
            continue
        # an attack told with guns or knives is its own incident beside a bombing elsewhere
        if sub == "Attack" and (GUNS.search(passage) or _BLADE.search(passage)):
            return None
        return target
    return None


def classify(passage: str, context: str = "") -> Label | None:
    """The single ACLED label for a passage reporting one incident, or None when no in-scope event.

    `context` holds the report's other sentences about the same incident (not typed from on their own):
    they may raise the passage's label up ACLED's hierarchy (a battle, a riot, the weapon of the same
    explosion), and they may show that casualties with no armed actor came from an accident."""
    label = classify_passage(passage)
    if label is not None and label.sub_event_type in ("Attack", "Looting/property destruction") and ROBBERY.search(passage) \
            and not HARM_BODILY.search(_NO_HARM.sub(" ", passage)) \
            and not _POLITICAL_SIDE.search(passage):
        return None  # armed robbers who hurt no one: a crime, outside ACLED's scope
    if label is not None and label.sub_event_type == "Armed clash" and label.rule != "communal_fighting" \
            and _CROWD_CLASH.search(_SPEAKER.sub(" ", passage)) \
            and not re.search(r"(?-i:\b[A-Z]{2,}[a-z]?\b)", passage) \
            and not _ARMED_SIGN.search(passage):
        # "a student was shot dead during clashes with security forces": a battle needs an organised armed
        # side; police clashing with students, youths or residents is a riot (codebook §1.3), a violent
        # demonstration where a protest is told, else mob violence (as ACLED codes clashes during raids)
        sub = "Violent demonstration" if demo_cues(passage) else "Mob violence"
        return Label(SUB_EVENT_TYPES[sub], sub, 0.5, label.cue, label.start, label.end, label.rule + "+crowd_clash")
    if label is None or not context.strip():
        return label
    if _accident_in_context(label, passage.strip(), context.strip()):
        return None
    up = _context_upgrade(label, passage.strip(), context.strip()) or _context_weapon(label, passage.strip(), context.strip())
    if up is None:
        return label
    return Label(SUB_EVENT_TYPES[up], up, min(label.confidence, 0.55), label.cue, label.start, label.end, label.rule + "+context")



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
