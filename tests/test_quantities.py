"""Fatalities (ACLED counting) and crowd size wording on invented sentences."""
from __future__ import annotations

import pytest

from eventdesk.extraction.quantities import CrowdSize, companions, crowd_size, fatalities, parse_number, part_toll


@pytest.mark.parametrize("text, want", [
    ("Gunmen attacked the village, killing 6 civilians.", 6),
    ("3 people were killed when the market was shelled.", 3),
    ("The ambush left two dead and five injured.", 2),
    ("A mob killed a suspected thief in the market.", 1),
    ("Police shot dead a man at the checkpoint.", 1),
    ("Two unidentified gunmen shot dead a shopkeeper.", 1),
    ("Villagers found the bodies of 4 herders near the river.", 4),
    ("The death toll rose to 12 on Monday.", 12),
    ("One soldier and two militants were killed in the clash.", 3),
    ("Two guards (private) and a village chief were killed.", 3),
    ("Dozens of people were killed in the raid.", 12),
    ("Hundreds were killed during the offensive.", 100),
    ("Several militants were killed in the airstrike.", 3),
    ("Fighting continued, resulting in the death of 4 soldiers and 2 policemen.", 6),
    ("The clash caused several casualties.", 0),
    ("Five protesters were injured and ten were arrested.", 0),
    ("No one was killed in the explosion.", 0),
    # a conjunct with no count of its own shares the count before it (#14)
    ("Near the dam 14 policemen and allied village guards were killed by rebels.", 14),
    ("Twelve guards and a driver were killed.", 13),
    # "both": the pair just named, not a count of its own (#14)
    ("A Dutch nurse and a Kenyan driver were both killed in the raid.", 2),
    ("Kale and Joshi were both killed in the attack.", 2),
    ("Ravi Kale and a local reporter were both killed, and all the attackers were killed too.", 5),
    ("Residents marched peacefully through the town.", 0),
])
def test_fatalities(text, want):
    assert fatalities(text) == want


def test_lowest_of_conflicting_reports():
    text = ("Four soldiers were killed in the ambush. The militants claimed that they killed 9 soldiers.")
    assert fatalities(text) == 4


def test_separate_victim_groups_add_up():
    assert fatalities("Two soldiers were killed in the morning. Three militants were also killed later.") == 5


def test_acled_note_conventions():
    assert fatalities("Troops killed 20 militants in raids on five camps. Fatalities split across 5 events.") == 4


def test_grievance_killings_in_protest_are_not_fatalities():
    text = "Students protested against the killing of a classmate by unknown gunmen two weeks ago."
    assert fatalities(text) == 0
    assert fatalities("Relatives marched to seek justice for a teenager who was killed last spring.") == 0


def test_police_killing_protesters_counts():
    assert fatalities("Protesters gathered in the square. Police opened fire, killing two protesters.") == 2


def test_animals_and_times_are_not_victims():
    assert fatalities("Raiders killed a dozen goats near the village.") == 0


@pytest.mark.parametrize("s, n", [("12", 12), ("1,200", 1200), ("seven", 7), ("twenty-one", 21), ("foo", None)])
def test_parse_number(s, n):
    assert parse_number(s) == n


@pytest.mark.parametrize("text, wording, low, high", [
    ("Dozens of activists marched through the city centre.", "dozens", 24, 99),
    ("In the south, about a dozen activists also rallied.", "about a dozen", 10, 15),
    ("A few dozen supporters gathered outside the court.", "a few dozen", 24, 60),
    ("Hundreds of farmers blocked the highway.", "hundreds", 200, 999),
    ("Around 3,000 people demonstrated against the reform.", "around 3,000", 3000, 3000),
    ("Between 200 and 300 workers staged a sit-in.", "between 200 and 300", 200, 300),
    ("Thousands took to the streets of the capital.", "thousands", 2000, 9999),
    ("On 5 March 2022, more than 500 nurses rallied outside parliament.", "more than 500", 500, None),
    ("Tens of thousands of protesters filled the square.", "tens of thousands", 20000, 99999),
    ("A crowd of 40 people gathered at the memorial.", "40", 40, 40),
])
def test_crowd_size_wording_and_bounds(text, wording, low, high):
    assert crowd_size(text) == CrowdSize(wording, low, high)


def test_crowd_tag_in_note_wins():
    assert crowd_size("Activists marched in the town [size=around 100].").wording == "around 100"
    assert crowd_size("Activists marched in the town [size=no report].").wording == "no report"


