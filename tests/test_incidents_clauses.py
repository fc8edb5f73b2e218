"""events.incidents: an incident told inside a relative clause with its own recent day is read as an event of its
own (#14); words as weapons are no attack. Sentences written for these tests."""
import datetime as dt

import pytest

from eventdesk.events import code_article
from eventdesk.events.incidents import news_clause
from eventdesk.extraction import classify
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article

PUBLISHED = dt.date(2005, 6, 9)  # a Thursday


@pytest.mark.parametrize("sentence, clause", [
    ("the traders' union shut the bazaar to mourn a grocer, who was stabbed yesterday near the vegetable "
     "market.", "a grocer was stabbed yesterday near the vegetable market."),
    # the coder reads a lower-cased archive with its weekdays restored (extraction.truecase)
    ("the opposition demanded the suspension of the constables who on Tuesday beat up a rickshaw puller at the "
     "depot.", "the constables on Tuesday beat up a rickshaw puller at the depot."),
    ("The bar council sought a probe into the ambush on lawyer ravi menon, who was shot dead on Monday outside the "
     "court.", "lawyer ravi menon was shot dead on Monday outside the court."),
    # a bare participle and a clause of place tell an incident the same way
    ("The farmers' union sought relief money for the kin of the two labourers killed in a police firing on "
     "Monday.", "the two labourers were killed in a police firing on Monday."),
    ("Traders said there was fear in the bazaar after the trouble in nearby Rampur, where three people were stabbed "
     "on Monday.", "three people were stabbed on Monday."),
])
def test_a_relative_clause_with_its_own_recent_day_is_read_as_a_report(sentence, clause):
    assert not classify.is_event_sentence(sentence)
    assert news_clause(sentence, PUBLISHED) == clause
    assert classify.is_event_sentence(clause)


@pytest.mark.parametrize("sentence", [
    # a clause about someone's past, with no day of its own, or a day long gone: background
    "the union shut the bazaar to mourn a grocer, who was knifed near the market.",
    "the union shut the bazaar to mourn a grocer, who was knifed on april 2 near the market.",
    "the minister, who was elected on Tuesday, promised new roads for the district.",
    # a week back: a clause recalling news already reported ("the nine killed in the blast last week")
    "the toll reached forty by Wednesday, leaving out the nine people killed in the blast at the depot on June 1.",
    # the day is the sentence's, and the clause is history
    "the army chief met the families of soldiers killed in the 1999 war on Monday.",
])
def test_a_clause_without_a_recent_incident_stays_background(sentence):
    assert news_clause(sentence, PUBLISHED) is None


def test_no_clause_is_read_without_a_publication_day():
    assert news_clause("the union protested the death of a grocer, who was stabbed yesterday near the market.",
                       None) is None


@pytest.mark.parametrize("sentence", [
    "the cleric attacked the ruling party as \"merchants of hate\" at a meeting in indore on sunday.",
    "the mayor attacked the new tax as anti-poor in a speech on sunday.",
])
def test_words_as_weapons_are_no_attack(sentence):
    assert not classify.is_event_sentence(sentence)


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


_FILLER = (
    " schools in the affected wards will stay shut until monday, and the university has put off its examinations by "
    "a week. bus services to the villages ran at half strength, and traders said they had lost business since the "
    "trouble began. the municipal corporation has sent water tankers to the two relief camps, where about six "
    "hundred people are staying. a committee of elders will meet the collector on wednesday, and the state has "
    "announced help for the shopkeepers whose stalls were lost in the fires. doctors at the district hospital said they had "
    "enough medicines but needed more nurses for the night shifts. prices of milk and vegetables have gone up in the "
    "city as suppliers from nearby villages stay away, and ration shops have opened in the affected wards. the "
    "cricket association has moved a league match to a ground outside the city, and the cinema halls of the old "
    "city will stay closed this week as a precaution. the chamber of commerce has asked the state for a loan scheme "
    "for small traders, and the transport department said it would run extra buses to the fair at the river ghats "
    "next month as planned. the zoo and the museum will open again on saturday, and the water board has promised "
    "a full supply to the eastern wards before the week is out. the electricity board has put off its repair work "
    "in the old city, and the state lottery draw has moved to the following tuesday. a team of engineers will inspect "
    "the flyover that was closed for repairs before the monsoon, the collector's office said."
)


