"""One article into ACLED rows and the mentions they rest on: the article's country, the incidents'
labels, actors, dates, fatalities and crowd sizes, and the row's own columns (id, notes, source scale)."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from .. import CODER_VERSION
from .. import acled_notes
from ..extraction import actors as actors_mod
from ..extraction import classify as classify_mod
from ..extraction.dates import day_order, event_date, month_first, telling_day
from ..extraction.quantities import crowd_size
from ..extraction.sentences import split_sentences
from ..extraction.tactics import state_response, tactics
from ..extraction.truecase import restore_article
from ..geo.context import (home_country, lead_country_by_cues, outlet_countries, outlet_main_home, settle_outlet,
                           unplaced_reason, without_language_qualifier)
from ..geo.countries import country_by_code
from ..geo.dateline import dateline_place
from ..geo.gazetteer import Gazetteer
from ..geo.hierarchy import admin1_label
from ..geo.places import Location, at_seat, countries_in, locate, locate_all
from ..records import Article, Event, Mention, Reject
from .story import SHORT, HISTORY, RECENT_BODY, FOLLOW_UP, NEWS_TURN, LETTER, told_as_history, headline, past_dateline_text, cue, commentary, sums_many, without_charges, main_date
from .placing import (country_level, country_only, fallback_location, locative, passage_place, sentence_locations, place_names,
                      person_surnames, big_place)
from .incidents import DEMONSTRATIONS, incident_fatalities, claims_after, Incident, group_incidents


# Outlets whose reach is international; others are left blank rather than guessed.
_INTERNATIONAL = re.compile(
    rf"\b({cue('international_outlet')})\b", re.I)


@dataclass
class Coded:
    events: list[Event]
    mentions: list[Mention]
    rejects: list[Reject]
    warnings: list[str]


def _event_id(iso3: str, article_id: str, date: dt.date, location: str, sub_event_type: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{date}|{location}|{sub_event_type}".encode()).hexdigest()
    return f"{iso3}{int(digest[:12], 16) % 10**11}"


_DATED_NOTE = re.compile(rf"^(?:{cue('note_date_opening')})\b")  # a note that opens with its date keeps it


def _notes(date: dt.date, passage: str) -> str:
    text = passage if len(passage) <= 600 else passage[:599].rsplit(" ", 1)[0] + "…"
    return text if _DATED_NOTE.match(text) else f"On {date.day} {date:%B %Y}, {text}"


# Country-code domains that are sold worldwide as generic names (".co", ".io", ".tv") say nothing of the outlet.
_GENERIC_CCTLD = frozenset("ac ad ai am as bz cc cd co dj fm gg gl gs io je la ly me ms mu nu sh so st tk to tv vc vg ws".split())


def _url_country(url: str | None):
    """An outlet under a country's domain (".co.ke", ".com.ng", ".pk") reports mostly on that country."""
    m = re.match(r"^[a-z]+://([^/:?#]+)", (url or "").lower())
    tld = m.group(1).rsplit(".", 1)[-1] if m else ""
    if len(tld) != 2 or tld in _GENERIC_CCTLD:
        return None
    return country_by_code("GB" if tld == "uk" else tld)


def _locate_short(article: Article, gazetteer: Gazetteer, hint, *, acled: bool = False) -> Location | None:
    """A brief's one place: the one its text gives, else its dateline's city."""
    body = past_dateline_text(article.text)
    return locate(" ".join(filter(None, [article.title, body])), gazetteer, country_hint=hint, acled_notes=acled) or \
        (locate(article.text, gazetteer, country_hint=hint, acled_notes=acled) if body != article.text else None)


_LANGUAGE_EDITION = re.compile(rf"\b\w+(?:-language)?\s+(?:{cue('edition')})\b", re.I)


def article_country(article: Article, gazetteer: Gazetteer, *, acled: bool = False):
    """The country the article is about, to break ties between homonymous places: the one its dateline
    or outlet gives (context_country), else the lead's main place."""
    home = context_country(article, gazetteer, acled=acled)
    return home if home is not None else _lead_country(article, gazetteer, acled=acled)


