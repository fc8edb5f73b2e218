"""Associated actors of a demonstration (codebook §1.4): organisers named in the text, identity labels of
the crowd, officials who joined, diasporas; and organisers() for groups named as what participants belong
to (lexicon/actors_organisations, _officials, _crowd_cues)."""
from __future__ import annotations

import datetime as dt
import re

from ...text.lexicon import alternation
from .words import words, word_rx, listed, any_of
from .states import state_forces, DEMONYMS
from .cues import mention_end, PROTEST_OBJECT_RX
from .civilians import identities, ethnic_groups, EXTRA_PEOPLE
from .groups import named_in


# a trade union's name; a "Workers' Party" or "Labour Party" is a party, not a union
_UNION_NAME = re.compile(rf"\b{words('actors_organisations', 'union_name')}\b")


# a students', farmers' or indigenous union, or a political "Union for Democracy", is no labour union
_NOT_LABOUR_NAME = word_rx('actors_organisations', 'not_labour')


def _named_organisers(text: str, country: str, on: dt.date) -> list[str]:
    # Organisers named as targets ("against the BJP government") were tried as an exclusion and cost
    # more organisers than they saved, so every named non-external group is kept, except a party or union
    # named only through one of its people or its government ("a BJP minister's convoy").
    return [name for pos, name, inter in named_in(text, country, on) if inter != 8
            and not (inter is None and _GOVERNING_AFTER_RX.match(text[mention_end(text, pos):]))]


# Elected officials who join a demonstration are associated with it as their government (codebook §1.4:
# associated actors are those acting alongside actor1); officials the crowd marches against are not.
_OFFICIAL = rf"{words('actors_officials', 'official')}"


_OFFICIALS_JOIN_RX = any_of(
    rf"\b{words('actors_officials', 'with')}\s+(?:[\w,()'’.-]+\s+){{0,10}}?(?:\w+\s+)?{_OFFICIAL}\b",
    rf"\b{_OFFICIAL},?\s+(?:[\w,()'’.-]+\s+){{0,6}}?(?:also\s+)?{words('actors_officials', 'joined')}\b",
    rf"\b(?:also )?{words('actors_officials', 'present')} {words('actors_function_words', 'was_were')}"
    rf"\s+(?:[\w,()'’.-]+\s+){{0,6}}?{_OFFICIAL}\b")


_PARTY_NAME_RX = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,5}Party\b")


# "parents of students", "a lack of teachers", "justice for women": people a crowd speaks for or about are not
# in it; "hundreds of students" are
_OBJECT_BEFORE_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_cues', 'object_prep')}"
                               rf"|{words('actors_crowd_cues', 'object_link')}"
                               rf"\s+of)\s+(?:{words('actors_crowd_cues', 'object_modifier')}"
                               r"\s+){0,2}$")


_OBJECT_AFTER_RX = re.compile(rf"(?i)^['’]s?\s+{words('actors_crowd_cues', 'kin_after')}\b")


def _participant(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 50):m.start()]
    if _AGENT_BY_RX.search(before):
        return True  # "a school occupied by students": the agent of a passive is in the crowd
    return not (_OBJECT_BEFORE_RX.search(before) or _OBJECT_AFTER_RX.match(text[m.end():]))


_AGENT_BY_RX = re.compile(rf"(?i)\b{words('actors_crowd_cues', 'agent_by')}\s+by\s+"
                          rf"(?:(?:{alternation('actors_function_words', 'agent_determiner')}|\w+['’]s)\s+){{0,2}}$")


# abortion rights rallies are coded with Women; rallies against abortion are not
_PRO_CHOICE_RX = word_rx('actors_crowd_cues', 'pro_choice')


_ANTI_ABORTION_RX = word_rx('actors_crowd_cues', 'anti_abortion')


# An occupation ACLED has its own label for is coded by that label alone: striking nurses are
# "Health Workers (X)", not also a labour group, even when their union is named.
_UNION_WORD_RX = word_rx('actors_organisations', 'union_word')


# "teachers' syndicates", "nurses' unions": a union of the labelled trade itself adds nothing to the label
_TRADE_BEFORE_RX = re.compile(rf"(?i)\b{words('actors_organisations', 'trade_before')}['’]?\s+$")


_TRADE_NAME_RX = word_rx('actors_organisations', 'trade_name')


_OCCUPATIONS = {"Teachers", "Health Workers", "Farmers", "Lawyers", "Journalists", "Taxi/Bus Drivers", "Fishermen",
                "Judges"}