def test_the_filler_makes_a_long_report():
    from eventdesk.events.story import SHORT
    assert len(_FILLER) > SHORT


def _report(body: str) -> Article:
    """A long report (over events.story.SHORT): the body, then paragraphs with no incident in them."""
    return Article(id="inc-1", origin="test", content_hash="0" * 64, text=body + _FILLER,
                   published_at=PUBLISHED, title=None, source="Example Daily",
                   ingested_at=dt.datetime(2005, 6, 10, tzinfo=dt.timezone.utc))


def test_a_report_on_a_reaction_codes_the_recent_killing_it_names(gz):
    coded = code_article(_report(
        "indore: the bar association on wednesday boycotted the courts, seeking the capture of the killers of "
        "advocate sunil rao, who was shot dead on tuesday outside his house in indore."), gz)
    assert any(e.event_type == "Violence against civilians" for e in coded.events)
    killing = next(e for e in coded.events if e.event_type == "Violence against civilians")
    assert killing.event_date == dt.date(2005, 6, 7)


def test_a_brief_on_a_demand_codes_the_beating_its_clause_tells(gz):
    brief = Article(id="inc-2", origin="test", content_hash="0" * 64, published_at=PUBLISHED, title=None,
                    source="Example Daily", ingested_at=dt.datetime(2005, 6, 10, tzinfo=dt.timezone.utc),
                    text="indore: the rickshaw union on thursday demanded action against the constables who on tuesday "
                         "beat up a rickshaw puller near the bus depot in indore.")
    coded = code_article(brief, gz)
    assert [e.event_type for e in coded.events] == ["Violence against civilians"]
    assert coded.events[0].actor1.startswith("Police Forces of India")


def test_a_clause_that_restates_the_lead_joins_its_incident(gz):
    coded = code_article(_report(
        "indore: two men on a motorcycle gunned down advocate sunil rao outside his house in indore on tuesday "
        "night. the bar association on wednesday boycotted the courts, seeking the capture of the killers of the "
        "advocate, who was shot dead on tuesday outside his house."), gz)
    assert [e.sub_event_type for e in coded.events] == ["Attack"]


def test_a_brief_s_bare_participle_is_its_main_verb_not_a_clause():
    sentence = "The minister visited the families of the two youths killed in the raid on Elmley on Tuesday."
    assert news_clause(sentence, PUBLISHED, long=False) is None
    assert news_clause(sentence, PUBLISHED, long=True) == "the two youths were killed in the raid on Elmley on Tuesday."


# --- what is news deep in a long report, and arrests told apart from the violence beside them (#19) ---------------

_ASIDES = (
    " the district collector visited the area in the afternoon. traders kept their shops shut for most of the day. "
    "the schools in the ward will stay closed until further orders. a peace committee of elders met at the town hall. "
    "the state transport buses kept off the main road. the collector appealed to residents to keep calm.")


def test_an_undated_incident_told_in_the_perfect_deep_in_a_report_is_news(gz):
    coded = code_article(_report(
        "rampur: a mob set fire to two tempos and a shop near the grain market in rampur on tuesday night." + _ASIDES +
        " nearly forty youths have been detained at the bus depot in rampur."), gz)
    assert {"Arrests", "Mob violence"} <= {e.sub_event_type for e in coded.events}


def test_an_undated_incident_in_the_simple_past_deep_in_a_report_stays_background(gz):
    coded = code_article(_report(
        "rampur: a mob set fire to two tempos and a shop near the grain market in rampur on tuesday night." + _ASIDES +
        " the police detained forty youths at the bus depot in rampur."), gz)
    assert "Arrests" not in {e.sub_event_type for e in coded.events}


def test_a_round_up_s_item_that_opens_with_its_place_is_news_deep_in_the_report(gz):
    body = ("rampur: a mob set fire to two tempos and a shop near the grain market in rampur on tuesday night." + _ASIDES)
    coded = code_article(_report(body + " in bilaspur, a grocer was stabbed near the bus stand."), gz)
    assert "Bilaspur" in {e.location for e in coded.events}
    # told without its place at the opening, the same stabbing deep in the report stays background
    coded = code_article(_report(body + " a grocer was stabbed near the bus stand in bilaspur."), gz)
    assert "Bilaspur" not in {e.location for e in coded.events}


