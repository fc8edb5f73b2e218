"""The features of a passage that the first rules read: scope, seizures of people, reports of events told
elsewhere, agreements, territory and demonstrations. features.Passage adds the violence features."""
from __future__ import annotations

import re

from .assertion import politics_only
from .base import MONTH, Cue, cached_property, earliest, rx_any, sentence_span, words
from .clauses import (ARREST_REASON, CONCURRENT, DATING_CLAUSE, MANNED_AIRCRAFT, OBJECT_OF_VIOLENCE, PARTICIPATION,
                      RANK_IN_GROUP, SUSPECTED_BEHIND, agreements)
from .cues_protest import EXCESSIVE, INTERVENE, MOB, RIOT, RIOT_AT_STATE, ROADBLOCK, VIOLENTLY
from .cues_strategic import ARREST, BROKEN_DEAL, CONFLICT_AGREEMENT, CONFLICT_SIDES, CONSCRIPTION, DISRUPT
from .cues_violence import (ABDUCT, ATTACK, CLASH, GOV_REGAIN, HARM_BODILY, NO_WORD_ON_FIGHTING, NONVIOLENT_TRANSFER,
                            SEXUAL, TAKE_TERRITORY, WENT_OFF)
from .demo import (AHEAD_OF_DEMO, BACKGROUND_DEMO, EARLIER_FIGHT, ONE_PERSON, RALLY_SETTING, demo_cues, in_background,
                   work_stoppage_only)
from .explosion import explosion_of
from .filters import NEGATION, find_cues, near
from .prefixes import prefix_label
from .scope import ATTRIBUTION, DIPLOMACY, DISASTER_STRONG, POLITICAL_VIOLENCE
from .sides import perpetrator_side
from .vocab import ARMED_RX, CROWD_NOUN, GUNS, NONSTATE, NONSTATE_RX, POLITICAL_ACTOR, STATE_RX, TAKEN_THINGS
from ...text.lexicon import alternation

_TAKEN_ARMS = rx_any(r"\b(?:" + alternation("classify_taken_things", "arms") + r")\b")
_SEX_CRIME_ALLEGED = re.compile(r"\b(?:" + alternation("classify_sexual_alleged") + r")\s+(?:the\s+|a\s+|of\s+)?$", re.I)
# "tried to overrun", and the second of two coordinated infinitives: "tried to advance and seize the town"
_ATTEMPT = re.compile(r"\b(?:" + alternation("classify_attempt") + r")\s+to\s+(?:(?:\w+\s+)?|(?:\w+\s+){1,3}and\s+)$", re.I)
_SYMBOLIC_ACT = re.compile(alternation("tactics", "symbolic_action"), re.I)
_ATTACK_STEM = re.compile(r"(?:" + alternation("classify_cue_stem", "riot_attack") + r")", re.I)
_FW, _CS, _RV = "classify_function_words", "classify_cue_stem", "classify_reporting_verb"
_STRIKE_HIT = re.compile(alternation(_CS, "strike_hit"), re.I)
_STORE = re.compile(alternation(_CS, "store"), re.I)
_DOWNED = re.compile(words(_CS, "downed"), re.I)
_PASSIVE_BEFORE = re.compile(rf"\b{words(_FW, 'aux_passive_arrest')}\s+(?:\w+\s+)?$", re.I)
_RELATIVE = re.compile(rf"\b{words(_FW, 'relative_arrest')}\b", re.I)
_IN_A_STATEMENT = re.compile(rf"\b{words(_RV, 'statement')} in {words(_FW, 'det_statement')} (?:\w+ )?statement\b")
# "In a statement issued on Monday, the army said ...": the same channel told first, before its speaker
# ("According to a police statement, ...", "A statement by the army said ...")
_STATEMENT_OPENING = re.compile(rf"^\W*(?:in|{words('classify_our_sources', 'via')}) {words(_FW, 'det_statement')} (?:[\w-]+ ){{0,2}}?"
                                rf"statement\b[^,;.]{{0,80}},|^\W*\w+ (?:[\w-]+ ){{0,2}}?statement\b[^,;.]{{0,60}}?\b{words(_RV, 'statement')}\b", re.I)
