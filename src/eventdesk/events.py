"""Turn one article into ACLED event rows and the mentions they rest on.

The article is split into sentences, and a cheap gate keeps those that report an event. Each
kept sentence is placed (its own place names, else the place of the incident before it) and
dated (its own date, else the incident's). Sentences at one place on one day form one
incident, by ACLED's rule of one event per actors + location + day + type. The incident's
whole passage is then typed, so "a rally" followed by "police fired tear gas" becomes one
Protest with intervention, not two events.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import __version__
from .extraction import actors as actors_mod
from .extraction import classify as classify_mod
from .extraction.dates import DateMention, event_date
from .extraction.quantities import crowd_size, fatalities
from .extraction.sentences import Sentence, split_sentences
from .extraction.tactics import state_response, tactics
from .geo.countries import country_by_code
from .geo.gazetteer import Gazetteer
from . import acled_notes
from .geo.places import (Location, countries_in, locate, locate_all, locate_with_all,
                          venue_after)
from .records import Article, Event, Mention, Reject

CODER_VERSION = f"{__version__}-rules"
DEMONSTRATIONS = ("Protests", "Riots")

# Outlets whose reach is international; others are left blank rather than guessed.
_INTERNATIONAL = re.compile(
    r"\b(reuters|associated press|afp|agence france|bbc|al jazeera|rfe/rl|radio free|voice of america|voa|"
    r"guardian|new york times|washington post|cnn|deutsche welle|dw|france 24|bloomberg|financial times|"
    r"the economist|xinhua|anadolu|efe|sputnik|tass)\b", re.I)

# Coordinated places in one sentence ("in Mombasa and in the western city of Kisumu") are separate events
# (a link dropped from a list leaves ", ," behind).
_COORDINATION = re.compile(
    r"^\s*(,(?:\s*,)*|and|as well as|,\s*and)\s+(in\s+|at\s+)?(the\s+)?([a-z-]+\s+){0,3}((city|town|village|district|province|region)\s+of\s+)?$")


# A place opens a new incident only where the text puts something there: "in/at/near/outside X",
# a dateline ("ALMATY, Kazakhstan --") or an ACLED-style hierarchy in parentheses. "Tokyo's envoy to
# Nairobi" names a place where nothing happened; nor does "a baker from Leeds" or "a rocket fired
# from Ruritania hit Elmley": "from" gives an origin, unless forces withdraw or people flee from there.
# "of" places only after a place noun ("the town of X"), not in "one of two north Leeds students".
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|across|around|throughout|inside|into|along|on the outskirts of|through|"
    r"towards?|within|between|(?:towns?|city|cities|villages?|provinces?|regions?|districts?|governorate|state|county|capital|"
    r"bombardment|bombing|shelling|siege|capture|recapture|fall|liberation|control|outside|edge|"
    r"suburbs?|outskirts|area|neighbou?rhood|camp|streets?|cent(?:re|er)|parts?|residents|people|countryside|ports?|harbou?r|islands?|hinterlands?|"
    r"municipality|department|north|south|east|west|[a-z]+-(?:east|west)|heart|centre) of|(?:withdr[ae]wn?|withdrawing|retreat(?:ed|ing)?|pull(?:ed|ing)? out|expelled|"
    r"driven|ousted|fled|evacuated)\s+from|enter(?:ed|ing)|reach(?:ed|ing)|arriv(?:ed|ing) (?:in|at))\b[^.;:!?()]{0,40}|\(\s*|^\W*|"
    # what is shelled, stormed or taken is where the event is: "shelled Lysychansk", "an assault on Afrin"
    r"\b(?:shell(?:ed|ing)|bomb(?:ed|ing)|attack(?:ed|ing)|struck|hit|raid(?:ed|ing)|storm(?:ed|ing)|"
    r"(?:re)?captur(?:ed|ing)|seiz(?:ed|ing)|retook|took over|besieg(?:ed|ing)|target(?:ed|ing)|"
    r"(?:attacks?|assault|offensive|air ?strikes?|strikes?|raids?|bombing|bombardment|shelling|siege|advance)\s+"
    r"(?:on|against))\s+(?:the\s+)?(?:[\w'-]+\s+){0,3})$", re.I)


# A capitalised word right before a place name makes it a surname ("to mourn Daniel Preston"), unless that
# word is a compass point, a prefix of place names or a demonym ("Eastern Ghouta", "Al Bab", "Kurdish Afrin").
_PLACE_PREFIX = re.compile(
    r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer|New|Old|Al|El|As|Ar|Ad|"
    r"Ash|Tal|Tel|Deir|Bab|Ras|Saint|St|San|Santa|Port|Mount|Lake|Fort|Cape|Kafr|Jabal|Jebel|Wadi|Ain|Bir|Beit|Khan|Abu|Umm|Sidi|"
    r"Ciudad|Nueva|Nuevo|Puerto|Villa|La|Le|Los|Las|Bandar|Kota|Nam|Tan|Hai|Ban|Nong|Mae|Lak|Dera|Mandi|Nova|Novo|Nowa|Bad|Sankt)$"
    r"|(?:an|ian|ish|ese|i|ic)$")


def _locative(text: str, loc: Location) -> bool:
    m = loc.mention
    if m is None:  # resolved through a hierarchy, not a bare name
        return True
    if _METONYM_AFTER.match(text[m.end:m.end + 60]) and not text[:m.start].strip(" \"'“‘"):
        return False  # "Tehran has vowed vengeance", "Ankara launched an offensive": the government, not the place
    if not text[:m.start].strip(" \"'“‘") and re.match(r"\s+[A-Z][a-z]", text[m.end:m.end + 3]) \
            and not _STRUCK_AFTER.match(text[m.end:m.end + 80]):
        return False  # "Leeds Tenants Union called the march": the first word of a name
    if _SPOKE_IN.search(text[max(0, m.start - 60):m.start]):
        return False  # "the army spokesman told reporters in Maiduguri": where the news was given, not made
    return bool(_LOCATIVE.search(text[max(0, m.start - 60):m.start]) or _STRUCK_AFTER.match(text[m.end:m.end + 80])
                or (re.search(r"\bon\s+$", text[max(0, m.start - 5):m.start]) and _STREET_AFTER.match(text[m.end:m.end + 50])))


# "gathered on Copacabana beach", "marched on Independence Avenue": a place named by its street or beach
_STREET_AFTER = re.compile(r"(?:['’]s(?:\s+[A-Z][\w-]*){1,3})?\s+(?i:beach|square|avenue|street|boulevard|road|bridge|highway|promenade|esplanade|waterfront)\b")


_SPOKE_IN = re.compile(r"\b(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:\w+\s+){0,2}(?:reporters|journalists|the press|the media|"
                       r"a (?:news|press) (?:conference|briefing)|lawmakers|parliament)\s+in\s+(?:the\s+)?$"
                       r"|\b(?:said|says|speaking|spoke|announced|wrote)\s+(?:\w+\s+){0,2}?in\s+(?:a\s+statement\s+in\s+)?$", re.I)


# A capital opening a sentence and acting as a government speaks, decides or sends forces.
_METONYM_AFTER = re.compile(
    r"(?:['’]s\s+(?:government|leaders?|officials|foreign ministry|response))?\s+(?:(?:has|have|had|is|was|also|then|later|quickly|now|on \w+)\s+)*"
    r"(?:vowed|said|says|warned|announced|accused|denied|insisted|claimed|called|demanded|threatened|responded|rejected|condemned|"
    r"blamed|urged|promised|pledged|agreed|signed|sent|ordered|launched|backs|backed|supports|supported|wants|wanted|fears|feared|"
    r"sees|saw|considers|considered|regards|refused|recalled|expelled|summoned|retaliated|hit back)\b")


# The subject of a passive attack is where it happened: "Kobani was shelled", "X University was besieged by police".
_STRUCK_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:was|were|has been|had been|came under)\s+(?:\w+\s+)?(?:besieged|attacked|stormed|shelled|raided|bombed|"
    r"struck|hit|targeted|captured|seized|surrounded|overrun|attack|fire|shelling|bombardment|siege)\b")


_ALSO = re.compile(r"\b(?:also|too|likewise|as well|similar(?:ly)?)\b", re.I)
_QUOTE = re.compile(r"^\W{0,2}[\"“‘']")  # a quotation is what someone said, not the reporter's account of an event
# the rest of a quotation the sentence splitter cut: 'The boys fought for every run," the captain said'
_QUOTE_TAIL = re.compile(r"^[^\"“”]*[,.!?][\"”]\s+(?:[\w’'-]+\s+){0,5}(?:said|says|told|added|insisted|warned)\b")
LEAD = 6  # sentences: undated events are the news of the lead; later undated ones are background
FOLLOW_UP = 3  # sentences within which an undated sentence continues the incident before it
SHORT = 1500  # characters: a note or a brief, whose every sentence is about the same event
HISTORY = 365  # days before publication beyond which a dated event is background, not news
# In a long article the news is of the last days: an event dated weeks back is told as background
# (the offensive "launched in January", the city "liberated last month"). The lead may recall the
# event a follow-up story is about (an arrest a month ago, in a story on the charges) a little longer.
RECENT_BODY = 14  # days
RECENT_LEAD = 45  # days

# Paragraphs that turn to other news: the next event, never the continuation of the one before.
_NEWS_TURN = re.compile(r"^\W*(?:Meanwhile|Elsewhere|Separately|In (?:a|another) separate (?:\w+ )?(?:incident|attack|development)"
                        r"|In another (?:\w+ )?(?:incident|attack|development))\b", re.I)
# Words that tie an undated sentence deep in a long story to the news of the day rather than to its background.
_RECENT = re.compile(r"^\W*(?:Meanwhile|Elsewhere|Separately)\b|\b(?:also|in the (?:past|last) (?:24|48|72|\w+) (?:hours|days)|in recent days"
                     r"|overnight|earlier (?:today|this week|on)|this (?:week|morning|afternoon|evening)|yesterday|today|tonight)\b", re.I)
# A letter to the editor answers "your article": an argument about events, not a report of one.
_LETTER = re.compile(r"\byour (?:recent )?(?:article|report|editorial|leader|piece|column|columnist|correspondent|coverage|obituary)\b", re.I)
# "two weeks ago", "months ago": a span back that the date reader leaves undated, and background all the same.
_AGO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) (?:weeks?|months?) ago\b"
                  r"|\b(?:last|earlier this) (?:month|year)\b", re.I)
_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|(?:war|conflict|uprising|revolution|crisis|famine|genocide|massacre|riots|insurgency) of) "
                      r"(?:early |late |mid-?)?((?:19|20)\d\d)\b(?!\s*(?:people|protesters|troops|soldiers|km|kilomet))")


# "Two bombs exploded ..., killing at least 12": a lead that sums up several incidents told one by one after it
_MANY_INCIDENTS = re.compile(r"\b(?:two|three|four|five|six|several|multiple|twin|a series of|a wave of|a string of)\s+(?:[\w-]+\s+)?"
                             r"(?:bombs?|blasts|explosions|attacks|bombings|strikes|air ?strikes|raids|ambushes|incidents|clashes)\b", re.I)


def _fatalities(inc: Incident, *, split: bool, acled: bool = False) -> int:
    """The incident's dead; where the article splits a summed-up lead into incidents, each counts only its own,
    and the dead of a clause set elsewhere ("- while in eastern Ghouta, 59 civilians died") are not its own."""
    names = _names(inc.location)

    def here(text: str) -> str:
        return _ELSEWHERE_CLAUSE.sub(lambda m: m.group(0) if any(n in m.group(0).lower() for n in names) else " ", text)

    def dead(text: str) -> int:  # an ACLED note's own "fatalities coded as N" wins
        coded = acled_notes.fatalities_coded(text) if acled else None
        return coded if coded is not None else fatalities(text)

    if split and len(inc.sentences) > 1:
        own = [here(s.text) for s in inc.sentences if not _MANY_INCIDENTS.search(s.text)]
        if own and len(own) < len(inc.sentences) and (n := dead(" ".join(own))):
            return n
    return dead(here(inc.passage))


_ELSEWHERE_CLAUSE = re.compile(r"(?:[,;–—]|\s-)\s*(?:while|whereas|meanwhile)\s+in\s+[^.;]*", re.I)


def _historical(text: str, published) -> bool:
    """ "Jailed in 2021, sparking riots that left 300 dead": an undated sentence (the caller has found no
    day in it) set in a past year is history the story recalls."""
    main = re.split(r"\b(?:which|who|whose|whom|that (?:was|were|had))\b", text, maxsplit=1)[0]  # not "a law which was passed in 2019"
    return published is not None and \
        (any(int(y) < published.year for y in _IN_YEAR.findall(main)) or bool(_PAST_SEASON.search(main)))


_YEARISH = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous) (?:summer|winter|spring|autumn|fall|year)\b|\byears ago\b", re.I)


def _claims(inc: Incident, incidents: list[Incident], sentences: list[Sentence], published) -> str:
    """Sentences claiming an attack between this incident and the next one the article tells: a claim
    ("the group later said it carried out the raid") often comes paragraphs after the attack, and
    belongs to the last incident told before it, never to background set in the past."""
    if not inc.sentences:
        return ""
    start = inc.sentences[0].index
    later = [i.sentences[0].index for i in incidents if i.sentences and i.sentences[0].index > start]
    end = min(later, default=len(sentences))
    return " ".join(s.text for s in sentences[start + 1:end]
                    if s not in inc.sentences and actors_mod.is_claim(s.text) and not _told_as_history(s.text, published))


def _told_as_history(text: str, published, when: DateMention | None = None, *, dated: bool = False) -> bool:
    """Dated beyond HISTORY, or undated and set in a past year; `dated` says `when` was already read."""
    if not dated:
        when = event_date(_past_dateline_text(text), published)
    return (when is None and _historical(text, published)) or \
        (when is not None and published is not None and (published - when.date).days > HISTORY)


_PAST_SEASON = re.compile(r"\b(?:last|the previous|a) (?:summer|winter|spring|autumn|fall|year)\b|\b(?:\w+|\d+) years ago\b", re.I)


# A sentence led by "the attack", "Sunday's strike" speaks of the incident just told, and where it puts
# "the attack" is where that incident happened.
_ANAPHOR = re.compile(
    r"^\W*(?:The|This|That|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)[’']s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike|air ?strike|bombing|blast|explosion|raid|assault|ambush|shelling|clash(?:es)?|fighting|protest|rally|demonstration|march|killing|massacre)s?"
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:(?:was|were) (?:carried out|launched|staged|held|mounted)|took place|happened|occurred)\s+(?:in|at|near|on)\b")
# A burial or funeral reports the dead of an event told elsewhere, unless the mourners protest or riot.
_BURIAL = re.compile(r"\b(?:was|were|been|being) (?:\w+ )?(?:buried|laid to rest)\b|\bfunerals? (?:of|for)\b|\bmourners\b", re.I)
# An obituary ("X, who has died at 58, was ...") tells a life: its deaths and battles are biography.
_OBITUARY = re.compile(r"\bwho (?:has )?died,? aged \d+")


def _headline(text: str, first: bool = False) -> bool:
    """Headlines, captions and video labels repeat the story without a full stop, in Title Case, or
    (as an article's first line) in sentence case."""
    if re.search(r"[.!?][\"'”’)]*$", text):
        return False
    if first and len(text.split()) <= 20:
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
    long = [w for w in words if len(w) > 3]
    return not long or sum(w[0].isupper() for w in long) / len(long) >= 0.6 or len(words) <= 4


@dataclass
class Incident:
    sentences: list[Sentence] = field(default_factory=list)
    location: Location | None = None
    date: DateMention | None = None
    context: list[Sentence] = field(default_factory=list)  # not typed from, only mined for details

    @property
    def passage(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass
class Coded:
    events: list[Event]
    mentions: list[Mention]
    rejects: list[Reject]
    warnings: list[str]


def _place_key(loc: Location | None) -> tuple | None:
    if loc is None:
        return None
    p = loc.place
    return (p.country.iso, round(p.latitude, 2), round(p.longitude, 2))


def _subnational(loc: Location | None) -> Location | None:
    """ACLED codes no event to a whole country: a country name alone does not place an event."""
    return loc if loc is not None and loc.place.kind != "country" else None


_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}


def _within(a: Location, b: Location) -> bool:
    """a names the same area as b or the region b sits in ("Cankaya, Ankara": Ankara qualifies Cankaya)."""
    pa, pb = a.place, b.place
    if _place_key(a) == _place_key(b):
        return True
    if pa.country != pb.country or not pa.admin1 or pa.admin1 != pb.admin1:
        return False
    if pa.kind == "admin1" or pb.kind == "admin1" or \
            (pa.name or "").lower() == pa.admin1.lower() or (pb.name or "").lower() == pb.admin1.lower():
        return True
    if "admin2" not in (pa.kind, pb.kind):
        return False
    # a district holds its own towns, not those of the next district ("in Pishin" and then "in Qilla Saifullah")
    unit, other = (pa, pb) if pa.kind == "admin2" else (pb, pa)
    names = {(x or "").lower() for x in (unit.admin2, unit.name)} - {""}
    return not other.admin2 or (other.admin2 or "").lower() in names


def sentence_locations(text: str, gazetteer: Gazetteer, hint, *, acled: bool = False) -> list[Location]:
    """One location per event in the sentence; several only for a list of places in different regions
    ("in Shymkent and in Aktobe"), never for a place and its region ("in Cankaya, Ankara")."""
    best, found = locate_with_all(text, gazetteer, country_hint=hint, acled_notes=acled)
    best = _subnational(_past_dateline(text, best, found, gazetteer, hint, acled=acled))
    out = [best] if best else []
    if not best or len(found) < 2:
        return out
    listed = []
    prev_end = None
    for mention, loc in found:
        if prev_end is not None and _COORDINATION.match(text[prev_end:mention.start]) and loc.place.kind == "city":
            listed.append((prev_end, loc))
        prev_end = mention.end
    if not listed or not re.search(r"\b(and|as well as)\b", text[listed[0][0]:listed[-1][1].mention.start]):
        return out
    last = listed[-1][1].mention
    first = next(m for m, loc in found if m.end == listed[0][0])
    if _BETWEEN.search(text[max(0, first.start - 30):first.start]) or _spot_after(text[last.end:last.end + 60]):
        return out  # "the road between Homs and Raqqa", "Ashford, Elmley, and Weald high schools": one place
    if best.mention is not None and best.mention.end <= first.start and _MOTIVE.search(text, best.mention.end, first.start):
        return out  # "marched in Ashford to protest evictions in Elmley and Weald": what it was about
    for _, loc in listed:
        if all(not _within(loc, o) and not _within(o, loc) and loc.place.country == o.place.country
               and (loc.place.admin1 != o.place.admin1) for o in out):
            out.append(loc)
    return out


# "between X and Y" names one stretch of road or front, not two events
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities|areas?|districts?)\s+(?:of\s+)?)?$", re.I)
# A name followed by a part of town or a venue names that quarter or venue, not a town of its own: "the San Pedro
# area", "the Alder and San Telmo squares", "La Jolla Village Drive" (schools and streets: places.venue_after)
_QUARTER_AFTER = re.compile(r"^(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:neighbou?rhoods?|area|squares|communit(?:y|ies)|quarters?|"
                            r"sectors?|streets|roads?|avenues|drive|intersection|bridge|park|market|roundabout|junction|"
                            r"estate|favela|slum|universities|campus|hospital|stadium|mall|plaza)\b")