@pytest.mark.parametrize("text", [
    "On 4 March 2022, members of a union staged a protest in the city.",
    "Residents protested after gunmen assaulted two traders.",
    "Teachers demonstrated; 3 people were injured and 12 were arrested.",
    "Drivers blocked Route 17 at 10:30 am.",
])
def test_no_crowd_size(text):
    assert crowd_size(text).wording == "no report"


def test_crowd_after_a_single_hyphen_dateline_and_as_the_object_of_dispersal():
    assert crowd_size("MOMBASA, June 2 - Hundreds of dockers marched to the port gates.").wording == "hundreds"
    assert crowd_size("Police used water cannon to disperse several hundred nurses outside the ministry.").wording == \
        "several hundred"
    assert crowd_size("Police arrested 40 nurses outside the ministry.").wording == "no report"


def test_the_reporter_of_a_toll_is_not_counted_among_the_dead():
    assert fatalities("The army said six of its soldiers and four attackers died.") == 10
    assert fatalities("At least ten people were killed on Monday. The army said six of its soldiers and four "
                      "attackers died in the fighting.") == 10


def test_the_source_named_after_the_victims_is_not_one_of_them():
    assert fatalities("Militiamen attacked a village on Sunday, killing at least 40 people, a local monitor said.") == 40
    assert fatalities("Gunmen attacked the village, killing three soldiers, a teacher and two farmers.") == 6


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 3 May, a trader was arrested and killed after a beating in a police cell.", 1),
        ("On 3 May, a driver was shot six times and killed at a fuel station.", 1),
        ("A shopkeeper was shot in the chest and died before help arrived.", 1),
        ("Two herders were shot and wounded near the well.", 0),
        # the body of someone already counted is not a second death
        ("On 3 May, a nurse was killed and her body was dumped near a bridge.", 1),
        ("Three farmers were killed and their bodies were thrown into a river.", 3),
    ],
)
def test_a_death_told_with_its_manner_or_its_body_counts_once(text, expected):
    assert fatalities(text) == expected


def test_scare_quotes_do_not_hide_a_count():
    assert fatalities('The army said its jets struck the camp on Monday, killing "several terrorists".') == 3


def test_an_introductory_place_is_not_counted_among_the_dead():
    assert fatalities("In the northern town of Ketu, a stronghold of the opposition, a student was shot dead.") == 1
    assert fatalities("Two soldiers and a village chief were killed.") == 3


@pytest.mark.parametrize("text, want", [
    # a toll restates the dead already told: it replaces the first report instead of adding to it
    ("A bomber blew himself up in a cafe, killing eight people, police said. The bomber was among the dead, "
     "bringing the toll to nine.", 9),
    ("Five soldiers were killed in the ambush. The death toll later rose to seven.", 7),
    # negated deaths with a reporting word in between
    ("Troops burned more than 100 houses in the village. No one was reported killed.", 0),
    ("Nobody died in the fire that followed the raid.", 0),
    ("No one was hurt but two soldiers were killed.", 2),
    # an appositive describes the dead, it does not add to them
    ("Two men, both dock workers, died at the scene and four others were injured.", 2),
    ("Three soldiers, a police officer said, were killed.", 3),
])
def test_fatalities_in_full_news_stories(text, want):
    assert fatalities(text) == want


def test_crowd_size_from_a_reported_turnout():
    c = crowd_size("Marches were also held in two other cities, where organisers reported turnouts of several thousand each.")
    assert c.wording == "several thousand"


def test_at_the_hands_of_is_no_victim_and_an_including_clause_adds_nobody():
    assert fatalities("In the east, which has suffered at the hands of the regime, 59 civilians, including 15 children, died.") == 59


@pytest.mark.parametrize("text, n", [
    ("Four soldiers were martyred in the fighting near the river crossing, the army said.", 4),
    ("Two men were beaten and burned to death by a crowd in the market square on Friday.", 2),
])
def test_more_ways_of_telling_a_death(text, n):
    assert fatalities(text) == n


@pytest.mark.parametrize("text, wording", [
    ("Two men were beaten by a crowd of about 300 residents outside the church on Friday.", "about 300"),
    ("Police fired tear gas and water cannon at thousands of farmers marching on the capital on Monday.", "thousands"),
    ("Police broke up the sit-in and took dozens of participants into custody. Several hundred people had gathered.", "several hundred"),
])
def test_victims_and_detainees_are_not_the_crowd_but_those_fired_on_are(text, wording):
    assert crowd_size(text).wording == wording