def test_a_riot_told_after_the_arrests_near_it_is_an_event_of_its_own(gz):
    coded = code_article(_report(
        "rampur: a curfew was clamped on two wards of rampur on tuesday evening. nearly forty youths have been "
        "detained in rampur. a gang beat a porter outside the rampur depot."), gz)
    types = {e.sub_event_type for e in coded.events}
    assert "Arrests" in types and types - {"Arrests"}


@pytest.mark.parametrize("sentence, clause", [
    ("Four villagers died in the firing near the dam, while 160 others have been detained.",
     "160 others have been detained."),
    ("A mob burnt six huts in the village on Monday; police have arrested nine men.", "Police have arrested nine men."),
])
def test_arrests_coordinated_with_violence_are_a_clause_of_their_own(sentence, clause):
    from eventdesk.events.incidents import arrest_clause
    assert arrest_clause(sentence) == clause


@pytest.mark.parametrize("sentence", [
    # arrests at a demonstration are its intervention (codebook 1.3)
    "Teachers marched to the collectorate on Monday and the police detained forty of them.",
    # a sentence that reports only arrests is typed whole
    "Police arrested nine men on Monday and seized two pistols.",
])
def test_no_arrest_clause_is_split_from_a_protest_or_from_arrests(sentence):
    from eventdesk.events.incidents import arrest_clause
    assert arrest_clause(sentence) is None


def test_arrests_coordinated_with_a_toll_are_their_own_event_in_a_long_report(gz):
    coded = code_article(_report(
        "rampur: four villagers died in the firing near the dam in rampur district, while 160 others have been "
        "detained."), gz)
    types = {e.sub_event_type for e in coded.events}
    assert "Arrests" in types and types - {"Arrests"}


def _brief(body: str) -> Article:
    return Article(id="inc-brief", origin="test", content_hash="0" * 64, text=body, published_at=PUBLISHED,
                   title=None, source="Example Daily", ingested_at=dt.datetime(2005, 6, 10, tzinfo=dt.timezone.utc))


def test_arrests_at_their_own_place_past_an_unplaced_incident_are_the_briefs_next_item(gz):
    """A brief is one report, but arrests told at a town of their own five sentences after an incident that names
    no place are another event (codebook 1.9), not a sentence that places that incident."""
    coded = code_article(_brief(
        "The traders' body on Wednesday sought a probe into the shooting. A jeweller was shot dead and two of his "
        "workers were wounded, the police said. The body asked for a curfew to be lifted in the bazaar. It also said "
        "shops would stay shut for a day. Its members will meet the district magistrate on Friday. The police said "
        "that thirty men had been arrested in Kanpur on Wednesday after a search of the old market."), gz)
    types = sorted(e.sub_event_type for e in coded.events)
    assert types == ["Arrests", "Attack"]
    assert next(e.fatalities for e in coded.events if e.sub_event_type == "Attack") == 1


def test_arrests_right_after_an_unplaced_incident_still_place_it(gz):
    """Told as its follow-up, the arrests' sentence is the same report: one event, at its town."""
    coded = code_article(_brief(
        "A jeweller was shot dead and two of his workers were wounded on Wednesday. Police arrested three men in "
        "Kanpur for the shooting."), gz)
    assert [e.location for e in coded.events] == ["Kanpur"]


@pytest.mark.parametrize("sentence, recalled", [
    # a fortnight-old burning told in a clause of place: background of the day's news
    ("The collector said extra guards were posted in the town where a mob burnt six shops on May 24, killing two.",
     True),
    # the same clause with a day of this week is the news (news_clause reads it)
    ("The collector said extra guards were posted in the town where a mob burnt six shops on Tuesday, killing two.",
     False),
    # the main clause tells its own incident: not background
    ("A mob stoned the police post near the bazaar where six shops were burnt on May 24.", False),
])
def test_an_old_incident_told_in_a_clause_is_recalled(sentence, recalled):
    from eventdesk.events.incidents import recalled_in_clause
    from eventdesk.events.story import main_date
    assert recalled_in_clause(sentence, main_date(sentence, PUBLISHED), PUBLISHED) is recalled