def associated(text: str, country: str, on: dt.date, who: str | None = None, more: str = "") -> list[str]:
    """Organisers and identity labels; `who` is the crowd's nationality when it is not `country`.

    `more` is the rest of the report: officials and party members named there as attending are kept.
    """
    who = who or country
    named = _named_organisers(text, country, on)
    out = list(named)
    # words inside a party's name ("Socialist Workers' Party") say nothing of who marched
    plain = _PARTY_NAME_RX.sub(" ", text)
    # ACLED adds Women to women's-rights rallies whoever marches, so only the other labels must name the crowd
    labels = [label for label, rx in identities()
              if any(label == "Women" or _participant(plain, m) for m in rx.finditer(plain))]
    if _PRO_CHOICE_RX.search(plain) and not _ANTI_ABORTION_RX.search(plain) and "Women" not in labels:
        labels.append("Women")
    # only a named union makes a labour group ("Health Workers (X)" is a label, not a union)
    if more:
        # unions that called the protest are often named in a later sentence ("The CCOO and UGT called ...")
        # a party or union named there is an organiser unless the crowd acts against it ("against the X government")
        later = [n for pos, n, inter in named_in(more, country, on) if inter is None
                 and not PROTEST_OBJECT_RX.search(more[max(0, pos - 60):pos])
                 and not _GOVERNING_AFTER_RX.match(more[mention_end(more, pos):])]
        named = named + [n for n in later if n not in named]
        out = list(named)
    # a union of the labelled trade itself ("Teachers' Union", "Nurses Association") says no more than the label
    trade = bool(_OCCUPATIONS.intersection(labels))
    union = any(_UNION_NAME.search(n) and not _NOT_LABOUR_NAME.search(n) and not (trade and _TRADE_NAME_RX.search(n))
                for n in named)
    if union and "Labour Group" not in labels:
        labels.append("Labour Group")
    if _OCCUPATIONS.intersection(labels) and not union and not any(
            not _TRADE_BEFORE_RX.search(plain[max(0, m.start() - 30):m.start()]) for m in _UNION_WORD_RX.finditer(plain)):
        labels = [x for x in labels if x != "Labour Group"]
    # foreign nationals protesting abroad carry their own country's labels ("Women (Ukraine)")
    out += [f"{label} ({who})" for label in labels]
    # a minority taking part: "Kurdish Ethnic Group (Germany)", "Dalit Caste Group (India)"
    out += [f"{label} ({country})" for label, where, rx in ethnic_groups()
            if ("*" in where or country in where) and any(_participant(plain, m) for m in rx.finditer(plain))]
    if _OFFICIALS_JOIN_RX.search(text) or (more and _OFFICIALS_JOIN_RX.search(more)):
        out.append(state_forces(country, on, "Government"))
    # a diaspora taking part: "Ukrainian Group (Italy)"; not when that nationality is the crowd itself
    # (actor1 already says so) nor when it is whom the crowd speaks for ("in solidarity with Ukrainians")
    for m in _DIASPORA_RX.finditer(text):
        other = DEMONYMS.get(m.group(1)) or EXTRA_PEOPLE.get(m.group(1))
        if not other or other == country or other == who or m.group(1) not in DEMONYMS \
                or _SPOKEN_FOR_RX.search(text[max(0, m.start() - 30):m.start()]):
            continue
        # "Slovak and Ukrainian activists", "Ukrainians and Russians rallied": a second nationality marching
        # beside the first is a crowd of its own (ACLED: 'Protesters (Ukraine)' associated)
        if _COORDINATED_RX.search(text[max(0, m.start() - 30):m.start()]) and not _COMMUNITY_RX.search(m.group(0)):
            out.append(f"Protesters ({other})")
            continue
        out.append(f"{m.group(1)} Group ({country})")
    return list(dict.fromkeys(out))


# the party in office or one of its people, not the party marching: "the X government", "an X spokesman", "a X member"
_GOVERNING_AFTER_RX = re.compile(r"(?i)^\W*(?:-?led\s+|ruled\s+|run\s+)?(?:party\s+)?"
                                 rf"{words('actors_organisations', 'governing')}\b(?!s)")


# US officials are named with their party ("Senator Jane Roe (D)"); a party so marked in a later sentence attended.
_ATTENDEE_PARTIES = {"DEM: Democratic Party", "GOP: Republican Party"}


