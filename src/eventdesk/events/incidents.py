"""Sentences into incidents: one place and one day make one incident (ACLED's rule of one event per
actors + location + day + type); an undated or unplaced sentence that follows one continues it; a
summed-up lead is split among the incidents told after it."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .. import acled_notes
from ..extraction import actors as actors_mod
from ..extraction import classify as classify_mod
from ..extraction.dates import DateMention, event_date
from ..extraction.quantities import NUMBER, companions, fatalities, first_toll_at, remote_dead
from ..extraction.sentences import Sentence
from ..geo.places import Location, countries_in
from ..text.lexicon import alternation
from .story import (ALSO, QUOTE, QUOTE_TAIL, LEAD, FOLLOW_UP, NEWS_TURN, RECENT, AGO, MANY_INCIDENTS, YEARISH,
                    told_as_history, ANAPHOR, BURIAL, cue, OBITUARY, headline, main_date, past_dateline_text, stale,
                    SAME_PLACE, TOLD_ON, background, court_story, commemoration, not_reported)
from .placing import (locative, RANK, within, sentence_locations, aside, where_countries, notable, person_surnames,
                      big_place, place_names)


DEMONSTRATIONS = ("Protests", "Riots")


def incident_fatalities(inc: Incident, *, split: bool, acled: bool = False, long: bool = False,
                        battle: bool = False) -> int:
    """The incident's dead; where the article splits a summed-up lead into incidents, or tells a summary of many
    incidents beside this one, each counts only its own, and the dead of a clause set elsewhere ("- while in the north, 14 villagers died") are not its own.
    A battle's dead leave out civilians killed by air strikes or shelling, another event's (codebook 1.9)."""
    names = place_names(inc.location)

    def here(text: str) -> str:
        return _ELSEWHERE_CLAUSE.sub(lambda m: m.group(0) if any(n in m.group(0).lower() for n in names) else " ", text)

    def dead(text: str) -> int:  # an ACLED note's own "fatalities coded as N" wins
        coded = acled_notes.fatalities_coded(text) if acled else None
        # a long story's running tally ("530 have died since the siege began") is many incidents' dead, not this one's
        return coded if coded is not None else fatalities(text, battle=battle, tally=not long)

    # a toll belongs to the incident told in its own sentence: in a long story, where a sentence naming the incident's
    # place gives its dead, an unplaced toll told before it ("medics said 52 people died on Tuesday") is the day's
    # tally of other incidents, not this one's
    sents = inc.sentences
    at = next((k for k, s in enumerate(sents) if any(n in s.text.lower() for n in names) and first_toll_at(here(s.text)) is not None), None)
    if long and at:
        sents = sents[at:]
        inc = Incident(sents, inc.location, inc.date, inc.context)
    # a sentence that sums up many incidents ("a series of air strikes over the past day killed 180") gives no
    # incident's own toll, also when the article tells only one incident beside it (codebook 1.6)
    if len(inc.sentences) > 1 and (split or any(_sums_up(s.text) for s in inc.sentences)):
        own = [here(s.text) for s in inc.sentences if not MANY_INCIDENTS.search(s.text)]
        if own and len(own) < len(inc.sentences) and (n := dead(" ".join(own))):
            return n
    n = dead(here(inc.passage))
    return max(n, 1 + _companions_told(inc)) if n else n


def _companions_told(inc: Incident) -> int:
    """Those a sentence right after the incident's own names as killed beside its dead ("A British soldier has died in
    a blast. He was killed alongside an American soldier"), though the gate passed that sentence over: the other
    victim of the same blast (codebook 1.6)."""
    if not inc.sentences:
        return 0
    first, last = min(s.index for s in inc.sentences), max(s.index for s in inc.sentences)
    return max((companions(s.text) for s in inc.context if first < s.index <= last + 1 and s not in inc.sentences),
               default=0)


def _sums_up(sentence: str) -> bool:
    """The dead the sentence reports are those of many incidents: "a series of strikes ... killed 180", not
    "a strike killed two, the latest in a string of attacks"."""
    m, at = MANY_INCIDENTS.search(sentence), first_toll_at(sentence)
    return m is not None and at is not None and m.start() < at


_ELSEWHERE_CLAUSE = re.compile(rf"(?:[,;–—]|\s-)\s*(?:{cue('elsewhere_turn')})\s+in\s+[^.;]*", re.I)


def claims_after(inc: Incident, incidents: list[Incident], sentences: list[Sentence], published) -> str:
    """Sentences claiming an attack between this incident and the next one the article tells: a claim
    ("the group later said it carried out the raid") often comes paragraphs after the attack, and
    belongs to the last incident told before it, never to background set in the past."""
    if not inc.sentences:
        return ""
    start = inc.sentences[0].index
    later = [i.sentences[0].index for i in incidents if i.sentences and i.sentences[0].index > start]
    end = min(later, default=len(sentences))
    return " ".join(s.text for s in sentences[start + 1:end]
                    if s not in inc.sentences and actors_mod.is_claim(s.text) and not told_as_history(s.text, published))


_DAYS_SPAN = re.compile(rf"\b(?:{cue('days_span')})\b", re.I)


def _days_toll(sentence: str, when: DateMention | None) -> bool:
    """An undated toll over the last few days ("42 have died in police firing over the past four days") is the
    news of the week, which ACLED codes (codebook 1.6: a total over several days is divided per day; 1.5: a week
    is time_precision 2), not a campaign's running tally over weeks or years, nor the dead of "dozens of air strikes"
    over two days, which are many incidents."""
    return when is None and first_toll_at(sentence) is not None and bool(_DAYS_SPAN.search(sentence)) \
        and not _MANY_ACTS.search(sentence) and not MANY_INCIDENTS.search(sentence)


_MANY_ACTS = re.compile(rf"\b(?:{cue('tally')})\b", re.I)

# "nine traders have been detained", "two more pilgrims have died", "the guards have shot 3": people counted in an
# incident told in the present perfect are news still current, so an undated report in it is the latest news even
# deep in a long story (a tally over a span or since a start is kept out by story.background before this is asked);
# "the long siege has ruined the old town" counts no one and sums up a campaign
_DONE = rf"(?:{alternation('classify_incident_verb', 'violence')}|{alternation('fatality_terms', 'killed')})"
_PERFECT_NEWS = re.compile(
    rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{cue('perfect_aux')})\s+(?:\w+\s+)?(?:{cue('be_perfect')}\s+)?{_DONE}\b"
    rf"|\b(?:{cue('perfect_aux')})\s+(?:\w+\s+)?{_DONE}\s+(?:[\w-]+\s+){{0,2}}?(?:{NUMBER})\b", re.I)

_ARRESTS_JOIN = ("Protests", "Strategic developments")  # arrests at a demonstration are its intervention (codebook 1.3)


def _own_arrest(sentence: str, inc: Incident) -> bool:
    """In a long report, police arresting people after a riot or an attack ("forty were arrested in connection
    with the arson") is an event of its own, with other actors and another type (codebook 1.9: a distinct event
    with different actors stays separate); arrests at a demonstration are its intervention and join it. Told the
    other way round ("a dozen youths have been held at the fair. A gang had beaten a porter there"), the riot or
    attack after the arrests is its own event too."""
    label = classify_mod.classify(sentence)
    if label is None:
        return False
    other = classify_mod.classify(inc.passage)
    if other is None:
        return False
    if label.sub_event_type == "Arrests":
        return other.event_type not in _ARRESTS_JOIN
    return other.sub_event_type == "Arrests" and label.event_type not in _ARRESTS_JOIN \
        and not _RETOLD_ARREST.search(sentence)


# "A nurse has been detained in Mali ... She had been seized in Gao weeks ago": the person of the arrest named by
# a pronoun is that arrest told again (codebook 1.9: one event); it gives the arrest its place and day, but is not typed
# with it, as "captured" alone reads as a place taken
_RETOLD_ARREST = re.compile(rf"\b(?:{cue('retold_arrest')})\b")


def _retells_arrest(sentence: str, inc: Incident) -> bool:
    """Does the sentence tell again, by a pronoun, the arrest that the incident reports?"""
    if not _RETOLD_ARREST.search(sentence):
        return False
    other = classify_mod.classify(inc.passage)
    return other is not None and other.sub_event_type == "Arrests"


def _another_day(sentence: str, when: DateMention | None, inc: Incident) -> bool:
    """ "Rebels attacked the post on Monday, killing five. On Tuesday seven more soldiers died": a toll told with a
    day of its own, other than the incident's, is the next day's event with its own dead, not more dead of the first
    (codebook 1.9: one event per day; 1.6: tolls of different days are not added). A day that only dates the telling
    ("officials said on Tuesday") is no day of the dead."""
    if when is None or inc.date is None or when.time_precision != 1 or inc.date.time_precision != 1 \
            or when.date == inc.date.date or first_toll_at(sentence) is None:
        return False
    told = TOLD_ON.search(sentence)
    return not (told and when.surface in told.group(0))


# "While troops held the north, in the west nine guards were killed": the opening clause sets another incident beside
# the one the sentence tells, with other actors (codebook 1.9: a distinct event stays separate)
_CONTRAST_OPENING = re.compile(rf"^\W*(?:{cue('contrast_opening')})\s+[^,;:.]{{1,160}},\s+")


def _main_clause(s: Sentence) -> Sentence:
    """The sentence without an opening clause that sets another incident beside its own."""
    m = _CONTRAST_OPENING.match(s.text)
    if m is None or not classify_mod.is_event_sentence(rest := s.text[m.end():]):
        return s
    return dataclasses.replace(s, text=rest[:1].upper() + rest[1:])


# "in the raid", "during the attack": a definite noun that names the incident just told
_IN_THE_INCIDENT = re.compile(rf"\b(?:{cue('recall_prep')})\s+the\s+(?:{cue('anaphor_noun')})s?\b", re.I)


def _retold_toll(sentence: str) -> bool:
    """ "Rao and a reporter were both killed in the raid": an undated, unplaced toll that names its incident by a
    definite noun tells more dead of the incident just told, also paragraphs after it (codebook 1.6: every death
    the report gives for the event counts)."""
    return first_toll_at(sentence) is not None and _IN_THE_INCIDENT.search(sentence) is not None \
        and not MANY_INCIDENTS.search(sentence)


def _apart(s: Sentence, inc: Incident) -> bool:
    """A brief is one report, so its placed sentence gives an unplaced incident its place; but arrests told at a
    place of their own, past the follow-up of an incident that has none (a shop owner shot dead, then four sentences
    on "in Rampur, too, police held nine men"), are the brief's next item (codebook 1.9), not that incident's place."""
    return inc.location is None and bool(inc.sentences) and s.index - inc.sentences[-1].index > FOLLOW_UP


_COORDINATOR = re.compile(rf",?\s+(?:{alternation('actors_function_words', 'coordinator')})\s+|;\s+", re.I)
_OPENING_PREP = re.compile(rf"\W*(?:{cue('locative_prep')})\s+(?:the\s+)?", re.I)


def _opens_with(sentence: str, where: Location) -> bool:
    """ "At Rampur, a grain shop was looted": a sentence that opens with its place is the next item of a story that
    goes round the places of the day's incidents (each its own event, codebook 1.9), not background."""
    m = where.mention
    return m is not None and _OPENING_PREP.fullmatch(sentence[:m.start]) is not None