def test_the_person_of_an_arrest_named_again_by_a_pronoun_is_that_arrest(gz):
    """ "She had been captured in Gao two weeks ago" after the lead's detention retells it (codebook 1.9): one arrest,
    with the later sentence's place and day, and typed as the arrest, not as a town taken."""
    coded = code_article(_report(
        "A nurse from Cardiff who says she went abroad to work in a clinic has been detained in Mali on suspicion of "
        "helping an armed group. A rights group published a photograph of her on Monday. The group said she had been "
        "captured in the town of Gao two weeks ago. "), gz)
    assert [(e.sub_event_type, e.location, e.event_date) for e in coded.events] == \
        [("Arrests", "Gao", PUBLISHED - dt.timedelta(days=14))]


def _sents(*texts: str) -> list:
    from eventdesk.extraction.sentences import Sentence
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(i, pos, pos + len(t), t))
        pos += len(t) + 1
    return out


def test_a_battle_leaves_civilians_killed_by_strikes_to_the_strike():
    from eventdesk.events.incidents import Incident, incident_fatalities
    s = _sents("Government troops pushed into the rebel suburb on Monday after days of fighting.",
               "At least eleven civilians were killed in air strikes on Monday, a monitor said.")
    inc = Incident(sentences=s, location=None)
    assert incident_fatalities(inc, split=False, battle=True) == 0
    assert incident_fatalities(inc, split=False) == 11


def test_a_sentence_the_gate_passed_over_adds_the_other_victim_of_the_blast():
    from eventdesk.events.incidents import Incident, incident_fatalities
    s = _sents("A Norwegian soldier has died in a roadside blast in the north, the defence ministry said.",
               "The corporal, who was attached to a French unit, was killed alongside a Malian interpreter.",
               "Three others were wounded.")
    inc = Incident(sentences=[s[0], s[2]], location=None, context=[s[1]])
    assert incident_fatalities(inc, split=False) == 2
    # no death in the incident itself: nothing to add to
    inc = Incident(sentences=[s[2]], location=None, context=[s[1]])
    assert incident_fatalities(inc, split=False) == 0


_PLAIN_FILLER = (
    " Aid agencies said the road to the capital stayed closed for lorries, and the price of flour in the market has"
    " doubled. Schools in the district have not opened since the rains, and teachers said they had not been paid."
    " The governor promised to send water tankers to the camps on the edge of town, where several thousand families"
    " now live in tents. Doctors at the main hospital said they were short of fuel for the generators and of"
    " medicines for children. Talks between the two sides are due to resume next month in a neighbouring country,"
    " diplomats said, though neither side has said who will attend. The harvest is expected to be poor this year,"
    " and farmers said they could not reach their fields on the far bank of the river. A convoy of the United Nations"
    " is waiting at the border for permission to cross, an official of the agency said. Traders in the old market"
    " said few buyers had come since the start of the month, and the bus company has cut its services to the north."
    " The electricity company said it would repair the line to the eastern districts before the end of the week."
    " Relief workers said they had registered more families at the camps than in any month of the past year, and"
    " the charity running the clinic there has asked for more nurses. The ministry of education said exams would be"
    " held in the regional capital instead, and that it would pay for the pupils' buses. Donors meeting next week are"
    " expected to pledge money for seed and tools, so that farmers can plant again when the rains come."
)


def test_the_plain_filler_makes_a_long_report():
    from eventdesk.events.story import SHORT
    assert len(_PLAIN_FILLER) > SHORT


def _war_report(body: str) -> Article:
    return Article(id="inc-2", origin="test", content_hash="0" * 64, text=body + _PLAIN_FILLER,
                   published_at=PUBLISHED, title=None, source="Example Daily",
                   ingested_at=dt.datetime(2005, 6, 10, tzinfo=dt.timezone.utc))


def test_an_air_strike_told_beside_a_battle_with_its_own_dead_is_its_own_event(gz):
    coded = code_article(_war_report(
        "Army troops and rebel fighters fought for hours on Wednesday in the town of Kadugli, residents said."
        " Nine villagers, two of them boys, were killed in air raids on the town the same day, a local monitor said."),
        gz)
    kinds = {(e.sub_event_type, e.fatalities) for e in coded.events}
    assert ("Air/drone strike", 9) in kinds
    assert any(e.event_type == "Battles" and e.fatalities == 0 for e in coded.events)