def context_country(article: Article, gazetteer: Gazetteer, *, acled: bool = False):
    """The country the article comes from, by what surrounds its text: the country its dateline names or
    lies in ("KABUL (AFP) -", "ahmedabad:"), else its outlet's home country from the outlet table
    (eventdesk.geo.context), else a country its source's name or web domain carries ("El Nuevo Dia
    (Colombia)", "...co.ke"). None for an outlet without a home country (a wire, a broadcaster for the
    world) or an unknown one: the text decides."""
    outlet = outlet_countries(article.source, article.url)
    # "(English edition)", "Arabic service": the language an outlet writes in, not its country
    named = countries_in(without_language_qualifier(_LANGUAGE_EDITION.sub(" ", article.source))) if outlet is None and article.source else Counter()
    prefer = outlet[0] if outlet and len(outlet) == 1 else named.most_common(1)[0][0] if named else None
    placed = dateline_place(article.text, gazetteer, prefer=prefer)
    if placed is not None:
        return placed[0].country or placed[1].country
    if outlet is not None and len(outlet) == 1:
        return outlet[0]
    if outlet:  # a name several countries' outlets share: the one the lead supports
        head = " ".join(filter(None, [article.title, article.text[:SHORT]]))
        support = countries_in(head, places_only=True) + Counter(
            loc.place.country for _, loc in locate_all(head, gazetteer, acled_notes=acled) if loc.place.kind != "country")
        settled = settle_outlet(outlet, support)
        if settled is not None:
            return settled
    if named:
        return named.most_common(1)[0][0]
    return _url_country(article.url) if outlet is None else None


def _lead_country(article: Article, gazetteer: Gazetteer, *, acled: bool = False):
    """The country of the article's lead: the main place of a brief, the country most of a long story's
    lead places lie in."""
    head = " ".join(filter(None, [article.title, article.text[:SHORT]]))
    if len(article.text) > SHORT:
        # A long story names capitals and summit venues in passing ("a summit in Tehran"): the country
        # most of its lead's places lie in, or failing that the one it names most, is its subject.
        found = Counter(loc.place.country for _, loc in locate_all(head, gazetteer, acled_notes=acled)
                        if loc.place.kind != "country")
        found = found + found + countries_in(head, places_only=True)  # "US troops" names an actor, not a place
        if found:
            return found.most_common(1)[0][0]
    loc = locate(head, gazetteer, acled_notes=acled)
    return lead_country_by_cues(head, loc)


STORY_PLACE = 3  # times a long story must put things in a place, more than in any other, for it to be its subject


def _story_places(sentences, gazetteer: Gazetteer, hint, *, acled: bool = False) -> dict:
    """Per country, the place a long story is about: the one its sentences put things in most often (at least
    STORY_PLACE times, more than any other place of that country). An incident the story tells without a place
    ("gunmen ambushed a bus on the main road") happened in the area the story reports from, which ACLED
    codes at a representative town with geo_precision 2 (codebook 1.5), not at the capital."""
    counts: dict = {}
    body = [s for s in sentences if not headline(s.text, s.index == 0)]
    persons = person_surnames(" ".join(s.text for s in body), big_place(gazetteer))  # "Aksoy said" is no town
    for s in body:
        seen = set()
        for w in sentence_locations(s.text, gazetteer, hint, acled=acled):
            if w.place.kind == "country" or w.location in seen or not locative(s.text, w) \
                    or (w.mention is not None and w.mention.surface in persons):
                continue
            seen.add(w.location)
            by = counts.setdefault(w.place.country, {})
            n, first = by.get(w.location, (0, w))
            by[w.location] = (n + 1, first)
    out = {}
    for country, by in counts.items():
        ranked = sorted(by.values(), key=lambda x: -x[0])
        if ranked[0][0] >= STORY_PLACE and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            top = ranked[0][1]
            if not country_level(top, gazetteer):
                out[country] = Location(top.place, top.location, max(2, top.geo_precision), top.mention)
    return out


def _naming(sentences, loc: Location) -> list[str]:
    """The sentences that name the event's place."""
    names = place_names(loc)
    return [s.text for s in sentences if any(n in s.text.lower() for n in names)]