def arrest_clause(sentence: str) -> str | None:
    """The clause of a sentence that reports arrests beside another event ("four villagers died in the firing, while
    160 others have been detained"): in a long report the arrests are an event of their own, with other actors and
    another type (codebook 1.9), which the sentence typed whole as the violence does not give."""
    clauses = _COORDINATOR.split(sentence)[1:]
    if not clauses:
        return None  # one clause: nothing to type apart (and no classifier run on it)
    whole = classify_mod.classify(sentence)
    if whole is None or whole.event_type in _ARRESTS_JOIN:
        return None
    for clause in clauses:
        clause = clause.strip()
        label = classify_mod.classify(clause)
        if label is not None and label.sub_event_type == "Arrests":
            clause = clause[:1].upper() + clause[1:]
            return clause if re.search(r"[.!?][\"”’']?$", clause) else clause + "."
    return None


_REMOTE = "Explosions/Remote violence"


def _strike_told(text: str) -> bool:
    """Does the text tell an air strike or shelling as an act of its own, with its own dead ("nine villagers died in
    air raids on Friday")?"""
    if not remote_dead(text):
        return False
    label = classify_mod.classify(text)
    return label is not None and label.event_type == _REMOTE


def _battle(text: str) -> bool:
    label = classify_mod.classify(text)
    return label is not None and label.event_type == "Battles"


