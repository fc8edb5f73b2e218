"""How a news story tells its events: the lead and the background, headlines and quotations, the
dateline, and the cues that tie a sentence to the day's news or to history. No places here, only the
shape of the text and its dates."""
from __future__ import annotations

import re

from ..extraction import classify as classify_mod
from ..extraction.dates import DateMention, event_date
from ..extraction.quantities import NUMBER, first_toll_at
from ..geo.dateline import read_dateline
from ..text.dateforms import FULL_MONTH
from ..text.lexicon import alternation


def cue(*kinds: str) -> str:
    """Kinds of data/lexicon/event_cues.tsv as one regex alternation, in file order."""
    return alternation("event_cues", *kinds)


ALSO = re.compile(rf"\b(?:{cue('also')})\b", re.I)


QUOTE = re.compile(r"^\W{0,2}[\"“‘']")  # a quotation is what someone said, not the reporter's account of an event


# the rest of a quotation the sentence splitter cut: 'The boys fought for every run," the captain said'
QUOTE_TAIL = re.compile(rf"^[^\"“”]*[,.!?][\"”]\s+(?:[\w’'-]+\s+){{0,5}}(?:{cue('quote_said')})\b")


LEAD = 6  # sentences: undated events are the news of the lead; later undated ones are background


FOLLOW_UP = 3  # sentences within which an undated sentence continues the incident before it


SHORT = 1500  # characters: a note or a brief, whose every sentence is about the same event


HISTORY = 365  # days before publication beyond which a dated event is background, not news


# In a long article the news is of the last days: an event dated more than a week back is told as background
# (the offensive "launched in January", the city "liberated last month", a strike "last week" recalled as an
# example in a follow-up story, whose own report came out that week). The lead may recall the event a follow-up
# story is about (an arrest a month ago, in a story on the charges) a little longer.
RECENT_BODY = 7  # days


RECENT_LEAD = 45  # days


# Paragraphs that turn to other news: the next event, never the continuation of the one before.
NEWS_TURN = re.compile(rf"^\W*(?:{cue('news_turn')}|In (?:a|another) separate (?:\w+ )?(?:{cue('news_turn_noun')})"
                        rf"|In another (?:\w+ )?(?:{cue('news_turn_noun')}))\b", re.I)


# Words that tie an undated sentence deep in a long story to the news of the day rather than to its background.
RECENT = re.compile(rf"^\W*(?:{cue('news_turn')})\b|\b(?:{cue('recent')})\b", re.I)


# A letter to the editor answers "your article": an argument about events, not a report of one.
LETTER = re.compile(rf"\byour (?:recent )?(?:{cue('letter')})\b", re.I)


# "two weeks ago", "months ago": a span back that the date reader leaves undated, and background all the same.
AGO = re.compile(rf"\b(?:{cue('ago_count')}|\d+) (?:{cue('ago_unit')}) ago\b"
                  rf"|\b(?:{cue('ago_last')}) (?:{cue('ago_period')})\b", re.I)


_IN_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring|(?:{cue('history_noun')}) of) "
                      rf"(?:early |late |mid-?)?((?:19|20)\d\d)\b(?!\s*(?:{cue('year_not_count')}))")


# "Two bombs exploded ..., killing at least 12": a lead that sums up several incidents told one by one after it
MANY_INCIDENTS = re.compile(rf"\b(?:{cue('many')})\s+(?:[\w-]+\s+)?"
                             rf"(?:{cue('many_noun')})\b", re.I)


# "nine died in three ambushes", "perished over a wave of shellings": dead counted over several incidents, not "the
# newest of a run of ambushes"
_IN_MANY = re.compile(rf"\b(?P<pre>[\w’'-]+)\s+(?:{cue('summed_in')})\s+(?:{MANY_INCIDENTS.pattern})", re.I)
_SERIES_MEMBER = re.compile(rf"(?:{cue('series_member')})", re.I)


