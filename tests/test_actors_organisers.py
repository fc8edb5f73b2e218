"""Associated actors of demonstrations: organisers, labels, officials, unions (eventdesk.extraction.actors.organisers)."""
from __future__ import annotations

import datetime as dt

from eventdesk.extraction.actors import Actors, code_actors

D = dt.date


def code(text: str, country: str, event_type: str, sub: str, on: dt.date = D(2022, 5, 10)) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on)


def assoc(text: str, country: str = "Chile", event_type: str = "Protests", sub: str = "Peaceful protest",
          context: str = "") -> list[str]:
    a = code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=D(2022, 5, 10),
                    context=context)
    return (a.assoc_actor_1 or "").split("; ")


def test_peaceful_protest_is_one_sided_with_identity_labels():
    a = code("On Monday, hundreds of nurses and doctors marched in Lyon demanding higher wages.",
             "France", "Protests", "Peaceful protest")
    assert (a.actor1, a.inter1, a.actor2, a.interaction) == ("Protesters (France)", "Protesters", None, "Protesters only")
    assert "Health Workers (France)" in a.assoc_actor_1


def test_elected_officials_joining_a_protest_bring_their_government():
    a = code("Around 200 residents, including the mayor and two city councillors, marched to save the local library.",
             "France", "Protests", "Peaceful protest")
    assert "Government of France (2017-)" in a.assoc_actor_1
    a = code("Around 200 residents marched to the town hall to demand the mayor's resignation.", "France",
             "Protests", "Peaceful protest")
    assert "Government of France" not in (a.assoc_actor_1 or "")


def test_a_pay_demand_alone_is_no_labour_group_but_truck_drivers_are():
    a = code("Nurses rallied outside the ministry to demand that their salaries be paid on time.", "Kenya",
             "Protests", "Peaceful protest")
    assert "Health Workers (Kenya)" in a.assoc_actor_1 and "Labour Group" not in a.assoc_actor_1
    a = code("Truck drivers blocked the ring road to protest against fuel prices.", "Chile", "Protests", "Peaceful protest")
    assert "Labour Group (Chile)" in a.assoc_actor_1 and "Taxi/Bus Drivers" not in a.assoc_actor_1


def test_a_students_union_or_a_workers_party_is_no_labour_union():
    a = code("Members of the Northern Students Union (NSU) protested outside the university.", "Ghana",
             "Protests", "Peaceful protest")
    assert "Labour Group" not in (a.assoc_actor_1 or "")
    a = code("Members of the Socialist Workers' Party (SWP) rallied against the war.", "Ghana", "Protests", "Peaceful protest")
    assert "Labour Group" not in (a.assoc_actor_1 or "")
    a = code("Members of the Dockers Trade Union (DTU) rallied at the port.", "Ghana", "Protests", "Peaceful protest")
    assert "Labour Group (Ghana)" in a.assoc_actor_1


def test_armed_herders_carry_the_pastoralist_identity():
    a = code("Armed herdsmen attacked a farming village at dawn, killing four residents.", "Nigeria",
             "Violence against civilians", "Attack")
    assert a.assoc_actor_1 == "Pastoralists (Nigeria)"
    a = code("Soldiers shot dead two villagers at a checkpoint.", "Nigeria", "Violence against civilians", "Attack")
    assert a.assoc_actor_1 is None


def test_a_mob_beating_a_thief_is_a_vigilante_group():
    a = code("A crowd caught a man who stole a phone and beat him badly at the bus park.", "Ghana", "Riots", "Mob violence")
    assert "Vigilante Group (Ghana)" in a.assoc_actor_1


def test_a_us_politician_s_party_marker_names_the_party():
    a = code("About 50 people, including state senator Jane Roe (D-MN), rallied for voting rights at the capitol.",
             "United States", "Protests", "Peaceful protest", D(2022, 4, 1))
    assert "DEM: Democratic Party" in a.assoc_actor_1
    assert "Government of the United States (2021-)" in a.assoc_actor_1