def test_the_day_of_a_dateline_is_no_death_toll():
    assert fatalities("MYMENSINGH, Sept 17 - A 30-year-old trader was beaten to death by a crowd on Tuesday.") == 1
    assert fatalities("On 3 May 2022, 4 soldiers were killed in the ambush.") == 4


@pytest.mark.parametrize("text, want", [
    # a higher guess set off between commas: the firm, lowest figure counts (codebook 1.6), never 0
    ("Unconfirmed reports say several, and perhaps dozens, of hired gunmen were killed in the fighting near Gao.", 3),
    ("Twelve, possibly 20, herders died when the militia raided the camp.", 12),
    ("At least a dozen, maybe as many as 40, villagers were killed.", 12),
    # a comma aside that is no count stays as it was
    ("Gunmen killed ten, perhaps more, villagers.", 10),
])
def test_a_higher_guess_between_commas_leaves_the_lowest_figure(text, want):
    assert fatalities(text) == want


def test_troops_that_gathered_at_the_target_make_no_protest_passage():
    passage = ("The bomber struck on Friday inside a cafe in Gao, where French soldiers had often gathered. "
               "As many as 14 people were killed in the blast. "
               "The French army confirmed that two of its soldiers and an interpreter were killed.")
    assert fatalities(passage) == 14
    # a crowd that gathered is still a protest, whose dead named without force are its grievance
    assert fatalities("Hundreds gathered in Gao to mourn the 14 people killed in last week's blast.") == 0


def test_dead_named_as_killed_along_with_the_ones_counted_add_to_them():
    assert fatalities("A nurse was killed on Friday evening alongside a local driver.") == 2
    assert fatalities("Four miners died in the collapse near Kolwezi along with 11 other workers.") == 15
    assert fatalities("Two police officers were shot dead, together with a passer-by, in Bouaké.") == 3
    # not a count, or another clause: nothing added
    assert fatalities("A corporal was killed alongside his comrades in the ambush.") == 1
    assert fatalities("A trader was killed in the raid, which was carried out alongside two other assaults.") == 1


def test_a_span_of_weeks_after_a_toll_is_no_victim():
    assert fatalities("A mine blew up a minibus near Tahoua on Friday, killing six passengers, a week after a "
                      "similar blast nearby killed 11.") == 6


def test_a_death_inside_the_crime_charged_is_no_death_of_the_event():
    assert fatalities("Villagers burned the house of a herder suspected of killing a farmer near Mopti.") == 0
    assert fatalities("Two brothers charged with strangling a trader were freed on bail on Monday.") == 0
    # a death told by the main verb, after the charge, counts
    assert fatalities("A youth accused of stealing a goat was beaten to death by a crowd in Segou.") == 1


def test_a_death_in_a_relative_clause_with_a_time_of_its_own_is_another_incident_s():
    assert fatalities("Hundreds of herders reached the shelter on Friday, where an infant died last month.") == 0
    assert fatalities("Militia fighters burned the market on Sunday, killing three, in a town where 12 traders died "
                      "two weeks ago.") == 3
    # a relative clause telling the event's own dead, and a death dated last week in the main clause, count
    assert fatalities("Gunmen raided the compound, where four guards were shot dead, on Monday.") == 4
    assert fatalities("Two porters died last week in a landslide near the mine.") == 2


def test_a_victim_described_by_a_charge_still_counts():
    assert fatalities("Gunmen shot dead a farmer accused of being an informer near Dori.") == 1


def test_civilians_killed_by_air_strikes_are_not_a_battle_s_dead():
    # codebook 1.9: the strike on civilians is an event of its own; 1.6: only those killed inside the battle count
    text = "Rebels and troops fought for the ridge on Friday. Nine villagers were killed in air strikes on the valley."
    assert fatalities(text) == 9
    assert fatalities(text, battle=True) == 0
    assert fatalities("Troops held the bridge. Bombing raids killed six people in the market.", battle=True) == 0
    # one sentence that ties a strike to the fighting is the one report of the event, whose dead are its own
    assert fatalities("A boy was killed by a rocket during clashes between two militias.", battle=True) == 1
    # the fighters a battle's shelling kills, and civilians caught in the fighting, are its own
    assert fatalities("Four soldiers died under rebel shelling near the dam.", battle=True) == 4
    assert fatalities("Two militiamen and three farmers died in the fighting.", battle=True) == 5


