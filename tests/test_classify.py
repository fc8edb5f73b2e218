"""One test per ACLED decision rule, on sentences written for these tests (never eval text)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventdesk.extraction.classify import (
    DISORDER_TYPE,
    SUB_EVENT_TYPES,
    Label,
    civilian_targeting,
    classify,
    is_event_sentence,
)


def sub(text: str) -> str | None:
    label = classify(text)
    return label.sub_event_type if label else None


def test_vocabulary_is_acleds_25_sub_types_in_hierarchy_order():
    assert len(SUB_EVENT_TYPES) == 25
    assert list(SUB_EVENT_TYPES)[:3] == ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"]
    assert set(SUB_EVENT_TYPES.values()) == {
        "Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians", "Strategic developments",
    }
    assert DISORDER_TYPE["Excessive force against protesters"] == "Political violence; Demonstrations"
    assert DISORDER_TYPE["Mob violence"] == "Political violence"
    assert DISORDER_TYPE["Violent demonstration"] == "Demonstrations"
    assert DISORDER_TYPE["Arrests"] == "Strategic developments"


def test_label_carries_cue_offsets():
    text = "On 3 May, nurses protested outside the ministry in Lusaka over unpaid wages."
    label = classify(text)
    assert isinstance(label, Label) and label.event_type == "Protests"
    assert text[label.start : label.end] == label.cue
    assert 0 < label.confidence <= 1


# --- demonstrations: what is done TO protesters decides -------------------------------------------
def test_peaceful_protest_when_nothing_is_done_to_protesters():
    assert sub("On Monday, about 200 teachers marched to the governor's office in Kano to demand unpaid salaries.") == "Peaceful protest"


def test_police_presence_without_interference_stays_peaceful():
    text = "Hundreds rallied in the capital on Sunday. Police watched the rally but did not intervene."
    assert sub(text) == "Peaceful protest"


def test_dispersal_with_tear_gas_is_protest_with_intervention():
    text = "On Friday, traders protested against a new market levy in Accra. Police fired tear gas to disperse them."
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at demonstrators outside the governor's office in Kisumu on Monday.",
    "Officers shot rubber bullets at protesters who had blocked the ring road on Monday.",
])
def test_crowd_control_weapons_fired_at_protesters_are_intervention_not_excessive_force(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Hundreds marched on the ministry on Monday; riot police dispersed them with water cannon.",
    "Protesters marched on the ministry on Monday; police in riot gear pushed them back.",
])
def test_riot_police_and_riot_gear_do_not_make_a_riot(text):
    assert sub(text) == "Protest with intervention"


def test_live_fire_at_protesters_is_excessive_force():
    assert sub("Soldiers fired live rounds at demonstrators outside the governor's office on Monday.") == \
        "Excessive force against protesters"


def test_arrests_of_protesters_are_protest_with_intervention_not_arrests():
    text = "Students demonstrated outside the parliament on Tuesday; police arrested 12 of the protesters."
    assert sub(text) == "Protest with intervention"


def test_protest_about_an_arrest_is_not_an_intervention():
    text = "On Saturday, relatives of a detained journalist held a sit-in to demand the release of the man arrested last week."
    assert sub(text) == "Peaceful protest"


def test_peaceful_protesters_shot_dead_is_excessive_force():
    text = "On 2 June, residents staged a peaceful march in the town. Soldiers opened fire on the protesters, killing three."
    assert sub(text) == "Excessive force against protesters"


def test_protesters_throwing_stones_is_violent_demonstration():
    text = "Demonstrators threw stones at police and burned tyres on the main road during a protest over fuel prices."
    assert sub(text) == "Violent demonstration"


def test_violent_protest_beats_police_response():
    text = "Protesters set fire to a police post during a demonstration; police responded with tear gas and rubber bullets."
    assert sub(text) == "Violent demonstration"


def test_mob_lynching_without_demonstration_is_mob_violence():
    text = "On Wednesday, an angry mob lynched a suspected thief at a market in Kisumu."
    assert sub(text) == "Mob violence"


# --- battles ----------------------------------------------------------------------------------------
def test_armed_clash_between_armed_groups():
    assert sub("On 4 March, militants clashed with government troops near the village, leaving five fighters dead.") == "Armed clash"


def test_government_regains_territory():
    assert sub("The army recaptured the town of Moreh from the rebels after two days of fighting.") == "Government regains territory"


def test_non_state_actor_overtakes_territory():
    assert sub("Rebel fighters seized control of the district headquarters town after overrunning the garrison.") == "Non-state actor overtakes territory"


def test_attack_on_soldiers_is_a_battle_not_violence_against_civilians():
    assert sub("Unknown gunmen ambushed a military patrol on the highway, killing two soldiers.") == "Armed clash"


# --- explosions: hierarchy -------------------------------------------------------------------------
def test_airstrike_plus_shelling_is_air_drone_strike():
    text = "Government warplanes carried out airstrikes on the village, which was also shelled with artillery."
    assert sub(text) == "Air/drone strike"


def test_shelling():
    assert sub("Forces shelled residential areas of the city with mortars and rockets overnight.") == "Shelling/artillery/missile attack"


def test_ied():
    assert sub("A roadside bomb struck a police vehicle outside the town, wounding three officers.") == "Remote explosive/landmine/IED"


def test_grenade():
    assert sub("An unidentified man threw a grenade into a bar, injuring four customers.") == "Grenade"


def test_suicide_bomb_outranks_ied():
    assert sub("A suicide bomber detonated an explosive vest at a checkpoint, killing six.") == "Suicide bomb"


def test_chemical_weapon():
    assert sub("Witnesses said the town was hit by a chemical attack using chlorine gas.") == "Chemical weapon"


# --- violence against civilians ----------------------------------------------------------------------
def test_attack_on_a_civilian():
    text = "On 12 April, gunmen shot and killed a clan elder at his home in the village."
    assert sub(text) == "Attack"
    assert civilian_targeting(classify(text), text) == "Civilians targeted"


def test_abduction():
    assert sub("Armed men kidnapped four farmers from their fields and demanded a ransom.") == "Abduction/forced disappearance"


def test_sexual_violence_outranks_attack():
    assert sub("Soldiers raped two women and beat their husbands in the camp.") == "Sexual violence"


# --- strategic developments --------------------------------------------------------------------------
def test_arrest_by_state_forces():
    assert sub("Police arrested an opposition politician at his home on charges of incitement.") == "Arrests"


def test_acled_prefixes_decide():
    assert sub("Property destruction: On 7 February, soldiers burned several houses in the village.") == "Looting/property destruction"
    assert sub("Looting: On Monday, armed men looted shops in the market.") == "Looting/property destruction"
    assert sub("Defusal: On 3 May, army engineers defused an IED on the road.") == "Disrupted weapons use"
    assert sub("Non-violent activity: On 2 May, the group distributed leaflets in the town.") == "Other"


def test_weapons_found_is_disrupted_weapons_use_not_explosion():
    assert sub("Police said two explosive devices were found and defused near the station.") == "Disrupted weapons use"


def test_agreement():
    assert sub("The two militias signed a ceasefire agreement in the presence of local elders.") == "Agreement"


def test_headquarters_established():
    assert sub("Turkish forces set up a new observation post on the hill overlooking the town.") == "Headquarters or base established"


# --- out of scope -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake killed twelve people and destroyed hundreds of homes in the province.",
        "A gas cylinder exploded in a restaurant kitchen, injuring three workers.",
        "The foreign ministry expelled two diplomats and announced new sanctions.",
        "The islamist group claimed responsibility for last week's car bomb in the capital.",
        "Opposition leaders called for a rally next week.",
        "No protests were reported in the capital on Sunday.",
    ],
)
def test_non_events_give_none(text: str):
    assert classify(text) is None or not is_event_sentence(text)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Dozens of activists marched through the city centre on Sunday, demanding reforms.", True),
        ("Smaller protests were held in two other cities on the same day.", True),
        ("The president won the election on 9 June in a vote observers called flawed.", False),
        ("In a televised address on 1 September, the president announced new reforms.", False),
        ("The constitution has been amended several times since 1995.", False),
        ("The former leader resigned in March and named his successor.", False),
        ("Activists will march to parliament next week.", False),
        ("The opposition called for a rally next Saturday.", False),
        ("No protests were reported in the capital.", False),
        ("The rallies were the latest in a series since the leader resigned.", False),
    ],
)
def test_is_event_sentence(sentence: str, expected: bool):
    assert is_event_sentence(sentence) is expected


def test_civilian_targeting_not_set_for_battles():
    text = "Militants clashed with soldiers near the border; three soldiers died."
    assert civilian_targeting(classify(text), text) is None


EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.mark.eval
def test_seed_rallies_are_peaceful_protests():
    path = EVAL / "seeds" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"eval data absent at {path}")
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        sentences = [s for s in text.replace("\n", " ").split(". ") if is_event_sentence(s)]
        assert sentences, "each seed article reports at least one rally"
        for s in sentences:
            label = classify(s)
            if label and label.event_type == "Protests":
                assert label.sub_event_type == "Peaceful protest", s


def test_negated_intervention_keeps_protest_peaceful():
    text = "Thousands of people took part in a march in the capital, and police made no arrests."
    assert sub(text) == "Peaceful protest"


def test_protester_death_after_police_beating_is_excessive_force():
    text = "Hundreds of farmers protested in the district over land grabs. Police beat several of them and one died in hospital."
    assert sub(text) == "Excessive force against protesters"


def test_capitalised_march_in_a_headline_is_a_protest_not_the_month():
    assert sub("Nurses March For Better Pay As Police Watch") == "Peaceful protest"
    assert sub("The ministry published the figures in March.") is None


def test_detention_by_non_state_group_is_abduction():
    assert sub("Al Shabaab militants detained three elders in the village for unknown reasons.") == "Abduction/forced disappearance"


def test_mob_beating_a_suspected_thief_is_mob_violence_not_attack():
    assert sub("On Sunday, residents caught a suspected thief and beat him to death in the market.") == "Mob violence"


def test_territory_taken_without_a_fight_is_non_violent_transfer():
    assert sub("Rebel fighters entered the town and took control of it without any resistance after the army withdrew.") == "Non-violent transfer of territory"


# --- full-length news: only sentences reporting a concrete incident pass the gate --------------------
@pytest.mark.parametrize(
    "sentence",
    [
        # background and history
        "The army has for years been threatening the rebels in the hills, and in 2016 it invaded the valley.",
        "The militia seized the port in 2014 and has held it ever since.",
        "Government troops fought a decades-long insurgency against the separatists.",
        # diplomacy and politics
        "Moscow first promised to set up a joint commission on the border at a meeting in the capital.",
        "On Monday the president promised a firm response to the attack on the convoy.",
        "Officials from both sides met in Geneva to discuss another deal to end the fighting.",
        # reported analysis and contested claims
        "A report by the monitoring group found that airstrikes killed hundreds of civilians in the province.",
        "The ministry claimed the rebels shelled their own positions to provoke a response.",
        "Officials told the radio that tests of the soil had found sarin residue.",
        # habitual and generic
        "All too often it was vetoes in the council that hampered any action on the killings.",
        "Militants usually attack convoys on the northern road after dark.",
        "Journalists are killed for recording abuses in the region.",
        # biography and obituaries
        "The engineer, a father of two who moved to the city a decade ago, is the third volunteer killed while serving with the brigade.",
        "Her brother was killed in the southern town of Kora.",
        # legal and court
        "A court heard that the defendant shot the guard during the robbery.",
        # quotations and first person
        "I saw soldiers burn the houses in our village.",
        "That is when the mine exploded, killing two of the men.”",
        # nominal mentions only
        "The attack on the market was the deadliest of the war.",
        "The conflict has displaced millions and the offensive continues to draw criticism.",
    ],
)
def test_background_and_commentary_are_not_event_sentences(sentence: str):
    assert not is_event_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed five villagers in an attack on a market in the north on Sunday.",
        "At least 12 people have been killed in airstrikes on the rebel-held town, activists said.",
        "Rebel fighters seized control of the border crossing after two days of heavy fighting.",
        "Police fired tear gas to disperse hundreds of students protesting outside the ministry.",
        "Suspected militants ambushed an army patrol near the village, killing three soldiers.",
        "On 4 March 2024, the coalition conducted two air raids on the district.",
        "The militia withdrew from the town before dawn on Sunday, handing it over to the army.",
        "Both sides agreed a 72-hour ceasefire to allow aid convoys into the city.",
    ],
)
def test_concrete_incidents_pass_the_gate(sentence: str):
    assert is_event_sentence(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow first promised to set up a joint commission on the border at a meeting in the capital.",
        "The foreign ministers met in Vienna on Tuesday and discussed the war in the north.",
        "The president vowed to crush the rebels after the attack on the convoy.",
        "A summit on the conflict was held in the capital on Friday.",
    ],
)
def test_meetings_promises_and_statements_classify_as_no_event(text: str):
    assert classify(text) is None


def test_declared_ceasefire_is_still_an_agreement_and_an_event():
    text = "The rebel commander declared a four-day ceasefire in the eastern provinces."
    assert sub(text) == "Agreement" and is_event_sentence(text)


def test_reports_incident_reads_tense_not_topic():
    from eventdesk.extraction.classify import reports_incident

    assert reports_incident("Troops shelled the village on Tuesday.")
    assert not reports_incident("Troops had shelled the village before the talks began.")
    assert not reports_incident("Troops would shell the village if the talks failed.")
    assert not reports_incident("Troops were ready to shell the village.")


def test_barricades_and_burning_tyres_are_a_violent_demonstration_not_mob_violence():
    label = classify("Groups of young men burned tyres and put up barricades on the ring road of Bamako on Friday.")
    assert (label.event_type, label.sub_event_type) == ("Riots", "Violent demonstration")
    label = classify("A mob lynched a suspected thief in Kano and burned tyres on the street.")
    assert label.sub_event_type == "Mob violence"
    label = classify("Youths put up barricades in Bamako on Friday. They stoned cars and set fire to a minibus, residents said.")
    assert label.sub_event_type == "Violent demonstration"


# --- Battles vs Violence against civilians: who is hit (codebook §1.2) --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, rebels attacked the hamlet of Korvi. Two militia fighters (local guard) and a teacher were killed.",
        "On Monday, insurgents fired at an army checkpost outside the town of Lembo.",
        "On Monday, gunmen shot dead a police sergeant near the market in Dorva.",
        "On Monday, the rebel brigade fired at a navy patrol boat near the island of Sarka.",
        "On Monday, militants attacked a police headquarters in the district of Oren.",
        "On Monday, unknown gunmen shot and killed a regime brigade member in Tal Hamra.",
        "On Monday, government forces opened fire on rebel positions near Vorno.",
        "On Monday, an armed suspect was killed by police in the suburb of Malta Verde.",
    ],
)
def test_violence_against_armed_targets_is_an_armed_clash(text: str):
    assert sub(text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a former army commander was shot dead by militants in the village of Kesso.",
        "On Monday, gunmen shot and wounded a security guard outside a bank in Tarvo.",
        "On Monday, militants killed a police officer (off duty) at his home in Remba.",
    ],
)
def test_former_off_duty_and_private_guards_are_civilians(text: str):
    assert sub(text) == "Attack"


def test_abducting_armed_men_is_an_armed_clash_abducting_civilians_is_not():
    assert sub("On Monday, rebels abducted two policemen near the police station of Kuro.") == "Armed clash"
    assert sub("On Monday, rebels abducted two farmers near the village of Kuro.") == "Abduction/forced disappearance"
    assert sub("On Monday, a boy was killed in Kuro after being kidnapped by armed men.") == "Attack"


# --- Battles vs Explosions/Remote violence: one side from afar, or both sides fighting -------------
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, militants detonated a roadside bomb against an army convoy and exchanged fire with the soldiers near Garo.",
        "On Monday, the two armies exchanged artillery fire across the border near Sella.",
        "On Monday, observers counted 40 explosions in both directions along the frontline near Pesky.",
        "On Monday, rebels attacked soldiers with small arms fire and an IED near Wadi Tal, killing two soldiers.",
        "On Monday, rebels fired mortars at an army base near Kema and the troops fired back.",
    ],
)
def test_fire_traded_with_remote_weapons_is_an_armed_clash(text: str):
    assert sub(text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, government forces fired artillery at rebel positions near Vorno.", "Shelling/artillery/missile attack"),
        ("On Monday, a landmine left from previous clashes exploded near Bara, injuring a shepherd.", "Remote explosive/landmine/IED"),
        ("On Monday, a grenade was thrown at a police post during clashes between rebels and troops in Lisa.", "Grenade"),
    ],
)
def test_one_sided_remote_fire_stays_remote_violence(text: str, expected: str):
    assert sub(text) == expected


# --- Riots: a mob is unorganised and unarmed (codebook §1.3) ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a group of individuals chased and wounded a youth caught stealing bicycles in Porto Alto.",
        "On Monday, around six men attacked and killed a farmer near Sikar over a dispute about cattle.",
        "On Monday, a youth suspected of burglary was beaten up by residents in the market of Bora.",
        "On Monday, villagers caught two youths accused of burglary and beat them in the town of Mira.",
        "On Monday, a mob beat up a suspected rapist in the town of Aga.",
    ],
)
def test_unorganised_unarmed_groups_attacking_people_are_mob_violence(text: str):
    assert sub(text) == "Mob violence"


def test_a_handful_of_men_with_guns_is_not_a_mob():
    assert sub("On Monday, four men shot at a shopkeeper in the town of Bari over a land dispute.") == "Attack"


# --- Demonstrations: what the crowd does decides protest vs riot (codebook §1.3) --------------------
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, residents blocked streets with cars, rocks and rubbish in Tolo to demand water. Police used stun grenades to disperse the crowd.",
        "On Monday, party cadres who were demonstrating violently were arrested by police in Soma.",
        "On Monday, villagers demonstrated and burnt the machines of a mining company near Oda.",
        "On Monday, a demonstration was held in Sabe. Some demonstrators attacked and beat a trader who refused to close.",
        "On Monday, two rival groups demonstrated in front of the embassy in Lora and confronted each other.",
        "On Monday, residents set tyres alight and barricaded the gate of the port of Kiro, saying the company ignored them.",
        "On Monday, residents burned ballots and ballot boxes to demonstrate against the count in Pina.",
    ],
)
def test_crowd_violence_and_road_blocking_with_material_are_violent_demonstrations(text: str):
    assert classify(text).event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, people gathered in St. Marten Square to show support for the army.",
        "On Monday, workers gathered, alongside a union delegate, outside the city hall of Vella to demand their wages.",
        "On Monday, students announced a strike and protested in Kora to demand cheaper buses.",
    ],
)
def test_gatherings_for_a_cause_are_peaceful_protests(text: str):
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a farmer was murdered near Tecla; his corpse bore signs of torture.",
        "On Monday, prison guards beat up three prisoners who went on hunger strike in the jail of Sora.",
        "On Monday, police officers beat two activists in their home in Dara, accusing them of organising the protests.",
    ],
)
def test_signs_of_torture_and_protest_as_motive_are_not_demonstrations(text: str):
    assert classify(text).event_type == "Violence against civilians"


def test_military_occupation_of_a_village_is_no_sit_in():
    assert classify("On Monday, troops detained 30 villagers during the occupation of the village of Tana.").event_type != "Protests"


def test_clash_between_named_organisations_is_a_battle_not_a_mob():
    assert sub("On Monday, the Kivu Liberation Front clashed with the FRPD near the village of Oma.") == "Armed clash"
    assert sub("On Monday, clashes took place between the Tana Brigade and Ahrar Kel in the village of Sosa.") == "Armed clash"
    assert sub("On Monday, clashes broke out between youths of two neighbourhoods in the market of Kibu.") == "Mob violence"


def test_common_noun_inside_a_group_name_is_no_crowd():
    text = "On Monday, the Rasa People's Defense Force stormed an army outpost outside Kalo, and ten soldiers died."
    assert classify(text).event_type == "Battles"


def test_a_named_mob_is_a_mob_whatever_its_members_are_called():
    assert sub("On Monday, a mob of herdsmen beat up a bus driver near Agbo after his bus hit a cow.") == "Mob violence"


def test_violence_at_a_party_rally_is_mob_violence_not_a_violent_demonstration():
    text = "On Monday, ruling party supporters attacked and beat up opposition supporters during a campaign rally in Nyeri."
    assert sub(text) == "Mob violence"
    assert sub("On Monday, thousands rallied in Nyeri against the new tax.") == "Peaceful protest"


def test_fighting_told_as_background_is_not_the_battle():
    text = "On Monday, soldiers detained and beat 40 villagers in Hole after the recent clashes with rebels."
    assert classify(text).event_type != "Battles"
    text = "On Monday, troops carried out a joint operation in the farming village of Kako and shot villagers who ran away."
    assert sub(text) == "Attack"


def test_ambush_of_civilian_vehicles_is_violence_against_civilians():
    text = "On Monday, armed men ambushed two commercial trucks on the road to Wau, shooting at the drivers."
    assert classify(text).event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 30 mothers pitched tents outside the district office in Tala to demand a nurse for their clinic.",
        "On Monday, residents cut the road leading to the port of Mora (Mora City, Eastern Province) for the second day to denounce water cuts.",
        "On Monday, people gathered in Asso (Vela, Lombardy) at the call of three unions to call for peace.",
        "On Monday, dozens of people walked from St. Paul's Church to the courthouse in Linden to show support for the strikers.",
    ],
)
def test_camps_road_cuts_and_walks_for_a_cause_are_protests(text: str):
    assert classify(text).event_type == "Protests"


def test_a_named_march_is_a_demonstration_but_the_month_is_not():
    assert classify("On Sunday, police arrested 40 people at a Pride March in the centre of Lisbon.").event_type == "Protests"
    assert classify("In March, police arrested 40 people in the centre of Lisbon for theft.") is None or \
        classify("In March, police arrested 40 people in the centre of Lisbon for theft.").event_type != "Protests"


def test_attack_on_a_convoy_under_armed_escort_is_an_armed_clash():
    text = "On Monday, militants ambushed a convoy of civilian lorries guarded by soldiers near Kompa. Three soldiers were killed."
    assert sub(text) == "Armed clash"
    assert sub("On Monday, militants ambushed a civilian convoy near Kompa. Three traders were killed.") == "Attack"


def test_engaging_in_dialogue_is_no_engagement_of_forces():
    text = "On Monday, residents protested outside the town hall of Vela and engaged in dialogue with the mayor."
    assert sub(text) == "Peaceful protest"


def test_allegedly_hedges_the_act_and_does_not_make_it_a_motive():
    assert classify("On Monday, a group of armed men allegedly attacked displaced families in the camp of Kora.").event_type == \
        "Violence against civilians"


def test_a_capitalised_industrial_district_is_a_place_not_an_accident():
    assert sub("On Monday, troops shelled the Industrial District of Marsk, killing a child.") == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, rebels attacked a patrol with two remote mines near the bridge of Kema.",
        "On Monday, three farmers were killed by a mine near the village of Lazo.",
    ],
)
def test_mines_as_weapons_are_remote_explosives(text: str):
    assert sub(text) == "Remote explosive/landmine/IED"


def test_slapping_and_beating_during_an_arrest_is_an_attack_not_only_an_arrest():
    text = "On Monday, soldiers slapped a shop owner, knocked him down and arrested him in Mandor."
    assert sub(text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, hundreds of residents demonstrated outside the police station of Yura, days after a clash between residents and squatters.",
        "On Monday, students protested in Lod to demand justice for a man killed during the riots in May 2019.",
        "On Monday, relatives of prisoners protested outside the ministry in Kerev. One of the protesters threw a stone at the building.",
    ],
)
def test_earlier_clashes_old_riots_and_one_protesters_act_do_not_make_a_riot(text: str):
    assert classify(text).event_type == "Protests"


def test_a_clash_that_set_off_the_arrests_is_still_the_crowds_violence():
    text = "On Monday, police detained dozens at a march in Bristol after bottles were thrown at officers."
    assert sub(text) == "Violent demonstration"


def test_a_crowd_noun_as_the_victim_does_not_make_a_mob():
    text = "On Monday, gunmen abducted dozens of commuters and students and set five vehicles ablaze on the highway near Kaso."
    assert classify(text).event_type == "Violence against civilians"


def test_locals_who_find_a_body_are_not_its_killers():
    text = "On Monday, locals discovered the body of a man near the dump of Loka. He had been shot dead."
    assert classify(text).event_type == "Violence against civilians"


def test_shooting_down_a_crewed_aircraft_is_a_battle_intercepting_a_drone_is_not():
    assert sub("On Monday, rebel forces shot down an army helicopter over the town of Bucha.") == "Armed clash"
    assert sub("On Monday, air defence units shot down two drones over the town of Bucha.") == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("There were isolated clashes with police as marchers tried to push through a barrier.", True),
        ("The students built barricades to block the avenue.", True),
        ("They pelted stones at the town hall.", True),
        ("There were no clashes.", False),
        ("There were fears that protests would follow.", False),
        ("There were reports of clashes in the north.", False),
    ],
)
def test_crowd_violence_told_in_a_follow_up_sentence_passes_the_gate(sentence: str, reported: bool):
    assert is_event_sentence(sentence) is reported


def test_engaged_in_a_firefight_is_the_battle_not_its_setting():
    text = "On Monday, militiamen engaged in a firefight with soldiers near Leto. One army truck was hit by an IED."
    assert sub(text) == "Armed clash"


def test_force_against_stone_throwers_is_part_of_their_riot():
    text = "On Monday, soldiers opened fire towards four youths who hurled stones at passing cars near Halo. One was injured."
    assert classify(text).event_type == "Riots"


def test_protectors_named_before_the_verb_are_not_the_attackers():
    text = "On Monday, settlers under the protection of soldiers assaulted shepherds grazing their sheep near Salo."
    assert sub(text) == "Mob violence"


def test_serving_under_a_coalition_is_no_grievance():
    assert sub("On Monday, militiamen under the umbrella of a rebel coalition raped six women in the village of Nako.") == "Sexual violence"


def test_fire_with_several_weapons_named_is_still_fire_at_a_target():
    text = "On Monday, navy patrol boats fired live rounds and tear gas at fishing boats near the shore of Rafa."
    assert classify(text).event_type == "Violence against civilians"


def test_forced_deportation_of_civilians_is_an_abduction():
    assert sub("On Monday, occupying forces forcibly deported 300 civilians from the city of Mara.") == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers arrested three vendors in Hinta over the murder of a militia leader.",
        "On Monday, soldiers arrested a former student leader in Pyay who took part in protests against the coup.",
        "On Monday, police arrested the owner of the land in Kone where a phone mast was blown up.",
        "On Monday, the riot police arrested 80 opposition members in Masvi.",
    ],
)
def test_an_arrest_whose_sentence_names_violence_or_protest_only_as_reason_is_an_arrest(text: str):
    assert sub(text) == "Arrests"


def test_arresting_protesters_while_they_demonstrate_is_still_the_protest():
    text = "On Monday, police intervened by arresting party cadres, who were demonstrating peacefully, in Golba."
    assert classify(text).event_type == "Protests"


def test_running_tolls_aims_trends_and_witness_biography_report_no_incident():
    from eventdesk.extraction.classify import is_event_sentence, reports_incident
    # a toll since a campaign began is the campaign's, not one day's incident
    assert not reports_incident("More than 300 civilians have been killed in airstrikes since the offensive began.")
    assert not reports_incident("At least 90 people have died as government troops have advanced on the town.")
    assert reports_incident("At least 14 civilians were killed in airstrikes on the town on Sunday.")
    # aims, strategies and trends describe the war
    assert not reports_incident("Their stated goal is the removal of the insurgents from every district they hold.")
    assert not reports_incident("The region has seen a surge in kidnappings as gangs have spread along the highway.")
    assert not reports_incident("Over the past 18 months the army has seized control of a swath of the north.")
    # a person's story: where they were, what they witnessed
    assert not reports_incident("Ahmed, a former teacher, was present when 40 civilians were killed by an airstrike on a mosque.")
    assert not reports_incident("She witnessed beheadings and floggings in the town square.")
    assert is_event_sentence("Jets bombed a mosque in the village on Tuesday, killing 40 civilians.")


@pytest.mark.parametrize(
    "text",
    [
        # an armed side among the targets makes it a battle (codebook §1.2: VAC needs unarmed victims)
        "On 3 May, members of a gang fired on farmers and members of a village self-defense group in Yelmo.",
        # firing at a helicopter or drone is fighting the side that flies it
        "On Monday, rebels opened fire at an airborne helicopter over the hills near Sarlo.",
        # a military unit's bus is an armed target
        "On 3 May, militants attacked a regime 5th Brigade bus near Ostiva, killing 10 soldiers.",
        # the target named as a gang leader or drug trafficker in a later sentence
        "On 3 May, gunmen sprayed a bar in Ravel with bullets, killing three. Their target was the leader of a gang, police said.",
        "On 3 May, gunmen shot dead a man in Ravel. The victim was involved in drug trafficking, police said.",
        # the attacked side answering with fire
        "On 3 May, militants threw a grenade at police at a checkpoint in Ravel. The police reacted with gunfire after the blast.",
    ],
)
def test_armed_targets_make_an_armed_clash(text: str):
    assert sub(text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, gunmen shot and killed a woman and her son near an army checkpoint in Ravel.",
        "On 3 May, gunmen shot at villagers and their cattle near Ravel.",
        "On 3 May, a drone strike killed two farmers near Ravel.",
    ],
)
def test_civilian_targets_beside_armed_landmarks_stay_attacks(text: str):
    assert classify(text).event_type in ("Violence against civilians", "Explosions/Remote violence")


def test_detention_by_a_non_state_group_named_after_a_passive_is_an_abduction():
    assert sub("On 3 May, a former police officer was arrested by the rebels in Ravel.") == "Abduction/forced disappearance"
    assert sub("On 3 May, a journalist was arrested by police in Ravel.") == "Arrests"


def test_a_fight_among_demonstrators_makes_the_protest_a_riot():
    text = "On 3 May, protesters marched in Ravel against prices. During the march a brawl ended with fights between the participants."
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize(
    "text, expected",
    [
        # fighting told as what came before is not this event
        ("On 3 May, militants detained more than forty people after the recent clashes in Ravel camp.", "Abduction/forced disappearance"),
        # taking civilians as human shields is an abduction, not an arrest
        ("On 3 May, soldiers returning to base following the clash with rebels arrested 2 civilians from Ravel as human shields.", "Abduction/forced disappearance"),
        # taking control of a truck is no territory
        ("On 3 May, militants kidnapped a driver after the group took control of his truck near Ravel.", "Abduction/forced disappearance"),
        # "kidnapped by drug traffickers" names the perpetrators, not a criminal victim
        ("On 3 May, a gang abducted and killed a trader in Ravel. The victim was taken by drug traffickers in a van.", "Attack"),
        # weapons fired from the air, and demolition by explosives
        ("On 3 May, the air force dropped an ammunition load near Ravel. One house was damaged.", "Air/drone strike"),
        ("On 3 May, helicopter fire destroyed the village of Ravel.", "Air/drone strike"),
        ("On 3 May, soldiers blew up a bridge in Ravel.", "Remote explosive/landmine/IED"),
    ],
)
def test_background_fighting_human_shields_vehicles_and_explosive_demolition(text: str, expected: str):
    assert sub(text) == expected


def test_state_forces_clashing_with_an_unarmed_crowd_is_a_riot():
    assert classify("On 3 May, scuffles broke out between soldiers and mourners, dock workers among them, at the port of Ravel.").event_type == "Riots"
    assert sub("On 3 May, soldiers clashed with militants near Ravel; residents fled.") == "Armed clash"
    assert sub("On 3 May, police clashed with residents who fired guns in Ravel.") == "Armed clash"


def test_a_ground_assault_on_armed_men_with_shelling_told_apart_is_one_battle():
    assert sub("On 3 May, rebels attacked army units near Ravel. The army shelled the area in response.") == "Armed clash"
    assert sub("On 3 May, rebels attacked an army base with mortars near Ravel.") == "Shelling/artillery/missile attack"


def test_gathering_to_ask_for_something_is_a_protest_and_a_past_detention_is_its_grievance():
    text = "On 10 May, people gathered in Ravel to ask for the release of a teacher who had been jailed abroad."
    assert sub(text) == "Peaceful protest"


def test_armed_youth_are_armed_men_not_a_mob():
    text = "On 21 June, armed youth ambushed a commercial truck travelling to Ravel and abducted three women."
    assert classify(text).event_type == "Violence against civilians"
    assert sub("On 21 June, a group of youths attacked and beat a trader in Ravel.") == "Mob violence"


def test_an_air_force_named_as_an_institution_is_no_air_strike():
    label = classify("On Monday, the air force chief was arrested by police in the capital on corruption charges.")
    assert label is None or label.sub_event_type != "Air/drone strike"
    assert classify("On 3 May, the air force bombed rebel positions near the town, killing four militants.").sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana beat Senegal 3-1 in the final on Sunday evening.",
        "The Hawks beat the Lions for the third time this season.",
        "Striker Ada Kone fired a shot at the goalkeeper that went wide in the second period.",
        "Shares rallied on Monday after the central bank cut rates.",
        "Her early lead, as demonstrated by the polls, faded by the spring.",
        "The engineers demonstrated the new irrigation pump to farmers in the valley.",
        "Divers found a turtle shell on the reef near the harbour.",
        "The handbook has exploded diagrams of every engine part.",
        "The chairman engaged in insider trading for years, prosecutors said.",
        "Officers executed a search warrant at the warehouse on Tuesday.",
        "The two candidates attacked each other's policies on housing in a televised debate.",
        "He died of a heart attack at his home on Monday.",
    ],
)
def test_everyday_and_sports_senses_are_no_event(text):
    assert classify(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fans clashed with police after the final, throwing stones at officers outside the stadium.", "Riots"),
        ("Soldiers beat Musa Ali, a trader, to death at a checkpoint on Sunday.", "Violence against civilians"),
        ("Militants engaged in heavy fighting with troops near the border post.", "Battles"),
    ],
)
def test_violence_near_sports_or_idiom_words_still_counts(text, expected):
    label = classify(text)
    assert label is not None and label.event_type == expected


# --- armed victims told apart from civilians (codebook §1.2: one-sided violence on armed men is a battle) ---

def test_victim_identity_in_a_later_sentence_makes_an_armed_clash():
    assert sub("Two men on a motorbike fired at a man outside a bakery in the suburb. The victim was a drug dealer known to police.") == "Armed clash"
    assert sub("Two men on a motorbike fired at a man outside a bakery in the suburb. The victim was a baker.") == "Attack"


def test_what_attackers_believed_of_the_victim_is_no_identity():
    text = "Fighters shot a shopkeeper at his stall as they thought that the victim was a police informer working for the army."
    assert sub(text) == "Attack"


def test_victim_identity_in_a_relative_clause():
    assert sub("Gunmen shot dead a night watchman, who was a militia member as well, outside the depot.") == "Armed clash"


def test_abduction_of_a_gang_member_is_an_armed_clash():
    assert sub("Masked men abducted a youth from a car wash in the district. Neighbours said the victim was a gang member.") == "Armed clash"


def test_body_found_names_its_victim_inside_the_cue():
    assert sub("The body of an SDF member was discovered beside a canal near the town.") == "Armed clash"
    assert sub("The body of a shepherd was discovered beside a canal near the town.") == "Attack"


def test_opened_fires_plural():
    assert sub("Troops opened fires at fighters of the hill militia near the ridge, killing one.") == "Armed clash"


def test_acronym_introduced_for_an_armed_organisation():
    text = ("Soldiers raided a hamlet held by the Valley Defence Force (VDF) and killed a member of VDF "
            "and a farmer near the river.")
    assert sub(text) == "Armed clash"


def test_peacekeeping_mission_named_by_acronym_is_armed():
    assert sub("Militants fired shots at a MINUSCA truck on the road out of the town.") == "Armed clash"


def test_named_gang_member_is_armed():
    assert sub("Two men gunned down a Barrio 18 member outside a bakery in the canton.") == "Armed clash"


def test_repelled_attack_with_bombs_is_a_battle():
    text = "Insurgents struck a police convoy with a roadside bomb on the highway. The assault was repelled after an hour."
    assert sub(text) == "Armed clash"


def test_returned_fire_makes_a_one_sided_attack_a_battle():
    assert sub("Gunmen attacked the district office in the town. Guards at the office responded with gunshots.") == "Armed clash"
    # civilian targets stay an attack even when police fired back at the gunmen
    assert sub("Gunmen opened fire on villagers in the market; police returned fire.") == "Attack"


# --- context: the report's other sentences may raise a label, never create one ---

def test_context_names_an_armed_victim():
    passage = "Two men on a motorbike fired at a man outside a bakery in the suburb."
    assert classify(passage).sub_event_type == "Attack"
    assert classify(passage, "The victim was a cartel member, police said.").sub_event_type == "Armed clash"


def test_context_returned_fire_raises_an_explosion_to_a_battle():
    passage = "Militants threw a grenade at a police checkpoint in the market district."
    assert classify(passage).sub_event_type == "Grenade"
    assert classify(passage, "The officers fired back at the attackers.").sub_event_type == "Armed clash"
    assert classify(passage, "Earlier, the police had returned fire at another post.").sub_event_type == "Grenade"


def test_context_crowd_violence_makes_a_riot():
    passage = "Hundreds of farmers protested outside the town hall against the new water tariff."
    assert classify(passage).sub_event_type == "Peaceful protest"
    assert classify(passage, "Some of them hurled stones at the building.").sub_event_type == "Violent demonstration"
    assert classify(passage, "The same group had already rioted there a week before.").sub_event_type == "Peaceful protest"
    assert classify(passage, "Riot police stood by.").sub_event_type == "Peaceful protest"


def test_context_never_creates_an_event_or_overrides_named_civilians():
    assert classify("The weather was mild.", "Police returned fire.") is None
    passage = "Gunmen killed two farmers in their field near the village."
    assert classify(passage, "Soldiers later returned fire at the gunmen.").sub_event_type == "Attack"


def test_context_no_fighting_makes_a_territory_change_non_violent():
    passage = "Government troops took over the control of a hill village from the insurgents."
    assert classify(passage).sub_event_type == "Government regains territory"
    assert classify(passage, "No fighting was reported.").sub_event_type == "Non-violent transfer of territory"
    assert classify(passage, "Heavy fighting went on for hours.").sub_event_type == "Government regains territory"


def test_fighting_told_as_what_came_before_an_air_strike_is_its_own_event():
    assert sub("Following clashes with a local militia, the army carried out airstrikes on two villages.") == "Air/drone strike"


def test_vigilante_style_names_the_manner_of_a_shooting_not_a_mob():
    assert sub("A suspected thief died in a vigilante-style shooting carried out by masked gunmen near the harbour.") == "Attack"


def test_road_barricades_are_a_riot_even_when_a_flood_is_the_grievance():
    text = "About 300 residents barricaded the ring road with burning debris against slow relief after the floods."
    assert sub(text) == "Violent demonstration"


def test_numeral_of_a_place_is_no_first_person_speaker():
    assert is_event_sentence("On 3 May, farmers seized a suspected cattle thief and beat him near the Block I area of the town.")


def test_residential_surveillance_is_a_forced_disappearance():
    text = "On 5 May, a detained lawyer was placed under residential surveillance at a designated location by city police."
    assert sub(text) == "Abduction/forced disappearance"


def test_gang_name_with_a_faction_word_before_member():
    assert sub("Gunmen killed a Barrio 18 Sureños member outside his house in the canton.") == "Armed clash"


def test_customs_post_is_an_armed_target():
    assert sub("Militants attacked a customs post in the border town, burning two vehicles.") == "Armed clash"


def test_device_handlers_are_fighters_not_an_explosion():
    assert sub("Troops said they killed three IED planters near the river crossing.") == "Armed clash"


def test_abducting_and_beating_an_armed_man_is_an_armed_clash():
    assert sub("A militia raided a village and abducted a police commander and his brother, beating them.") == "Armed clash"
    assert sub("Gunmen abducted a teacher and beat him near the school.") == "Abduction/forced disappearance"


def test_thwarted_infiltration_is_a_battle():
    assert sub("Overnight, soldiers thwarted an insurgent infiltration attempt near the border post.") == "Armed clash"


def test_ground_operation_after_air_strikes_is_the_battle():
    text = "Airstrikes killed four militants in the valley. Ground forces then conducted a follow-up ground operation in the area."
    assert sub(text) == "Armed clash"
    assert sub("Soldiers carried out a two-day operation against militants in the forest, including airstrikes on their camps.") == "Armed clash"


def test_residents_burning_property_are_a_mob_and_the_later_arrest_is_not_the_event():
    text = "On 2 May, two residents set fire to the gate of a neighbour's house in the town. The two were arrested hours later."
    assert sub(text) == "Mob violence"
    assert sub("Militants set fire to a school in the village.") == "Looting/property destruction"
    assert sub("Police arrested two men who had set fire to a shop.") == "Arrests"


def test_molotov_cocktails_pass_the_sentence_gate():
    assert is_event_sentence("Late on Sunday, some twenty youths hurled Molotov cocktails at cars parked near a school.")


def test_a_custodian_named_after_a_disappearance_is_no_armed_victim():
    text = "On 5 May, a detained lawyer was put under residential surveillance at a designated location on the orders of the city police bureau."
    assert sub(text) == "Abduction/forced disappearance"
    assert sub("Rebels abducted two policemen near the checkpoint.") == "Armed clash"


def test_a_clash_reported_in_the_passive_is_an_incident():
    assert is_event_sentence("On Tuesday, near the town, an armed clash was reported between two cartels close to the river.")
    assert not is_event_sentence("No clashes were reported in the town.")


def test_a_crowd_taking_goods_stays_looting():
    assert sub("Hundreds of jobless villagers went on a looting spree in the market town.") == "Looting/property destruction"


def test_arrest_of_people_named_by_trade_for_a_killing_is_the_arrest():
    assert sub("Soldiers arrested three locals who are traders in relation to the killing of a militia leader.") == "Arrests"


def test_passive_arrest_for_supporting_demonstrations_is_the_arrest():
    text = "On 6 May, an opposition councillor was arrested by intelligence agents in the city for supporting demonstrations against the curfew."
    assert sub(text) == "Arrests"
    assert sub("Protesters were arrested as they marched on the parliament.") == "Protest with intervention"


def test_destroying_the_other_sides_forces_is_combat_not_property_destruction():
    assert sub("Government forces destroyed a column of rebel forces near the town.") == "Armed clash"
    assert sub("Militants destroyed a bridge near the town.") == "Looting/property destruction"


def test_debris_of_intercepted_drones_causing_damage_is_the_strike():
    assert sub("Fragments of two drones intercepted by air defences damaged houses in the port city.") == "Air/drone strike"
    assert sub("Air defences intercepted two drones over the port city.") == "Disrupted weapons use"


def test_arrest_in_a_relative_clause_is_background_to_the_protest():
    text = "Relatives of a man who has been jailed for years blocked the gate of the prison to demand his transfer home."
    assert sub(text) == "Peaceful protest"
    assert sub("Police stepped in by detaining members of the party, who were demonstrating violently outside the town hall.") == "Violent demonstration"


def test_a_crowd_burning_a_bus_is_a_riot():
    assert sub("On 3 May, residents angry at the election results burned a bus of the state oil company in the town.") == "Mob violence"


def test_egg_throwing_is_a_non_violent_protest_act():
    assert sub("Residents threw eggs at the town hall during a council session to demand the mayor resign.") == "Peaceful protest"
    assert sub("Rioters threw stones at the police.") == "Violent demonstration"


def test_a_unions_call_names_a_demonstration_whoever_answers_it():
    assert sub("Dozens of prison guards stood at the jail gate on Thursday at the call of two unions.") == "Peaceful protest"


def test_air_campaign_words_after_a_strike_do_not_make_a_battle():
    assert sub("Warplanes carried out a number of combat sorties above rebel positions in the hills, killing several fighters.") == "Air/drone strike"
    assert sub("Jets bombed insurgent camps in the mountains during a military operation against the group.") == "Air/drone strike"
    assert sub("A suicide bomber detonated his vest at a checkpoint; minutes later a second bomber killed three at a bus stop.") == "Suicide bomb"


def test_kin_of_armed_men_and_members_of_civic_groups_are_not_armed():
    assert sub("Two men on a motorbike fired at a woman outside a bakery. The victim was a police officer's wife.") == "Attack"
    assert sub("Two men on a motorbike fired at a woman outside a bakery. The victim was a member of a women's group.") == "Attack"


def test_a_lone_bomber_inside_a_building_is_a_suicide_bomber_not_an_aircraft():
    assert sub("The bomber struck on Friday inside a crowded cafe in the market town, killing nine people.") == "Suicide bomb"
    assert sub("A bomber walked into the wedding hall and blew up, killing twelve guests.") == "Suicide bomb"
    assert sub("Russian bombers struck a fuel depot outside the city on Friday, killing two guards.") == "Air/drone strike"


def test_who_a_victim_fought_alongside_does_not_make_an_air_strike_a_battle():
    text = "A Danish volunteer died while fighting alongside militia units when his truck was hit by an airstrike on Monday."
    assert sub(text) == "Air/drone strike"
    assert sub("Jets bombed the village while militia units were fighting government troops on the ground there.") == "Armed clash"


def test_booby_traps_are_remote_explosives():
    assert sub("A deminer was killed on Sunday in a house rigged with booby traps left by the militants.") == "Remote explosive/landmine/IED"
    assert sub("Two boys died when a booby-trapped motorbike went off near the mosque.") == "Remote explosive/landmine/IED"


def test_a_capture_that_dates_another_incident_is_background():
    text = "A Dutch volunteer was killed in the port town two weeks after the town was liberated, his family said. He died in an explosion while clearing mines."
    assert sub(text) == "Remote explosive/landmine/IED"
    assert sub("Rebels captured the port town on Monday after two days of fighting.") == "Non-state actor overtakes territory"


def test_a_change_of_hands_told_later_than_the_lead_is_another_event():
    text = "Militants killed 40 villagers in the district town on Tuesday. The town was later retaken by the army."
    assert sub(text) == "Attack"
    assert sub("The army retook the district town on Tuesday.") == "Government regains territory"


def test_a_rank_inside_a_rebel_force_is_no_state_actor():
    text = "Abu Karim is a field officer in the 5,000-strong rebel force that took control of the valley on Friday."
    assert sub(text) == "Non-state actor overtakes territory"
    assert sub("Police officers took control of the valley on Friday.") == "Government regains territory"
    assert sub("Security forces in a new crackdown on rebels recaptured the valley on Friday.") == "Government regains territory"


def test_no_word_on_fighting_makes_a_change_of_hands_non_violent():
    assert sub("On 3 April, army units retook the village of Koba. It is unclear whether fighting took place.") == "Non-violent transfer of territory"
    label = classify("On 3 April, army units retook the village of Koba.", "No information on whether fighting took place.")
    assert label is not None and label.sub_event_type == "Non-violent transfer of territory"
    assert sub("On 3 April, army units retook the village of Koba after heavy fighting.") == "Government regains territory"


def test_a_fight_breaking_out_among_people_is_mob_violence():
    text = "On 3 May, a fight broke out among supporters after the party primary results were announced in the town. Two persons were killed."
    assert sub(text) == "Mob violence"
    assert sub("The fight broke out on Tuesday afternoon on a commuter train near the station.") is None  # two riders, no crowd


def test_a_group_named_by_nothing_armed_burning_homes_is_a_mob():
    assert sub("On 3 May, a group burnt down three houses of herders in the village.") == "Mob violence"
    assert sub("On 3 May, an armed group burnt down three houses in the village.") == "Looting/property destruction"


def test_a_ground_raid_on_a_militia_camp_with_artillery_is_one_battle():
    text = "On 12 March, about 80 soldiers raided and burned the camp of a local militia near the village. The army also fired artillery, forcing the militia members to flee."
    assert sub(text) == "Armed clash"
    assert sub("On 12 March, soldiers raided the village and burned homes. The army also fired artillery at the hills.") == "Shelling/artillery/missile attack"


def test_fighting_between_named_militias_stays_a_battle_when_the_dead_are_told_later():
    text = "On 6 May, fighting broke out between two clan militias near the wells. Later, 30 people were killed during the clashes."
    assert sub(text) == "Armed clash"


def test_a_planned_killing_by_party_cadres_is_an_attack_not_a_mob():
    assert sub("On 18 May, party cadres murdered a cadre of the rival party in the village over a land dispute.") == "Attack"
    assert sub("On 18 May, villagers beat a suspected thief in the market.") == "Mob violence"


def test_an_operation_against_demonstrators_is_no_grievance():
    text = "On 3 May, police launched a clearing operation near the main square against demonstrators, during which two were shot dead."
    assert sub(text) == "Excessive force against protesters"
    assert sub("On Sunday, thousands protested against the military operation against rebels in the north.") == "Peaceful protest"


def test_capitalised_shell_mid_sentence_names_a_place_or_a_company():
    assert sub("On Friday, farmers in Shell blocked the main highway to demand fair crop prices.") == "Peaceful protest"
    assert sub("Shelling hit the village on 3 May.") == "Shelling/artillery/missile attack"


def test_occupying_a_building_is_a_sit_in_unless_armed_men_do_it():
    assert sub("On Sunday, about 30 students occupied the faculty building to demand lower fees.") == "Peaceful protest"
    assert sub("On Sunday, a dozen activists occupied a shopping centre in the capital.") == "Peaceful protest"
    assert sub("On Sunday, militants occupied the school building in the village.") == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "The opposition called the budget vote on Tuesday a clash of visions for the country's future.",
    "Rovers beat City 2-0 on Saturday; the clash between the old rivals ended with a pitch invasion and police arrested three fans.",
])
def test_a_clash_of_ideas_or_a_football_clash_is_no_event(text):
    assert sub(text) is None


def test_an_armys_statement_reports_its_own_strike():
    assert sub("The army said in a statement it had launched air strikes on the rebels' camps on Monday.") == "Air/drone strike"


def test_fleeing_is_displacement_only_for_people_leaving_their_homes():
    assert sub("Two men robbed a bakery in the city centre on Monday and fled on foot, police said.") is None
    assert sub("Hundreds of families fled their villages on Monday after threats from armed men.") == "Other"


def test_clashes_between_security_forces_and_students_are_a_riot_not_a_battle():
    assert sub("A student was shot dead on Monday during clashes with security forces in the university town.") == "Mob violence"
    assert sub("Students protesting fees clashed with security forces in the university town on Monday.") == "Violent demonstration"
    # an organised armed side makes it a battle
    assert sub("Soldiers clashed with an armed group near the university town on Monday, killing two fighters.") == "Armed clash"


def test_a_crowd_clashing_after_its_grievance_is_a_riot_but_a_clash_inside_the_grievance_is_not():
    assert sub("Students protesting against fees clashed with police on Monday.") == "Violent demonstration"
    assert sub("Residents protested on Monday against police who clashed with youths last week.") == "Peaceful protest"


def test_a_photo_caption_tells_the_crowds_violence_in_the_present_tense():
    assert sub("A masked demonstrator hurls a petrol bomb at a water cannon truck during a rally in Lyon, Saturday.") == "Violent demonstration"
    assert sub("Students tear down the metal fence around the ministry during a protest over tuition fees.") == "Violent demonstration"


def test_riot_police_are_no_riot_and_chasing_protesters_is_intervention():
    assert sub("Riot police chase students during a demonstration against fuel prices in the port city on Monday.") == "Protest with intervention"
    assert sub("Nurses protested outside the health ministry on Monday to demand back pay, watched by riot police.") == "Peaceful protest"


def test_protests_that_turn_violent_or_a_rally_where_activists_rioted():
    assert sub("Protests against the new tax turn very violent in the capital on Friday night.") == "Violent demonstration"
    assert sub("Environmental activists rioted outside the climate conference hall, smashing the windows of a bank.") == "Violent demonstration"


def test_protesters_injured_after_police_dispersed_them_did_not_injure_anyone():
    text = "Several marchers were injured after police violently dispersed a rally in the northern town on 3 May."
    assert sub(text) == "Excessive force against protesters"


def test_rioters_clashing_with_soldiers_on_a_raid_stay_mob_violence():
    assert sub("On 4 May, rioters clashed with soldiers during an army raid on the village, and soldiers fired tear gas.") == "Mob violence"


def test_infantry_fighting_vehicles_are_a_weapon_not_a_battle():
    text = "The convoy of armoured fighting vehicles was hit by a guided missile fired from across the river on Tuesday."
    assert sub(text) == "Shelling/artillery/missile attack"


def test_bases_and_observation_points_set_up_are_headquarters_established():
    assert sub("The army has established a total of 12 new military observation points along the border since March.") == "Headquarters or base established"
    assert sub("A new army point was set up on Monday in the hills north of the provincial capital.") == "Headquarters or base established"
    assert sub("Government troops established a number of barracks near the mountain pass last week.") == "Headquarters or base established"


def test_rebels_who_have_taken_over_villages_as_an_army_spokesman_said():
    text = "An army officer in the province said on Friday that Mai-Mai fighters had seized three villages by the lake."
    assert sub(text) == "Non-state actor overtakes territory"
    assert sub("Government troops and allied militias have taken the control of the hilltop town after a week of fighting.") == "Government regains territory"


def test_destroying_or_clearing_mines_and_devices_disrupts_weapons_use():
    assert sub("Army engineers destroyed 40 landmines and 12 improvised explosive devices during a sweep of the valley.") == "Disrupted weapons use"
    assert sub("Deminers have cleared more than 1,500 mines from farmland near the old front line.") == "Disrupted weapons use"
    assert sub("Soldiers found and neutralised a roadside bomb planted near the bridge on Sunday.") == "Disrupted weapons use"


def test_seized_weapons_counted_with_thousands_separators():
    assert sub("312 rifles and 15,000 rounds of ammunition were seized at the border post on Friday.") == "Disrupted weapons use"


def test_shops_burned_in_the_passive_or_attacks_on_property_are_property_destruction():
    assert sub("Dozens of migrant-owned stores have been burned in the township overnight, residents said.") == "Looting/property destruction"
    assert sub("The chamber of commerce said the attacks on businesses in the market town cost traders millions.") == "Looting/property destruction"


def test_attacks_that_only_looted_shops_are_property_destruction_and_hurting_people_stays_an_attack():
    assert sub("In the xenophobic attacks of Monday night, some 30 foreign-owned shops were looted in the township.") == "Looting/property destruction"
    assert sub("In the xenophobic attacks of Monday night, two traders were killed and their shops were looted.") == "Attack"


def test_accidents_leaks_snow_and_toxins_are_no_political_violence():
    assert sub("More than 300 people were taken ill after an ammonia gas leakage at a cold store in the port city.") is None
    assert sub("The army mobilised on Tuesday to free hundreds of cars stuck in heavy snowfall on the highway.") is None
    assert sub("Twelve people died after drinking home-brewed liquor laced with toxins in a village on Friday.") is None
    assert sub("A hospital contractor is on trial over a series of accidents that left two patients dead.") is None


def test_attribution_of_an_earlier_attack_is_no_new_event():
    assert sub("The foreign minister on Monday accused Syria of bombing the border town, saying the culprits must pay.") is None
    assert sub("A regional minister said on Saturday that Tehran is responsible for the refinery attacks.") is None
    assert sub("The Islamic State group takes credit for a suicide bombing that killed dozens in the capital.") is None
    assert sub("The jihadist group has claimed murder of a secular writer in the capital two months ago.") is None


def test_a_broken_ceasefire_is_no_agreement_and_an_exchange_of_captives_is_one():
    assert sub("The minister urged allies to impose new sanctions amid repeated ceasefire violations in the east.") is None
    assert sub("The government released 25 rebel fighters in exchange for the release of 11 soldiers held since May.") == "Agreement"


def test_a_protest_named_as_the_reason_for_a_measure_is_not_reported():
    assert sub("The foreign ministry expelled two diplomats for taking part in unauthorised rallies in support of the jailed leader.") is None
    assert sub("On 2 May, students rallied outside parliament in support of the jailed leader.") == "Peaceful protest"


def test_the_occupied_territories_name_an_occupation_not_a_capture():
    text = "Soldiers detained 14 Palestinians in overnight raids across the occupied West Bank, the army said on Tuesday."
    assert sub(text) == "Arrests"


def test_a_capture_through_a_hyphenated_description_or_out_of_an_area():
    assert sub("Government troops captured a new rebel-held district in the south of the city on Saturday.") == "Government regains territory"
    assert sub("Government forces and their allies pushed al-Shabaab fighters out of three villages on Sunday.") == "Government regains territory"


def test_people_driven_out_by_fear_lose_no_territory():
    text = "Vigilantes killed five people during a witchcraft panic that has driven aid workers out of the district."
    assert sub(text) == "Mob violence"


def test_air_defence_named_as_a_zone_or_system_disrupts_nothing():
    assert sub("Four foreign military planes on Monday entered the country's air defence identification zone, the ministry said.") is None
    assert sub("Air defences intercepted two drones over the port city on Monday night.") == "Disrupted weapons use"


def test_troops_dispatched_moved_or_pulled_back_change_an_armed_groups_activity():
    assert sub("Hundreds of police and army troops have been dispatched to the border district during the past week.") == "Change to group/activity"
    assert sub("The rebel fighters pull back from the hills towards the provincial capital, a monitor said on Friday.") == "Change to group/activity"
    assert sub("The government is moving troops and tanks to the desert region near the border, officials said on Monday.") == "Change to group/activity"


def test_dead_on_both_sides_make_a_battle():
    text = "Fourteen people were killed when militants attacked a border post on Friday, leading to the killing of people on both sides."
    assert sub(text) == "Armed clash"


def test_an_attack_being_plotted_is_no_attack_and_jailing_suspects_is_an_arrest():
    assert sub("Police have jailed 40 suspects they say were plotting to launch attacks during the festival.") == "Arrests"


def test_taking_a_town_the_other_side_left_or_was_handed_is_a_non_violent_transfer():
    assert sub("On Sunday the insurgents walked into the market town and took control of it after the garrison had pulled out.") == "Non-violent transfer of territory"
    assert sub("The army regained control of the northern district on Monday when the peacekeeping mission handed authority over the area to it.") == "Non-violent transfer of territory"
    assert sub("Militants have taken control of the coastal village following the withdrawal of army units on Tuesday.") == "Non-violent transfer of territory"
    assert sub("Troops took control of the town without being involved in any armed clashes, the army said.") == "Non-violent transfer of territory"


def test_a_war_going_on_around_a_strike_is_its_setting_not_a_battle():
    assert sub("Two people were wounded on Friday in a border village by rockets fired from across the river, as the army continues its offensive against the rebels.") == "Shelling/artillery/missile attack"
    assert sub("Artillery units shelled enemy positions near the ridge on Monday as border clashes entered their fifth day.") == "Shelling/artillery/missile attack"
    assert sub("Troops shelled the village and then clashed with rebel fighters on its outskirts on Monday.") == "Armed clash"


def test_an_accident_told_in_the_next_sentence_erases_casualties_with_no_armed_actor():
    passage = "Eleven people were killed and 30 injured in the district on Friday night."
    assert classify(passage, "Police said the lorry crashed into a market after its brakes failed.") is None
    assert classify("Eleven workers were hurt when a tank blew up at the site on Thursday.", "The furnace at the steel plant had been overheating for days.") is None
    assert classify("Gunmen killed eleven people in the district on Friday night.", "Police said the lorry crashed into a market after its brakes failed.") is not None


def test_the_next_sentences_may_name_the_weapon_of_the_same_explosion():
    passage = "An explosion outside a church in the port city killed three people on Sunday morning."
    assert classify(passage, "Two suicide bombers blew themselves up at the church gate, police said.").sub_event_type == "Suicide bomb"
    shells = "Rebels fired shells into two districts of the city on Tuesday, and some 40 people were treated in hospital."
    assert classify(shells, "Local doctors believe poisonous gas was packed into the rounds.").sub_event_type == "Chemical weapon"
    # a side's unconfirmed claim, or chemical attacks of years past, name no weapon of this day
    assert classify(shells, "The rebels' enemies claimed that poisonous gas was used, which was not confirmed.").sub_event_type == "Shelling/artillery/missile attack"
    assert classify(shells, "The district has been besieged for years and subjected to chemical attacks.").sub_event_type == "Shelling/artillery/missile attack"


def test_riot_police_in_the_context_do_not_hide_the_crowds_own_violence():
    passage = "Hundreds of students protested near parliament on Sunday against the new budget."
    context = "The students pulled down the fences standing between them and the riot police."
    assert classify(passage, context).sub_event_type == "Violent demonstration"


def test_suicide_bombers_by_other_words():
    assert sub("Two kamikazes blew up beside a busy ferry landing in the south, killing six people.") == "Suicide bomb"
    assert sub("Three assailants detonated suicide bombs at a hotel gate and then traded gunfire in the street.") == "Suicide bomb"
    assert sub("On Monday a would-be suicide bomber blew himself up short of the checkpoint he was heading for.") == "Suicide bomb"
    assert sub("Two gunmen detonated explosives, killing themselves, after police surrounded their hideout on Friday.") == "Suicide bomb"
    assert sub("A suicide bomber accidentally blew himself up in a rented room near the bus station on Tuesday.") == "Suicide bomb"


def test_shells_with_poisonous_gases_are_chemical_weapons():
    assert sub("Militants launched 40 mortar shells filled with toxic gas at army posts near the dam on Sunday.") == "Chemical weapon"


def test_mines_that_went_off_or_were_hit_are_remote_explosives():
    assert sub("A landmine planted by insurgents went off under a police pickup near the district centre at noon today.") == "Remote explosive/landmine/IED"
    assert sub("All five soldiers in an armoured truck were killed when it hit a ground mine on the border road on Monday.") == "Remote explosive/landmine/IED"
    assert sub("Nine explosive devices have been found near the town since May, and two boys died in an explosion on Sunday.") == "Remote explosive/landmine/IED"


def test_an_attack_whose_only_harm_is_taking_people_is_an_abduction():
    assert sub("Pirates attacked a cargo ship off the coast on Tuesday and 12 crew members have been abducted.") == "Abduction/forced disappearance"
    assert sub("Gunmen attacked a village on Tuesday and abducted 12 women, killing two men who resisted.") == "Attack"


def test_a_ministry_as_the_source_of_a_report_is_no_diplomacy():
    text = "The defence ministry said on Friday that rebel fighters attacked an army post near the border, killing 12 soldiers."
    assert sub(text) == "Armed clash"


def test_an_occupied_city_named_as_a_place_is_no_capture():
    assert sub("Security forces kidnapped two teenagers in the occupied city of Hebron on Monday, relatives said.") == "Abduction/forced disappearance"


def test_a_gang_attacking_a_peaceful_rally_intervenes_in_it():
    assert sub("About ten marchers were hurt when a group of men attacked a peaceful rally in the city centre on Sunday.") == "Protest with intervention"


def test_wildfires_burning_are_a_disaster_not_a_security_measure():
    assert sub("Driven by high winds, dozens of fires are burning across the province, and the government declared a state of emergency.") is None


def test_a_police_operation_with_no_one_hurt_and_no_guns_is_no_battle():
    assert sub("Five men were caught smuggling migrants across the river, after a joint operation of two police agencies on Monday.") != "Armed clash"
    assert sub("A joint operation by troops and police left three gunmen dead near the border on Monday.") == "Armed clash"


def test_suspects_named_behind_an_earlier_bombing_are_no_new_event():
    assert sub("A pair of suicide bombers is thought to have been behind the explosions at the cathedral, police told reporters.") is None


def test_men_detained_for_conscription_are_abducted():
    assert sub("On Tuesday, regime forces detained a number of young men at checkpoints in the town for conscription.") == "Abduction/forced disappearance"


def test_headlines_in_the_present_tense():
    assert sub("Bandits kill seven farmers in a dawn raid on a hamlet in the north") == "Attack"
    assert sub("Insurgents seize a district centre after two days of heavy fighting") == "Non-state actor overtakes territory"
    assert sub("Angry demonstrators torch a police station over a death in custody") == "Violent demonstration"
    # a capitalised "Kill" names a campaign, not a killing
    assert sub("Hundreds joined a third Kill The Levy march through the city centre on Saturday.") == "Peaceful protest"


def test_police_firing_water_cannon_is_an_incident_and_protesters_throwing_bottles_make_it_a_riot():
    s = "Police fired water cannon to push back protesters who threw bottles at officers near the ministry, a witness said."
    assert is_event_sentence(s) and sub(s) == "Violent demonstration"


@pytest.mark.parametrize("text", ["The company fired 200 workers on Monday.", "The president fired two generals on Monday."])
def test_a_dismissal_is_no_shooting(text):
    assert sub(text) is None and not is_event_sentence(text)


def test_robbers_who_hurt_no_one_commit_a_crime_not_an_attack():
    assert sub("Armed robbers stormed a jewellery shop at a mall on Friday and fled with watches. Nobody was injured.") is None
    # unknown gunmen robbing a radio station is ACLED's looting
    assert sub("On 3 May, unidentified gunmen robbed a radio station in the town.") == "Looting/property destruction"


def test_a_match_reported_as_a_fierce_clash_is_no_riot():
    assert sub("City beat Rovers 3-1 on Sunday in a fierce clash at the National Stadium.") is None


def test_nobody_hurt_negates_the_harm():
    assert not is_event_sentence("No shots were fired and nobody was injured, a police spokeswoman said.")


def test_protests_held_in_the_passive_and_drones_setting_a_warehouse_alight_are_events():
    assert is_event_sentence("Marches were also held in two other cities on Thursday.")
    assert not is_event_sentence("Talks were held in the capital on Monday.")
    assert sub("Drones struck the port on Monday, killing two people and setting fire to a warehouse.") == "Air/drone strike"


def test_residents_who_report_a_battle_do_not_make_it_a_riot():
    assert sub("The army and the RSF fought heavy battles on Monday in the district, residents said.") == "Armed clash"


def test_an_attempt_to_overrun_a_base_takes_no_ground():
    assert sub("Soldiers fought off militants who tried to overrun an army base near the town on Tuesday.") == "Armed clash"


@pytest.mark.parametrize("text", [
    "Hackers launched a cyberattack on a hospital's servers on Tuesday; no patient data was stolen, the hospital said.",
    "The minister was attacked by opposition lawmakers in parliament on Tuesday over the budget.",
])
def test_data_theft_and_verbal_attacks_are_no_events(text):
    assert sub(text) is None


@pytest.mark.parametrize("text", [
    "Nurses at state hospitals went on strike on Monday, shutting outpatient wards across the region over unpaid bonuses.",
    "Bus drivers walked off the job on Wednesday in a strike over pay, stranding thousands of commuters in the capital.",
])
def test_a_strike_told_by_what_it_stopped_is_no_demonstration(text):
    assert sub(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Striking nurses gathered outside the health ministry on Monday, as the strike shut outpatient wards.", "Peaceful protest"),
    ("Striking bus drivers clashed with police at the depot on Wednesday; the strike has stranded commuters.", "Violent demonstration"),
    ("Hundreds of students held a climate strike outside the town hall on Friday.", "Peaceful protest"),
])
def test_a_strike_with_a_gathering_or_a_fight_is_still_coded(text, expected):
    assert sub(text) == expected


def test_a_rally_announced_for_a_later_day_is_not_held():
    assert sub("Farmers said they would block no roads this week. A rally is planned for Saturday in the market square.") is None


@pytest.mark.parametrize("text", [
    "LAHORE: Police baton-charged a sit-in outside the provincial assembly on Tuesday and took scores of teachers into custody.",
    "Local officials said armed men had attacked the convoy near the bridge on Friday, killing two drivers.",
    "Regional officials said enemy drones had set fire to an oil depot outside the city on Saturday.",
    "The clinic was looted on Sunday, according to accounts gathered by our researchers.",
])
def test_reports_the_gate_must_pass(text):
    assert is_event_sentence(text)


@pytest.mark.parametrize("text", [
    "A spokesman said troops had been deployed to the affected villages on Monday.",
    "I was attacked on my way home on Monday, and our neighbours were beaten too.",
])
def test_measures_and_testimony_are_not_reports(text):
    assert not is_event_sentence(text)


def test_marchers_named_after_the_police_who_fired_on_them_are_demonstrators():
    assert sub("Two people were shot dead after police opened fire on farmers marching against a land tax in the town on Monday.") \
        == "Excessive force against protesters"


def test_drones_that_set_a_depot_ablaze_are_an_air_strike():
    assert sub("Drones set fire to a fuel depot on the edge of the city on Saturday.") == "Air/drone strike"


def test_arrests_hours_before_a_planned_march_are_arrests_not_a_protest():
    label = classify("Police on Tuesday detained 20 opposition activists at their party office hours before they were to "
                     "march to the governor's residence to protest against new land rules.")
    assert label is not None and label.sub_event_type == "Arrests"


def test_explosives_recovered_after_a_fight_are_no_bomb():
    assert sub("Troops exchanged fire with the militants, killing four of them. Weapons and explosives were also "
               "recovered from the hideout.") == "Armed clash"


@pytest.mark.parametrize("text", [
    "The assembly turned into a battlefield of words on Tuesday as two ministers launched blistering attacks on each other.",
    "Some 3,000 troops took part in the drill, which simulated an assault on a port supported by airstrikes.",
    "No live rounds were fired at the villages during the night.",
    "Opposition members thumped their desks and chanted slogans until the Speaker adjourned the sitting on Monday.",
    "Opposition lawmakers staged a walkout on Monday over the budget.",
])
def test_words_drills_negations_and_legislators_make_no_event(text):
    assert not is_event_sentence(text)


def test_a_case_filed_after_a_killing_is_no_new_report():
    assert not is_event_sentence("Police have filed a murder case against 40 unnamed people over the killing on Wednesday.")


def test_soldiers_killed_told_after_a_speaker_are_armed_victims():
    # §1.2: the speaker before "said" is no victim; soldiers killed by an unnamed side fought it
    assert sub("Army officials said on Friday that three of their soldiers had been killed near the pass.") == "Armed clash"
    assert sub("Relatives said four farmers had been killed near the pass.") == "Attack"


def test_a_person_captured_somewhere_is_held_not_ground_taken():
    # §1.2: ground taken is the capture verb's object; "captured in the town" took someone there
    assert sub("Officials said she had been captured in the town of Marula last week.") == "Arrests"
    assert sub("Rebels captured the town of Marula after two days of fighting.") == "Non-state actor overtakes territory"
    assert sub("Just how she was captured near the river is still a mystery to her family.") is None


def test_a_ministry_telling_the_toll_is_the_source_not_diplomacy():
    # §1.2: "the ministry said" reports the event; a ministry condemning or summoning is diplomacy
    assert sub("The defence ministry said five soldiers were killed in clashes with the insurgents.") == "Armed clash"
    assert sub("The foreign ministry said it summoned the envoy over the shelling.") is None


def test_people_rounded_up_told_in_the_passive_are_arrests():
    """'rounded up' is an arrest whether the police are named or not (codebook 1.2)."""
    s = "Thirty youths were rounded up in the river quarter of Elmley on Tuesday."
    assert is_event_sentence(s) and sub(s) == "Arrests"


def test_stone_throwing_reported_is_a_riot_as_stone_pelting_is():
    """A crowd throwing stones, told by the noun in the passive, is mob violence (codebook 1.3)."""
    s = "Stone throwing was reported near the grain market of Elmley on Sunday evening."
    assert is_event_sentence(s) and sub(s) == "Mob violence"


def test_a_death_from_stab_wounds_is_a_stabbing():
    """A victim who dies of stab wounds was attacked (codebook 1.2), though the verb is 'succumbed'."""
    s = "A porter has succumbed to stab wounds he received in the bazaar of Elmley on Friday."
    assert is_event_sentence(s) and sub(s) == "Attack"


def test_a_blow_with_a_rifle_butt_is_an_attack_and_a_ball_hit_is_not():
    """Striking someone with a gun's butt is an assault (codebook 1.2); 'hit' of a ball is sport."""
    s = "A watchman hit a cashier with his rifle butt outside the depot in Elmley on Monday."
    assert is_event_sentence(s) and sub(s) == "Attack"
    assert classify("The winger hit the ball with the side of his boot in the final minute.") is None


