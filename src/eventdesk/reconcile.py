"""Event identity: one row per real event, with an id that never changes and a timestamp that moves only on change.

The coder codes each article on its own and gives its events provisional ids. Here they meet the published
events (pure pandas, no I/O): reports of one event, from one article or many outlets, become one row by
ACLED's aggregation rule (declared in schemas/events.toml, [aggregation]); re-coded reports keep the id of
the event they were published under; ids that leave go to deleted_events. Everything needed across runs
(the next sequence number of a country, what an event was) is read from the published tables themselves.

An event that also rests on articles this run did not re-code (older than the re-coding window) keeps its
published row as the stand-in for those articles: a re-coded report can add to it (a higher sub-event
type, another source, a lower death toll) but not take back what it once added. `eventdesk backfill` over
the articles' days rebuilds such events exactly.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from . import schema
from .text.lexicon import alternation

MERGED, DROPPED = "merged", "dropped"
_SEQ_ID = re.compile(r"^([A-Z]{3})([0-9]{1,9})$")  # longer numbers are the hash ids of older releases


@dataclass(frozen=True)
class Rules:
    same: tuple[str, ...]
    actors: tuple[str, ...]
    associated: tuple[str, ...]
    exact_day: frozenset[int]
    exact_place: frozenset[int]
    rank: dict[str, int]  # sub_event_type -> place in ACLED's hierarchy (0 = highest)
    disorder: dict[str, str]
    scales: tuple[str, ...]
    vocab: dict[str, tuple[str, ...]]  # list column -> its vocabulary order
    change_of_hands: frozenset[str] = frozenset()  # sub-event types telling that a place changed hands


@lru_cache(maxsize=1)
def rules() -> Rules:
    t = schema.table("events")
    agg = t.extra["aggregation"]
    rank = {sub: i for subs in schema.hierarchy().values() for i, sub in enumerate(subs)}
    return Rules(tuple(agg["same"]), tuple(agg["actors"]), tuple(agg["associated"]), frozenset(agg["exact_day"]), frozenset(agg["exact_place"]),
                 rank, schema.disorder_of(), tuple(t.extra["source_scales"]["order"]),
                 {c.name: c.allowed for c in t.columns if c.is_list and c.allowed}, frozenset(agg.get("change_of_hands", ())))


# --- values -------------------------------------------------------------------------------------

_PLAIN = frozenset({str, int, bool})  # already plain: most cells, which the checks below would only slow down


def _plain(v):
    """A cell as a plain Python value, so rows from Parquet and from the coder compare equal."""
    if v is None or type(v) in _PLAIN:
        return v
    if isinstance(v, (np.ndarray, list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, float) and math.isnan(v):
        return None
    if v is pd.NaT:
        return None
    if isinstance(v, np.generic):
        return _plain(v.item())
    if isinstance(v, pd.Timestamp):
        return v.date() if v == v.normalize() else v.to_pydatetime()
    return v


def _records(df: pd.DataFrame) -> list[dict]:
    return [{k: _plain(v) for k, v in r.items()} for r in df.to_dict("records")]


def _norm(v) -> str:
    return " ".join(str(v).casefold().split()) if v is not None else ""


def _names(v) -> list[str]:
    """A ';'-separated cell as its names, blanks dropped."""
    return [x.strip() for x in str(v).split(";") if x.strip()] if v else []


def _seq(event_id: str) -> tuple[str, int] | None:
    m = _SEQ_ID.match(event_id or "")
    return (m.group(1), int(m.group(2))) if m else None


def _order(event_id: str) -> tuple:
    s = _seq(event_id)
    return (0, s[0], s[1]) if s else (1, event_id, 0)


# --- reports and clusters -----------------------------------------------------------------------

@dataclass
class Report:
    """One row entering the reconciliation: a published event or one coded report of this run."""

    row: dict
    published: bool  # a published event (its own id in `row`), else a provisional row of this run
    touched: bool = False  # a published event some of whose articles were re-coded
    actors: frozenset = frozenset()
    associated: frozenset = frozenset()
    key: tuple = ()
    claims: dict = field(default_factory=dict)  # published id -> strength (2 identity key, 1 likeness)

    @property
    def id(self) -> str:
        return self.row["event_id_cnty"]


def _describe(rep: Report, r: Rules) -> Report:
    row = rep.row
    rep.actors = frozenset(_norm(row.get(c)) for c in r.actors if row.get(c))
    rep.associated = frozenset(_norm(n) for c in r.associated for n in _names(row.get(c)))
    rep.key = _key(row, r)
    return rep


def _key(row: dict, r: Rules) -> tuple:
    """The aggregation key: the `same` columns, every change-of-hands sub-event type under one event type."""
    hands = row.get("sub_event_type") in r.change_of_hands
    return tuple(_CHANGE_OF_HANDS if hands and c == "event_type" else _norm(row.get(c)) for c in r.same)


_CHANGE_OF_HANDS = "change of hands"  # the key's event type for every report that a place changed hands


def _agree(a: Report, actors: frozenset, associated: frozenset) -> bool:
    """Same actors: one report's actor1/actor2 contain the other's (a later report may name the police that
    intervened), and the same associated actors. A place changing hands is one event whoever tells it: the side
    that left and the side that entered are its two actors, and each report may name only one."""
    if _CHANGE_OF_HANDS in a.key:
        return True
    return (a.actors <= actors or actors <= a.actors) and a.associated == associated


def _exact(rep: Report, r: Rules) -> bool:
    """The day and the place are known, not stood in for (a publication day, a district's seat town). A place at
    geo_precision 2 that the report's own passage names ("rebels entered Kidal on Sunday", "clashes near Gao") is
    given by the source too: only a town that stands for an unnamed part of its region (a village the gazetteer
    lacks) is not."""
    return rep.row.get("time_precision") in r.exact_day and _exact_place(rep, r)


def _exact_place(rep: Report, r: Rules) -> bool:
    """The place is the source's own (see _exact)."""
    geo = rep.row.get("geo_precision")
    # a place changing hands is the town that fell, told by name in one report and as "the town" in a follow-up:
    # never a stand-in for an unnamed village, so at a district's precision it is still that place
    return geo in r.exact_place or (geo == 2 and (_CHANGE_OF_HANDS in rep.key
                                                  or _named(rep.row.get("location"), rep.row.get("evidence"))))


def _named(location, evidence) -> bool:
    """Is the location written in the passage as a place of its own, not as the district of a village named before it
    ("in Kiptoro (Nakuru, Rift Valley)", "in Kiptoro, Nakuru")?"""
    if not location or not evidence:
        return False
    text = _norm(evidence)
    for m in re.finditer(rf"(?<!\w){re.escape(_norm(location))}(?!\w)", text):
        before = text[:m.start()]
        if not before.rstrip().endswith((",", "(")) and before.count("(") <= before.count(")"):
            return True
    return False


def _outlets(rep: Report) -> set[str]:
    return {_norm(n) for n in _names(rep.row.get("source"))}


def _cluster(reports: list[Report], r: Rules) -> list[list[Report]]:
    """Reports of one key grouped into events: the report naming most actors opens an event, the others join
    the first event they agree with. A report whose day or place is not known exactly stays on its own (unless,
    knowing neither, it can only retell one exact event: _join_recalls). So
    does a second article of one outlet that tells the same as the first: an outlet files each incident of a
    day apart (ACLED's own notes show one outlet's raids on two villages of one district, which the gazetteer
    places at the district's town). It joins when it re-codes a report of the event, or when it adds to it or
    lacks an actor (a follow-up naming the police that intervened)."""
    ordered = sorted(reports, key=lambda x: (-len(x.actors), not x.published, _order(x.id) if x.published else (),
                                             x.id))
    groups: list[dict] = []
    exact: list[dict] = []  # the groups opened by a report whose day and place are exact: the only ones to join
    for rep in ordered:
        home = None
        is_exact = _exact(rep, r)
        if is_exact:
            arts, outlets, claims = set(rep.row.get("article_ids") or []), _outlets(rep), set(rep.claims)
            home = next((g for g in exact if _agree(rep, g["actors"], g["associated"])
                         and (not outlets & g["outlets"] or arts & g["articles"] or claims & g["ids"]
                              or rep.actors != g["actors"])), None)
        if home is None:
            home = {"actors": frozenset(), "associated": rep.associated, "outlets": set(), "articles": set(),
                    "ids": set(), "reports": []}
            groups.append(home)
            if is_exact:
                exact.append(home)
        home["actors"] = home["actors"] | rep.actors
        home["outlets"] |= _outlets(rep)
        home["articles"] |= set(rep.row.get("article_ids") or [])
        home["ids"] |= {rep.id} if rep.published else set()
        home["reports"].append(rep)
    for g in [g for g in groups if all(g is not e for e in exact) and len(g["reports"]) == 1]:
        home = _told_day(g["reports"][0], exact, r)
        if home is not None:
            home["reports"].append(g["reports"][0])
            groups.remove(g)
    return [g["reports"] for g in groups]


def _told_day(rep: Report, exact: list[dict], r: Rules) -> dict | None:
    """The one exact event of its key a report of the source's own day, placed at the story's town (geo_precision 2;
    its passage names no town, not even as a village's district), retells: a later feature naming the day of an
    incident its outlet reported (codebook 1.9). It joins as an exact report would: another outlet's, or one of the
    outlet that lacks or adds an actor; with two such events it stays apart, as it says not which."""
    row = rep.row
    if row.get("time_precision") not in r.exact_day or row.get("geo_precision") != 2 \
            or re.search(rf"(?<!\w){re.escape(_norm(row.get('location')))}(?!\w)", _norm(row.get("evidence"))):
        return None  # a town written in the passage is the district of a village it names ("in X (Town, Region)")
    outlets = _outlets(rep)
    found = [g for g in exact if _agree(rep, g["actors"], g["associated"])
             and (not outlets & g["outlets"] or rep.actors != g["actors"])]
    return found[0] if len(found) == 1 else None


# A report whose day is a stand-in (time_precision 2: the publication day, or the middle of "last week") lies within the
# week before that day, or within half a week after it when it stands for a week.
RECALL_BEFORE, RECALL_AFTER = 7, 3  # days


def _same_side(a, b) -> bool:
    """One actor, or one actor and a unit of it ("Military Forces of X" and "Military Forces of X Air Force")."""
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _contains(wide: dict, narrow: dict) -> bool:
    """Is the wide report's place the narrow one's, its province (a report placed at geo_precision 3, the region
    the story names: codebook 1.5) or its country? (A province's seat placed at precision 1 or 2 may stand for
    any of its villages: no containment is read from it.)"""
    return wide.get("iso") == narrow.get("iso") and (
        _norm(wide.get("location")) in (_norm(narrow.get("location")), _norm(wide.get("country")))
        or (wide.get("geo_precision") == 3 and bool(wide.get("admin1"))
            and _norm(wide.get("admin1")) == _norm(narrow.get("admin1"))))


def _anchor(rep: Report, r: Rules) -> bool:
    """Can a recall be told to this report's event (_recall_of)? Its day is the source's own and so is its place:
    exact, or the province the source names at geo_precision 3 ("in the eastern province of X on Thursday")."""
    return rep.row.get("time_precision") in r.exact_day and (_exact_place(rep, r) or rep.row.get("geo_precision") == 3)


# "hurt in the blast", "air strikes last week": the report tells its incident as one already known
_RECALL = re.compile(rf"\b(?:(?:{alternation('event_cues', 'recall_prep')}) the (?:{alternation('event_cues', 'anaphor_noun')})s?"
                     rf"|{alternation('event_cues', 'recall_span')})\b", re.I)


def _recall_of(rep: Report, exact_groups: dict, r: Rules) -> list[Report] | None:
    """The one event a report of neither its own day nor its own place retells: a later article of an outlet recalling
    an incident it reported ("three passers-by were also hurt in the blast", dated by its publication and placed by
    the story; "air strikes in the north last week") cannot be told apart from the outlet's exact report of the same
    side, at the same place or in its country, of the days its stand-in day covers, and is that incident (codebook
    1.9: one event, its sources joined; 1.5: the day and place the source gives). Of other types only between kinds of political violence (a blast one report calls an
    attack, a clash another calls air strikes); with two such events the report stays apart, as it says not which."""
    row = rep.row
    if row.get("time_precision") != 2 or _exact_place(rep, r) or not isinstance(row.get("event_date"), dt.date) \
            or not _RECALL.search(row.get("evidence") or ""):
        return None
    outlets = _outlets(rep)
    violent = r.disorder.get(row.get("sub_event_type")) == _POLITICAL_VIOLENCE
    found = []
    for group in exact_groups.get(row.get("iso"), ()):
        e = next((x.row for x in group if _exact(x, r)), None)
        if e is None:
            e = next(x.row for x in group if _anchor(x, r))
        if not outlets & {o for x in group for o in _outlets(x)}:
            continue  # another outlet's report: an outlet recalls what it reported itself
        lag = (row["event_date"] - e["event_date"]).days if isinstance(e.get("event_date"), dt.date) else None
        if lag is not None and -RECALL_AFTER <= lag <= RECALL_BEFORE and _same_side(row.get("actor1"), e.get("actor1")) \
                and _contains(row, e) and (row.get("event_type") == e.get("event_type")
                                           or (violent and r.disorder.get(e.get("sub_event_type")) == _POLITICAL_VIOLENCE)):
            found.append(group)
    return found[0] if len(found) == 1 else None


_POLITICAL_VIOLENCE = "Political violence"


def _join_recalls(events: list[list[Report]], r: Rules) -> list[list[Report]]:
    """Each lone report of neither its own day nor its own place joins the exact event it retells (_recall_of)."""
    exact_groups: dict = {}  # by country
    for g in events:
        if any(_anchor(x, r) for x in g):
            exact_groups.setdefault(g[0].row.get("iso"), []).append(g)
    out = []
    for group in events:
        home = _recall_of(group[0], exact_groups, r) if len(group) == 1 else None
        if home is None:
            out.append(group)
        else:
            home.append(group[0])
    return out


def _likeness(a: dict, b: dict) -> int:
    return sum(_norm(a.get(c)) == _norm(b.get(c)) for c in ("event_type", "event_date", "location"))


def _claim(old: list[Report], new: list[Report]) -> None:
    """Which published event of an article each of its re-coded reports continues: by the identity key first,
    then, for what is left, by likeness (two of type, day and place), so a corrected place or day is an edit
    of the event, not a new one."""
    open_old, open_new = set(range(len(old))), set(range(len(new)))
    for j, n in enumerate(new):
        for i, o in enumerate(old):
            if n.key == o.key and _agree(n, o.actors, o.associated):
                n.claims[o.id] = max(n.claims.get(o.id, 0), 2)
                open_old.discard(i)
                open_new.discard(j)
    pairs = sorted(((-_likeness(new[j].row, old[i].row), _order(old[i].id), new[j].id, i, j)
                    for i in open_old for j in open_new if _likeness(new[j].row, old[i].row) >= 2))
    for _, _, _, i, j in pairs:
        if i in open_old and j in open_new:
            new[j].claims[old[i].id] = max(new[j].claims.get(old[i].id, 0), 1)
            open_old.discard(i)
            open_new.discard(j)


# --- one event from its reports -----------------------------------------------------------------

def _scale(values, r: Rules) -> str | None:
    words = {w for v in values if v for w in str(v).split("-")}
    ordered = [w for w in r.scales if w in words]
    return None if not ordered else ordered[0] if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"


def _crowd(tags) -> str | None:
    return next((t.split("=", 1)[1].strip() for t in _names(tags) if t.startswith("crowd size=")), None)


def _union(values: list, vocab=None) -> list:
    seen = {x for v in values for x in (v or []) if x}
    return [x for x in vocab if x in seen] + sorted(seen - set(vocab)) if vocab else sorted(seen)


def combine(reports: list[Report], r: Rules | None = None) -> dict:
    """One event row from the reports of one event (ids and timestamp are set by the caller)."""
    r = r or rules()
    # a report of the exact day leads one that only recalls it (_recall_of), and one of the exact place one told at the
    # story's town (_told_day); the events of exact reports are as before
    lead = min(reports, key=lambda x: (x.row.get("time_precision") not in r.exact_day, not _exact(x, r),
                                       r.rank.get(x.row["sub_event_type"], 99), -len(x.actors),
                                       not x.published, min(x.row.get("article_ids") or [""]), x.id))
    rows = [lead.row] + [x.row for x in sorted(reports, key=lambda x: (not x.published, x.id)) if x is not lead]
    out = dict(lead.row)
    out["disorder_type"] = r.disorder.get(out["sub_event_type"], out["disorder_type"])
    a1, a2 = r.actors
    for row in rows[1:]:
        # the same actor may stand first in one report and second in another
        swapped = row.get(a1) != out.get(a1) and row.get(a2) != out.get(a2) and \
            (row.get(a1) == out.get(a2) or row.get(a2) == out.get(a1))
        for mine, theirs in zip(r.associated, r.associated[::-1] if swapped else r.associated):
            names = _names(out.get(mine))
            out[mine] = "; ".join(names + [n for n in _names(row.get(theirs)) if n not in names]) or None
    out["source"] = "; ".join(sorted({n for row in rows for n in _names(row.get("source"))}, key=str.casefold)) \
        or out["source"]
    out["source_scale"] = _scale([row.get("source_scale") for row in rows], r)
    out["fatalities"] = _fatalities(rows)
    crowd_row = next((row for row in rows if _crowd(row.get("tags")) not in (None, "no report")), lead.row)
    tags = [t for t in _names(crowd_row.get("tags")) if t.startswith("crowd size=")]
    tags += [t for row in rows for t in _names(row.get("tags")) if not t.startswith("crowd size=")]
    out["tags"] = "; ".join(dict.fromkeys(tags)) or None
    out["crowd_size_low"], out["crowd_size_high"] = crowd_row.get("crowd_size_low"), crowd_row.get("crowd_size_high")
    for col in ("tactics", "state_response"):
        out[col] = _union([row.get(col) for row in rows], r.vocab.get(col))
    out["article_ids"] = _union([row.get("article_ids") for row in rows])
    out["source_urls"] = _union([row.get("source_urls") for row in rows])
    out["n_sources"] = len(out["article_ids"])
    out["confidence"] = max(float(row["confidence"]) for row in rows)
    return out


def _fatalities(rows: list[dict]) -> int:
    """The event's dead from its reports' (codebook 1.6): the lowest of conflicting counts of the whole; a count of only a
    part of the dead ("including four soldiers", "dozens of Xians" in a battle in Y: quantities.part_toll, read from
    the report's passage) conflicts with none and gives way to a whole count, and is the figure only when no report
    counts the whole (then the lowest part). 0 is "not reported"."""
    reported = [(int(row["fatalities"]), row) for row in rows if row.get("fatalities")]
    if len({n for n, _ in reported}) > 1:  # a passage is read again only where the reports differ
        from .extraction.quantities import part_toll  # here: the parent of the coding workers never loads the coder
        whole = [n for n, row in reported if not part_toll(row.get("evidence") or "", row.get("country"))]
        if whole:
            return min(whole)
    return min((n for n, _ in reported), default=0)


# --- ids ----------------------------------------------------------------------------------------

class Sequences:
    """The next free number per country, from every id ever published (events and deleted_events)."""

    def __init__(self, ids):
        self.used = set(ids)
        self.top: dict[str, int] = {}
        if self.used:  # vectorised: a night passes every id ever published
            import pyarrow as pa
            import pyarrow.compute as pc

            parts = pc.extract_regex(pa.array(list(self.used), pa.string()), r"^(?P<c>[A-Z]{3})(?P<n>[0-9]{1,9})$")
            parts = parts.filter(pc.is_valid(parts))
            t = pa.table({"c": parts.field("c"), "n": pc.cast(parts.field("n"), pa.int64())}) \
                .group_by("c").aggregate([("n", "max")])
            self.top = dict(zip(t.column("c").to_pylist(), t.column("n_max").to_pylist()))

    def next(self, iso3: str) -> str:
        n = self.top.get(iso3, 0) + 1
        while f"{iso3}{n}" in self.used:
            n += 1
        self.top[iso3] = n
        self.used.add(f"{iso3}{n}")
        return f"{iso3}{n}"


def _same_content(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) or (_num(a.get(k)) and _num(b.get(k)) and float(a[k]) == float(b[k]))
               for k in set(a) | set(b) if k != "timestamp")