_SPOT_BEFORE = re.compile(r"(?:\b(?:Colonia|Col\.|Barrio|Bairro|Favela|Morro\s+do|Morro\s+da|Rua|Calle|Avenida)\s+|\bthe\s+(?:(?=(?:La|El|Los|Las)\s)|(?:La|El|Los|Las)\s+))$")


def _spot_after(after: str) -> bool:
    return bool(_QUARTER_AFTER.match(after)) or venue_after(after)


# The clause that says what a protest was about, or after what: a place in it is the grievance, not a second
# event ("to demand justice for a cyclist run over in Ashford", "after the murder of a nurse in
# Weald", "asked for the return of traders seized between Elmley and Rowan")
_MOTIVE = re.compile(
    r"\b(?:to\s+(?:oppose|protest|denounce|condemn|demand|decry|mark|commemorate|honou?r|mourn|remember)|in protest (?:at|of|against)|"
    r"demand(?:s|ed|ing)?\s+(?:the\s+)?(?:release|return|justice)|(?:protest(?:s|ed|ing)?|demonstrat(?:ed|ing)|rall(?:ied|ying))\s+(?:against|over)|"
    r"(?:after|following|over|against|for)\s+(?:the\s+)?(?:recent\s+)?(?:\w+\s+){0,2}?"
    r"(?:killings?|deaths?|murders?|abductions?|kidnappings?|disappearances?|femicides?|rapes?|assassinations?|shootings?|lynchings?))"
    r"[^,;:.]*$", re.I)