def test_people_torched_or_set_ablaze_are_attacked_not_property():
    """People burnt by attackers are victims of an attack (codebook 1.2), not property destroyed; houses stay property."""
    assert sub("Two porters were torched to death near the depot in Elmley on Saturday.") == "Attack"
    assert sub("Four persons were set ablaze in a lane of Elmley on Saturday.") == "Attack"
    assert sub("Their sheds were torched in Elmley on Saturday.") == "Looting/property destruction"


def test_a_fire_set_by_rampaging_mobs_is_no_industrial_accident():
    """Mobs in the plural, or a crowd on the rampage, set the fire: a riot (codebook 1.3), not a plant accident."""
    assert sub("Angry mobs on the rampage burnt ten industrial sheds at Elmley on Sunday.") == "Mob violence"
    assert classify("A fire broke out at an industrial shed in Elmley on Sunday, killing two workers.") is None


def test_rallies_taken_out_and_sit_ins_held_in_south_asian_english_are_protests():
    """'took out a rally', 'staged a dharna': protests (codebook 1.3) in the idiom of South Asian news;
    a festival procession taken out is no protest the gate lets through by these words."""
    for s in ("Nurses took out a rally in Elmley on Monday against the new shift rules.",
              "Weavers staged a dharna outside the mill in Elmley on Monday demanding their dues."):
        assert is_event_sentence(s) and sub(s) == "Peaceful protest"
    assert not is_event_sentence("Pilgrims took out a procession in Elmley on Monday to mark the festival.")


