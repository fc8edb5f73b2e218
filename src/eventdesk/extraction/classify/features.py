"""What the decision rules read of one passage: cue lists and the booleans computed from them, each computed
once (on first use) and named, so that a rule in rules.py is a line of feature names. Every feature is a
plain function of the passage; the comments say which reading of the codebook it serves."""
from __future__ import annotations

import re
from functools import cached_property

from .assertion import AUX_BEFORE, politics_only
from .base import Cue, earliest, rx_any, sentence_span
from .clauses import (ARMED_TARGET_AFTER, ARREST_REASON, BACKGROUND_FIGHT, CONCURRENT, DATING_CLAUSE, FOUND_BODY,
                      MANNED_AIRCRAFT, NOMINAL_BATTLE, OBJECT_OF_VIOLENCE, ONGOING_AFTER, ONGOING_BEFORE, PARTICIPATION,
                      PAST_FIGHTING, RANK_IN_GROUP, ROLE_FIGHTING, STONE_THROWERS, SUSPECTED_BEHIND, agreements)
from .cues_protest import EXCESSIVE, INTERVENE, LYNCH, MOB, RIOT, RIOT_AT_STATE, ROADBLOCK, VIOLENTLY
from .cues_strategic import ARREST, BROKEN_DEAL, CHANGE, CONSCRIPTION, DISRUPT, HQ, LOOT, OTHER
from .cues_violence import (ABDUCT, ATTACK, BATTLE_WORD, BOTH_SIDES, CLASH, EXCHANGE, GOV_REGAIN, GROUND_FIRE, GROUND_RAID,
                            HARM, HARM_BODILY, NO_WORD_ON_FIGHTING, NONVIOLENT_TRANSFER, REPELLED, RETURN_FIRE, SEXUAL,
                            TAKE_TERRITORY, WENT_OFF)
from .demo import (BACKGROUND_DEMO, EARLIER_FIGHT, ONE_PERSON, RALLY_SETTING, demo_cues, in_background,
                   work_stoppage_only)
from .explosion import explosion_of
from .filters import NEGATION, find_cues, is_grievance, near
from .base import MONTH
from .prefixes import prefix_label
from .scope import ATTRIBUTION, CRIME_ONLY, DIPLOMACY, DISASTER, DISASTER_STRONG, POLITICAL_VIOLENCE
from .sides import NAMED_SIDES, identity_armed, name_part, perpetrator_side, victim_side
from .vocab import (ARMED_RX, ARMS_WORDS, CROWD_NOUN, GUNS, NONSTATE, NONSTATE_RX, POLITICAL_ACTOR, STATE_RX, TAKEN_THINGS,
                    UNARMED_GROUP_RX)
from ...text.lexicon import alternation

_TAKEN_ARMS = rx_any(r"\b(?:" + alternation("classify_taken_arms") + r")\b")
_NONSTATE_WORD = rx_any(r"\b(?:" + NONSTATE + r")\b")
STRONG_REMOTE = ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Grenade")