def test_an_occupation_with_its_own_label_is_no_labour_group_unless_a_union_is_involved():
    got = assoc("On 3 May 2022, nurses rallied outside a clinic in Talca to demand unpaid salaries.")
    assert "Health Workers (Chile)" in got and "Labour Group (Chile)" not in got
    got = assoc("On 3 May 2022, nurses called out by three unions rallied outside a clinic in Talca over pay.")
    assert "Health Workers (Chile)" in got and "Labour Group (Chile)" in got
    assert "Labour Group (Chile)" in assoc("On 3 May 2022, municipal staff protested in Talca over late salaries.")


def test_people_a_crowd_speaks_for_are_not_in_it():
    got = assoc("On 3 May 2022, parents of students blocked a school gate in Talca over a lack of teachers.")
    assert "Students (Chile)" not in got and "Teachers (Chile)" not in got
    assert "Students (Chile)" in assoc("On 3 May 2022, hundreds of students marched in Talca against fee rises.")
    assert "Students (Chile)" in assoc("On 3 May 2022, a student group rallied in Talca against fee rises.")


def test_women_label_for_womens_rights_rallies_but_not_against_abortion():
    assert "Women (Chile)" in assoc("On 3 May 2022, a crowd marched in Talca against violence against women.")
    assert "Women (Chile)" in assoc("On 3 May 2022, people rallied in Talca for abortion rights.")
    assert "Women (Chile)" not in assoc("On 3 May 2022, pro-life activists prayed in Talca against abortion.")
    assert "Women (Chile)" not in assoc("On 3 May 2022, relatives marched in Talca after a woman was found dead.")


def test_officials_and_us_party_markers_in_a_later_sentence_are_associated():
    got = assoc("On 3 May 2022, about 80 people rallied in Dayton (Ohio) against gun violence.", "United States",
                context="State Representative Jo Bloggs (D) was present.")
    assert "DEM: Democratic Party" in got and "Government of the United States (2021-)" in got
    got = assoc("On 3 May 2022, about 80 people rallied in Dayton (Ohio) against gun violence.", "United States",
                context="Also present was Councilwoman Jo Bloggs.")
    assert "Government of the United States (2021-)" in got


def test_a_diaspora_is_a_group_of_the_host_country_but_not_when_it_is_the_crowd_or_its_cause():
    got = assoc("On 3 May 2022, 60 people, including Moldovan-Americans, rallied in Dayton (Ohio).", "United States")
    assert "Moldovan Group (United States)" in got
    a = code_actors("On 3 May 2022, 40 Moldovan nationals protested outside the embassy in Santiago.", country="Chile",
                    event_type="Protests", sub_event_type="Peaceful protest", event_date=D(2022, 5, 10))
    assert a.actor1 == "Protesters (Moldova)" and "Moldovan Group" not in (a.assoc_actor_1 or "")
    assert "Moldovan Group (Chile)" not in assoc("On 3 May 2022, people rallied in Santiago in solidarity with Moldovans.")


def test_a_union_named_in_a_later_sentence_is_an_organiser_and_makes_a_labour_group():
    got = assoc("On 3 May 2022, hundreds of people marched in Madrid against rising prices.", "Spain",
                context="The CCOO and UGT unions called the march.")
    assert any(a.startswith("CCOO:") for a in got) and "Labour Group (Spain)" in got


def test_a_party_named_through_its_government_or_one_of_its_people_is_not_an_organiser():
    got = assoc("On 3 May 2022, farmers protested in Ludhiana against the BJP government over crop prices.", "India")
    assert not any(a.startswith("BJP") for a in got)
    got = assoc("On 3 May 2022, BJP members protested in Ludhiana over crop prices.", "India")
    assert any(a.startswith("BJP") for a in got)


def test_drivers_of_goods_vehicles_and_job_demands_are_labour():
    assert "Labour Group (Peru)" in assoc("On 3 May 2022, heavy transport drivers blocked a road in Huancayo.", "Peru")
    assert "Labour Group (Peru)" in assoc("On 3 May 2022, residents marched in Huancayo demanding more jobs.", "Peru")