def _day_told(inc, published):
    """ "A nurse has been killed in Mali, officials said on Wednesday. She died when her car struck a mine near Gao on
    Tuesday": a day that is only the telling gives way to the day a later sentence of the incident gives the event
    (within the week before it)."""
    if inc.date is None or not inc.sentences:
        return inc.date
    dated = next((s for s in inc.sentences if event_date(past_dateline_text(s.text), published) is not None), None)
    if dated is None or not telling_day(past_dateline_text(dated.text), published) \
            or event_date(past_dateline_text(dated.text), published).date != inc.date.date:
        return inc.date
    # the incident's later sentences, and those just after it that name its place or continue its lead
    names = place_names(inc.location) if inc.location is not None else None
    later = sorted({s.index: s for s in [*inc.sentences, *(c for c in inc.context if not NEWS_TURN.match(c.text)
                                                           and (names is None or any(n in c.text.lower() for n in names)))]
                    if dated.index < s.index <= dated.index + FOLLOW_UP}.items())
    for t in (past_dateline_text(s.text) for _, s in later):
        d = main_date(t, published)
        if d is not None and d.time_precision == 1 and not telling_day(t, published) \
                and 0 < (inc.date.date - d.date).days <= RECENT_BODY:
            return d
    return inc.date


def _near(inc, sentences, text: str) -> tuple[str, str]:
    """The sentences just before and just after the incident's own, when in the same paragraph: where a story
    names who acted ("The SDF said ...") or whose "its" it means, for a passage that names no one."""
    if not inc.sentences:
        return "", ""
    first, last = inc.sentences[0], inc.sentences[-1]
    own = {s.index for s in inc.sentences}
    before = next((s for s in sentences if s.index == first.index - 1 and s.index not in own), None)
    after = next((s for s in sentences if s.index == last.index + 1 and s.index not in own), None)
    # a line break ends a paragraph
    return (before.text if before is not None and "\n" not in text[before.end:first.start] else "",
            after.text if after is not None and "\n" not in text[last.end:after.start] else "")


def _earlier(inc, sentences, text: str) -> str:
    """The two sentences before the incident's own, within its paragraph: a long story names the side that
    holds the ground ("Kurdish troops watched the trucks pass") a sentence or two before it tells the arrests."""
    if not inc.sentences:
        return ""
    first = inc.sentences[0]
    out = []
    for s in sorted((s for s in sentences if first.index - 2 <= s.index < first.index), key=lambda s: -s.index):
        if "\n" in text[s.end:(out[0].start if out else first.start)]:
            break
        out.insert(0, s)
    return " ".join(s.text for s in out)


def _news_at(incidents, published) -> int | None:
    """Where a long story's news is: its first incident dated to one of the last days (RECENT_BODY)."""
    if published is None:
        return None
    return next((n for n, inc in enumerate(incidents) if inc.date is not None and inc.date.time_precision == 1
                 and 0 <= (published - inc.date.date).days <= RECENT_BODY), None)


def _recalled_after_news(inc, published) -> bool:
    """An incident told after the story's news and dated weeks before it is an earlier one recalled, not news."""
    return inc.date is not None and (published - inc.date.date).days > RECENT_BODY


def code_article(article: Article, gazetteer: Gazetteer, *, now: dt.datetime | None = None,
                 notes: str | None = None) -> Coded:
    """The article's events. `notes="acled"` declares the text an ACLED note, whose own annotations
    ("coded to X", "[coded separately]", "fatalities coded as N") are then read (eventdesk.acled_notes).
    Its places are resolved, and its numeric dates read, as in the country it comes from (context_country)."""
    acled = acled_notes.check(notes) == "acled"
    home = context_country(article, gazetteer, acled=acled)
    hint = home if home is not None else _lead_country(article, gazetteer, acled=acled)
    with home_country(home, outlet_main_home(article.source, article.url), article.source), \
            day_order(month_first=month_first(home)):
        return _code_article(article, gazetteer, now, acled, hint)