def sums_many(text: str) -> bool:
    """Does the sentence count the dead of several incidents ("Three mines went off, killing 8", "Nine died in three
    ambushes on Friday")? Such a toll is no one incident's (codebook 1.6)."""
    at = first_toll_at(text)
    if at is None:
        return False
    m = MANY_INCIDENTS.search(text)
    return (m is not None and m.start() < at) or any(
        not _SERIES_MEMBER.fullmatch(x.group("pre")) for x in _IN_MANY.finditer(text))


# A relative clause tells background inside the sentence: "a law which was passed in 2019".
_RELATIVE_ANY = re.compile(rf"\b(?:{cue('relative', 'relative_of')})\b")
_RELATIVE_TAIL = re.compile(rf"\b(?:{cue('relative')})\b[^,;]*$")


def _historical(text: str, published) -> bool:
    """ "Jailed in 2021, sparking riots that left 300 dead": an undated sentence (the caller has found no
    day in it) set in a past year is history the story recalls."""
    main = _RELATIVE_ANY.split(text, maxsplit=1)[0]  # not "a law which was passed in 2019"
    return published is not None and \
        (any(int(y) < published.year for y in _IN_YEAR.findall(main)) or bool(_PAST_SEASON.search(main)))


YEARISH = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{cue('yearish_before')}) (?:{cue('season')})\b|\byears ago\b", re.I)


def told_as_history(text: str, published, when: DateMention | None = None, *, dated: bool = False) -> bool:
    """Dated beyond HISTORY, or undated and set in a past year; `dated` says `when` was already read."""
    if not dated:
        when = event_date(past_dateline_text(text), published)
    return (when is None and _historical(text, published)) or \
        (when is not None and published is not None and (published - when.date).days > HISTORY)


_PAST_SEASON = re.compile(rf"\b(?:{cue('past_season_before')}) (?:{cue('season')})\b|\b(?:\w+|\d+) years ago\b", re.I)


# A sentence led by "the attack", "Sunday's strike" speaks of the incident just told, and where it puts
# "the attack" is where that incident happened.
ANAPHOR = re.compile(
    rf"^\W*(?:{cue('anaphor_det')}|(?:{alternation('weekdays')}|{cue('anaphor_day')})[’']s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{cue('anaphor_noun')})s?"
    rf"\s+(?:[\w’'-]+\s+){{0,6}}?(?:(?:{cue('be_past')}) (?:{cue('anaphor_done')})|{cue('anaphor_happened')})\s+(?:in|at|near|on)\b")


# A burial or funeral reports the dead of an event told elsewhere, unless the mourners protest or riot.
BURIAL = re.compile(rf"\b(?:{cue('be_past', 'be_perfect')}) (?:\w+ )?(?:{cue('burial')})\b|\b(?:{cue('burial_sign')})\b", re.I)


# An obituary ("X, who has died at 58, was ...") tells a life: its deaths and battles are biography.
OBITUARY = re.compile(r"\bwho (?:has )?died,? aged \d+")


# "Related stories: riots spread to a second town ...": a page's links to other stories, whose titles are no
# report of this one (codebook 1.8: an event is coded from the source that reports it)
_RELATED_LINKS = re.compile(rf"^\W*(?:{cue('related_links')})\b\s*:?", re.I)


def headline(text: str, first: bool = False) -> bool:
    """Headlines, captions and video labels repeat the story without a full stop, in Title Case, or
    (as an article's first line) in sentence case; so does a list of links to related stories."""
    if _RELATED_LINKS.match(text):
        return True
    if re.search(r"[.!?][\"'”’)]*$", text):
        return False
    if first and len(text.split()) <= 20:
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
    long = [w for w in words if len(w) > 3]
    return not long or sum(w[0].isupper() for w in long) / len(long) >= 0.6 or len(words) <= 4


def main_date(text: str, published):
    """The sentence's day, but not a month told inside a relative clause ("recaptured the town from insurgents
    who seized it last month"): that dates the background, and a later sentence will give the day."""
    body = past_dateline_text(text)
    when = event_date(body, published)
    if when is not None and any(m.start() <= when.start < m.end() for m in _CHARGE.finditer(body)):
        # "held a herder suspected of stabbing a farmer last month": the day of the crime charged, not of the arrest
        body = _CHARGE.sub(lambda m: " " * len(m.group(0)), body)
        when = event_date(body, published)
    if when is not None and _RELATIVE_TAIL.search(body[:when.start]) and (
            when.time_precision == 3 or (published is not None and (published - when.date).days > HISTORY)):
        return None  # "... despite a ceasefire that was agreed a year ago"
    return when