_DIASPORA_RX = re.compile(
    r"\b(" + "|".join(sorted((re.escape(d) for d in DEMONYMS if d not in ("US", "U.S.", "Saudi-led")), key=len, reverse=True)) +
    rf")(?:s\b|[- ]{words('actors_people', 'hyphenated')}\b|\s+(?:\w+\s+)?"
    rf"{words('actors_people', 'diaspora')}\b)")


_COORDINATED_RX = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(d) for d in DEMONYMS if d not in ("US", "U.S.", "Saudi-led")),
                                                                key=len, reverse=True)) + r")s?\s+and\s+$")


_SPOKEN_FOR_RX = re.compile(rf"(?i)\b{words('actors_crowd_cues', 'spoken_for')}\s+(?:the\s+)?$")


_COMMUNITY_RX = re.compile(f"(?i){alternation('actors_people', 'community')}")


# "members of Ruritania's Awake movement", "supporters of the banned Farmers' Party":
# news names a demonstration's organisers as the group its participants belong to, or as the one that called it
# ("organised by the X Coalition", "at the call of the X and Y unions").
_ORG_TYPES = rf"{words('actors_organisations', 'org_type')}"


_ORG_RX = re.compile(rf"(?:\b(?i:{alternation('actors_organisations', 'member')}) (?:of|from)|\b(?i:"
                     rf"{alternation('actors_organisations', 'called')}) by|\b(?i:"
                     rf"{alternation('actors_organisations', 'call')})) (?:the )?(?:"
                     rf"{words('actors_organisations', 'qualifier')} )*(?:[A-Z][\w-]*(?:'s|"
                     r"’s) )?(?P<name>[A-Z][\w'’-]*(?:,? (?:[A-Z][\w'’-]*|"
                     rf"{alternation('actors_organisations', 'name_connector')}))*)(?: \((?P<gloss>[^)]{{1,60}})\))?(?: (?P<kind>{_ORG_TYPES}))?\b")


_TYPE_WORD = re.compile(rf"\b{words('actors_organisations', 'type_word')}\b")


_TAIL = listed('actors_organisations', 'name_connector')


_COUNTRY_NAMES = frozenset(DEMONYMS.values())


def _org_parts(name: str, kind: str | None) -> list[str]:
    """'the Socialist Party and the Green Party' names two organisers, 'Party of Labour and Justice' one."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", name) if p.strip()]
    typed = [p for p in parts if _TYPE_WORD.search(p)]
    if len(parts) > 1 and typed and all(p in typed or p.isupper() for p in parts):
        return typed  # "UNSA and National Police Alliance": the bare acronym only a lexicon can spell out
    if len(parts) > 1 and len(typed) >= 2:
        return parts
    # "the CGT and FO unions": names that only the shared type word after them marks as organisations
    if len(parts) > 1 and kind and " and " in name and all(len(p.split()) <= 2 for p in parts):
        return parts
    return [name]


def organisers(text: str, article: str = "") -> list[str]:
    """Organising groups named as what participants belong to, written as ACLED writes named groups.

    A short name is completed from the article ("Democratic Party" -> "Democratic Party of Kazakhstan"),
    and parties, unions and fronts get ACLED's "ACRONYM: Full Name" form, from the text's own acronym
    or else from the initials.
    """
    out = []
    for m in _ORG_RX.finditer(text):
        raw = m.group("name").replace(", ", ",").strip()
        for name in _org_parts(raw.replace(",", ", "), m.group("kind")):
            name = name.replace(",", "")
            words = name.split()
            while words and words[-1] in _TAIL:
                words.pop()
            if not words or not (m.group("kind") or _TYPE_WORD.search(" ".join(words))):
                continue
            if "in" in words and " ".join(words[words.index("in") + 1:]) not in _COUNTRY_NAMES:
                words = words[:words.index("in")]  # "the X Party in <town>" is the party's local branch
            if len(words) == 1 and words[0].isupper():
                continue  # a bare acronym: ACLED spells the name out, which only a lexicon knows
            name = " ".join(words)
            longer = re.search(re.escape(name) + r"(?: (?:of|for) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)", article or text)
            if longer:
                name = longer.group(0)
            acr = re.search(re.escape(name) + r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)", article or text)
            if acr:
                name = f"{acr.group(1)}: {name}"
            elif _TYPE_WORD.search(name):
                initials = "".join(w[0] for w in name.split() if w[0].isupper())
                if len(initials) >= 2:
                    name = f"{initials}: {name}"
            out.append(name)
    return list(dict.fromkeys(out))