def test_fighting_after_a_measure_that_answers_it_is_the_incident():
    """'A curfew was imposed after two groups clashed': the measure is told first and the clash after 'after' is its
    cause, this incident (codebook 1.3); an earlier time or a campaign named ('after last week's clashes', 'after
    months of fighting') keeps the fighting background."""
    assert sub("Police imposed a curfew on Elmley on Monday after two groups clashed near the grain market.") \
        == "Mob violence"
    assert sub("A curfew was imposed on Elmley on Monday after last week's clashes between two groups.") \
        == "Change to group/activity"
    assert classify("The talks resumed in Elmley on Monday after clashes between the two armies.") is None


def test_to_before_a_number_or_a_possessive_is_a_preposition():
    """'men belonging to two clans clashed' asserts the clash: 'to' before a number or a possessive is no infinitive,
    while 'were told to fire on the crowd' still reports nothing."""
    assert is_event_sentence("Youths belonging to two neighbouring hamlets clashed near the Elmley well on Friday.")
    assert not is_event_sentence("The guards at Elmley were told to fire on the crowd.")


def test_a_measure_imposed_after_violence_reports_that_violence():
    """'Curfew was clamped on the town after clashes between two groups': the measure answers violence it names, so
    the sentence reports it (codebook 1.3); a measure after a strike call, or after last week's clashes, does not."""
    s = "Curfew was clamped on Elmley on Monday after clashes between two groups of traders."
    assert is_event_sentence(s) and sub(s) == "Mob violence"
    assert is_event_sentence("In Elmley, a curfew was imposed late on Sunday after stone pelting by rival crowds near the mill.")
    assert not is_event_sentence("A curfew was imposed on Elmley on Monday after the strike call.")
    assert not is_event_sentence("Curfew was imposed in Elmley on Monday after last week's clashes between two groups.")


def test_dead_told_as_killed_in_strikes_are_an_air_strike():
    # a war report's "strikes" that kill are from the air (codebook 1.2, Air/drone strike); a labour strike kills no one
    assert sub("Five farmers were killed in strikes on the valley on Monday, a monitor said.") == "Air/drone strike"
    assert sub("Two traders died in a strike on the bus station.") == "Air/drone strike"
    assert sub("Police killed two workers on strike outside the mill.") != "Air/drone strike"
    assert sub("A herder was killed by a lightning strike near the river.") != "Air/drone strike"