def strike_apart(inc: Incident, published) -> Incident | None:
    """In a long story, the air strike or shelling told beside a ground battle in a sentence or clause of its own, with
    its own verb and its own dead ("Troops stormed the district. Nine villagers died in air raids the same day"), is an
    event of its own: another type, other actors and its own dead (codebook 1.2: Air/drone strike is its own
    sub-event type; 1.9: a distinct event stays separate). A battle merely fought with air support ("backed by air
    strikes, troops took the hill") names no dead of the strikes and stays one event. The strike is taken out of the
    battle's passage and returned as an incident of its own; None where there is none."""
    if inc.distinct or not inc.sentences or not _battle(inc.passage):
        return None
    for k, s in enumerate(inc.sentences):
        rest = [t for t in inc.sentences if t is not s]
        if len(inc.sentences) > 1 and _strike_told(s.text) and _battle(" ".join(t.text for t in rest)):
            inc.sentences = rest
            return Incident([s], inc.location, main_date(s.text, published) or inc.date, distinct=True)
        seps = list(_COORDINATOR.finditer(s.text))
        for n, sep in enumerate(seps):
            end = seps[n + 1].start() if n + 1 < len(seps) else len(s.text)
            clause, before = s.text[sep.end():end].strip(), s.text[:sep.start()]
            left = before + s.text[end:] if end < len(s.text) else before.rstrip(" ,") + "."
            if before.strip() and _strike_told(clause) and _battle(" ".join([*(t.text for t in rest), left])):
                inc.sentences = [*inc.sentences[:k], dataclasses.replace(s, text=left), *inc.sentences[k + 1:]]
                clause = clause[:1].upper() + clause[1:]
                clause = clause if re.search(r"[.!?][\"”’']?$", clause) else clause + "."
                told = dataclasses.replace(s, text=clause)
                return Incident([told], inc.location, main_date(clause, published) or inc.date, distinct=True)
    return None