def test_a_battle_fought_with_air_support_stays_one_event(gz):
    coded = code_article(_war_report(
        "Backed by air strikes, army troops fought rebel fighters for hours on Wednesday in the town of Kadugli and"
        " took the market, residents said. Four soldiers were killed in the fighting, the army said."), gz)
    assert [(e.event_type, e.fatalities) for e in coded.events] == [("Battles", 4)]


def test_an_air_strike_told_in_a_clause_of_its_own_beside_a_battle_is_its_own_event(gz):
    coded = code_article(_war_report(
        "Army troops and rebel fighters fought for hours on Wednesday in the town of Kadugli, while air strikes killed"
        " seven villagers in the market, residents said."), gz)
    rows = sorted((e.sub_event_type, e.fatalities) for e in coded.events)
    assert rows == [("Air/drone strike", 7), ("Armed clash", 0)]


def test_a_toll_told_with_a_day_of_its_own_is_that_days_event(gz):
    # codebook 1.9: one event per day; 1.6: the dead of different days are not added up
    coded = code_article(_war_report(
        "Rebel fighters attacked an army post in the town of Kadugli on Monday, killing five soldiers, residents said."
        " On Tuesday seven more soldiers died when the rebels attacked again."), gz)
    rows = sorted((e.event_date.isoformat(), e.fatalities) for e in coded.events)
    assert rows == [("2005-06-06", 5), ("2005-06-07", 7)]


# --- an incident told over two sentences: its dead, then "Tuesday's attack" with its actor, day and place (#14) -----

def test_a_toll_told_before_the_sentence_that_refers_back_to_its_attack_joins_that_incident(gz):
    body = ("rampur: a mob set fire to two tempos and a shop near the grain market in rampur on tuesday night." + _ASIDES
            + " While the police kept watch over the old town, eleven policemen and allied home guards were killed by a "
            "band of rebels. Tuesday's attack by the rebels took place at the hamlet of Bilaspur, in the east of "
            "the district.")
    attack = next(e for e in code_article(_report(body), gz).events if e.location == "Bilaspur")
    assert attack.event_type == "Battles"  # armed victims (codebook 1.2)
    assert attack.fatalities == 11
    assert attack.event_date == dt.date(2005, 6, 7)


def test_an_undated_toll_with_no_sentence_referring_back_stays_background(gz):
    body = ("rampur: a mob set fire to two tempos and a shop near the grain market in rampur on tuesday night." + _ASIDES
            + " eleven policemen were killed by a band of rebels. the collector appealed for calm in Bilaspur.")
    assert all(e.fatalities == 0 for e in code_article(_report(body), gz).events)


def test_a_contrasting_opening_clause_is_left_out_of_the_toll_sentence():
    from eventdesk.events.incidents import _main_clause
    from eventdesk.extraction.sentences import split_sentences
    s = split_sentences("While the army held the hills, nine guards were killed by rebels near the dam.")[0]
    assert _main_clause(s).text == "Nine guards were killed by rebels near the dam."
    s = split_sentences("Nine guards were killed by rebels near the dam.")[0]
    assert _main_clause(s) is s


def test_a_toll_that_names_the_raid_just_told_adds_its_dead_paragraphs_later(gz):
    body = ("A cameraman from Pune has been killed while working with the police in Bilaspur, his friends have said. "
            "Ravi Kale, 30, was unarmed but was working for the district police when his post was hit by a surprise "
            "attack on Tuesday morning. He had studied film in Mumbai and moved to the district last year. Friends "
            "described him as a quiet man who loved cricket. He had made two short films about the forests. "
            "Kale and a local reporter were both killed in the raid, and all the attackers were killed too.")
    raid = next(e for e in code_article(_report(body), gz).events if e.location == "Bilaspur")
    assert raid.fatalities >= 2  # the pair, and the attackers (codebook 1.6)


def test_a_toll_with_no_definite_noun_for_the_incident_is_not_joined():
    from eventdesk.events.incidents import _retold_toll
    assert _retold_toll("Two guards were both killed in the raid.")
    assert not _retold_toll("Two guards were killed in a raid on a dam.")
    assert not _retold_toll("The raid was condemned by the minister.")