def past_dateline_text(text: str) -> str:
    """The sentence without its dateline (read by geo.dateline): "BAMAKO, Aug 3 (Reuters) -" dates the filing, not the
    event."""
    dl = read_dateline(text)
    return text[dl.end:] if dl else text


def stale(position: int, when: DateMention | None, published) -> bool:
    """In a long article, is the sentence at this position of the story, so dated, background (weeks before
    publication)?"""
    if when is None or published is None:
        return False
    age = (published - when.date).days
    if position >= LEAD and when.time_precision == 2 and age >= RECENT_BODY:
        return True  # "killed last week" in the body: a week whose middle is a week back was reported in its own week
    return age > (RECENT_LEAD if position < LEAD else RECENT_BODY)


# "Armed bandits have abducted 34 residents. ... the gunmen stormed the village on Sunday"
SAME_PLACE = re.compile(rf"\bthe (?:{cue('same_place')})\b", re.I)


# "told our correspondent on Monday": the day of the telling, not of the incident
TOLD_ON = re.compile(rf"\b(?:{cue('telling')})(?:\s+(?![\w']+ed\b)[\w']+){{0,4}}?"
                      rf"\s+on (?:{alternation('weekdays')})\b")


# Background that full-length news tells around its news (data/lexicon/event_cues.tsv): the anniversary of an
# old event, a life story, a witness recalling the past, a speaker likening one event to another, and a tally over days or months ("In recent weeks,
# strikes have killed dozens"), which sums up a campaign and is no one incident.
_ANNIVERSARY = re.compile(rf"\b(?:{cue('anniversary')})\b", re.I)
_BIOGRAPHY = re.compile(rf"\b(?:{cue('biography')})\b", re.I)
_RECALLED = re.compile(rf"\b(?:{cue('recalled')})\b", re.I)
_TESTIMONY = re.compile(rf"\b(?:{cue('testimony')})\b", re.I)
_SPAN = re.compile(rf"(?:{cue('campaign_span')})\b", re.I)
_PERFECT = re.compile(rf"\b(?:{cue('perfect')})\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


# A running tally ("more than 300 people have been killed since the siege began") sums a campaign.
_SINCE = re.compile(rf"\b(?:{cue('tally_since')})\b", re.I)
# "Four schools have been shelled since Wednesday": a count of targets told in the perfect is a tally too
_COUNTED_PERFECT = re.compile(rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{cue('perfect_aux')})\s+(?:\w+\s+)?been\b", re.I)
# "During the war, ...": an undated sentence set in a named past period is history
_DURING_HISTORY = re.compile(rf"^\W*During the (?:[\w-]+\s+)?(?:{cue('history_noun')})\b", re.I)
# The writer speaks to the reader ("as you read this"): commentary, an argument about events.
_READER = re.compile(rf"\b(?:{cue('reader_address')})(?![\w’'])", re.I)
# "Today, the valley is the front line": the present described against the past, no report of an incident.
_NOW = re.compile(rf"^\W*(?:{cue('now_frame')}),\s+(?:[\w’'-]+\s+){{0,6}}?(?:{cue('now_present')})\b(?!\s+being\b)")
# "blamed for Thursday's ambush", "denounced Monday's shelling": an event of another day named as the object
# of a reaction or a charge is referred to, told before; the news is the reaction.
_REFERRAL = re.compile(
    rf"\b(?:{cue('referral_verb')})\s+(?:the\s+)?(?:{alternation('weekdays')}|{cue('anaphor_day')}|last\s+\w+)[’']s\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{cue('anaphor_noun')})s?\b", re.I)


_SINCE_MONTHS = re.compile(rf"\b(?:{cue('tally_since')})\s+(?:{FULL_MONTH}|(?:19|20)\d\d)\b", re.I)
# The news as the subject, related to earlier incidents: "The attack came days after ...", "It was the second raid ..."
_NEWS_SUBJECT = rf"^\W*(?:(?:{cue('anaphor_det')})\s+(?:[\w-]+\s+){{0,2}}?(?:{cue('anaphor_noun')})s?|{cue('news_pronoun')})"
_CAME_AFTER = re.compile(rf"{_NEWS_SUBJECT}\s+(?:[\w’'-]+\s+){{0,4}}?(?:{cue('came_after')})\b")
_RANKED = re.compile(rf"{_NEWS_SUBJECT}\s+(?:{cue('ranked_verb')})\s+the\s+(?:{cue('series_rank')})\b")
_IN_PLURAL = re.compile(rf"\b(?:{cue('summed_in')})\s+(?:[\w-]+\s+)?(?:{cue('incident_plural')})\b", re.I)
# "have arrested 40", "has cleared more than nine": a count told in the perfect
_COUNT_IN_PERFECT = re.compile(rf"\b(?:{cue('perfect_aux')})\s+(?:\w+\s+)?\w+ed\s+(?:[\w-]+\s+){{0,2}}?(?:{NUMBER})\b", re.I)
# the perfect with an adverb of degree or pace: "have almost completely dismantled", "has steadily pushed back"
_PROGRESS = re.compile(rf"\b(?:{cue('perfect_aux')})\s+(?:{cue('progress_degree')})\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b", re.I)
_COMPARISON = re.compile(rf"\b(?:{cue('comparison')})\b", re.I)
# "Ankara launched an offensive into the enclave on Saturday", told in a story days on about something else: the start of
# a campaign is its backdrop, whose fighting is coded day by day from the reports of its days (codebook 1.2, 1.5)
_LAUNCH = re.compile(rf"\b(?:{cue('campaign_launch')})\b", re.I)
LAUNCH_NEWS = 3  # days after its start within which a campaign's launch is still the news
_TALLY = re.compile(rf"\b(?:{cue('tally')})\b", re.I)
_COURT = re.compile(rf"\b(?:{cue('court')})\b", re.I)


# In a story led by a trial or a charge, an incident is news only when it is days old ("police arrested three
# men on Monday and charged them"); the rest is what the court hears of old events.
COURT_RECENT = 3  # days


def court_story(lead: list[str]) -> bool:
    """Does the story's lead (its first sentences) report legal proceedings?"""
    return any(_COURT.search(_QUOTED.sub(" ", t)) for t in lead)


# Two or more full stops inside: a paragraph the splitter could not cut (lower-case archives), which
# sentence cues cannot judge as a whole.
_RUN_ON = re.compile(r"[a-z0-9)][.!?]\s+\S")


def _run_on(text: str) -> bool:
    return len(_RUN_ON.findall(text)) >= 2


def background(text: str, *, court: bool = False, when: DateMention | None = None, published=None,
               lead: bool = False) -> bool:
    """Is this sentence of a long story background rather than a new event? A demonstration on an anniversary
    is itself news ("hundreds rallied on the anniversary of the massacre"); the massacre is not. `court` says
    the story is led by proceedings, `when` is the sentence's day and `lead` says it is the story's first
    sentence, whose undated news ("two suspects have been captured") stands even in a court story."""
    s = _QUOTED.sub(" ", text)
    if _run_on(s):
        return False
    if court and ((when is None and not lead) or (when is not None and published is not None
                                                   and (published - when.date).days > COURT_RECENT)):
        return True
    if _LAUNCH.search(s) and not lead and when is not None and published is not None \
            and (published - when.date).days > LAUNCH_NEWS:
        return True
    if _ANNIVERSARY.search(s):
        label = classify_mod.classify(text)
        return label is None or label.event_type not in ("Protests", "Riots")
    if _BIOGRAPHY.search(s) or _RECALLED.search(s) or _COMPARISON.search(s) or _READER.search(s) or _NOW.match(s) \
            or _TESTIMONY.search(s):
        return True
    if _REFERRAL.search(s):
        label = classify_mod.classify(text)
        return label is None or label.event_type not in ("Protests", "Riots")
    perfect = _PERFECT.search(s)
    if (_SPAN.search(s) or _TALLY.search(s)) and perfect:
        return True
    if when is None and _COUNT_IN_PERFECT.search(s) and _SINCE_MONTHS.search(s):
        return True  # "police have arrested 40 suspects since March": a running tally over months
    if _CAME_AFTER.match(s) or _RANKED.match(s):
        return True  # "The raid came a week after ...", "It was the third attack on the town this month, after ..."
    if _IN_PLURAL.search(s) and (perfect or (when is not None and when.time_precision > 1)) \
            and (first_toll_at(s) is not None or _COUNTED_PERFECT.search(s)):
        # "12 people were killed in attacks in the past week", "60 have died in similar raids this month": the dead
        # of several incidents over a span
        return True
    if when is None and _PROGRESS.search(s):
        return True  # "the army has all but crushed the revolt": how far a campaign has got, no incident
    # a toll over a span with no day of its own ("200 were killed in air strikes over four days"), or a perfect toll
    # "since" a start, is a tally of many incidents, whatever the tense
    if when is None and _DURING_HISTORY.match(s):
        return True
    toll = first_toll_at(s) is not None or bool(_COUNTED_PERFECT.search(s))
    return toll and ((_SPAN.search(s) and (when is None or when.time_precision > 1)) or bool(_SINCE.search(s) and perfect))


_COMMEMORATE = re.compile(rf"\b(?:{cue('commemorate')})\b", re.I)
_CONTENTION = re.compile(rf"\b(?:{cue('contention')})\b", re.I)


_MOURNING = re.compile(rf"\b(?:{cue('mourning')})\b", re.I)
_MOURNING_CHANT = re.compile(rf"\b(?:{cue('mourning_chant')})\b", re.I)


# "in memory of the 40 people killed in the blast": the dead a tribute remembers, up to the clause's end
_IN_MEMORY = re.compile(rf"\b(?:{cue('in_memory')})\b[^,;:.!?]*", re.I)


def commemoration(text: str) -> bool:
    """ "Hundreds gathered to mark ten years since the bombing": remembering the dead, with no cause pressed
    and no clash, is no demonstration, and the recalled event is history (ACLED: a gathering for a shared
    cause; symbolic acts alone are not coded). At a funeral, chants and songs mourn: only a cause named
    ("against", "demanding justice") or a clash makes it a demonstration. "The council stood in silence in memory of
    the six burnt to death in the fire": the violence told only as whom a tribute remembers is history too, when the
    rest of the sentence reports no event."""
    if _run_on(text):
        return False
    rest = _IN_MEMORY.sub(" ", text)
    if rest != text and not _CONTENTION.search(rest) and classify_mod.classify(rest) is None:
        return True
    mourning = bool(_MOURNING.search(text))
    if not (mourning or _COMMEMORATE.search(text)) \
            or _CONTENTION.search(_MOURNING_CHANT.sub(" ", text) if mourning else text):
        return False
    label = classify_mod.classify(text)
    return label is not None and label.sub_event_type == "Peaceful protest"


# "villages under the threat of a raid", "to avert a massacre": an event named as what may come, not what happened.
_IRREALIS = re.compile(rf"\b(?:{cue('irrealis_frame')})(?:\s+[\w’'-]+){{0,6}}", re.I)
# ", who run clinics for the wounded of the fighting,": a clause between commas that describes a
# sentence's subject; its verbs tell who the subject is, not what happened.
_ASIDE_CLAUSE = re.compile(rf",\s+(?:{cue('relative')})\s[^,;]*,")
# "A teacher detained for a year after a raid on his school has returned home", "The sister of a man who was held in
# Kano on charges of theft has said": a participle or relative clause inside the subject, up to the main verb's
# auxiliary, tells who the subject is.
_SUBJECT_CLAUSE = re.compile(
    rf"^(\W*(?:{cue('subject_det')})\s+(?:[\w’'-]+\s+){{0,6}}?)(?:[a-z]+ed|(?:{cue('relative')}))\s[^,;:]{{0,160}}?"
    rf"(?=\s+(?:{cue('main_aux')})\s+(?!been\b)[a-z]+\b)")


# "Several prisoners were hurt: two leaned on sticks": people described as hurt, the participle ending its
# clause with no cause, day or place, is a state of theirs, no incident (codebook 1.2: an event is an act at a place and
# time). "She was found in a camp after fleeing": where someone turned up is no political violence; a body found is.
# The harm is the sentence's whole report: its subject, a few words with no other clause joined before it.
_HARM_STATE = re.compile(
    rf"^\W*(?:(?!(?:{alternation('actors_function_words', 'coordinator')})\b)[\w’'-]+,?\s+){{1,6}}?(?:{cue('harm_state')})", re.I)
_FOUND_PERSON = re.compile(rf"\b(?:{cue('found_person')})", re.I)
_BODY = re.compile(rf"\b(?:{alternation('classify_found_body', 'body')})\b", re.I)


def _states(text: str) -> str:
    """The text with its states of people (hurt with no cause, found somewhere alive) blanked."""
    text = _HARM_STATE.sub(" ", text)
    return text if _BODY.search(text) else _FOUND_PERSON.sub(" ", text)


# "two militants implicated in a string of kidnappings", "a man wanted for the bombing": a crime named as a charge or a
# record describes the person; the clause runs to the next break or to the main verb's auxiliary.
_CHARGE = re.compile(rf"\b(?:{cue('charge_frame')})\b(?:(?!\s(?:{cue('main_aux', 'be_past')})\b)[^,;:.()“”\"]){{0,160}}", re.I)
# "aircraft dropped leaflets over the town": a military act without violence is no strike
_HARMLESS_DROP = re.compile(rf"\b(?:{cue('harmless_drop')})\b", re.I)


# ", a year after police shot dead 20 marchers", "- two months after rebels took it": an earlier incident told after
# the news to set it in time
_AFTER_CLAUSE = re.compile(rf"(?:,|\s[–—-])\s+(?:(?:{cue('ago_count')}|\d+)\s+)?(?:{cue('span_unit')})\s+"
                           rf"(?:{cue('span_after')})\b[^;.]*", re.I)


# "Four days after the massacre at the depot, police arrested two men": the same, opening the sentence (after its
# dateline), up to the comma that closes it
_AFTER_OPENING = re.compile(rf"(?:^|(?<=[.!?]\s))(?:[^\W\d_][\w .'-]{{0,30}}:\s+)?"
                            rf"((?:{cue('ago_count')}|\d+)\s+(?:{cue('span_unit')})\s+(?:{cue('span_after')})\b[^,;.]*,)", re.I)


def without_charges(text: str) -> str:
    """The text with the crimes it names as charges ("jailed two men for their part in a siege in which 21 died") and
    the earlier incidents it sets the news after (", a year after police shot dead 20 marchers", "Four days after the
    massacre, ...") blanked: what is left tells what happened on the day."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    text = _AFTER_CLAUSE.sub(blank, _CHARGE.sub(blank, text))
    return _AFTER_OPENING.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), text)


def not_reported(text: str) -> bool:
    """In a long story: does the sentence name its event only as a threat or aim, as a charge that describes someone,
    inside a clause that describes someone, as an act without violence (leaflets dropped), or as a state of people
    (hurt with no cause told, found somewhere)? With those parts left out, the classifier finds no event in what
    remains."""
    s = _QUOTED.sub(" ", text)
    masked = _IRREALIS.sub(" ", _HARMLESS_DROP.sub(" ", _CHARGE.sub(" ", _states(s))))
    masked = _SUBJECT_CLAUSE.sub(lambda m: m.group(1), _ASIDE_CLAUSE.sub(",", masked))
    if masked == s or _run_on(s):
        return False
    return classify_mod.classify(masked) is None


def commentary(lead: list[str]) -> bool:
    """Is the story an argument in the writer's voice ("our generation", "we must ask"): an editorial or a column,
    whose events are examples, not reports? The lead (its first two sentences) speaks in the first person plural
    outside quotation marks."""
    return any(_WRITER.search(_QUOTED.sub(" ", t)) for t in lead[:2])


_WRITER = re.compile(rf"\b(?:{cue('writer_voice')})\b")