def _code_article(article: Article, gazetteer: Gazetteer, now: dt.datetime | None, acled: bool, hint) -> Coded:
    now = now or dt.datetime.now(dt.timezone.utc)
    warnings: list[str] = []
    published = article.published_at
    if published is None:
        warnings.append(f"{article.origin}: article {article.id} has no publication date; undated events fall back to "
                        f"the ingest day with time_precision 3")
    # a lower-cased or all-caps archive is read with its case restored; mentions quote the text as published
    published_text = article.text
    article = restore_article(article, gazetteer)
    sentences = split_sentences(article.text)
    events, mentions, rejects = [], [], []
    incidents = group_incidents(sentences, published, gazetteer, hint, long=len(article.text) > SHORT, acled=acled)
    if len(article.text) > SHORT and commentary([s.text for s in sentences if not headline(s.text, s.index == 0)]):
        incidents = []  # an editorial or a column argues about events; the news reports them
    if acled and len(incidents) == 1 and len(article.text) <= SHORT and \
            (coded := acled_notes.coded_location(article.text, gazetteer, country_hint=hint)):
        # a note's own "coded to X" holds for its one event even when said in a sentence of its own
        incidents[0].location = coded
    if not incidents and len(article.text) <= SHORT and not LETTER.search(article.text) \
            and "\n\n" not in article.text.strip():
        # The gate is for long articles; a brief or a note is one report, and the classifier judges it whole
        # (it returns None for what is no event), leaving out what it tells as history. A story in paragraphs
        # is no note: read whole, its background and asides make events ("a peace plan agreed in 2021" in a
        # summit report, a recalled raid in a court report), so only its sentences the gate passes count.
        body = [s for s in sentences if not headline(s.text, s.index == 0 and len(sentences) > 1)
                and not told_as_history(s.text, published)]
        if not body and len(sentences) == 1 and not told_as_history(sentences[0].text, published):
            body = sentences  # a brief of one line with no full stop (a wire snippet, a caption) is the report itself
        if body:
            text = " ".join(s.text for s in body)
            where = [w for w in sentence_locations(text, gazetteer, hint, acled=acled) if locative(text, w)]
            incidents = [Incident(body, where[0] if where else None, event_date(past_dateline_text(text), published))]
    story_place = None  # the place a long story is about, by country, found when an incident needs it
    news_at = _news_at(incidents, published) if len(article.text) > SHORT else None
    for n_inc, inc in enumerate(incidents):
        if news_at is not None and n_inc > news_at and _recalled_after_news(inc, published):
            continue  # "the same group had attacked a convoy three weeks ago": told after the day's news, as its background
        passage = inc.passage
        # in a long story, a crime named as a charge is not what the passage reports
        label = classify_mod.classify(without_charges(passage) if len(article.text) > SHORT else passage,
                                      " ".join(s.text for s in inc.context))
        if label is None or classify_mod.game_play(label, passage, article.text):
            continue
        inc.date = _day_told(inc, published)
        if inc.date is not None and published is not None and (published - inc.date.date).days > HISTORY:
            continue
        if inc.location is None and inc.date is None and events and not inc.distinct:
            continue  # "officials said the leaders had been detained": no place and no day of its own, a restatement
        # a short report is about one place; in a long one an unplaced sentence is not placed by guesswork
        loc = inc.location or (_locate_short(article, gazetteer, hint, acled=acled) if len(article.text) <= SHORT else None)
        if loc is None:
            # never dropped for want of a place: the dateline's town, else the country at its capital
            before = [s.text for s in sentences if inc.sentences and s.index < inc.sentences[0].index][-2:]
            loc = fallback_location(article.text, passage, " ".join(before + [s.text for s in inc.context]), gazetteer, hint,
                                    long=len(article.text) > SHORT)
        if loc is not None and country_level(loc, gazetteer):
            # "held in Syria ... seized in Raqqa": the passage's own town, not the capital
            loc = passage_place(passage, gazetteer, loc) or loc
        if loc is not None and len(article.text) > SHORT and country_level(loc, gazetteer):
            if story_place is None:
                story_place = _story_places(sentences, gazetteer, hint, acled=acled)
            loc = story_place.get(loc.place.country) or loc
        if loc is not None and len(article.text) > SHORT and country_level(loc, gazetteer) \
                and all(sums_many(s.text) for s in inc.sentences):
            continue  # "nine died in three ambushes across <country>": the dead of incidents in places not told, no one event
        if loc is None:
            rejects.append(Reject(stage="extract", table="events", origin=article.origin,
                                  reason=unplaced_reason(article.text, long=len(article.text) > SHORT),
                                  value=label.sub_event_type, record=passage[:4000]))
            continue
        if len(article.text) > SHORT:
            loc = country_only(loc, gazetteer, article.text, passage)  # (not the capital's province: placing.country_only)
        loc = at_seat(loc, gazetteer)  # a region or a country is coded at its capital (codebook 1.5)
        # Only the country is known: kept at its capital with geo_precision 3 and the country as location,
        # so analysts can keep or drop such rows (ACLED itself records no country-level events).
        if inc.date is not None:
            date, precision = inc.date.date, inc.date.time_precision
        elif published is not None:
            date, precision = published, 2  # the text gives no day: the publication day stands in
        else:
            date, precision = article.ingested_at.date(), 3
        country = loc.place.country
        context = " ".join(s.text for s in inc.context)
        acts = actors_mod.code_actors(passage, country=country.name, event_type=label.event_type,
                                      sub_event_type=label.sub_event_type, event_date=date, context=context,
                                      article=article.text, claims=claims_after(inc, incidents, sentences, published),
                                      near=_near(inc, sentences, article.text),
                                      earlier=_earlier(inc, sentences, article.text))
        demo = label.event_type in DEMONSTRATIONS
        crowd = crowd_size(passage) if demo else None
        if crowd is not None and crowd.wording == "no report" and context:
            crowd = crowd_size(context)
        source = article.source or (re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", article.url) if article.url else "Unknown")
        eid = _event_id(country.iso3, article.id, date, loc.location, label.sub_event_type)
        p = loc.place
        whole = p.kind == "country"
        events.append(Event(
            event_id_cnty=eid, event_date=date, year=date.year, time_precision=precision,
            disorder_type=classify_mod.DISORDER_TYPE[label.sub_event_type], event_type=label.event_type,
            sub_event_type=label.sub_event_type, actor1=acts.actor1, assoc_actor_1=acts.assoc_actor_1, inter1=acts.inter1,
            actor2=acts.actor2, assoc_actor_2=acts.assoc_actor_2, inter2=acts.inter2, interaction=acts.interaction,
            civilian_targeting=classify_mod.civilian_targeting(label, passage), iso=country.iso, region=country.region,
            country=country.name, admin1=None if whole else admin1_label(p), admin2=None if whole else p.admin2,
            admin3=None if whole else p.admin3, location=loc.location,
            latitude=round(p.latitude, 4), longitude=round(p.longitude, 4), geo_precision=loc.geo_precision,
            source=source, source_scale="International" if _INTERNATIONAL.search(source) else None,
            notes=_notes(date, passage), fatalities=incident_fatalities(inc, split=len(incidents) > 1, acled=acled,
                                                                       long=len(article.text) > SHORT,
                                                                       battle=label.event_type == "Battles"),
            tags=f"crowd size={crowd.wording}" if crowd else None, timestamp=int(now.timestamp()),
            # every tactic the story tells of this protest ("The march through X ended with a rally"), and the
            # state's response told in the sentences after it ("Police looked on") that tell no other incident
            tactics=tactics(" ".join([passage, *_naming(inc.context, loc)])) if demo else [],
            state_response=state_response(" ".join([passage, *(s.text for s in inc.context if not any(
                s in i.sentences for i in incidents if i is not inc))])) if demo else [],
            crowd_size_low=crowd.low if crowd else None, crowd_size_high=crowd.high if crowd else None,
            article_ids=[article.id], source_urls=[article.url] if article.url else [], evidence=passage,
            confidence=round(float(label.confidence), 3), coder_version=CODER_VERSION,
        ))
        mentions += [Mention(eid, article.id, s.index, s.start, s.end, published_text[s.start:s.end])
                     for s in inc.sentences]
    return Coded(events, mentions, rejects, warnings)