def test_a_minority_taking_part_is_an_ethnic_or_caste_group_of_the_country():
    assert "Kurdish Ethnic Group (Germany)" in assoc("On 3 May 2022, about 300 Kurds rallied in Cologne.", "Germany")
    assert "Dalit Caste Group (India)" in assoc("On 3 May 2022, Dalit organisations protested in Pune.", "India")
    # a group is labelled only where it is a minority the table knows, and not when the crowd speaks for it
    assert not any("Ethnic" in a for a in assoc("On 3 May 2022, Oromo elders met in Nairobi.", "Kenya"))
    assert not any("Ethnic" in a for a in assoc("On 3 May 2022, people rallied in Cologne in solidarity with Kurds.",
                                                "Germany"))


def test_a_union_of_the_labelled_trade_itself_adds_no_labour_group():
    got = assoc("On 3 May 2022, teachers organised by the teachers' syndicates rallied in Shiraz over pay.", "Iran")
    assert "Teachers (Iran)" in got and "Labour Group (Iran)" not in got
    got = assoc("On 3 May 2022, people rallied in Mainz against compulsory vaccination for health workers.")
    assert "Labour Group (Chile)" not in got and "Health Workers (Chile)" not in got


def test_an_mp_named_with_a_party_who_joined_makes_the_government_an_associated_actor():
    got = assoc("On 3 May 2022, rail workers picketed a station in Leeds over pay.", "United Kingdom",
                context="Jo Bloggs, a local Labour MP, also was present at the picket line.")
    assert any(a.startswith("Government of the United Kingdom") for a in got)
    got = assoc("On 3 May 2022, 400 people, including members of two tenants' groups and local elected politicians, "
                "marched in Lyon.", "France")
    assert any(a.startswith("Government of France") for a in got)


def test_university_staff_are_teachers():
    assert "Teachers (Chile)" in assoc("On 3 May 2022, university staff picketed a campus in Temuco over pensions.")


def test_organisers_named_as_callers_of_a_protest_and_split_when_listed():
    from eventdesk.extraction.actors import organisers
    assert organisers("Nurses marched after a call by the Federation of Hospital Staff Unions in Kenya.") == \
        ["FHSUK: Federation of Hospital Staff Unions in Kenya"]
    assert organisers("Backers of the Green Party and the Pirate Party rallied downtown.") == \
        ["GP: Green Party", "PP: Pirate Party"]
    # a bare acronym needs a lexicon to be spelt out; the local branch is the party itself
    assert organisers("The sit-in was organised by the ABC and Workers Solidarity Union.") == \
        ["WSU: Workers Solidarity Union"]
    assert organisers("A rally organised by the Liberty Party in Springfield drew a crowd.") == ["LP: Liberty Party"]


def test_a_union_of_the_labelled_trade_adds_no_labour_group_but_a_general_union_does():
    a = code("Members of the Northern Teachers Union rallied outside the education ministry over pay.", "Ghana",
             "Protests", "Peaceful protest")
    assert "Teachers (Ghana)" in a.assoc_actor_1 and "Labour Group" not in a.assoc_actor_1
    a = code("Shop owners and entrepreneurs closed their stores and marched against a new tax.", "Kenya",
             "Protests", "Peaceful protest")
    assert "Labour Group (Kenya)" in (a.assoc_actor_1 or "")


def test_a_demand_for_labour_rights_or_a_slain_aid_worker_does_not_make_the_crowd_workers():
    a = code("Residents protested against the killing of an aid worker and demanded labour rights.", "Chad",
             "Protests", "Peaceful protest")
    assert not a.assoc_actor_1 or "Labour Group" not in a.assoc_actor_1


def test_the_agent_of_a_passive_is_in_the_crowd_and_student_wings_are_students():
    a = code("The main hall of the college was occupied by students demanding lower fees.", "Italy",
             "Protests", "Peaceful protest")
    assert "Students (Italy)" in (a.assoc_actor_1 or "")
    a = code("Hindu youth activists and local traders staged a sit-in against the closure of the temple road.", "India",
             "Protests", "Peaceful protest")
    assert "Hindu Group (India)" in (a.assoc_actor_1 or "")