# A wire dateline ("KHARTOUM (Reuters) -", "BAMAKO, Aug 3 (Reuters) -", "KYIV, Ukraine —") says where the
# reporter files from. It places the event only when the sentence names no other place for it.
_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,\s+[A-Z][\w.'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w.'’-]*){0,3})?"
    r"(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z./ -]{1,30}\))?\s*(?:--|[-—–:])\s+")


def _aside(text: str, loc: Location) -> bool:
    """Is the place a venue or quarter ("near the Restrepo neighborhood", "in Colonia Aleman") or the place
    of what the event was about ("after the murder of a nurse in Weald")?"""
    m = loc.mention
    if m is None:
        return False
    return bool(_spot_after(text[m.end:m.end + 60]) or _SPOT_BEFORE.search(text[max(0, m.start - 20):m.start])
                or _MOTIVE.search(text, 0, m.start))


def _main_date(text: str, published):
    """The sentence's day, but not a month told inside a relative clause ("recaptured the town from insurgents
    who seized it last month"): that dates the background, and a later sentence will give the day."""
    body = _past_dateline_text(text)
    when = event_date(body, published)
    if when is not None and re.search(r"\b(?:who|which|that (?:was|were|had))\b[^,;]*$", body[:when.start]) and (
            when.time_precision == 3 or (published is not None and (published - when.date).days > HISTORY)):
        return None  # "... despite a ceasefire that was agreed a year ago"
    return when


