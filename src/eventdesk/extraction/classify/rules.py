"""The decision table for one passage, read top to bottom: the first rule whose conditions all hold decides.

A condition names a feature of the passage (features.Passage; "not x" negates it); the result is a sub-event
type (its event type follows from ACLED's hierarchy), the feature giving the sub-event type, or no event
(None). `cue` names the feature whose first cue the label points at. Sections are those of
reference/codebook.md: §1.2 event types and their hierarchy, §1.3 how demonstrations are split, §1.9 one
event per incident. The order is the decision: ACLED's hierarchy where cue families compete, with the
exceptions the comments of features.py explain.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    when: tuple[str, ...]
    sub: str | None  # a sub-event type, or None: no event (unless sub_from names the feature that gives it)
    conf: float = 0.0
    cue: str = ""
    codebook: str = ""
    sub_from: str = ""


def _r(name: str, when: str, sub: str | None, conf: float, cue: str, codebook: str, sub_from: str = "") -> Rule:
    return Rule(name, tuple(w.strip() for w in when.split(",") if w.strip()), sub, conf, cue, codebook, sub_from)


def _none(name: str, when: str, codebook: str) -> Rule:
    """A rule whose result is no event."""
    return _r(name, when, None, 0.0, "", codebook)


AC, MOB, VD, ABD = "Armed clash", "Mob violence", "Violent demonstration", "Abduction/forced disappearance"

RULES: tuple[Rule, ...] = (
    # _r(name, conditions (all must hold), sub-event type, confidence, feature of the cue, codebook section)
    # _none(name, conditions, codebook section): no event
    # scope: what is no event at all, or is told by ACLED's own note label
    _none("empty", "empty", "§1.2"),
    _r("note_prefix", "note_prefix", None, 0.95, "note_prefix_cue", "§1.2", sub_from="note_prefix_type"),
    _none("politics_only", "politics_only", "§1.2"),
    # communities, clans, tribes or ethnic groups fighting each other: their militias fight, a battle (§1.2), not a
    # mob (§1.3) nor an accident; ground changing hands, a protest or an explosion is told by its own rule below
    _r("communal_fighting", "communal_fighting, not has_demo, not territory, not explosion", AC, 0.6, "communal_fighting", "§1.2"),
    _none("disaster_or_accident", "disaster_only", "§1.2"),
    # violence in the home or between partners, with no political actor: out of scope (§1.2)
    _none("domestic_violence", "domestic_violence", "§1.2"),
    # weapons taken before use
    _r("crewed_aircraft_downed", "weapons_taken_before_use, crewed_aircraft_downed", AC, 0.55, "disrupt", "§1.2"),
    _r("weapons_taken_before_use", "weapons_taken_before_use", "Disrupted weapons use", 0.6, "disrupt", "§1.2"),
    # people seized: conscription is abduction; an arrest whose sentence names violence only as its reason
    _r("forced_conscription", "conscription, not has_demo", ABD, 0.55, "conscription", "§1.2"),
    # police arresting people for a crowd's violence told in the same sentence: the riot is the event (§1.3)
    _r("arrest_for_crowd_violence", "arrest_for_crowd_violence", None, 0.55, "arrest_for_crowd_violence", "§1.3",
       sub_from="arrest_crowd_sub"),
    _r("arrest_for_violence", "arrest_for_violence", "Arrests", 0.55, "arrest", "§1.2"),
    _r("arrest_of_participants", "arrest_of_participants, not arrest_by_nonstate", "Arrests", 0.55, "arrest", "§1.2"),
    # peace talks held between the sides, leading the report (§1.2 Agreement: agreements and talks)
    _r("peace_talks_lead", "peace_talks_lead, not has_demo", "Agreement", 0.5, "peace_talks", "§1.2"),
    # told elsewhere: attribution, condemnation, diplomacy, naming suspects
    _none("attribution_only", "attribution_only, not has_demo", "§1.2"),
    _none("names_suspects_only", "names_suspects_only, not has_demo", "§1.2"),
    # an agreement leading the report (§1.2 Strategic developments)
    _r("agreement_leads", "agreement_leads, not has_demo", "Agreement", 0.55, "agreement", "§1.2"),
    # territory: who takes it and whether there was fighting
    _r("territory_without_fighting", "territory, not has_demo, transfer_without_fighting", "Non-violent transfer of territory",
       0.6, "transfer_without_fighting", "§1.2"),
    # a change of hands ranks above the fighting that made it (§1.2): its confidence stays above an armed clash's,
    # so that the fighting told beside it in the report does not outrank it
    _r("state_takes_territory", "territory, not has_demo, state_takes_territory", "Government regains territory",
       0.72, "territory_cue", "§1.2"),
    _r("nonstate_takes_territory", "territory, not has_demo", "Non-state actor overtakes territory",
       0.72, "territory_cue", "§1.2"),
    # sexual violence that state forces committed, also while dispersing a crowd: its own event (§1.2)
    _r("sexual_violence_by_forces", "sexual_by_forces", "Sexual violence", 0.7, "sexual_by_forces", "§1.2"),
    # demonstrations (§1.3): what the crowd did, then what was done to it
    _r("riot_at_state", "not has_demo, riot_at_state", VD, 0.55, "riot_at_state", "§1.3"),
    _r("demo_violent", "demo_leads, riot_violence", VD, 0.8, "riot_violence", "§1.3"),
    # burning tyres or barricades put up by the demonstrators themselves (§1.3: road-blocking with barricades or burning
    # material is a Violent demonstration), where no armed side, lynching or battle is told beside them
    _r("demo_roadblock", "demo_leads, crowd_roadblock", VD, 0.75, "crowd_roadblock", "§1.3"),
    _r("demo_lethal_force", "demo_leads, lethal_force_on_protesters", "Excessive force against protesters",
       0.75, "lethal_force_on_protesters", "§1.3"),
    _r("demo_intervention", "demo_leads, intervention_on_protesters", "Protest with intervention",
       0.75, "intervention_on_protesters", "§1.3"),
    _r("demo_peaceful", "demo_leads", "Peaceful protest", 0.85, "demo_reported", "§1.3"),
    # a mass grave told before the killings that filled it: the grave found is the news (§1.2 Other, §1.9)
    _r("mass_grave", "mass_grave_lead", "Other", 0.45, "mass_grave_lead", "§1.2 §1.9"),
    # explosions and remote violence, unless the sides fought on the ground in the same incident (§1.2, §1.9)
    _r("strike_in_ground_battle", "explosion, strike_battle", AC, 0.6, "strike_battle", "§1.2 §1.9"),
    _r("fire_exchanged", "explosion, fire_exchanged", AC, 0.6, "fire_exchanged", "§1.2 §1.9"),
    _r("ground_assault_beside_strike", "explosion, ground_assault_beside_strike", AC,
       0.55, "ground_assault_beside_strike", "§1.2 §1.9"),
    _r("explosive_attack_repelled", "explosion, strike_repelled", AC, 0.55, "strike_repelled", "§1.2"),
    _r("ground_fire_on_armed", "explosion, ground_fire_on_armed", AC, 0.6, "ground_fire_on_armed", "§1.2"),
    _r("remote_violence", "explosion", None, 0.8, "explosion_cue", "§1.2", sub_from="explosion_type"),
    # violence against civilians and battles
    _r("sexual_violence", "sexual", "Sexual violence", 0.75, "sexual", "§1.2"),
    _r("crowd_roadblock", "crowd_roadblock", VD, 0.6, "crowd_roadblock", "§1.3"),
    _r("mob", "mob_acts", MOB, 0.65, "mob_acts", "§1.3"),
    _r("clash_without_armed_side", "real_battle, battle_without_armed_side", MOB, 0.5, "real_battle", "§1.3"),
    _r("armed_clash", "real_battle", AC, 0.7, "real_battle", "§1.2"),
    _r("abduction_is_the_harm", "abduction_is_the_harm", ABD, 0.6, "abduct", "§1.2"),
    _r("abduction_before_attack", "abduction_before_attack", ABD, 0.65, "abduct", "§1.2"),
    _r("crowd_attack", "one_sided, crowd_attacks", MOB, 0.5, "one_sided", "§1.3"),
    _r("force_on_stone_throwers", "one_sided, stone_throwers", MOB, 0.5, "one_sided", "§1.3"),
    _r("attack_on_armed", "one_sided, victim_armed", AC, 0.6, "one_sided", "§1.2"),
    _r("state_on_armed_group", "one_sided, state_on_armed_group", AC, 0.6, "one_sided", "§1.2"),
    _r("attack_repelled_by_forces", "one_sided, repelled_by_forces", AC, 0.55, "repelled_by_forces", "§1.2"),
    _r("attack_fire_returned", "one_sided, fire_returned", AC, 0.55, "fire_returned", "§1.2"),
    _r("dead_on_both_sides", "one_sided, dead_on_both_sides", AC, 0.55, "dead_on_both_sides", "§1.2"),
    _r("attack_on_property", "one_sided, attack_on_property", "Looting/property destruction",
       0.5, "attack_on_property", "§1.2"),
    _r("attack", "one_sided", "Attack", 0.65, "one_sided", "§1.2"),
    _r("armed_captives", "abduct, armed_captives", AC, 0.55, "abduct", "§1.2"),
    _r("abduction", "abduct", ABD, 0.7, "abduct", "§1.2"),
    # strategic developments, hierarchy order; ordinary crime and its policing are out of scope
    _r("agreement", "agreement", "Agreement", 0.55, "agreement", "§1.2"),
    _r("peace_talks", "peace_talks", "Agreement", 0.45, "peace_talks", "§1.2"),
    _r("nonviolent_transfer", "nonviolent_transfer", "Non-violent transfer of territory",
       0.5, "nonviolent_transfer", "§1.2"),
    _r("detained_by_nonstate", "arrest, not ordinary_crime, not arrest_answers_earlier_act, arrest_by_nonstate", ABD,
       0.5, "arrest", "§1.2"),
    _r("arrests", "arrest, not ordinary_crime, not arrest_answers_earlier_act", "Arrests", 0.6, "arrest", "§1.2"),
    _r("weapons_disrupted", "weapons_disrupted", "Disrupted weapons use", 0.6, "weapons_disrupted", "§1.2"),
    _r("base_established", "base_established", "Headquarters or base established", 0.55, "base_established", "§1.2"),
    _r("destroys_armed_side", "destruction, not ordinary_crime, destroys_armed_side", AC, 0.5, "destruction", "§1.2"),
    _r("crowd_destroys", "destruction, not ordinary_crime, crowd_destroys", MOB, 0.5, "destruction", "§1.3"),
    _r("looting", "destruction, not ordinary_crime", "Looting/property destruction", 0.55, "destruction", "§1.2"),
    _r("group_change", "group_change", "Change to group/activity", 0.45, "group_change", "§1.2"),
    _r("other_development", "other_development, not ordinary_crime", "Other", 0.4, "other_development", "§1.2"),
    _none("no_event", "", "§1.2"),
)