def test_all_of_the_attackers_killed_count():
    assert fatalities("The guards returned fire, killing all the attackers.") == 3  # no number told: 'several' (1.6)
    assert fatalities("Four gunmen rushed the checkpoint and wounded a guard. All of the gunmen were killed.") == 4
    assert fatalities("All the raiders died when their boat sank near the pier.") == 3


def test_a_victim_told_again_adds_those_killed_beside_him():
    assert fatalities("A medic, who had volunteered at the clinic for a year, was killed on Sunday alongside a driver.") == 2
    assert fatalities("A Danish engineer died in a blast near the port, the ministry said. The engineer, who was working "
                      "for a charity, was killed alongside a Swiss colleague.") == 2
    assert fatalities("He died along with two porters.") == 3
    assert companions("She was killed together with an interpreter on the road.") == 1
    assert companions("He was killed alongside his cousin.") == 0  # no count: left alone
    # the same dead told in both sentences are not counted twice
    assert fatalities("A Dutch and a Czech deminer were killed. He died alongside a Czech deminer.") == 2


def test_conjoined_dead_with_a_relative_clause_before_the_verb_add_up():
    assert fatalities("An Irish medic and a Kenyan driver, who were bringing supplies to the clinic, were killed.") == 2
    assert fatalities("Two herders and a boy, grazing cattle by the river, died in the blast.") == 3
    # an active verb with its own object counts that object, not the subjects
    assert fatalities("The shell and a mortar round, which landed near the school, killed two pupils.") == 2


def test_more_remote_means_in_a_battle():
    assert fatalities("Fighting went on. Three boys were killed by artillery fire in the camp.", battle=True) == 0
    assert fatalities("Fighting went on. A woman died in a drone strike near the well.", battle=True) == 0
    assert fatalities("Two civilians were killed in crossfire.", battle=True) == 2


def test_a_running_tally_gives_way_to_the_events_own_dead():
    # codebook 1.6: only the event's own dead; a count since a start or over the year is many incidents'
    assert fatalities("Six guards were killed on Monday. Some 80 guards have been killed since the revolt began.") == 6
    assert fatalities("Three herders died on Sunday, bringing to 70 the number killed in the valley this year.") == 3
    assert fatalities("The agency said 45 people had died this month in the province. A driver was shot dead on Friday.") == 1
    # told alone, the tally is still read (no event's own dead to prefer)
    assert fatalities("Some 80 guards have been killed since the revolt began.") == 80


def test_remote_dead_are_those_a_sentence_tells_as_killed_by_strikes():
    from eventdesk.extraction.quantities import remote_dead
    assert remote_dead("Nine villagers, two of them boys, were killed in air raids on Saturday.") == 9
    assert remote_dead("Shelling killed four people near the well.") == 4
    assert remote_dead("Four soldiers were killed in the fighting.") == 0
    assert remote_dead("Two soldiers and five villagers died in the air raids.") == 0  # others' dead told with them
    # a long story's incident reads no tally at all (its story tells many incidents)
    assert fatalities("Some 80 guards have been killed since the revolt began.", tally=False) == 0


def test_a_breakdown_in_brackets_after_the_dead_adds_none():
    # codebook 1.6: a subset of the dead is no second report of more dead
    assert fatalities("Six people died (four herders and two guards, one of whom died in hospital) and three others"
                      " were hurt.") == 6
    assert fatalities("Gunmen killed two guards (aged 30 and 41) and a driver.") == 2


@pytest.mark.parametrize("text, country, want", [
    ("Dozens of Ugandans were killed when the militia overran the camp.", "Kenya", True),  # a nationality abroad
    ("Dozens of Kenyans were killed when the militia overran the camp.", "Kenya", False),  # the country's own
    ("The raid on the camp killed more than 60 fighters.", "Kenya", False),
    ("Nine died in the raid, including four guards.", "Kenya", False),  # the nine are the whole
    ("Rebels shelled the town; the dead included, by one count, eleven farmers.", "Kenya", False),  # no count read
    ("The militia said it had killed two of us and some of them.", "Kenya", False),  # "us" is no nationality
    ("Four Ugandans and thirty Kenyan troops were killed at the camp.", "Kenya", False),  # a whole beside the part
])
def test_a_toll_told_as_only_a_part_of_the_dead(text, country, want):
    assert part_toll(text, country) is want