_DRIVEN_OUT = re.compile(rf"\b{words('classify_armed_target', 'driven_out')}\b", re.I)
# "handed over under a peace accord": the deal is the reason of the act told before it (data/lexicon/classify_deal_frame.tsv)
_DEAL_FRAME = re.compile(rf"\b{words('classify_deal_frame')}\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}$", re.I)
# "undeterred by the previous day, when police fired on marchers": force told as another day's (§1.9)
_EARLIER_WHEN = re.compile(rf"\b{words('classify_background_time', 'earlier_when')},?\s+when\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)
_LATER = re.compile(rf"\b{words('classify_background_time', 'later')}\b", re.I)

# "she was captured near the market": a capture verb followed at once by where it happened took someone
# there (an arrest or an abduction), not the place itself; ground taken is the verb's object ("captured the city")
_CAPTURED_WHERE = re.compile(rf"^\w+\s+{words('classify_function_words', 'capture_where')}\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?[\w'’-]+$", re.I)

_RANK = re.compile(alternation("classify_rank"), re.I)
_SAID = re.compile(rf"\b{words(_RV, 'source')}\b(?: that)?")
_LOST = re.compile(rf"{words(_FW, 'aux_past_passive')} ", re.I)
# "militants attacked army posts and took the town": a side that follows an active verb of violence is its object, the
# side that suffered the attack, not the subject of the capture coordinated after it (no "by" between: a passive's agent)
_OBJECT_OF_ATTACK = re.compile(rf"\b{words('classify_incident_verb', 'transitive')}\s+"
                               rf"(?:(?!{words('classify_object_break')}\b)[\w'’-]+\s+){{0,2}}$", re.I)
# "people who organise or take part in the protests": a relative clause that says whom an arrest fell on
_ROLE_IN_DEMO = re.compile(rf"\b{words(_FW, 'relative_who_that')}\s+(?:\w+\s+)?{words('classify_participation', 'demo')}"
                           rf"(?:\s+\w+\s+\w+)?(?:\s+in)?\s+(?:[\w'’-]+\s+){{0,3}}$", re.I)
_ABDUCTORS = re.compile(rf"{words('classify_abductors')}", re.I)
_DEMO_FORM = re.compile(alternation(_CS, "demonstration_form"), re.I)
# Harm the crowd itself did: "a guard was killed by protesters", "protesters attacked and killed two guards".
_CROWD_AGENT = words("classify_crowd_agent", "crowd")
_BY_THE_CROWD = re.compile(rf"\bby\s+(?:the\s+|some\s+|angry\s+|a\s+group\s+of\s+)?{_CROWD_AGENT}\b", re.I)
_CROWD_ACTS = re.compile(rf"^(?:the\s+)?{_CROWD_AGENT}\b(?![^.;]*\b{words(_FW, 'aux_passive')}\b)", re.I)
# the active verb's object follows ("killed two guards"); "protesters killed in clashes" is a headline's passive
_HARM_OBJECT = re.compile(rf"^\s+(?:{words(_FW, 'article')}|{words('classify_crowd_agent', 'object')})\b", re.I)
_KNOWN_BEFORE = re.compile(rf"\b(?:{words(_FW, 'had')}\s+(?:\w+\s+)?|{words(_FW, 'article')}\s+)$", re.I)


_POSSESSIVE_WORD = re.compile(r"\b\w+['’]s\b")

# the capture verb's object, when it names civilians ("seized three traders", "captured 15 doctors"), not their owner
# ("captured the People's Army camps")
_PEOPLE_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + alternation("classify_civilian_victim") + r")\b(?![’'])", re.I)


def _takes_things(text: str, cue: Cue) -> bool:
    """What the capture verb takes is goods or people ("seized weapons", "captured five fighters"), read up to the
    clause's end: "cleared the camp, killing six fighters" takes the camp."""
    _, b = sentence_span(text, cue.start)
    after = re.split(r"[,;]", text[cue.end : min(b, cue.end + 25)], maxsplit=1)[0]
    # "captured two People's Army camps": a possessive names the owner of what was taken, not the thing taken
    if TAKEN_THINGS.search(_POSSESSIVE_WORD.sub(" ", cue.text + after)):
        return True
    # "captured two teachers in the town": civilians right after the verb are people taken, not ground (codebook §1.2:
    # territory changes hands; people seized are an abduction or an arrest)
    verb = re.match(r"[\w-]+", cue.text)
    return bool(verb and _PEOPLE_OBJECT.match(text, cue.start + verb.end(), min(b, cue.start + verb.end() + 40)))


