"""What the decision rules read of one passage: cue lists and the booleans computed from them, each computed
once (on first use) and named, so that a rule in rules.py is a line of feature names. Every feature is a
plain function of the passage; the comments say which reading of the codebook it serves."""
from __future__ import annotations

import re

from ...text.lexicon import alternation

from .assertion import AUX_BEFORE
from .base import Cue, cached_property, earliest, rx_any, sentence_span, words
from .clauses import (ARMED_TARGET_AFTER, BACKGROUND_FIGHT, FOUND_BODY, NOMINAL_BATTLE, ONGOING_AFTER, ONGOING_BEFORE,
                      PAST_FIGHTING, ROLE_FIGHTING, STONE_THROWERS)
from .cues_protest import LYNCH, MOB, ROADBLOCK
from .cues_strategic import ARREST, CHANGE, HQ, LOOT, OTHER
from .cues_violence import COMMUNAL, COMMUNAL_DISPUTE
from .cues_violence import (BATTLE_WORD, BOTH_SIDES, EXCHANGE, GROUND_FIRE, GROUND_RAID, HARM, HARM_BODILY,
                            NONVIOLENT_TRANSFER, REPELLED, RETURN_FIRE)
from .demo import in_background
from .features_lead import LeadFeatures
from .filters import find_cues, is_grievance, near
from .scope import CRIME_ONLY, DISASTER
from .sides import NAMED_SIDES, identity_armed, name_part, perpetrator_side, victim_side
from .vocab import ARMED_RX, ARMS_WORDS, GUNS, NONSTATE, NONSTATE_RX, POLITICAL_ACTOR, STATE_RX, UNARMED_GROUP_RX

_NONSTATE_WORD = rx_any(r"\b(?:" + NONSTATE + r")\b")
_FIGHTING_STEM = re.compile(alternation("classify_battle_word", "fighting"), re.I)
_GROUND_BATTLE_STEM = re.compile(alternation("classify_battle_word", "ground"), re.I)
_LETHAL_STEM = re.compile(alternation("classify_cue_stem", "lethal"), re.I)
_PLANNED_KILLING = re.compile(r"(?:" + alternation("classify_cue_stem", "planned_killing") + r")", re.I)
# "the army said", "police sources told": a state word that names who reports, not who acts
_SOURCE_AFTER = re.compile(rf"\W*(?:\w+\W+){{0,2}}?{words('classify_reporting_verb', 'speaker')}\b", re.I)
_CS = "classify_cue_stem"
_ARMED_SIDE = re.compile(r"\b(?:" + NONSTATE + r")\b|" + alternation("classify_armed_target", "armed_side"), re.I)
_CLASH_FIGHT = re.compile(alternation(_CS, "clash_fight"), re.I)
_RAID = re.compile(words(_CS, "raid"), re.I)
_MOB_CUE = re.compile(words(_CS, "mob"), re.I)
_SCUFFLE = re.compile(words(_CS, "scuffle"), re.I)
_SEIZURE = re.compile(rf"{words(_CS, 'seizure')}\w*$", re.I)
_ABDUCTION = re.compile(words(_CS, "abduction"), re.I)
_DESTRUCTION = re.compile(words(_CS, "destruction"), re.I)
_TOLL = re.compile(alternation("classify_cause_of_harm", "dead"), re.I)
_ANOTHER_TIME = re.compile(alternation("classify_cause_of_harm", "another_time"), re.I)
_COMMUNAL_ARMED = re.compile(alternation("classify_communal", "armed"), re.I)
_COMMUNAL_CROWD = re.compile(alternation("classify_communal", "crowd"), re.I)
_NOT_THE_CROWD = re.compile(alternation("classify_not_the_crowd"), re.I)
# "fought each other": a verb whose subject is both sides
_RECIPROCAL = re.compile(rf"\b{words('classify_function_words', 'reciprocal')}\b", re.I)
# the past perfect right before a cue: "had pulled out", "had already left"
_HAD_BEFORE = re.compile(rf"\b{words('classify_function_words', 'had')}\s+(?:\w+\s+)?$", re.I)
# "a gang whose members engage in kidnapping and extortion": the group's trade, told as who they are (§1.9)
_GROUP_ACTIVITY = re.compile(rf"\b{words('classify_group_activity')}\s+(?:[\w'’,-]+\s+){{0,5}}$", re.I)
_MASS_GRAVE = re.compile(rf"\b{words('classify_mass_grave')}\b", re.I)
# a cue that tells only how a place was taken ("without resistance", "no fighting"), not that one was
_MANNER_ONLY = re.compile(r"(?:without|no)\b", re.I)
# a measure answering violence, and the cause told after it ("curfew was imposed following clashes between two groups")
_RESPONSE_MEASURE = re.compile(rf"\b{words('classify_background_time', 'response_measure')}\b", re.I)
_CAUSE_AFTER = re.compile(rf"\b{words('classify_background_time', 'cause_marker')}\s+(?:[\w'’-]+\s+){{0,6}}$", re.I)
_EARLIER_TIME = re.compile(rf"\b(?:{alternation('classify_background_time', 'earlier_when')})"
                           rf"|\b{words('classify_background_time', 'earlier_word')}\b|[’']s\b", re.I)