class Passage:
    """The features of one passage; a feature is computed the first time a rule asks for it."""

    def __init__(self, passage: str):
        self.text = passage.strip()

    def _span_before(self, c: Cue, width: int) -> str:
        return self.text[max(0, c.start - width) : c.start]

    # --- scope ---------------------------------------------------------------------------------------
    @cached_property
    def empty(self) -> bool:
        return not self.text

    @cached_property
    def note_prefix(self):
        """An ACLED note's label ("Looting: On 7 May ..."): a Label, or None."""
        return prefix_label(self.text)

    @cached_property
    def note_prefix_type(self) -> str:
        return self.note_prefix.sub_event_type

    @cached_property
    def note_prefix_cue(self) -> Cue:
        return Cue(self.note_prefix.cue, self.note_prefix.start, self.note_prefix.end)

    @cached_property
    def politics_only(self) -> bool:
        """Led by a meeting, promise or vote, with no incident asserted anywhere."""
        return politics_only(self.text)

    # --- demonstrations (codebook §1.3) --------------------------------------------------------------
    @cached_property
    def demo(self) -> list[Cue]:
        """Demonstration cues, less a protest named as the reason for a measure and strikes that are only
        work stoppages (codebook §1.2: strikes without a demonstration are not coded)."""
        text = self.text
        demo = demo_cues(text)
        demo = [c for c in demo if not PARTICIPATION.search(text[max(0, c.start - 60) : c.start])]
        if demo and work_stoppage_only(text, demo):
            demo = []
        return demo

    @cached_property
    def has_demo(self) -> bool:
        return bool(self.demo)

    @cached_property
    def disaster_only(self) -> bool:
        """Casualty words of a disaster or accident with no political-violence actor or weapon."""
        return not self.demo and bool(DISASTER_STRONG.search(self.text)) and not POLITICAL_VIOLENCE.search(self.text) \
            and not find_cues(ROADBLOCK, self.text)

    # --- weapons disrupted --------------------------------------------------------------------------
    @cached_property
    def disrupt(self) -> list[Cue]:
        return find_cues(DISRUPT, self.text)

    @cached_property
    def weapons_taken_before_use(self) -> bool:
        """Weapons found, defused or intercepted, with nothing set off, in no demonstration."""
        return bool(self.disrupt) and not self.demo and not find_cues(WENT_OFF, self.text)

    @cached_property
    def crewed_aircraft_downed(self) -> bool:
        """Bringing down a crewed aircraft is fighting its crew; intercepting drones and missiles disrupts weapons."""
        d = self.disrupt[0]
        return bool(re.match(r"(?:shot down|downed)", d.text, re.I) and MANNED_AIRCRAFT.match(self.text[d.end :]))

    # --- the cue families ---------------------------------------------------------------------------
    @cached_property
    def explosion(self) -> tuple[str, Cue] | None:
        return explosion_of(self.text)

    @cached_property
    def explosion_cue(self) -> list[Cue]:
        return [self.explosion[1]] if self.explosion else []

    @cached_property
    def explosion_type(self) -> str | None:
        return self.explosion[0] if self.explosion else None

    @cached_property
    def clash(self) -> list[Cue]:
        """Battle cues; "a joint operation of three police agencies" with no one hurt, no guns and no armed group
        is policing, not a battle."""
        text = self.text
        clash = find_cues(CLASH, text)
        if clash and all(re.search(r"operation", c.text, re.I) for c in clash) \
                and not (HARM_BODILY.search(text) or GUNS.search(text) or self.explosion is not None):
            clash = []
        return clash

    @cached_property
    def attack(self) -> list[Cue]:
        return find_cues(ATTACK, self.text)

    @cached_property
    def sexual(self) -> list[Cue]:
        text = self.text
        return [c for c in find_cues(SEXUAL, text, grievance=True)
                if not re.search(r"\b(?:suspected|alleged|accused|presumed|objecting to|opposing|protesting)\s+(?:the\s+|a\s+|of\s+)?$", text[max(0, c.start - 30) : c.start], re.I)]

    @cached_property
    def abduct(self) -> list[Cue]:
        return find_cues(ABDUCT, self.text, grievance=True)

    @cached_property
    def mob(self) -> list[Cue]:
        """Mob cues; "abducted commuters and students and set vehicles ablaze": the crowd noun is the victim."""
        text = self.text
        mob = find_cues(MOB, text, grievance=True)
        return [c for c in mob if not CROWD_NOUN.match(c.text) or not OBJECT_OF_VIOLENCE.search(re.split(r"[,;]", text[sentence_span(text, c.start)[0] : c.start])[-1])]

    @cached_property
    def arrest(self) -> list[Cue]:
        return find_cues(ARREST, self.text)

    # --- seizures of people -------------------------------------------------------------------------
    @cached_property
    def conscription(self) -> list[Cue]:
        """Men detained or rounded up "for conscription" are taken by force: ACLED's abduction."""
        if self.arrest or self.abduct:
            return find_cues(CONSCRIPTION, self.text)
        return []

    @cached_property
    def arrest_for_violence(self) -> bool:
        """ "Police detained two drivers in connection with the murder of an officer": the police (or a passive)
        arrest, and every other cue of the passage is the arrest's reason, later in its sentence (§1.2 Arrests)."""
        text, arrest = self.text, self.arrest
        if not arrest:
            return False
        arrest_before = text[sentence_span(text, arrest[0].start)[0] : arrest[0].start]
        passive_arrest = re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", arrest_before, re.I) and not re.search(r"\b(?:who|which|that|whose)\b", arrest_before, re.I)
        if not (STATE_RX.search(arrest_before) or passive_arrest):
            return False
        others = self.demo + self.clash + self.attack + self.abduct + self.mob + self.explosion_cue
        a, b = sentence_span(text, arrest[0].start)

        def reason(c: Cue) -> bool:
            between = text[arrest[0].end : c.start]
            if CONCURRENT.search(between):
                return False  # "arrested protesters who were blocking the road during a demonstration"
            return bool(ARREST_REASON.search(between))
        return bool(others) and all(a <= c.start < b and c.start > arrest[0].start and reason(c) for c in others)

    # --- reported elsewhere --------------------------------------------------------------------------
    @cached_property
    def first_cue(self) -> Cue | None:
        return earliest(self.demo, self.clash, self.attack, self.abduct, self.explosion_cue)

    @cached_property
    def attribution_only(self) -> bool:
        """Attribution, condemnation or diplomacy about an event reported elsewhere is not the event."""
        first, text = self.first_cue, self.text
        if first is None:
            return False
        a, _ = sentence_span(text, first.start)
        # "the army said in a statement it had launched airstrikes": a statement is how news of the act comes
        prefix = re.sub(r"\b(?:said|says|added|announced) in (?:a|an|its|their) (?:\w+ )?statement\b", "said", text[a : first.start])
        dip = DIPLOMACY.search(prefix)
        if dip and re.match(r"minist", dip.group(0), re.I) and re.search(r"\bsaid\b[^.;]{0,40}\bthat\b", prefix[dip.start() :]):
            dip = None  # "the defence ministry said that militants attacked": a source of the report, not diplomacy
        return bool(ATTRIBUTION.search(prefix) or dip)

    @cached_property
    def names_suspects_only(self) -> bool:
        """ "two bombers are thought to be behind Sunday's explosions": naming who did an attack told before."""
        first = self.first_cue
        return first is not None and bool(SUSPECTED_BEHIND.match(self.text[first.end : first.end + 60]))

    # --- agreements ---------------------------------------------------------------------------------
    @cached_property
    def agreement(self) -> list[Cue]:
        """Agreement cues between sides of a conflict, less broken deals ("amid ceasefire violations")."""
        return [c for c in agreements(self.text) if not near(BROKEN_DEAL, self.text, c, 60, 60)]

    @cached_property
    def agreement_leads(self) -> bool:
        """An agreement in the first sentence, told before any violence: the agreement is the news."""
        if not self.agreement:
            return False
        a, _ = sentence_span(self.text, self.agreement[0].start)
        first_violence = earliest(self.clash, self.attack, self.explosion_cue)
        return a == 0 and (first_violence is None or self.agreement[0].start < first_violence.start)

    # --- territory (codebook §1.2 Battles) ----------------------------------------------------------
    @cached_property
    def territory(self) -> list[Cue]:
        """Cues of a change of hands, less attempts, things taken, people driven out and captures told as
        the date of another incident or as what followed the lead."""
        text = self.text
        take = find_cues(GOV_REGAIN, text) + find_cues(TAKE_TERRITORY, text)
        # "fighters who tried to overrun a base": an attempt takes no ground
        take = [c for c in take if not re.search(r"\b(?:tried|tries|trying|attempted|attempting|sought|seeking|failed)\s+to\s+(?:\w+\s+)?$",
                                                 text[max(0, c.start - 40) : c.start], re.I)]
        take = [
            c for c in take
            if (not near(TAKEN_THINGS, text, c, 0, 25) or c.text.endswith("out of"))  # "drove the fighters out of" names who lost it
            and not near(_TAKEN_ARMS, text, c, 60, 0)
        ]
        # "a scare that has driven UN staff out of the region": only an armed side driven out of a place loses it
        take = [c for c in take if not re.search(r"out of$", c.text) or ARMED_RX.search(c.text)
                or re.search(r"\b(?:them|enemy|group|positions?|remnants)\b", c.text, re.I)]
        # "killed a week after the city was liberated": a capture that dates another incident happened on another day
        take = [c for c in take if not DATING_CLAUSE.search(text[max(sentence_span(text, c.start)[0], c.start - 80) : c.start])]
        # "... It was later retaken by the army": a change of hands told after the lead as what followed it
        take = [c for c in take if sentence_span(text, c.start)[0] == 0
                or not re.search(r"\b(?:later|subsequently|eventually|afterwards)\b", text[sentence_span(text, c.start)[0] : c.start], re.I)]
        return take

    @cached_property
    def territory_cue(self) -> Cue:
        return min(self.territory, key=lambda c: c.start)

    @cached_property
    def transfer_without_fighting(self) -> list[Cue]:
        """Words of a peaceful handover, when no fighting is told beside them (codebook §1.2)."""
        text = self.text
        nonviolent = find_cues(NONVIOLENT_TRANSFER, text) + find_cues(NO_WORD_ON_FIGHTING, text)
        fighting = [c for c in self.clash if not NEGATION.search(text[max(0, c.start - 30) : c.start])
                    and not any(n.start <= c.start < n.end for n in nonviolent)]  # "unclear whether fighting took place"
        return nonviolent if not fighting else []

    @cached_property
    def state_takes_territory(self) -> bool:
        """The actor nearest the capture verb is a state force, or the verb is a regaining with no non-state actor."""
        text, cue = self.text, self.territory_cue
        a, _ = sentence_span(text, cue.start)
        subj = text[max(a, cue.start - 120) : cue.start]
        gov_verb = bool(GOV_REGAIN.search(cue.text))
        # "a senior officer in the rebel force that took control": a rank inside a non-state group is no state actor
        state = [m for m in STATE_RX.finditer(subj)
                 if not (re.fullmatch(r"officers?|guards?|commandos?", m.group(0), re.I) and RANK_IN_GROUP.match(subj[m.end() :]))]
        # "a military source said the insurgents now hold three villages": the actor nearest the verb took it
        nonstate = [m for m in NONSTATE_RX.finditer(subj)]
        if state and nonstate and not gov_verb and re.search(r"\b(?:said|says|told|reported|announced|confirmed|claimed)\b(?: that)?",
                                                              subj[state[-1].end() : nonstate[-1].start()]):
            state = []
        return bool(state or (gov_verb and not re.search(NONSTATE, subj, re.I)))

    @cached_property
    def riot_at_state(self) -> list[Cue]:
        """Rioting aimed at police or the state (codebook §1.3), with no protest words."""
        return find_cues(RIOT_AT_STATE, self.text)

    # --- a demonstration that leads ------------------------------------------------------------------
    @cached_property
    def demo_reported(self) -> list[Cue]:
        """Demonstration cues less a party rally that is only the attack's setting (Mob violence is outside a
        demonstration), and less a protest that is why the victims were attacked."""
        text, demo, attack = self.text, self.demo, self.attack
        if demo and (attack or self.mob):
            demo = [c for c in demo if not (re.match(r"rall", c.text, re.I) and RALLY_SETTING.search(text[max(0, c.start - 50) : c.start]))]
        if demo and attack:
            if attack[0].start < demo[0].start and all(BACKGROUND_DEMO.search(text[max(sentence_span(text, c.start)[0], c.start - 60) : c.start]) for c in demo):
                demo = []
        return demo

    @cached_property
    def demo_leads(self) -> bool:
        """The demonstration is the event: told first, or beside nothing stronger than an IED."""
        demo = self.demo_reported
        if not demo:
            return False
        strong_armed = self.explosion is not None and self.explosion[0] != "Remote explosive/landmine/IED"
        demo_first = demo[0].start <= min([c.start for c in self.clash + self.attack + self.abduct] + [c.start for c in self.explosion_cue] + [10**9])
        return demo_first or not strong_armed

    @cached_property
    def riot_violence(self) -> list[Cue]:
        """Violence BY the crowd (codebook §1.3 Violent demonstration): not the police's barricades or attacks,
        not a clash told as what came before or of another year, not one protester's act."""
        text = self.text
        riot = [c for c in find_cues(RIOT, text, grievance=True) + find_cues(VIOLENTLY, text) if not in_background(text, c)]
        riot.sort(key=lambda c: c.start)
        riot = [c for c in riot if not (re.match(r"barricad", c.text, re.I) and STATE_RX.search(text[sentence_span(text, c.start)[0] : c.start]))]
        riot = [c for c in riot if not (re.match(r"(?:attack|assault|beat|stoned|stabbed|hit)", c.text, re.I) and perpetrator_side(text, c) == "armed")]
        return [c for c in riot if not EARLIER_FIGHT.search(text[max(0, c.start - 40) : c.start])
                and not re.match(r"\s+in (?:" + MONTH + r" )?(?:19|20)\d\d\b", text[c.end : c.end + 20])
                and not ONE_PERSON.search(text[sentence_span(text, c.start)[0] : c.start])]

    @cached_property
    def lethal_force_on_protesters(self) -> list[Cue]:
        return [c for c in find_cues(EXCESSIVE, self.text, grievance=True) if not in_background(self.text, c)]

    @cached_property
    def intervention_on_protesters(self) -> list[Cue]:
        return [c for c in find_cues(INTERVENE, self.text, grievance=True) if not in_background(self.text, c)]

    # --- battles against one-sided violence ----------------------------------------------------------
    @cached_property
    def _clash_sides(self) -> tuple[list[Cue], list[Cue]]:
        text = self.text
        armed_clash = [c for c in self.clash if victim_side(text, c) != "civilian" or re.search(r"clash|exchang|gun|fire ?fight|shoot-?out|fighting|fought|battl|combat|skirmish", c.text, re.I)]
        unarmed_clash = [c for c in armed_clash if re.search(r"clash|fought|fighting", c.text, re.I) and perpetrator_side(text, c) == "unarmed" and not near(ARMED_RX, text, c, 80, 80)]
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
        ground_battle = [c for c in real_battle if re.search(r"ground|clash|skirmish|gun|fire ?fight|shoot|fighting|fought", c.text, re.I)]
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
            if not re.match(r"(?:attack|raid|storm|ambush|assault)", c.text, re.I) or victim_side(text, c) != "armed":
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
        real_battle = [c for c in real_battle if not BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])]
        if self.attack and real_battle:
            civ_victims = any(victim_side(text, c) == "civilian" for c in self.attack[:4])
            real_battle = [c for c in real_battle if not BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])
                           and not (civ_victims and NOMINAL_BATTLE.match(c.text))]
        return real_battle

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
        if roadblock and not LYNCH.search(text) and not GUNS.search(text) and not self.real_battle:
            return roadblock
        return []

    @cached_property
    def mob_acts(self) -> list[Cue]:
        """A crowd's violence that comes first or has no armed perpetrator, by a crowd that is no armed group."""
        text, mob = self.text, self.mob_all
        if not mob:
            return []
        first = earliest(self.real_battle, self.one_sided_all, mob)
        perp = perpetrator_side(text, first) if first is not None else ""
        if first in self.real_battle and near(ARMED_RX, text, first, 0, 80):
            perp = "armed"  # "fighting broke out between two militias": the sides are named after the verb
        if first in mob or perp != "armed":
            m0 = mob[0]
            # "a mob of herders" names a crowd whatever its members are called
            if re.match(r"(?:mobs?|lynch)", m0.text, re.I) or not near(_NONSTATE_WORD, text, m0, 80, 40):
                return [m0]
        return []

    @cached_property
    def battle_without_armed_side(self) -> bool:
        """Clashes with no armed organisation on either side, or police clashing with residents with no
        guns anywhere: riots (codebook §1.3)."""
        text, c0 = self.text, self.real_battle[0]
        a, b = sentence_span(text, c0.start)
        sent = text[a:b]
        armed_side = re.search(r"\b(?:" + NONSTATE + r")\b|\barmed\b|\bsoldiers\b|\btroops\b|\bmilitary\b|\barmy\b|\bforces\b", sent, re.I)
        armed_anywhere = ARMS_WORDS.search(text)
        named_sides = NAMED_SIDES.search(sent) and not UNARMED_GROUP_RX.search(sent)
        civil_party = (re.match(r"(?:clash|scuffl|skirmish)", c0.text, re.I) and STATE_RX.search(sent)
                       and [u for u in UNARMED_GROUP_RX.finditer(sent) if not name_part(sent, u)]
                       and not NONSTATE_RX.search(text) and not GUNS.search(text) and not self.explosion)
        return bool(civil_party or re.search(r"\brioters?\b", sent, re.I) or (not armed_side and not armed_anywhere and not named_sides and (UNARMED_GROUP_RX.search(sent) or re.search(r"^(?:clash|fought|fighting)", c0.text, re.I))))

    # --- abductions beside attacks ------------------------------------------------------------------
    @cached_property
    def abduction_is_the_harm(self) -> bool:
        """ "gunmen attacked the staff quarters, abducting a woman": an attack whose only harm is the taking."""
        text, abduct, attack = self.text, self.abduct, self.attack
        return bool(abduct and attack and all(re.fullmatch(r"attack(?:s|ed|ing)?", c.text, re.I) for c in attack)
                    and not HARM_BODILY.search(text) and victim_side(text, abduct[0]) != "armed" and not identity_armed(text))

    @cached_property
    def abduction_before_attack(self) -> bool:
        """Taken first, with no killing told: the abduction is the event."""
        text, abduct, attack = self.text, self.abduct, self.attack
        return bool(abduct and attack and abduct[0].start < attack[0].start
                    and not re.search(r"kill|dead|murder|body|bodies|execut|behead|died", " ".join(c.text for c in attack), re.I)
                    and victim_side(text, abduct[0]) != "armed")

    # --- one-sided violence --------------------------------------------------------------------------
    @cached_property
    def one_sided(self) -> list[Cue]:
        return [c for c in self.one_sided_all if not is_grievance(self.text, c.start)]

    @cached_property
    def crowd_attacks(self) -> bool:
        """An unarmed crowd attacks, not finders of a body, not a planned killing (codebook §1.3 Mob violence)."""
        text, a0 = self.text, self.one_sided[0]
        planned = re.match(r"(?:murder|assassinat|execut|behead|gunned down|shot dead)", a0.text, re.I) and not MOB.search(text)
        return perpetrator_side(text, a0) == "unarmed" and not FOUND_BODY.match(a0.text) and not planned

    @cached_property
    def stone_throwers(self) -> bool:
        """Force used on people who were throwing stones is part of their riot (codebook §1.3)."""
        return bool(STONE_THROWERS.search(self.text))

    @cached_property
    def victim(self) -> str:
        """Who receives the one-sided violence: 'armed', 'civilian' or ''."""
        text = self.text
        seized = [c for c in self.abduct[:2] + self.arrest[:2] if re.match(r"(?:abduct|kidnap|detain|arrest|captur)\w*$", c.text, re.I)]
        victim = next((v for v in (victim_side(text, c) for c in self.one_sided[:4] + seized) if v), "")
        if identity_armed(text):
            victim = "armed"
        return victim

    @cached_property
    def victim_armed(self) -> bool:
        return self.victim == "armed"

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
        verb = re.match(r"(?:abduct|kidnap)", self.abduct[0].text, re.I)
        return bool((verb and victim_side(self.text, self.abduct[0]) == "armed") or identity_armed(self.text))

    # --- strategic developments (§1.2), hierarchy order ----------------------------------------------
    @cached_property
    def ordinary_crime(self) -> bool:
        """Ordinary crime and its policing are out of ACLED's scope."""
        return bool(CRIME_ONLY.search(self.text)) and not POLITICAL_ACTOR.search(self.text)

    @cached_property
    def nonviolent_transfer(self) -> list[Cue]:
        return find_cues(NONVIOLENT_TRANSFER, self.text)

    @cached_property
    def destruction(self) -> list[Cue]:
        return [c for c in find_cues(LOOT, self.text) if not near(DISASTER, self.text, c, 80, 80)]

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
        if by and AUX_BEFORE.search(agent):
            agent = by.group(1)  # "was arrested by the rebels": the agent follows a passive
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
        return bool(re.match(r"(?:destroy|damag|blew up)", c.text, re.I)) and victim_side(self.text, c) == "armed"

    @cached_property
    def crowd_destroys(self) -> bool:
        """A crowd or a group of residents burning or wrecking property is a mob (§1.3); taking goods stays looting."""
        text, c = self.text, self.destruction[0]
        perp = perpetrator_side(text, c)
        if not perp and re.search(r"\ba group\s+(?:\w+\s+){0,2}$", text[sentence_span(text, c.start)[0] : c.start], re.I):
            perp = "unarmed"  # "a group burnt down two settlements": a band named by nothing armed is a crowd
        return perp == "unarmed" and not re.match(r"(?:loot|plunder|stole|stolen|robbed|rustl|confiscat|extort|seiz)", c.text, re.I)

    @cached_property
    def group_change(self) -> list[Cue]:
        return find_cues(CHANGE, self.text)

    @cached_property
    def other_development(self) -> list[Cue]:
        return find_cues(OTHER, self.text)