# "the councillor, who was shot dead yesterday near the market": a relative clause that carries its own recent
# day reports the day's news, though the sentence is about a reaction to it (a demand, a protest, a probe); so do a
# bare participle ("the families of the two youths killed in police firing on Monday") and a clause of place ("the
# town where a mob torched a police post on Sunday")
_RELATIVE_OPEN = re.compile(rf"\b(?:{cue('relative')})\b", re.I)
_PLACE_RELATIVE = re.compile(rf"\b(?:{alternation('actors_function_words', 'place_relative')})\s", re.I)
_PARTICIPLE = re.compile(rf"\b(?:{alternation('classify_incident_verb', 'transitive')})\b"
                         rf"(?=\s+(?:{alternation('classify_participle_next')})\b)", re.I)
_AUX_BEFORE = re.compile(rf"\b(?:{alternation('classify_function_words', 'aux_before')})\s+(?:\w+\s+){{0,2}}$", re.I)
_NP_STOP = re.compile(rf"^(?:{alternation('actors_function_words', 'antecedent_stop')})$", re.I)
_NP_DETERMINER = re.compile(rf"^(?:{alternation('classify_present_report', 'determiner')})$", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\s[–—-]\s")  # not a quotation mark: 'killed a "devotee" in ...' goes on
NP_WORDS = 4  # words of the noun a relative clause hangs on that are kept as its subject
# days back a clause's incident may lie: a reaction follows its incident within days, while a clause recalling one
# a week old ("the 58 killed in the attack last Wednesday", in a toll) retells news already reported (story.py)
CLAUSE_RECENT = 3
_PASSIVE = "were"  # the auxiliary a bare participle takes as a clause of its own (the coder reads no number from it)


def _antecedent(before: str) -> list[str]:
    """The noun a clause hangs on: the last few words before it, back to a determiner, a preposition or a verb."""
    words = re.findall(r"[\w’'.-]+", re.split(r"[;:()“”\"]", before)[-1])
    subject: list[str] = []
    for w in reversed(words[-NP_WORDS:]):
        if _NP_STOP.match(w):
            break
        subject.insert(0, w)
        if _NP_DETERMINER.match(w):
            break
    return subject


def _clauses(sentence: str, long: bool):
    """(where the clause's words start, the words put before them as its subject, or None where no noun was found)
    for each clause that hangs on a noun. A clause of place has its own subject ("where a mob torched ..."). A note or
    a brief uses a bare participle as its main verb ("a trader killed in Elmley"), so only a long story's participles
    hang on a noun."""
    for m in _RELATIVE_OPEN.finditer(sentence):
        pronoun = re.match(r"\w+", m.group(0)).group(0)
        yield m.start() + len(pronoun), _antecedent(sentence[:m.start()]) or None
    for m in _PLACE_RELATIVE.finditer(sentence):
        yield m.end(), []
    for m in _PARTICIPLE.finditer(sentence) if long else ():
        if not _AUX_BEFORE.search(sentence[max(0, m.start() - 60):m.start()]):
            subject = _antecedent(sentence[:m.start()])
            yield m.start(), [*subject, _PASSIVE] if subject else None


def news_clause(sentence: str, published, *, long: bool = True) -> str | None:
    """The clause of a sentence the gate turned down that tells an incident as a sentence of its own ("the councillor
    was shot dead yesterday near the market"), when the incident's day is within the last CLAUSE_RECENT days."""
    if published is None:
        return None
    for at, subject in _clauses(sentence, long):
        rest = sentence[at:]
        end = _CLAUSE_END.search(rest)
        body = rest[:end.start()] if end else rest
        when = event_date(body, published)
        if when is None or when.time_precision != 1 or not 0 <= (published - when.date).days <= CLAUSE_RECENT \
                or subject is None or YEARISH.search(body):
            continue  # "soldiers killed in the 1999 war": the day is the sentence's, the clause is history
        clause = " ".join([*subject, body.strip()])
        clause = clause if re.search(r"[.!?][\"”’']?$", clause) else clause + "."
        if classify_mod.is_event_sentence(clause):
            return clause
    return None


def recalled_in_clause(sentence: str, when: DateMention | None, published) -> bool:
    """ "Guards were posted in the town where a mob burnt a train on the 2nd": in a long story, an incident more than
    CLAUSE_RECENT days old that is told only in a clause describing a place or a person retells news reported in its
    own days (codebook 1.5: an event is coded from the reports of its day), when the rest of the sentence tells
    no incident of its own."""
    if when is None or published is None or (published - when.date).days <= CLAUSE_RECENT:
        return False
    for at, _subject in _clauses(sentence, True):
        if at <= when.start and not _CLAUSE_END.search(sentence[at:when.start]):
            return not classify_mod.is_event_sentence(sentence[:at])
    return False


@dataclass
class Incident:
    sentences: list[Sentence] = field(default_factory=list)
    location: Location | None = None
    date: DateMention | None = None
    context: list[Sentence] = field(default_factory=list)  # not typed from, only mined for details
    # split off from the incident before it as an event of its own (arrests after a riot): though it has no place
    # or day of its own, it restates nothing
    distinct: bool = False

    @property
    def passage(self) -> str:
        return " ".join(s.text for s in self.sentences)


def group_incidents(sentences: list[Sentence], published, gazetteer, hint, *, long: bool = False,
               acled: bool = False) -> list[Incident]:
    incidents: list[Incident] = []
    current: Incident | None = None
    deep = False
    undated: Sentence | None = None  # the last event sentence passed over as undated background (below)
    if long and sentences and OBITUARY.search(sentences[0].text):
        return incidents
    persons = person_surnames(" ".join(s.text for s in sentences if not headline(s.text)), big_place(gazetteer)) if long else set()
    # the lead is counted from the story's first sentence, after the page's menus and headlines
    start = next((s.index for s in sentences if not headline(s.text, s.index == 0 and len(sentences) > 1)), 0)
    history_at = -2
    court = long and court_story([s.text for s in sentences[start:start + LEAD] if not headline(s.text)])
    for s in sentences:
        if headline(s.text, s.index == 0 and len(sentences) > 1) or QUOTE.match(s.text) or QUOTE_TAIL.match(s.text):
            continue
        if not classify_mod.is_event_sentence(s.text):
            if YEARISH.search(s.text) and told_as_history(s.text, published):
                history_at = s.index  # "In August 2011, rioting spread ...": what follows it is still that story
                continue
            if (clause := news_clause(s.text, published, long=long)) is None:
                continue
            if long or classify_mod.classify(s.text) is None:
                # a long story's clause is typed alone (the sentence around it is about someone or a reaction), and
                # so is a brief's where its whole sentence gives no event ("demanded action against the men who on
                # Sunday beat a vendor"); mentions still quote the whole sentence (its start and end)
                s = dataclasses.replace(s, text=clause)
        if long and not_reported(s.text):
            continue  # an event named only as a threat or an aim, or in a clause that describes someone (story.py)
        if long and BURIAL.search(s.text) and (lab := classify_mod.classify(s.text)) is not None \
                and lab.event_type not in DEMONSTRATIONS:
            continue  # "fighters killed a day earlier were buried": the deaths happened elsewhere, told before
        when = main_date(s.text, published)
        recalled = long and recalled_in_clause(s.text, when, published)
        if recalled or told_as_history(s.text, published, when, dated=True) or (long and background(
                s.text, court=court, when=when, published=published, lead=s.index == start)
                and not _days_toll(s.text, when)) or commemoration(s.text):
            history_at = s.index
            continue
        if when is None and s.index == history_at + 1 and not RECENT.search(s.text):
            history_at = s.index  # "In August 2011, rioting spread... Shops were looted": the story goes on in the past
            continue
        turn = long and bool(NEWS_TURN.match(s.text))
        near = current is not None and s.index - max(x.index for x in current.sentences) <= FOLLOW_UP and not turn
        if long:
            if stale(s.index - start, when, published) or (s.index >= start + LEAD and AGO.search(s.text)):
                continue
            prev = sentences[s.index - 1].text if s.index > 0 else ""
            recent = RECENT.search(s.text) or RECENT.search(prev) or _PERFECT_NEWS.search(s.text)
            # Deep in a long story an undated sentence that continues no incident is background or analysis
            # ("the town fell to the army after the envoy said...", "years of fighting have ruined..."), unless it
            # opens with its own place in a round-up of the day's incidents (below)
            deep = when is None and s.index >= start + LEAD and not near and not recent
        # a place must be where something happened, not just named ("Donald Trump", "envoy to Nairobi"),
        # and a story moves abroad only when it names the other country ("Cheikh Anta Diop University" in a
        # Senegalese story is no Indian village)
        home = next((i.location.place.country for i in incidents if i.location is not None), hint)
        where = [w for w in sentence_locations(s.text, gazetteer, hint, acled=acled) if locative(s.text, w)
                 and not (w.mention is not None and w.mention.surface in persons)
                 and (home is None or w.place.country == home or w.place.country in countries_in(s.text)
                      or (when is not None and notable(s.text, w, gazetteer)))]
        if long and not where and when is None and current is not None and incidents and current is incidents[-1] \
                and _retold_toll(s.text):
            current.sentences.append(s)  # "two guards were both killed in the raid": the raid just told (codebook 1.6)
            continue
        if long and deep and not (incidents and any(_opens_with(s.text, w) for w in where)):
            undated = s
            continue
        # "Nine guards were killed by gunmen. Sunday's attack took place in X": the toll told undated deep in a long
        # story, then its day and place in a sentence that refers back by a definite noun, are one incident
        # (codebook 1.2, 1.6): the toll sentence joins the incident the referring sentence opens, which leads it as the
        # sentence that names who acted, where and when
        told_before = [_main_clause(undated)] if long and undated is not None and undated.index == s.index - 1 \
            and ANAPHOR.match(s.text) and not near else []
        if acled and current is not None and acled_notes.coded_elsewhere(s.text):
            continue  # "Troops drove the raiders off at Elmley [coded separately]": another note's event
        if near and current.location is not None:
            # a follow-up's street, square or quarter, or the place of its grievance, is no new event
            where = [w for w in where if not aside(s.text, w)]
        if long and near and where and ANAPHOR.match(s.text) and (when is None or current.date is None or when.date == current.date.date):
            current.sentences.append(s)
            if current.location is None or not within(current.location, where[0]):
                current.location = where[0]  # "the raid on Sunday took place in the village of X"
            current.date = current.date or when
            continue
        if not where and current is None and s.index == start + 1 and not long:
            # "On 6 May, troops conducted an operation in Datta Khel. During the operation, eight militants were
            # killed": the lead that sets the scene, though no event itself, gives the place and the day
            lead = sentences[start]
            where = [w for w in sentence_locations(lead.text, gazetteer, hint, acled=acled) if locative(lead.text, w)]
            when = when or main_date(lead.text, published)
        if not where:
            if current is not None and near and long and _own_arrest(s.text, current):
                current = Incident([s], current.location, when or current.date, distinct=True)
                incidents.append(current)
            elif current is not None and near and long and _another_day(s.text, when, current):
                current = Incident([s], current.location, when, distinct=True)
                incidents.append(current)
            elif current is not None and near:
                if not (long and _retells_arrest(s.text, current)):
                    current.sentences.append(s)
                current.date = current.date or when
            elif not long or s.index < LEAD or when is not None:
                # a brief is one report, and its later unplaced incident ("the mob then stoned the police van") is
                # placed like the rest of it; deep in a long story an undated, unplaced one is background.
                # "Meanwhile, police detained twenty of the rioters" turns to the arrests of the incident before: their own event
                own = turn and current is not None and _own_arrest(s.text, current)
                current = Incident([s, *told_before], None, when, distinct=own)
                incidents.append(current)
            continue
        for loc in where:
            # "also rallied in Shymkent" shares the day of the incident just told, not one pages back
            date = when or (current.date if current is not None and near else None)
            # an unplaced incident takes the place of a sentence that continues it, not of one pages on,
            # and not one abroad when it named its own country ("killed in Syria" then "a vigil in London")
            match = next((i for i in incidents
                          if ((i.location is None and (not long or (i is current and near))
                               and (not long or not (named := where_countries(i.passage)) or loc.place.country in named))
                              or (i.location is not None and (within(loc, i.location) or within(i.location, loc))))
                          and (i.date is None or date is None or i.date.date == date.date)), None)
            if match and s not in match.sentences and (long or _apart(s, match)) and _own_arrest(s.text, match):
                current = Incident([s], loc, date or match.date, distinct=True)
                incidents.append(current)
            elif match:
                if s not in match.sentences and not (long and _retells_arrest(s.text, match)):
                    match.sentences.append(s)
                if match.location is None or (within(match.location, loc) and not within(loc, match.location)) \
                        or RANK[loc.place.kind] > RANK[match.location.place.kind] >= RANK["admin1"]:
                    match.location = loc  # the more specific place names the event ("in Ituri province" ... "near Djugu")
                match.date = match.date or date
                current = match
            else:
                current = Incident([s, *told_before], loc, date)
                incidents.append(current)
                told_before = []  # the toll is the first place's incident's only
    if long:
        for inc in list(incidents):
            if (strike := strike_apart(inc, published)) is not None:
                incidents.insert(incidents.index(inc) + 1, strike)
        for inc in list(incidents):
            if inc.distinct or not inc.sentences:
                continue
            for s in inc.sentences:
                if (clause := arrest_clause(s.text)) is not None:
                    incidents.append(Incident([dataclasses.replace(s, text=clause)], inc.location, inc.date, distinct=True))
                    break
    # Sentences the gate passed over still describe the incident when they name its place
    # ("The march through Almaty on August 30 lasted an hour."), and the lead's next sentences
    # say who organised the first incident. They supply a missing day, crowd size and organisers.
    for n, inc in enumerate(incidents):
        names = place_names(inc.location)
        about = [s for s in sentences if names and any(x in s.text.lower() for x in names)]
        # background naming the same place ("In January 2023, a suicide bomber killed 80 in Peshawar") tells
        # nothing about this incident
        inc.context = [s for s in about if s not in inc.sentences and not headline(s.text) and not told_as_history(s.text, published)]
        if n == 0 and inc.sentences:
            first = inc.sentences[0].index
            inc.context += [s for s in sentences[first + 1:first + 4] if s not in inc.sentences and s not in inc.context
                            and not told_as_history(s.text, published)]
        if inc.date is None:
            inc.date = next((d for d in (event_date(past_dateline_text(s.text), published) for s in inc.context if s in about) if d), None)
        told = inc.date is not None and inc.sentences and (m := TOLD_ON.search(inc.sentences[0].text)) is not None \
            and inc.date.surface in m.group(0)
        if (inc.date is None or told) and n == 0 and inc.sentences and inc.sentences[0].index + 1 < len(sentences):
            # "... recaptured the town of X. Soldiers entered the town on Tuesday": the next sentence tells the day,
            # and a lead dated only by its telling ("residents told AFP on Friday") takes it too
            nxt = sentences[inc.sentences[0].index + 1].text
            if SAME_PLACE.search(nxt) and not TOLD_ON.search(nxt):
                day = event_date(nxt, published)
                if day is not None and (inc.date is None or day.date <= inc.date.date):
                    inc.date = day
        # "students also marched in Elmley" happened on the day of the incident told before it
        if inc.date is None and n > 0 and ALSO.search(inc.passage):
            inc.date = incidents[n - 1].date
    return incidents