def _num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# --- the seam -----------------------------------------------------------------------------------

def merge_events(previous_events: pd.DataFrame, previous_mentions: pd.DataFrame, new: dict[str, pd.DataFrame],
                 recoded_articles: set[str], *, previous_deleted: pd.DataFrame | None = None,
                 now: int | None = None, ever_published: set[str] | None = None) -> dict[str, pd.DataFrame]:
    """Published events and mentions plus this run's coded ones: returns "events", "event_mentions" and
    "deleted_events" (the whole tables). `recoded_articles` are the articles this run read; their published
    reports are replaced by this run's coding of them. A new or changed row takes the time its reports were
    coded (`now`, if given); an unchanged row keeps its timestamp; withdrawn ids are stamped `now` (default:
    the latest coding time of this run).

    A caller that passes only part of the published events (the partitions this run can touch: every event
    of a re-coded article, every event on a day this run reports) must pass `ever_published`, every id in
    events and deleted_events, so that no number is given twice."""
    r = rules()
    ev_t, m_t, d_t = schema.table("events"), schema.table("event_mentions"), schema.table("deleted_events")
    new_events = new.get("events", ev_t.empty())
    new_mentions = new.get("event_mentions", m_t.empty())
    deleted = previous_deleted if previous_deleted is not None else d_t.empty()
    stamped = now is None  # rows keep the time the coder stamped them with, unless `now` is given
    if now is None:
        now = int(new_events["timestamp"].max()) if len(new_events) else int(time.time())
    recoded = set(recoded_articles)

    prev = previous_events.reset_index(drop=True)
    if len(prev) and prev["n_sources"].isna().any():  # published before n_sources existed
        prev = prev.assign(n_sources=prev["n_sources"].fillna(prev["article_ids"].map(len)).astype("int32"))
    prev_articles = prev["article_ids"].map(lambda ids: set(ids) if ids is not None else set())
    touched_mask = prev_articles.map(lambda ids: bool(ids & recoded)).astype(bool)
    fresh = [_describe(Report(row, published=False), r) for row in _records(new_events)]
    keys = {x.key for x in fresh}
    prev_keys = pd.Series([_key(dict(zip((*r.same, "sub_event_type"), vals)), r)
                           for vals in zip(*(prev[c] for c in (*r.same, "sub_event_type")))], index=prev.index,
                          dtype=object) if len(prev) else pd.Series([], dtype=object)
    in_play = touched_mask | prev_keys.map(lambda k: k in keys).astype(bool) if len(prev) else touched_mask
    old = {x.id: x for x in (_describe(Report(row, published=True), r) for row in _records(prev[in_play]))}
    for rid in prev.loc[touched_mask, "event_id_cnty"]:
        old[rid].touched = True
    previous_rows = {k: dict(v.row) for k, v in old.items()}

    # the published reports of the re-coded articles are claimed by this run's reports of them
    by_article_old: dict[str, list[Report]] = {}
    for o in old.values():
        if o.touched:
            for a in set(o.row["article_ids"]) & recoded:
                by_article_old.setdefault(a, []).append(o)
    by_article_new: dict[str, list[Report]] = {}
    for n in fresh:
        for a in n.row["article_ids"] or []:
            by_article_new.setdefault(a, []).append(n)
    for a, olds in by_article_old.items():
        _claim(sorted(olds, key=lambda x: _order(x.id)), sorted(by_article_new.get(a, []), key=lambda x: x.id))

    # what stays of a touched event: its published row, standing for the articles this run did not re-code
    pool: list[Report] = list(fresh)
    for o in old.values():
        if not o.touched:
            pool.append(o)
            continue
        rest = [a for a in o.row["article_ids"] if a not in recoded]
        if rest:
            o.row = dict(o.row, article_ids=rest)
            pool.append(o)

    by_key: dict[tuple, list[Report]] = {}
    for rep in pool:
        by_key.setdefault(rep.key, []).append(rep)
    events: list[list[Report]] = []
    for key in sorted(by_key):
        for group in _cluster(by_key[key], r):
            if any(not x.published or x.touched for x in group):
                events.append(group)
            else:  # untouched published events with nothing new stay as they are
                for x in group:
                    old.pop(x.id)
    events = _join_recalls(events, r)

    # ids: a published event keeps its own; then the events its re-coded reports continue; then new numbers
    claims = []
    for gi, group in enumerate(events):
        for x in group:
            if x.published:
                claims.append((-3, _order(x.id), gi, x.id))
            for cid, strength in x.claims.items():
                claims.append((-strength, _order(cid), gi, cid))
    final: dict[int, str] = {}
    taken: set[str] = set()
    for _, _, gi, cid in sorted(claims):
        if gi not in final and cid not in taken:
            final[gi] = cid
            taken.add(cid)
    ever = set(prev["event_id_cnty"]) | set(deleted["event_id_cnty"]) | set(ever_published or ())
    seq = Sequences(ever)
    rows: dict[int, dict] = {gi: combine(group, r) for gi, group in enumerate(events)}
    # new numbers in the order the run reported the events (articles as read, events as told)
    place = {id(x): n for n, x in enumerate(fresh)}
    unnamed = sorted((gi for gi in range(len(events)) if gi not in final),
                     key=lambda gi: min(place.get(id(x), len(fresh)) for x in events[gi]))
    for gi in unnamed:
        final[gi] = seq.next(events[gi][0].id[:3])

    out_rows, id_of, provisional = [], {}, {}
    for gi, group in enumerate(events):
        row = rows[gi]
        row["event_id_cnty"] = final[gi]
        before = previous_rows.get(final[gi])
        coded = [int(x.row["timestamp"]) for x in group if not x.published]
        when = max(coded) if stamped and coded else now
        if before is None:
            row["timestamp"] = when
        elif _same_content(row, before):
            row["timestamp"] = before["timestamp"]
        else:
            row["timestamp"] = max(when, int(before["timestamp"]) + 1)  # moves, even within one second
        out_rows.append(row)
        for x in group:
            (id_of if x.published else provisional)[x.id] = final[gi]

    # ids that left: merged into the event that took over their reports, else dropped
    heirs: dict[str, list] = {}
    for strength, _, gi, cid in claims:
        heirs.setdefault(cid, []).append((strength, final[gi]))
    gone = []
    for oid in sorted(set(old) - taken, key=_order):
        by = min(heirs[oid])[1] if oid in heirs else None
        gone.append({"event_id_cnty": oid, "deleted_timestamp": now, "reason": MERGED if by else DROPPED,
                     "replaced_by": by})
        if by:
            id_of[oid] = by

    kept = prev[~prev["event_id_cnty"].isin(set(old))]
    events_out = pd.concat([f for f in (kept, ev_t.to_arrow(out_rows).to_pandas() if out_rows else None)
                            if f is not None and len(f)], ignore_index=True) if len(kept) or out_rows else ev_t.empty()

    pm = previous_mentions[~previous_mentions["article_id"].isin(recoded)]
    pm = pm.assign(event_id_cnty=[id_of.get(i, i) for i in pm["event_id_cnty"]])
    pm = pm[pm["event_id_cnty"].isin(set(events_out["event_id_cnty"]))]
    nm = new_mentions.assign(event_id_cnty=new_mentions["event_id_cnty"].map(provisional))
    nm = nm[nm["event_id_cnty"].notna()]
    frames = [f for f in (pm, nm) if len(f)]
    mentions = pd.concat(frames, ignore_index=True) if frames else m_t.empty()
    mentions = mentions.drop_duplicates(["event_id_cnty", "article_id", "sentence_index"]).reset_index(drop=True)

    gone_df = d_t.to_arrow(gone).to_pandas() if gone else d_t.empty()
    deleted_out = pd.concat([f for f in (deleted, gone_df) if len(f)], ignore_index=True) \
        if len(deleted) or gone else d_t.empty()
    return {"events": events_out, "event_mentions": mentions, "deleted_events": deleted_out}


def count_changes(previous_events: pd.DataFrame, events: pd.DataFrame) -> dict[str, int]:
    """What a run changed, for the runs table: new ids, rows whose timestamp moved, ids that left."""
    before = dict(zip(previous_events["event_id_cnty"], previous_events["timestamp"]))
    after = dict(zip(events["event_id_cnty"], events["timestamp"]))
    return {"events_new": sum(1 for i in after if i not in before),
            "events_updated": sum(1 for i, t in after.items() if i in before and int(before[i]) != int(t)),
            "events_deleted": sum(1 for i in before if i not in after)}