def _state_or_passive_arrest(text: str, arrest: Cue) -> bool:
    """The police (or a passive) make the arrest, as arrest_for_violence reads it."""
    before = text[sentence_span(text, arrest.start)[0] : arrest.start]
    return bool(STATE_RX.search(before) or (_PASSIVE_BEFORE.search(before) and not _RELATIVE.search(before)))
_DOMESTIC = re.compile(rf"\b{words('classify_domestic')}\b", re.I)
_PEACE_TALKS = re.compile(rf"\b{words('classify_peace_talks', 'peace')}\b", re.I)
_DIRECT_TALKS = re.compile(rf"\b{words('classify_peace_talks', 'direct')}\b", re.I)
_TALKS_HELD = re.compile(rf"\b{words('classify_peace_talks', 'happen')}\b", re.I)


class LeadFeatures:
    """The first rules' features of one passage; a feature is computed the first time a rule asks for it."""

    def __init__(self, passage: str):
        self.text = passage.strip()

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

    @cached_property
    def domestic_violence(self) -> bool:
        """Violence in the home or between partners, with no armed group, political actor or demonstration named:
        out of ACLED's scope (§1.2)."""
        text = self.text
        return bool(_DOMESTIC.search(text)) and not POLITICAL_ACTOR.search(text) and not NONSTATE_RX.search(text) \
            and not self.demo

    # --- weapons disrupted --------------------------------------------------------------------------
    @cached_property
    def disrupt(self) -> list[Cue]:
        return find_cues(DISRUPT, self.text)

    @cached_property
    def weapons_taken_before_use(self) -> bool:
        """Weapons found, defused or intercepted, with nothing set off, in no demonstration."""
        text = self.text
        # "defused a bomb a day after blasts killed forty": a blast told in a clause dated to another day is another
        # incident (§1.9), not the device going off
        went_off = [c for c in find_cues(WENT_OFF, text)
                    if not DATING_CLAUSE.search(text[max(sentence_span(text, c.start)[0], c.start - 80) : c.start])]
        return bool(self.disrupt) and not self.demo and not went_off and not self.strike_on_arms \
            and not self.spoils_of_fighting

    @cached_property
    def spoils_of_fighting(self) -> bool:
        """ "Soldiers overran two rebel hideouts, shot four and carried off their rifles": weapons taken after a killing
        or a capture told earlier in their own sentence are the spoils of that fight, which ranks above Disrupted
        weapons use in ACLED's hierarchy (§1.2)."""
        text, d = self.text, self.disrupt[0]
        a, _ = sentence_span(text, d.start)
        before = text[a : d.start]
        return bool(HARM_BODILY.search(before) or any(a <= c.start < d.start for c in self.territory))

    @cached_property
    def strike_on_arms(self) -> bool:
        """ "Warplanes destroyed an arms depot": an air strike or shelling that hits weapons is the strike itself
        (§1.2 Explosions/Remote violence); only weapons taken or made safe by hand are disrupted."""
        ex = self.explosion
        if ex is None or ex[0] not in ("Air/drone strike", "Shelling/artillery/missile attack"):
            return False
        text = self.text
        # the strike's own sentence names the weapons it hit, or a later sentence tells what it destroyed
        return all(ex[1].start < d.start and (_STRIKE_HIT.match(d.text) or (
            _STORE.search(d.text) and sentence_span(text, d.start)[0] <= ex[1].start))
            for d in self.disrupt)

    @cached_property
    def crewed_aircraft_downed(self) -> bool:
        """Bringing down a crewed aircraft is fighting its crew; intercepting drones and missiles disrupts weapons."""
        d = self.disrupt[0]
        return bool(_DOWNED.match(d.text) and MANNED_AIRCRAFT.match(self.text[d.end :]))

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
                if not _SEX_CRIME_ALLEGED.search(text[max(0, c.start - 30) : c.start])]

    @cached_property
    def sexual_by_forces(self) -> list[Cue]:
        """ "Guards assaulted women sexually while clearing the sit-in": sexual violence that state forces are told to have
        committed is a Sexual violence event (§1.2), also at a demonstration; a protest over a rape tells the protest
        first, and a rape "by police" named as the grievance keeps the protest."""
        text, out = self.text, []
        for c in self.sexual:
            a, _ = sentence_span(text, c.start)
            head = text[max(a, c.start - 80) : c.start]
            state = STATE_RX.search(head)
            if state is None:
                continue
            if any(a <= d.start < c.start for d in self.demo):
                continue  # "protesters denounced soldiers who raped a girl": the protest is told first
            out.append(c)
        return out

    @cached_property
    def abduct(self) -> list[Cue]:
        """Abduction cues, less a noun naming abductors as the object of another act ("a mob beat two suspected
        kidnappers", "police arrested five kidnappers"); as the subject ("kidnappers seized a trader") it tells one."""
        text, out = self.text, []
        acts = [c.start for c in self.mob + self.attack + self.arrest]
        for c in find_cues(ABDUCT, text, grievance=True):
            a, _ = sentence_span(text, c.start)
            if _ABDUCTORS.fullmatch(c.text) and any(a <= s < c.start for s in acts):
                continue
            out.append(c)
        return out

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
        passive_arrest = _PASSIVE_BEFORE.search(arrest_before) and not _RELATIVE.search(arrest_before)
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

    @cached_property
    def arrest_of_participants(self) -> bool:
        """ "The security service goes on detaining people who organise or join the protests": the arrests are the
        event and the protests only say whom they fell on (§1.2 Arrests); arrests at a protest stay an intervention
        (§1.3), told with the protest as the event."""
        text, arrest, demo = self.text, self.arrest, self.demo
        if not arrest or not demo or demo[0].start < arrest[0].start:
            return False
        return all(_ROLE_IN_DEMO.search(text[max(arrest[0].end, c.start - 80) : c.start]) for c in demo)

    @cached_property
    def arrest_for_crowd_violence(self) -> list[Cue]:
        """ "Police arrested twelve students for rioting", "six were arrested after buses were torched": a crowd's violence
        that this report tells, named as the reason of the arrests, is the event, and the arrests its intervention
        (§1.3: arrests of the participants belong to the demonstration or riot); violence of another day stays out
        (riot_violence leaves out what is told as background or as one person's act)."""
        text, arrest = self.text, self.arrest
        if not arrest or not _state_or_passive_arrest(text, arrest[0]):
            return []
        a, b = sentence_span(text, arrest[0].start)
        if a > 0:
            return []  # "Gunmen shot a man. Police caught them in a shoot-out": the report leads with another act
        # "arrested two men who had set fire to a shop", "put behind bars after the clashes": an act told in the
        # pluperfect, or named with an article as one already known, came before, and the arrests are their own event
        return [c for c in self.riot_violence if a <= c.start < b and c.start > arrest[0].end
                and not _KNOWN_BEFORE.search(text[arrest[0].end : c.start])]

    @cached_property
    def arrest_crowd_sub(self) -> str:
        """A riot with a demonstration, or in a demonstration's form (rioting, barricades, burning tyres), is a Violent
        demonstration; other crowd violence is Mob violence (§1.3)."""
        form = self.demo or any(_DEMO_FORM.search(c.text) for c in self.arrest_for_crowd_violence)
        return "Violent demonstration" if form else "Mob violence"

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
        prefix = _STATEMENT_OPENING.sub("", _IN_A_STATEMENT.sub("said", text[a : first.start]))
        dip = DIPLOMACY.search(prefix)
        if dip and re.match(r"minist", dip.group(0), re.I):
            said_by = prefix[dip.start() :]
            # "the ministry said two soldiers were killed": what it said is the report itself, unless it tells what the
            # ministry did ("said it had summoned the envoy") (§1.2)
            said = re.search(r"\bsaid\s+(?:that\s+)?(?!(?:it|they|we)\b)(?=\S)", said_by, re.I)
            if re.search(r"\bsaid\b[^.;]{0,40}\bthat\b", said_by) or (
                    said and not DIPLOMACY.search(said_by[said.end() :]) and not ATTRIBUTION.search(said_by)):
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
        """Agreement cues between sides of a conflict, less broken deals ("amid ceasefire violations"), and less a
        deal told as the frame of a handover before it ("a town handed over under a peace accord")."""
        text = self.text
        return [c for c in agreements(text) if not near(BROKEN_DEAL, text, c, 60, 60) and not self._frames_handover(c)]

    def _frames_handover(self, c: Cue) -> bool:
        a, _ = sentence_span(self.text, c.start)
        before = self.text[a : c.start]
        return bool(_DEAL_FRAME.search(before)) and any(t.start < c.start for t in find_cues(NONVIOLENT_TRANSFER, before))

    @cached_property
    def agreement_leads(self) -> bool:
        """An agreement in the first sentence, told before any violence: the agreement is the news."""
        if not self.agreement:
            return False
        a, _ = sentence_span(self.text, self.agreement[0].start)
        first_violence = earliest(self.clash, self.attack, self.explosion_cue)
        return a == 0 and (first_violence is None or self.agreement[0].start < first_violence.start)

    @cached_property
    def peace_talks(self) -> list[Cue]:
        """Peace talks told as begun, held or resumed (ACLED's Agreement covers agreements and talks, §1.2); talks
        only called for, planned or refused are no event (find_cues drops modal and negated cues). Talks named
        only "direct" or "indirect" need a side of a conflict in the passage."""
        text, out = self.text, []
        peace = find_cues(_PEACE_TALKS, text)
        direct = find_cues(_DIRECT_TALKS, text) if CONFLICT_SIDES.search(text) or CONFLICT_AGREEMENT.search(text) else []
        for c in sorted(peace + direct, key=lambda c: c.start):
            a, b = sentence_span(text, c.start)
            if _TALKS_HELD.search(text[max(a, c.start - 40) : min(b, c.end + 60)]):
                out.append(c)
        return out

    @cached_property
    def peace_talks_lead(self) -> bool:
        """Talks in the first sentence, told before any violence: the talks are the news, the strikes beside
        them their setting."""
        if not self.peace_talks:
            return False
        a, _ = sentence_span(self.text, self.peace_talks[0].start)
        first_violence = earliest(self.clash, self.attack, self.explosion_cue)
        return a == 0 and (first_violence is None or self.peace_talks[0].start < first_violence.start)

    # --- territory (codebook §1.2 Battles) ----------------------------------------------------------
    @cached_property
    def territory(self) -> list[Cue]:
        """Cues of a change of hands, less attempts, things taken, people driven out and captures told as
        the date of another incident or as what followed the lead."""
        text = self.text
        take = find_cues(GOV_REGAIN, text) + find_cues(TAKE_TERRITORY, text)
        # "fighters who tried to overrun a base": an attempt takes no ground
        take = [c for c in take if not _ATTEMPT.search(text[max(0, c.start - 40) : c.start])]
        take = [
            c for c in take
            if (not _takes_things(text, c) or c.text.endswith("out of")  # "drove the fighters out of" names who lost it
                or re.search(r"\bfrom\b", c.text))  # "drove the militants back from two villages": the place is in the cue
            and not near(_TAKEN_ARMS, text, c, 60, 0)
        ]
        # "a scare that has driven UN staff out of the region": only an armed side driven out of a place loses it
        take = [c for c in take if not re.search(r"out of$", c.text) or ARMED_RX.search(c.text)
                or _DRIVEN_OUT.search(c.text)]
        take = [c for c in take if not _CAPTURED_WHERE.match(c.text)]
        # "killed a week after the city was liberated": a capture that dates another incident happened on another day
        take = [c for c in take if not DATING_CLAUSE.search(text[max(sentence_span(text, c.start)[0], c.start - 80) : c.start])]
        # "... It was later retaken by the army": a change of hands told after the lead as what followed it
        take = [c for c in take if sentence_span(text, c.start)[0] == 0
                or not _LATER.search(text[sentence_span(text, c.start)[0] : c.start])]
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
        # "a colonel of the insurgent army that seized the town": a rank inside a non-state group is no state actor
        state = [m for m in STATE_RX.finditer(subj)
                 if not (_RANK.fullmatch(m.group(0)) and RANK_IN_GROUP.match(subj[m.end() :]))]
        # "a military source said the insurgents now hold three villages": the actor nearest the verb took it
        nonstate = [m for m in NONSTATE_RX.finditer(subj)]
        # the side a non-state actor attacked before it took the place is the loser, not the taker
        state = [m for m in state if not (_OBJECT_OF_ATTACK.search(subj[: m.start()])
                                          and any(n.end() <= m.start() for n in nonstate))]
        if state and nonstate and not gov_verb and _SAID.search(subj[state[-1].end() : nonstate[-1].start()]):
            state = []
        # "the insurgents were driven from their bases": the subject of the passive lost the place; with no
        # other agent named, the force that took it is the state's
        lost = _LOST.match(cue.text)
        if lost:
            if re.match(r"[^.;]{0,60}\bby (?:the )?(?:[\w'’-]+ ){0,3}?(?:" + NONSTATE + r")\b", text[cue.end : cue.end + 80], re.I):
                return False
            return bool(NONSTATE_RX.search(subj)) or not STATE_RX.search(subj)
        if not state and not nonstate and a > 0:
            # "... The joint forces took the village": a subject that names no side takes up the actor the report
            # led with, the first side named in the sentences before
            head = text[:a]
            s0, n0 = STATE_RX.search(head), NONSTATE_RX.search(head)
            if s0 is not None and (n0 is None or s0.start() < n0.start()):
                return True
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
        arrest = self.arrest
        if demo and arrest and arrest[0].start < demo[0].start \
                and all(AHEAD_OF_DEMO.search(text[max(sentence_span(text, c.start)[0], c.start - 50) : c.start]) for c in demo):
            demo = []  # arrests made before the protest forestall it (§1.2 Arrests); no protest met them
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
        riot += [c for c in self._lethal_force if self._by_the_crowd(c)]
        riot.sort(key=lambda c: c.start)
        riot = [c for c in riot if not (re.match(r"barricad", c.text, re.I) and STATE_RX.search(text[sentence_span(text, c.start)[0] : c.start]))]
        riot = [c for c in riot if not (_ATTACK_STEM.match(c.text) and perpetrator_side(text, c) == "armed")]
        # burning a flag or an effigy is a symbolic act of a peaceful protest (§1.3), the tactics' vocabulary
        riot = [c for c in riot if not _SYMBOLIC_ACT.search(c.text)]
        return [c for c in riot if not EARLIER_FIGHT.search(text[max(0, c.start - 40) : c.start])
                and not re.match(r"\s+in (?:" + MONTH + r" )?(?:19|20)\d\d\b", text[c.end : c.end + 20])
                and not ONE_PERSON.search(text[sentence_span(text, c.start)[0] : c.start])]

    @cached_property
    def lethal_force_on_protesters(self) -> list[Cue]:
        return [c for c in self._lethal_force if not self._by_the_crowd(c)]

    @cached_property
    def _lethal_force(self) -> list[Cue]:
        return [c for c in find_cues(EXCESSIVE, self.text, grievance=True) if not in_background(self.text, c)
                and not self._another_day(c)]

    def _by_the_crowd(self, c: Cue) -> bool:
        """Killing or serious harm whose agent is the demonstrators: the crowd's violence (§1.3 Violent
        demonstration), not force against protesters."""
        return bool(_BY_THE_CROWD.search(c.text + self.text[c.end : c.end + 40]) or (_CROWD_ACTS.match(c.text) and _HARM_OBJECT.match(self.text[c.end :])))

    @cached_property
    def intervention_on_protesters(self) -> list[Cue]:
        return [c for c in find_cues(INTERVENE, self.text, grievance=True) if not in_background(self.text, c)
                and not self._another_day(c)]

    def _another_day(self, c: Cue) -> bool:
        """Force told in a 'when' clause of another day ("the previous day, when police opened fire")."""
        a, _ = sentence_span(self.text, c.start)
        return bool(_EARLIER_WHEN.search(self.text[max(a, c.start - 90) : c.start]))