def _past_dateline_text(text: str) -> str:
    """The sentence without its dateline: "BAMAKO, Aug 3 (Reuters) -" dates the filing, not the event."""
    dl = _DATELINE.match(text)
    return text[dl.end():] if dl else text


def _past_dateline(text: str, best: Location | None, found: list, gazetteer: Gazetteer, hint, *,
                   acled: bool = False) -> Location | None:
    dl = _DATELINE.match(text)
    if best is None or best.mention is None or dl is None or best.mention.start >= dl.end():
        return best
    named = countries_in(text[dl.end():])
    others = [loc for m, loc in found if m.start >= dl.end() and loc.place.kind != "country" and _locative(text, loc)
              and (loc.place.country == best.place.country or loc.place.country in named)]
    if others:
        # the sentence read without its dateline ranks its own places ("in Jharkhand's Gumla district")
        rest = locate(text[dl.end():], gazetteer, country_hint=hint, acled_notes=acled)
        if rest is not None and rest.place.kind != "country" and any(_place_key(rest) == _place_key(o) for o in others):
            return Location(rest.place, rest.location, rest.geo_precision,
                            replace(rest.mention, start=rest.mention.start + dl.end(), end=rest.mention.end + dl.end())
                            if rest.mention is not None else None)
        return others[0]
    # "killed 15 civilians in the village of Boni in central Mali": the place is one the gazetteer lacks;
    # the incident waits for a later sentence to place it rather than take the reporter's city.
    return None if _UNKNOWN_PLACE_NAMED.search(text, dl.end()) else best