_TAKING_GOODS = re.compile(r"(?:" + alternation("classify_cue_stem", "taking_goods") + r")", re.I)


def nonviolent_transfer_cues(text: str) -> list[Cue]:
    """Handover cues, less a withdrawal told in the past perfect ("the posts they had pulled out from": an earlier
    move the news goes back to, not the handover it tells, §1.9) and less the manner of an arrest."""
    out = []
    for c in find_cues(NONVIOLENT_TRANSFER, text):
        a, _ = sentence_span(text, c.start)
        if _HAD_BEFORE.search(text[max(a, c.start - 30) : c.start]):
            continue
        # "police arrested him without resistance": how an arrest went, no ground changing hands
        if _MANNER_ONLY.match(c.text) and ARREST.search(text[a : c.start]):
            continue
        out.append(c)
    return out


class Passage(LeadFeatures):
    """The features of one passage; a feature is computed the first time a rule asks for it."""

    # --- battles against one-sided violence ----------------------------------------------------------
    @cached_property
    def _clash_sides(self) -> tuple[list[Cue], list[Cue]]:
        text = self.text
        armed_clash = [c for c in self.clash if victim_side(text, c) != "civilian" or _FIGHTING_STEM.search(c.text)]
        unarmed_clash = [c for c in armed_clash if _CLASH_FIGHT.search(c.text) and perpetrator_side(text, c) == "unarmed" and not near(ARMED_RX, text, c, 80, 80)]
        return [c for c in armed_clash if c not in unarmed_clash], unarmed_clash

    @cached_property
    def armed_clash(self) -> list[Cue]:
        """Clash cues with an armed or unknown victim, or told with a fighting word, less a crowd's clashes."""
        return self._clash_sides[0]

    @cached_property
    def crowd_clash(self) -> list[Cue]:
        """Clashes by an unarmed crowd with no armed actor near: a mob's (codebook §1.3)."""
        return self._clash_sides[1]

    @cached_property
    def mob_all(self) -> list[Cue]:
        return self.mob + self.crowd_clash

    @cached_property
    def communal_fighting(self) -> list[Cue]:
        """Communities, clans, tribes or ethnic groups named as the sides of fighting (or of a quarrel), with dead, arms or
        kin groups that field militias told: ACLED codes their militias' fighting as a battle (§1.2); not fighting told
        as background."""
        text = self.text
        if not _COMMUNAL_ARMED.search(text) or _COMMUNAL_CROWD.search(text):
            return []  # "members of two communities fought each other; ten were hurt", "mobs stoned houses": a mob (§1.3)
        cues = find_cues(COMMUNAL, text) + find_cues(COMMUNAL_DISPUTE, text)
        # "following communal clashes, police arrested ten": fighting told as what came before, unless the sentence
        # has already told its dead ("three died following a fight between two clans")
        return sorted((c for c in cues if not BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])
                       or HARM_BODILY.search(text[sentence_span(text, c.start)[0] : c.start])), key=lambda c: c.start)

    # --- beside an explosion -------------------------------------------------------------------------
    @cached_property
    def strike_battle(self) -> list[Cue]:
        """Ground fighting beside shelling or an air strike, in the same incident: one Battles event."""
        text, (sub, cue) = self.text, self.explosion
        # "following the clashes, the military carried out airstrikes": fighting told as what came before
        real_battle = [c for c in self.armed_clash if BATTLE_WORD.search(c.text) and not BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])]
        # "as Kenya continues its offensive": the war going on around the strike is its setting
        real_battle = [c for c in real_battle if not ONGOING_AFTER.match(text[c.end : c.end + 40])
                       and not ONGOING_BEFORE.search(text[max(0, c.start - 40) : c.start])]
        # "died while fighting alongside Kurdish forces when an airstrike hit": who the victim fought with
        real_battle = [c for c in real_battle if not ROLE_FIGHTING.search(text[max(0, c.start - 40) : c.start] + "|" + text[c.start : c.end + 30])]
        # after the strike, only fighting on the ground makes a battle: "combat sorties" describe the air campaign
        ground_battle = [c for c in real_battle if _GROUND_BATTLE_STEM.search(c.text)]
        if real_battle and sub in ("Shelling/artillery/missile attack", "Air/drone strike") and (
            sub != "Air/drone strike" or real_battle[0].start < cue.start or ground_battle
        ):
            return real_battle
        return []

    @cached_property
    def fire_exchanged(self) -> list[Cue]:
        """Both sides firing (not a suicide attack's gunmen): a battle whatever the weapons (§1.2)."""
        text = self.text
        if self.explosion_type == "Suicide bomb":
            return []
        return [c for c in find_cues(EXCHANGE, text) if not PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start])
                and not ONGOING_AFTER.match(text[c.end : c.end + 40]) and not ONGOING_BEFORE.search(text[max(0, c.start - 40) : c.start])]

    @cached_property
    def ground_assault_beside_strike(self) -> list[Cue]:
        """A ground assault on armed men, with shelling or bombs told in another sentence: one battle (§1.2);
        "attacked a base with mortars" stays remote violence, a mine beside an attack is its own device."""
        text, (sub, cue) = self.text, self.explosion
        if sub not in ("Shelling/artillery/missile attack", "Air/drone strike"):
            return []
        for c in sorted(self.clash + self.attack + find_cues(GROUND_RAID, text), key=lambda c: c.start):
            if not _RAID.match(c.text) or victim_side(text, c) != "armed":
                continue
            if PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start]):
                continue
            a, b = sentence_span(text, c.start)
            if not (a <= cue.start < b):
                return [c]
        return []

    @cached_property
    def strike_repelled(self) -> list[Cue]:
        """An attack the target fought off ("the attack was repelled"): two armed sides on the ground."""
        if self.explosion_type not in ("Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"):
            return []
        return [c for c in find_cues(REPELLED, self.text) if not PAST_FIGHTING.search(self.text[max(0, c.start - 30) : c.start])]

    @cached_property
    def ground_fire_on_armed(self) -> list[Cue]:
        """Small-arms fire at armed men beside the explosion: the attackers fought on the ground."""
        text = self.text
        ground = find_cues(GROUND_FIRE, text)
        sides = {victim_side(text, c) for c in ground + self.attack[:3]}
        if ground and "civilian" not in sides and ("armed" in sides or any(ARMED_TARGET_AFTER.match(text[c.end:]) for c in ground)):
            return ground
        return []

    # --- battles with no explosion -------------------------------------------------------------------
    @cached_property
    def real_battle(self) -> list[Cue]:
        """Fighting words of this incident: not fighting told as background, not an operation whose only
        victims are civilians."""
        text = self.text
        real_battle = [c for c in self.armed_clash if BATTLE_WORD.search(c.text)]
        real_battle = [c for c in real_battle if not BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])
                       or self.harm_told_before(c) or self.measure_told_before(c)]
        if self.attack and real_battle:
            civ_victims = any(victim_side(text, c) == "civilian" for c in self.attack[:4])
            real_battle = [c for c in real_battle if not (civ_victims and NOMINAL_BATTLE.match(c.text))]
        return real_battle

    def harm_told_before(self, cue: Cue) -> bool:
        """ "two guards died when two army units turned on each other", "seventy fighters are killed during four
        days of fighting": the sentence tells its dead first and the fighting as their cause, this incident (§1.2)."""
        a, _ = sentence_span(self.text, cue.start)
        return bool(_TOLL.search(self.text[a : cue.start])) and not _ANOTHER_TIME.search(self.text[max(a, cue.start - 40) : cue.start])

    def measure_told_before(self, cue: Cue) -> bool:
        """ "A curfew was clamped on the town after two groups clashed": a measure that answers violence, told first,
        makes the fighting after "after"/"following" its cause, this incident (§1.3), unless an earlier time is named
        ("after last month's clashes")."""
        a, _ = sentence_span(self.text, cue.start)
        before = self.text[a : cue.start]
        m = _CAUSE_AFTER.search(before)
        if not (m and _RESPONSE_MEASURE.search(before[: m.start()])) or _EARLIER_TIME.search(m.group(0)):
            return False
        marker = re.match(r"\w+(?: of the| of)?", m.group(0)).group(0)
        rest = before[: m.start()] + " " * len(marker) + before[m.start() + len(marker) :]
        return not BACKGROUND_FIGHT.search(rest[-40:])  # "after months of fighting": a campaign, still background

    @cached_property
    def one_sided_all(self) -> list[Cue]:
        """Attack cues, ambushes and raids without a fighting word, and clashes whose victims are civilians."""
        civil_hits = [c for c in self.clash if c not in self.armed_clash and c not in self.crowd_clash]
        return sorted([c for c in self.armed_clash if not BATTLE_WORD.search(c.text)] + self.attack + civil_hits, key=lambda c: c.start)

    @cached_property
    def crowd_roadblock(self) -> list[Cue]:
        """Barricades and burning tyres by a crowd (codebook §1.3: Violent demonstration), unless it turns on
        people, arms are involved or a battle is told."""
        text = self.text
        roadblock = [c for c in find_cues(ROADBLOCK, text) if not in_background(text, c)
                     and not STATE_RX.search(text[sentence_span(text, c.start)[0]:c.start])]
        # "linked arms in a human barricade across the gate": people standing in the way, a peaceful act
        roadblock = [c for c in roadblock if not any(m.start() <= c.start < m.end() for m in _NOT_THE_CROWD.finditer(text))]
        if roadblock and not LYNCH.search(text) and not GUNS.search(text) and not self.real_battle:
            return roadblock
        return []

    @cached_property
    def mob_acts(self) -> list[Cue]:
        """A crowd's violence that comes first or has no armed perpetrator, by a crowd that is no armed group."""
        text, mob = self.text, self.mob_all
        # "seven people were killed by gunmen": a passive whose agent is armed is no crowd's act
        mob = [c for c in mob if not (re.search(r"\bby\b", text[c.end : c.end + 60]) and perpetrator_side(text, c) == "armed")]
        # "soldiers fought each other": a reciprocal verb's subject is both sides, and armed on both it is a battle (§1.2)
        mob = [c for c in mob if not (_RECIPROCAL.search(c.text) and perpetrator_side(text, c) == "armed")]
        if not mob:
            return []
        first = earliest(self.real_battle, self.one_sided_all, mob)
        perp = perpetrator_side(text, first) if first is not None else ""
        if first in self.real_battle and near(ARMED_RX, text, first, 0, 80):
            perp = "armed"  # "fighting broke out between two militias": the sides are named after the verb
        if first in mob or perp != "armed":
            m0 = mob[0]
            # "a mob of herders" names a crowd whatever its members are called
            if _MOB_CUE.match(m0.text) or not near(_NONSTATE_WORD, text, m0, 80, 40):
                return [m0]
        return []

    @cached_property
    def battle_without_armed_side(self) -> bool:
        """Clashes with no armed organisation on either side, or police clashing with residents with no
        guns anywhere: riots (codebook §1.3). "Fighting" with no side named is combat, not a brawl: only
        "clashes" are read as a crowd's when no one is named."""
        text, c0 = self.text, self.real_battle[0]
        a, b = sentence_span(text, c0.start)
        sent = text[a:b]
        armed_side = _ARMED_SIDE.search(sent)
        armed_anywhere = ARMS_WORDS.search(text)
        named_sides = NAMED_SIDES.search(sent) and not UNARMED_GROUP_RX.search(sent)
        civil_party = (_SCUFFLE.match(c0.text) and STATE_RX.search(sent)
                       and [u for u in UNARMED_GROUP_RX.finditer(sent) if not name_part(sent, u)]
                       and not NONSTATE_RX.search(text) and not GUNS.search(text) and not self.explosion)
        return bool(civil_party or re.search(r"\brioters?\b", sent, re.I) or (not armed_side and not armed_anywhere and not named_sides and (UNARMED_GROUP_RX.search(sent) or re.search(r"^clash", c0.text, re.I))))

    # --- abductions beside attacks ------------------------------------------------------------------
    @cached_property
    def abduction_is_the_harm(self) -> bool:
        """ "gunmen attacked the staff quarters, abducting a woman": an attack whose only harm is the taking."""
        text, abduct, attack = self.text, self.abduct, self.attack
        # "attacked a checkpoint manned by a brigade and took one of its men": an attack on armed men is a battle (§1.2)
        return bool(abduct and attack and all(re.fullmatch(r"attack(?:s|ed|ing)?", c.text, re.I) for c in attack)
                    and not HARM_BODILY.search(text) and victim_side(text, abduct[0]) != "armed" and not identity_armed(text)
                    and self.victim != "armed")

    @cached_property
    def abduction_before_attack(self) -> bool:
        """Taken first, with no killing told: the abduction is the event."""
        text, abduct, attack = self.text, self.abduct, self.attack
        return bool(abduct and attack and abduct[0].start < attack[0].start
                    and not _LETHAL_STEM.search(" ".join(c.text for c in attack))
                    and victim_side(text, abduct[0]) != "armed")

    # --- one-sided violence --------------------------------------------------------------------------
    @cached_property
    def one_sided(self) -> list[Cue]:
        return [c for c in self.one_sided_all if not is_grievance(self.text, c.start)]

    @cached_property
    def crowd_attacks(self) -> bool:
        """An unarmed crowd attacks, not finders of a body, not a planned killing (codebook §1.3 Mob violence)."""
        text, a0 = self.text, self.one_sided[0]
        planned = _PLANNED_KILLING.match(a0.text) and not MOB.search(text)
        return perpetrator_side(text, a0) == "unarmed" and not FOUND_BODY.match(a0.text) and not planned \
            and not self.armed_subject(a0)

    def armed_subject(self, cue: Cue) -> bool:
        """The sentence opens with an armed actor and no crowd before it ("Soldiers detained thirty young people,
        beating one"): the crowd named later is the object, the armed subject acts."""
        text = self.text
        a, _ = sentence_span(text, cue.start)
        head = text[a : cue.start]
        arm, crowd = ARMED_RX.search(head), UNARMED_GROUP_RX.search(head)
        return bool(arm and arm.start() - (len(head) - len(head.lstrip())) < 40 and (crowd is None or arm.start() < crowd.start())
                    and not _SOURCE_AFTER.match(head[arm.end() :]) and not (crowd is not None and re.match(r"\W*(?:and|or|,)\W", head[arm.end() : arm.end() + 6]) and crowd.start() - arm.end() < 30))

    @cached_property
    def stone_throwers(self) -> bool:
        """Force used on people who were throwing stones is part of their riot (codebook §1.3)."""
        return bool(STONE_THROWERS.search(self.text))

    @cached_property
    def victim(self) -> str:
        """Who receives the one-sided violence: 'armed', 'civilian' or ''."""
        text = self.text
        seized = [c for c in self.abduct[:2] + self.arrest[:2] if _SEIZURE.match(c.text)]
        victim = next((v for v in (victim_side(text, c) for c in self.one_sided[:4] + seized) if v), "")
        if identity_armed(text):
            victim = "armed"
        return victim

    @cached_property
    def victim_armed(self) -> bool:
        return self.victim == "armed"

    @cached_property
    def state_on_armed_group(self) -> bool:
        """State forces acting on a non-state armed group named after the verb, in the same sentence ("troops
        raided a rebel camp", "the army launched an operation against the insurgents"), no civilian named as
        the victim: two armed sides, a battle (codebook §1.2 Battles), whoever struck first."""
        if self.victim == "civilian":
            return False
        text, c = self.text, self.one_sided[0]
        a, b = sentence_span(text, c.start)
        sent, k = text[a:b], c.start - a
        state = [m for m in STATE_RX.finditer(sent, 0, k) if not _SOURCE_AFTER.match(sent[m.end() :])]
        if not state:
            return False
        # the state force acts first in the sentence; the armed group comes after it ("raided a rebel camp",
        # "launched a raid against the insurgents, killing six")
        return not NONSTATE_RX.search(sent, 0, state[0].start()) and bool(NONSTATE_RX.search(sent, state[-1].end()))

    @cached_property
    def repelled_by_forces(self) -> list[Cue]:
        """An attack pushed back or foiled by forces the sentence names: the forces fought the attackers (§1.2),
        whoever the attack first aimed at."""
        text = self.text
        return [c for c in find_cues(REPELLED, text) if not PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start])
                and STATE_RX.search(text[slice(*sentence_span(text, c.start))])]

    @cached_property
    def fire_returned(self) -> list[Cue]:
        """The target shot back or fought the attack off, victims not said to be civilians: a battle (§1.2)."""
        text = self.text
        if self.victim == "civilian":
            return []
        return [c for c in find_cues(RETURN_FIRE, text) + find_cues(REPELLED, text) if not PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start])]

    @cached_property
    def dead_on_both_sides(self) -> list[Cue]:
        return find_cues(BOTH_SIDES, self.text)

    @cached_property
    def attack_on_property(self) -> list[Cue]:
        """ "xenophobic attacks in which shops were looted": the noun "attack" names destruction when no one is
        hurt (codebook §1.2: Looting/property destruction)."""
        text = self.text
        if all(re.fullmatch(r"attacks?", c.text, re.I) for c in self.one_sided) and not HARM.search(text):
            return [c for c in find_cues(LOOT, text) if not near(DISASTER, text, c, 80, 80)]
        return []

    @cached_property
    def armed_captives(self) -> bool:
        """Seizing the other side's policemen or fighters is combat between armed groups, not violence against
        civilians; only a verb has its victim after it."""
        verb = _ABDUCTION.match(self.abduct[0].text)
        return bool((verb and victim_side(self.text, self.abduct[0]) == "armed") or identity_armed(self.text))

    # --- strategic developments (§1.2), hierarchy order ----------------------------------------------
    @cached_property
    def ordinary_crime(self) -> bool:
        """Ordinary crime and its policing are out of ACLED's scope."""
        return bool(CRIME_ONLY.search(self.text)) and not POLITICAL_ACTOR.search(self.text)

    @cached_property
    def nonviolent_transfer(self) -> list[Cue]:
        return nonviolent_transfer_cues(self.text)

    @cached_property
    def destruction(self) -> list[Cue]:
        text = self.text
        return [c for c in find_cues(LOOT, text) if not near(DISASTER, text, c, 80, 80)
                and not _GROUP_ACTIVITY.search(text[max(sentence_span(text, c.start)[0], c.start - 80) : c.start])]

    @cached_property
    def arrest_answers_earlier_act(self) -> bool:
        """ "Two men set fire to a house. They were arrested hours later.": the act told before is the event."""
        loot = self.destruction
        return bool(loot) and sentence_span(self.text, loot[0].start)[1] <= self.arrest[0].start

    @cached_property
    def arrest_by_nonstate(self) -> bool:
        """Detention by a non-state armed group is an abduction in ACLED's terms."""
        text, c = self.text, self.arrest[0]
        a, _ = sentence_span(text, c.start)
        agent = text[max(a, c.start - 100) : c.start]
        by = re.match(r"\s+by\s+([^,.;()]{1,40})", text[c.end : c.end + 60])
        if AUX_BEFORE.search(agent):
            # "was arrested by the rebels": the agent follows a passive; "rebels were detained": they are the held
            agent = by.group(1) if by else ""
        return bool(NONSTATE_RX.search(agent) and not STATE_RX.search(agent))

    @cached_property
    def weapons_disrupted(self) -> list[Cue]:
        return self.disrupt

    @cached_property
    def base_established(self) -> list[Cue]:
        return find_cues(HQ, self.text)

    @cached_property
    def destroys_armed_side(self) -> bool:
        """ "destroyed a column of the enemy's forces": wrecking the other side's men and machines is combat."""
        c = self.destruction[0]
        return bool(_DESTRUCTION.match(c.text)) and victim_side(self.text, c) == "armed"

    @cached_property
    def crowd_destroys(self) -> bool:
        """A crowd or a group of residents burning or wrecking property is a mob (§1.3); taking goods stays looting."""
        text, c = self.text, self.destruction[0]
        perp = perpetrator_side(text, c)
        if not perp and re.search(r"\ba group\s+(?:\w+\s+){0,2}$", text[sentence_span(text, c.start)[0] : c.start], re.I):
            perp = "unarmed"  # "a group burnt down two settlements": a band named by nothing armed is a crowd
        return perp == "unarmed" and not _TAKING_GOODS.match(c.text)

    @cached_property
    def group_change(self) -> list[Cue]:
        return find_cues(CHANGE, self.text)

    @cached_property
    def mass_grave_lead(self) -> list[Cue]:
        """ "A mass grave holding the bodies of soldiers killed by the militants was found": killings told after the
        grave are its contents, done before it was found; the news is the grave, which ACLED codes Other (§1.2).
        Killings told first ("soldiers shot nine men, then left the corpses in a common grave") stay the event."""
        graves = [Cue(m.group(0), m.start(), m.end()) for m in _MASS_GRAVE.finditer(self.text)]
        if not graves:
            return []
        first = earliest(self.real_battle, self.one_sided_all, self.explosion_cue, self.abduct)
        return graves if first is None or first.start > graves[0].start else []

    @cached_property
    def other_development(self) -> list[Cue]:
        return find_cues(OTHER, self.text)