_UNKNOWN_PLACE_NAMED = re.compile(
    r"\b(?:(?:village|town|city|district|region|province|locality|area|commune|county) of [A-Z]|"
    r"in (?:the )?(?:north|south|east|west|central|northern|southern|eastern|western|north-?(?:east|west)(?:ern)?|"
    r"south-?(?:east|west)(?:ern)?) [A-Z])")


def _where_countries(text: str) -> Counter:
    """Countries the text puts something in ("killed ... in Syria"), not nationalities ("a British film-maker")."""
    spans = " ; ".join(m.group(0) for m in re.finditer(
        r"\b(?:in|into|inside|across|throughout)\s+(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|[a-z]+-(?:eastern|western))\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text))
    return countries_in(spans, places_only=True) if spans else Counter()


_FUNCTION_WORD = re.compile(r"^(?:In|At|On|Of|For|To|From|The|A|An|And|Or|But|With|By|As|Near|Inside|Outside|Into|Across|Around|"
                            r"Through|Throughout|Between|Along|Via|Over|Under|Since|During|After|Before|Then|When|While|Where)$")


def _notable(text: str, loc: Location, gazetteer: Gazetteer) -> bool:
    """A city of a quarter million or a region called a province needs no country named beside it to take
    a dated report abroad ("last week Israel bombed a base in Homs province", in a story about Russia).
    Only under its own name: an unknown village read as a big city's misspelling ("Boni" for Bonn) is not."""
    m = loc.mention
    if m is None or loc.place not in gazetteer.lookup(m.surface):
        return False
    if loc.place.kind == "admin1":
        return bool(re.match(r"\s+(?:province|governorate|oblast|region|state)\b", text[m.end:m.end + 15], re.I))
    return loc.place.kind == "city" and loc.place.population >= 250_000


def _person_surnames(text: str, is_place=lambda word: False) -> set[str]:
    """Words the article uses as a surname after a given name ("mourn Daniel Preston"): a place's name
    that is a person's elsewhere in the story ("Preston's coffin") is that person. A first word that is
    itself a city or region ("Kabul University") makes no person."""
    out = set()
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+) ([A-Z][a-z]{2,})(?=[\s,.’']|$)", text):
        first = m.group(1)
        if not _PLACE_PREFIX.search(first) and not _FUNCTION_WORD.match(first) and not is_place(first):
            out.add(m.group(2))
    return out


def _big_place(gazetteer: Gazetteer):
    return lambda word: any(p.kind in ("admin1", "country") or p.population >= 100_000 for p in gazetteer.lookup(word)[:3])


def _stale(position: int, when: DateMention | None, published) -> bool:
    """In a long article, is the sentence at this position of the story, so dated, background (weeks before
    publication)?"""
    if when is None or published is None:
        return False
    age = (published - when.date).days
    return age > (RECENT_LEAD if position < LEAD else RECENT_BODY)


def _incidents(sentences: list[Sentence], published, gazetteer, hint, *, long: bool = False,
               acled: bool = False) -> list[Incident]:
    incidents: list[Incident] = []
    current: Incident | None = None
    if long and sentences and _OBITUARY.search(sentences[0].text):
        return incidents
    persons = _person_surnames(" ".join(s.text for s in sentences if not _headline(s.text)), _big_place(gazetteer)) if long else set()
    # the lead is counted from the story's first sentence, after the page's menus and headlines
    start = next((s.index for s in sentences if not _headline(s.text, s.index == 0 and len(sentences) > 1)), 0)
    history_at = -2
    for s in sentences:
        if _headline(s.text, s.index == 0 and len(sentences) > 1) or _QUOTE.match(s.text) or _QUOTE_TAIL.match(s.text):
            continue
        if not classify_mod.is_event_sentence(s.text):
            if _YEARISH.search(s.text) and _told_as_history(s.text, published):
                history_at = s.index  # "In August 2011, rioting spread ...": what follows it is still that story
            continue
        if long and _BURIAL.search(s.text) and (lab := classify_mod.classify(s.text)) is not None \
                and lab.event_type not in DEMONSTRATIONS:
            continue  # "fighters killed a day earlier were buried": the deaths happened elsewhere, told before
        when = _main_date(s.text, published)
        if _told_as_history(s.text, published, when, dated=True):
            history_at = s.index
            continue
        if when is None and s.index == history_at + 1 and not _RECENT.search(s.text):
            history_at = s.index  # "In August 2011, rioting spread... Shops were looted": the story goes on in the past
            continue
        turn = long and bool(_NEWS_TURN.match(s.text))
        near = current is not None and s.index - current.sentences[-1].index <= FOLLOW_UP and not turn
        if long:
            if _stale(s.index - start, when, published) or (s.index >= start + LEAD and _AGO.search(s.text)):
                continue
            prev = sentences[s.index - 1].text if s.index > 0 else ""
            recent = _RECENT.search(s.text) or _RECENT.search(prev)
            # Deep in a long story an undated sentence that continues no incident is background or analysis
            # ("the town fell to the army after the envoy said...", "years of fighting have ruined...").
            if when is None and s.index >= start + LEAD and not near and not recent:
                continue
        # a place must be where something happened, not just named ("Donald Trump", "envoy to Nairobi"),
        # and a story moves abroad only when it names the other country ("Cheikh Anta Diop University" in a
        # Senegalese story is no Indian village)
        home = next((i.location.place.country for i in incidents if i.location is not None), hint)
        where = [w for w in sentence_locations(s.text, gazetteer, hint, acled=acled) if _locative(s.text, w)
                 and not (w.mention is not None and w.mention.surface in persons)
                 and (home is None or w.place.country == home or w.place.country in countries_in(s.text)
                      or (when is not None and _notable(s.text, w, gazetteer)))]
        if acled and current is not None and acled_notes.coded_elsewhere(s.text):
            continue  # "Troops drove the raiders off at Elmley [coded separately]": another note's event
        if near and current.location is not None:
            # a follow-up's street, square or quarter, or the place of its grievance, is no new event
            where = [w for w in where if not _aside(s.text, w)]
        if long and near and where and _ANAPHOR.match(s.text) and (when is None or current.date is None or when.date == current.date.date):
            current.sentences.append(s)
            if current.location is None or not _within(current.location, where[0]):
                current.location = where[0]  # "the raid on Sunday took place in the village of X"
            current.date = current.date or when
            continue
        if not where and current is None and s.index == start + 1 and not long:
            # "On 6 May, troops conducted an operation in Datta Khel. During the operation, eight militants were
            # killed": the lead that sets the scene, though no event itself, gives the place and the day
            lead = sentences[start]
            where = [w for w in sentence_locations(lead.text, gazetteer, hint, acled=acled) if _locative(lead.text, w)]
            when = when or _main_date(lead.text, published)
        if not where:
            if current is not None and near:
                current.sentences.append(s)
                current.date = current.date or when
            elif s.index < LEAD or when is not None:
                current = Incident([s], None, when)
                incidents.append(current)
            continue
        for loc in where:
            # "also rallied in Shymkent" shares the day of the incident just told, not one pages back
            date = when or (current.date if current is not None and near else None)
            # an unplaced incident takes the place of a sentence that continues it, not of one pages on,
            # and not one abroad when it named its own country ("killed in Syria" then "a vigil in London")
            match = next((i for i in incidents
                          if ((i.location is None and (not long or (i is current and near))
                               and (not long or not (named := _where_countries(i.passage)) or loc.place.country in named))
                              or (i.location is not None and (_within(loc, i.location) or _within(i.location, loc))))
                          and (i.date is None or date is None or i.date.date == date.date)), None)
            if match:
                if s not in match.sentences:
                    match.sentences.append(s)
                if match.location is None or (_within(match.location, loc) and not _within(loc, match.location)) \
                        or _RANK[loc.place.kind] > _RANK[match.location.place.kind] >= _RANK["admin1"]:
                    match.location = loc  # the more specific place names the event ("in Ituri province" ... "near Djugu")
                match.date = match.date or date
                current = match
            else:
                current = Incident([s], loc, date)
                incidents.append(current)
    # Sentences the gate passed over still describe the incident when they name its place
    # ("The march through Almaty on August 30 lasted an hour."), and the lead's next sentences
    # say who organised the first incident. They supply a missing day, crowd size and organisers.
    for n, inc in enumerate(incidents):
        names = _names(inc.location)
        about = [s for s in sentences if names and any(x in s.text.lower() for x in names)]
        # background naming the same place ("In January 2023, a suicide bomber killed 80 in Peshawar") tells
        # nothing about this incident
        inc.context = [s for s in about if s not in inc.sentences and not _headline(s.text) and not _told_as_history(s.text, published)]
        if n == 0 and inc.sentences:
            first = inc.sentences[0].index
            inc.context += [s for s in sentences[first + 1:first + 4] if s not in inc.sentences and s not in inc.context
                            and not _told_as_history(s.text, published)]
        if inc.date is None:
            inc.date = next((d for d in (event_date(_past_dateline_text(s.text), published) for s in inc.context if s in about) if d), None)
        told = inc.date is not None and inc.sentences and (m := _TOLD_ON.search(inc.sentences[0].text)) is not None \
            and inc.date.surface in m.group(0)
        if (inc.date is None or told) and n == 0 and inc.sentences and inc.sentences[0].index + 1 < len(sentences):
            # "... recaptured the town of X. Soldiers entered the town on Tuesday": the next sentence tells the day,
            # and a lead dated only by its telling ("residents told AFP on Friday") takes it too
            nxt = sentences[inc.sentences[0].index + 1].text
            if _SAME_PLACE.search(nxt) and not _TOLD_ON.search(nxt):
                day = event_date(nxt, published)
                if day is not None and (inc.date is None or day.date <= inc.date.date):
                    inc.date = day
        # "students also marched in Elmley" happened on the day of the incident told before it
        if inc.date is None and n > 0 and _ALSO.search(inc.passage):
            inc.date = incidents[n - 1].date
    return incidents


_SAME_PLACE = re.compile(r"\bthe (?:town|city|village|community|area|district|base|camp|market|attacks?|assaults?|raids?|strikes?|air ?strikes?|"
                         r"bombings?|blasts?|protests?|march|rally|demonstrations?|operation|offensive|fighting|clashes|"
                         # "Armed bandits have abducted 34 residents. ... the gunmen stormed the village on Sunday"
                         r"gunmen|attackers|assailants|bandits|militants|kidnappers|abductors|insurgents|protesters|demonstrators|"
                         r"gang members|building|station|compound|checkpoint|school|church|mosque|hospital|prison)\b", re.I)
# "told our correspondent on Monday": the day of the telling, not of the incident
_TOLD_ON = re.compile(r"\b(?:said|say|says|told|confirmed|announced|reported|added|stated)(?:\s+(?![\w']+ed\b)[\w']+){0,4}?"
                      r"\s+on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _names(loc: Location | None) -> set[str]:
    """How the text may name the incident's place: as written ("KAMPALA") and as resolved ("Kampala")."""
    if loc is None:
        return set()
    return {x.lower() for x in (loc.location, loc.mention.surface if loc.mention else None) if x}


def _event_id(iso3: str, article_id: str, date: dt.date, location: str, sub_event_type: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{date}|{location}|{sub_event_type}".encode()).hexdigest()
    return f"{iso3}{int(digest[:12], 16) % 10**11}"


def _notes(date: dt.date, passage: str) -> str:
    text = passage if len(passage) <= 600 else passage[:599].rsplit(" ", 1)[0] + "…"
    return text if re.match(r"^(On|Around|Between|In|Since)\b", text) else f"On {date.day} {date:%B %Y}, {text}"


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
    body = _past_dateline_text(article.text)
    return locate(" ".join(filter(None, [article.title, body])), gazetteer, country_hint=hint, acled_notes=acled) or \
        (locate(article.text, gazetteer, country_hint=hint, acled_notes=acled) if body != article.text else None)


_LANGUAGE_EDITION = re.compile(r"\b\w+(?:-language)?\s+(?:edition|service|version|section|desk|feed|channel)\b", re.I)


def article_country(article: Article, gazetteer: Gazetteer, *, acled: bool = False):
    """The country the article is about, to break ties between homonymous places: the outlet's own
    country where its name or its web domain carries one ("El Nuevo Dia (Colombia)", "...co.ke"), else
    the lead's main place."""
    if article.source:
        # "(English edition)", "Arabic service": the language an outlet writes in, not its country
        named = countries_in(_LANGUAGE_EDITION.sub(" ", article.source))
        if named:
            return named.most_common(1)[0][0]
    domestic = _url_country(article.url)
    if domestic is not None:
        return domestic
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
    return loc.place.country if loc else None


def code_article(article: Article, gazetteer: Gazetteer, *, now: dt.datetime | None = None,
                 notes: str | None = None) -> Coded:
    """The article's events. `notes="acled"` declares the text an ACLED note, whose own annotations
    ("coded to X", "[coded separately]", "fatalities coded as N") are then read (eventdesk.acled_notes)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    acled = acled_notes.check(notes) == "acled"
    warnings: list[str] = []
    published = article.published_at
    if published is None:
        warnings.append(f"{article.origin}: article {article.id} has no publication date; undated events fall back to "
                        f"the ingest day with time_precision 3")
    sentences = split_sentences(article.text)
    hint = article_country(article, gazetteer, acled=acled)
    events, mentions, rejects = [], [], []
    incidents = _incidents(sentences, published, gazetteer, hint, long=len(article.text) > SHORT, acled=acled)
    if acled and len(incidents) == 1 and len(article.text) <= SHORT and \
            (coded := acled_notes.coded_location(article.text, gazetteer, country_hint=hint)):
        # a note's own "coded to X" holds for its one event even when said in a sentence of its own
        incidents[0].location = coded
    if not incidents and len(article.text) <= SHORT and not _LETTER.search(article.text) \
            and "\n\n" not in article.text.strip():
        # The gate is for long articles; a brief or a note is one report, and the classifier judges it whole
        # (it returns None for what is no event), leaving out what it tells as history. A story in paragraphs
        # is no note: read whole, its background and asides make events ("a peace plan agreed in 2021" in a
        # summit report, a recalled raid in a court report), so only its sentences the gate passes count.
        body = [s for s in sentences if not _headline(s.text, s.index == 0 and len(sentences) > 1)
                and not _told_as_history(s.text, published)]
        if body:
            text = " ".join(s.text for s in body)
            where = [w for w in sentence_locations(text, gazetteer, hint, acled=acled) if _locative(text, w)]
            incidents = [Incident(body, where[0] if where else None, event_date(_past_dateline_text(text), published))]
    for inc in incidents:
        passage = inc.passage
        label = classify_mod.classify(passage, " ".join(s.text for s in inc.context))
        if label is None or classify_mod.game_play(label, passage, article.text):
            continue
        if inc.date is not None and published is not None and (published - inc.date.date).days > HISTORY:
            continue
        if inc.location is None and inc.date is None and events:
            continue  # "officials said the leaders had been detained": no place and no day of its own, a restatement
        # a short report is about one place; in a long one an unplaced sentence is not placed by guesswork
        loc = inc.location or (_locate_short(article, gazetteer, hint, acled=acled) if len(article.text) <= SHORT else None)
        if loc is None:
            rejects.append(Reject(stage="extract", table="events", origin=article.origin,
                                  reason="no place found for the event", value=label.sub_event_type,
                                  record=passage[:4000]))
            continue
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
                                      article=article.text, claims=_claims(inc, incidents, sentences, published))
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
            country=country.name, admin1=None if whole else p.admin1, admin2=None if whole else p.admin2,
            admin3=None if whole else p.admin3, location=loc.location,
            latitude=round(p.latitude, 4), longitude=round(p.longitude, 4), geo_precision=loc.geo_precision,
            source=source, source_scale="International" if _INTERNATIONAL.search(source) else None,
            notes=_notes(date, passage), fatalities=_fatalities(inc, split=len(incidents) > 1, acled=acled),
            tags=f"crowd size={crowd.wording}" if crowd else None, timestamp=int(now.timestamp()),
            tactics=tactics(passage) if demo else [], state_response=state_response(passage) if demo else [],
            crowd_size_low=crowd.low if crowd else None, crowd_size_high=crowd.high if crowd else None,
            article_ids=[article.id], source_urls=[article.url] if article.url else [], evidence=passage,
            confidence=round(float(label.confidence), 3), coder_version=CODER_VERSION,
        ))
        mentions += [Mention(eid, article.id, s.index, s.start, s.end, s.text) for s in inc.sentences]
    return Coded(events, mentions, rejects, warnings)
