"""Event identity rule by rule, on small frames: which reports are one event, what the event says, which id
it keeps, and when its timestamp moves. The rows are invented; no coder, no files."""
import datetime as dt

import pandas as pd

from eventdesk import reconcile, schema

DAY = dt.date(2025, 4, 7)


def report(article, prov, **over):
    """One coded report of a teachers' march in Nakuru, as the coder would give it (provisional id)."""
    row = {
        "event_id_cnty": prov, "event_date": DAY, "year": DAY.year, "time_precision": 1,
        "disorder_type": "Demonstrations", "event_type": "Protests", "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Kenya)", "assoc_actor_1": "Teachers (Kenya)", "inter1": "Protesters",
        "actor2": None, "assoc_actor_2": None, "inter2": None, "interaction": "Protesters only",
        "civilian_targeting": None, "iso": 404, "region": "Eastern Africa", "country": "Kenya", "admin1": "Nakuru",
        "admin2": None, "admin3": None, "location": "Nakuru", "latitude": -0.3031, "longitude": 36.08,
        "geo_precision": 1, "source": f"Outlet {article}", "source_scale": "National",
        "notes": "On 7 April 2025, teachers marched in Nakuru over late pay.", "fatalities": 0,
        "tags": "crowd size=no report", "timestamp": 1_700_000_000, "tactics": ["march"], "state_response": [],
        "crowd_size_low": None, "crowd_size_high": None, "article_ids": [article],
        "source_urls": [f"https://example.org/{article}"], "n_sources": 1,
        "evidence": "Teachers marched in Nakuru on Monday over late pay.", "confidence": 0.8, "coder_version": "t",
    }
    row.update(over)
    return row


def frames(rows):
    ev = schema.table("events").to_arrow(rows).to_pandas()
    m = schema.table("event_mentions").to_arrow([
        {"event_id_cnty": r["event_id_cnty"], "article_id": r["article_ids"][0], "sentence_index": 0, "start": 0,
         "end": len(r["evidence"]), "sentence": r["evidence"]} for r in rows]).to_pandas()
    return {"events": ev, "event_mentions": m}


class Dataset:
    """The published tables between runs, as publish keeps them."""

    def __init__(self):
        self.events = schema.table("events").empty()
        self.mentions = schema.table("event_mentions").empty()
        self.deleted = schema.table("deleted_events").empty()
        self.changes = None

    def run(self, rows, now, recoded=None):
        recoded = recoded if recoded is not None else {a for r in rows for a in r["article_ids"]}
        out = reconcile.merge_events(self.events, self.mentions, frames(rows), recoded,
                                     previous_deleted=self.deleted, now=now)
        self.changes = reconcile.count_changes(self.events, out["events"])
        self.events, self.mentions, self.deleted = out["events"], out["event_mentions"], out["deleted_events"]
        return self

    def one(self, event_id=None):
        ev = self.events if event_id is None else self.events[self.events["event_id_cnty"] == event_id]
        assert len(ev) == 1, ev
        return ev.iloc[0]


def test_two_outlets_reporting_one_protest_make_one_event_with_both_sources():
    d = Dataset().run([report("a", "KEN9001"), report("b", "KEN9002", source="Outlet b; Wire b")], now=100)
    e = d.one()
    assert e["event_id_cnty"] == "KEN1"
    assert e["source"] == "Outlet a; Outlet b; Wire b"
    assert list(e["article_ids"]) == ["a", "b"] and e["n_sources"] == 2
    assert list(e["source_urls"]) == ["https://example.org/a", "https://example.org/b"]
    assert sorted(d.mentions["article_id"]) == ["a", "b"] and set(d.mentions["event_id_cnty"]) == {"KEN1"}


def test_the_higher_sub_event_type_wins_and_the_disorder_type_follows_it():
    d = Dataset().run([report("a", "KEN9001"),
                       report("b", "KEN9002", sub_event_type="Excessive force against protesters",
                              disorder_type="Political violence; Demonstrations", actor2="Police Forces of Kenya (2022-)",
                              inter2="State forces", interaction="State forces-Protesters"),
                       report("c", "KEN9003", sub_event_type="Protest with intervention",
                              actor2="Police Forces of Kenya (2022-)", inter2="State forces")], now=100)
    e = d.one()
    assert e["sub_event_type"] == "Excessive force against protesters"
    assert e["disorder_type"] == "Political violence; Demonstrations"
    assert e["actor2"] == "Police Forces of Kenya (2022-)" and e["n_sources"] == 3


def test_fatalities_are_the_lowest_reported_figure_not_a_sum_and_unreported_is_not_zero_deaths():
    d = Dataset().run([report("a", "KEN9001", fatalities=5), report("b", "KEN9002", fatalities=3),
                       report("c", "KEN9003", fatalities=0)], now=100)
    assert d.one()["fatalities"] == 3


def test_a_count_of_only_part_of_the_dead_gives_way_to_another_reports_whole_count():
    # codebook 1.6: a part of the dead ("including", a nationality abroad) is no conflicting report of the whole
    d = Dataset().run([report("a", "KEN9001", fatalities=12,
                              evidence="Officials in Nairobi said dozens of Ugandans died when the march turned violent."),
                       report("b", "KEN9002", fatalities=40,
                              evidence="At least 40 people died when the march in Nakuru turned violent."),
                       report("c", "KEN9003", fatalities=55,
                              evidence="Some 55 people were killed when the march in Nakuru turned violent.")], now=100)
    assert d.one()["fatalities"] == 40  # the lowest of the whole counts, not the part


def test_parts_alone_keep_the_lowest_part():
    d = Dataset().run([report("a", "KEN9001", fatalities=12,
                              evidence="Dozens of Ugandans were killed when the march turned violent."),
                       report("b", "KEN9002", fatalities=4,
                              evidence="Four Ugandans were killed when the march turned violent.")], now=100)
    assert d.one()["fatalities"] == 4


def test_source_scales_combine_into_acleds_two_word_form():
    d = Dataset().run([report("a", "KEN9001", source_scale="International"),
                       report("b", "KEN9002", source_scale="National"), report("c", "KEN9003", source_scale=None)], now=1)
    assert d.one()["source_scale"] == "National-International"
    d = Dataset().run([report("a", "KEN9001", source_scale="International"), report("b", "KEN9002", source_scale="Subnational"),
                       report("c", "KEN9003", source_scale="National")], now=1)
    assert d.one()["source_scale"] == "Subnational-International"


def test_a_crowd_size_reported_by_one_outlet_is_kept_with_its_numbers():
    d = Dataset().run([report("a", "KEN9001"),
                       report("b", "KEN9002", tags="crowd size=about 300", crowd_size_low=300, crowd_size_high=300)], now=1)
    e = d.one()
    assert e["tags"] == "crowd size=about 300" and e["crowd_size_low"] == 300


def test_reports_that_differ_in_actors_place_day_or_type_stay_apart():
    rows = [report("a", "KEN9001"),
            report("b", "KEN9002", assoc_actor_1="Farmers (Kenya)"),  # another group's march: another issue
            report("c", "KEN9003", location="Naivasha", latitude=-0.72, longitude=36.43),
            report("d", "KEN9004", event_date=DAY + dt.timedelta(days=1)),
            report("e", "KEN9005", event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Kenya)",
                   inter1="Rioters", interaction="Rioters only")]
    assert len(Dataset().run(rows, now=1).events) == 5


def test_a_day_or_place_the_source_does_not_give_is_not_the_same_day_or_place():
    rows = [report("a", "KEN9001", time_precision=2), report("b", "KEN9002", time_precision=2)]
    assert len(Dataset().run(rows, now=1).events) == 2
    # two villages the gazetteer lacks, each coded to the district's town: not one place
    village = "Teachers marched in Kiptoro village on Monday over late pay."
    rows = [report("a", "KEN9001", geo_precision=2, evidence=village),
            report("b", "KEN9002", geo_precision=2, evidence=village.replace("Kiptoro", "Mogoon"))]
    assert len(Dataset().run(rows, now=1).events) == 2
    rows = [report("a", "KEN9001", geo_precision=2, evidence="Teachers marched in Kiptoro (Nakuru, Rift Valley)."),
            report("b", "KEN9002", geo_precision=2, evidence="Teachers marched in Mogoon, Nakuru, on Monday.")]
    assert len(Dataset().run(rows, now=1).events) == 2


def test_a_place_near_a_town_the_reports_name_is_the_same_place():
    """Two follow-up stories of one outlet that tell the same march near the town they name: one event, with both
    articles (a place at geo_precision 2 that the passage writes is given by the source)."""
    near = "Teachers marched near Nakuru on Monday over late pay."
    rows = [report("a", "KEN9001", geo_precision=2, evidence=near, source="Daily Rift"),
            report("b", "KEN9002", geo_precision=2, evidence="On Monday teachers marched outside Nakuru.",
                   source="Daily Rift", actor2="Police Forces of Kenya (2022-)", inter2="State forces")]
    events = Dataset().run(rows, now=1).events
    assert len(events) == 1 and list(events.iloc[0]["article_ids"]) == ["a", "b"]


def test_two_like_articles_of_one_outlet_are_two_incidents_but_its_follow_up_is_the_same_event():
    rows = [report("a", "KEN9001", source="Daily Rift"), report("b", "KEN9002", source="Daily Rift")]
    assert len(Dataset().run(rows, now=1).events) == 2
    follow_up = report("c", "KEN9003", source="Daily Rift", sub_event_type="Protest with intervention",
                       actor2="Police Forces of Kenya (2022-)", inter2="State forces")
    d = Dataset().run([report("a", "KEN9001", source="Daily Rift")], now=1).run([follow_up], now=2)
    assert list(d.one()["article_ids"]) == ["a", "c"] and d.one()["source"] == "Daily Rift"


def test_rerunning_the_same_input_changes_nothing():
    rows = [report("a", "KEN9001"), report("b", "KEN9002"), report("c", "SYR9003", iso=760, country="Syria",
                                                                    location="Idlib", admin1="Idlib")]
    d = Dataset().run(rows, now=100)
    first = (d.events.copy(), d.mentions.copy())
    d.run([dict(r, timestamp=2_000_000_000) for r in rows], now=200)
    pd.testing.assert_frame_equal(d.events.sort_values("event_id_cnty").reset_index(drop=True),
                                  first[0].sort_values("event_id_cnty").reset_index(drop=True))
    pd.testing.assert_frame_equal(d.mentions.sort_values(["event_id_cnty", "article_id"]).reset_index(drop=True),
                                  first[1].sort_values(["event_id_cnty", "article_id"]).reset_index(drop=True))
    assert d.changes == {"events_new": 0, "events_updated": 0, "events_deleted": 0} and len(d.deleted) == 0


def test_a_later_report_updates_the_event_it_adds_to():
    d = Dataset().run([report("a", "KEN9001"), report("b", "KEN9002")], now=100)
    d.run([report("c", "KEN9003", sub_event_type="Protest with intervention", actor2="Police Forces of Kenya (2022-)",
                  inter2="State forces", interaction="State forces-Protesters", state_response=["arrests"])], now=200)
    e = d.one()
    assert e["event_id_cnty"] == "KEN1" and e["timestamp"] == 200
    assert e["sub_event_type"] == "Protest with intervention" and list(e["article_ids"]) == ["a", "b", "c"]
    assert list(e["state_response"]) == ["arrests"]
    assert d.changes == {"events_new": 0, "events_updated": 1, "events_deleted": 0}


def test_an_update_in_the_same_second_still_moves_the_timestamp():
    d = Dataset().run([report("a", "KEN9001")], now=100)
    d.run([report("a", "KEN9001", fatalities=2)], now=100)
    assert d.one()["timestamp"] == 101


def test_recoding_one_article_of_an_event_keeps_the_others_and_the_id():
    d = Dataset().run([report("a", "KEN9001"), report("b", "KEN9002")], now=100)
    d.run([report("a", "KEN9777")], now=200, recoded={"a"})  # b is older than the re-coding window
    e = d.one()
    assert e["event_id_cnty"] == "KEN1" and list(e["article_ids"]) == ["a", "b"] and e["timestamp"] == 100
    assert sorted(d.mentions["article_id"]) == ["a", "b"]


def test_a_corrected_place_is_an_edit_of_the_event_not_a_new_one():
    d = Dataset().run([report("a", "KEN9001")], now=100)
    d.run([report("a", "KEN9002", location="Naivasha", latitude=-0.72, longitude=36.43)], now=200)
    e = d.one()
    assert e["event_id_cnty"] == "KEN1" and e["location"] == "Naivasha" and e["timestamp"] == 200
    assert len(d.deleted) == 0


def test_a_recoding_that_merges_two_events_lists_the_absorbed_one():
    d = Dataset().run([report("a", "KEN9001", event_date=DAY - dt.timedelta(days=1)), report("b", "KEN9002")], now=100)
    assert sorted(d.events["event_id_cnty"]) == ["KEN1", "KEN2"]
    absorbed = d.events.loc[d.events["article_ids"].map(lambda v: list(v) == ["a"]), "event_id_cnty"].iloc[0]
    kept = ({"KEN1", "KEN2"} - {absorbed}).pop()
    d.run([report("a", "KEN9003")], now=200)  # article a corrected: the march was on the same day as b's
    e = d.one()
    assert e["event_id_cnty"] == kept and list(e["article_ids"]) == ["a", "b"]
    gone = d.deleted.iloc[0]
    assert (gone["event_id_cnty"], gone["reason"], gone["replaced_by"], gone["deleted_timestamp"]) == \
        (absorbed, "merged", kept, 200)
    assert set(d.mentions["event_id_cnty"]) == {kept}
    assert d.changes == {"events_new": 0, "events_updated": 1, "events_deleted": 1}


def test_an_event_its_article_no_longer_reports_is_dropped_and_its_number_never_comes_back():
    d = Dataset().run([report("a", "KEN9001"), report("b", "KEN9002", location="Naivasha", latitude=-0.72,
                                                       longitude=36.43, source="Outlet a")], now=100)
    d.run([report("a", "KEN9001")], now=200, recoded={"a", "b"})  # b now reports no event
    assert list(d.deleted["reason"]) == ["dropped"] and d.deleted["replaced_by"].isna().all()
    dropped = d.deleted["event_id_cnty"].iloc[0]
    d.run([report("c", "KEN9005", location="Eldoret", latitude=0.52, longitude=35.27)], now=300)
    numbers = sorted(int(i[3:]) for i in d.events["event_id_cnty"])
    assert dropped not in set(d.events["event_id_cnty"]) and numbers[-1] == 3


def test_the_next_number_counts_ids_deleted_before_this_run():
    d = Dataset()
    d.deleted = schema.table("deleted_events").to_arrow([{"event_id_cnty": "KEN7", "deleted_timestamp": 1,
                                                          "reason": "dropped", "replaced_by": None}]).to_pandas()
    assert d.run([report("a", "KEN9001")], now=5).one()["event_id_cnty"] == "KEN8"


def test_published_hash_ids_of_earlier_releases_are_kept():
    d = Dataset().run([report("a", "KEN9001")], now=100)
    d.events = d.events.assign(event_id_cnty="KEN14915013485")
    d.mentions = d.mentions.assign(event_id_cnty="KEN14915013485")
    d.run([report("a", "KEN9002"), report("b", "KEN9003", location="Naivasha", latitude=-0.72, longitude=36.43)], now=200)
    assert sorted(d.events["event_id_cnty"]) == ["KEN1", "KEN14915013485"]


def test_a_caller_holding_part_of_the_events_still_never_gives_a_number_twice():
    d = Dataset()
    out = reconcile.merge_events(d.events, d.mentions, frames([report("a", "KEN9001")]), {"a"}, now=1,
                                 ever_published={"KEN1", "KEN2", "SYR40"})
    assert list(out["events"]["event_id_cnty"]) == ["KEN3"]


def test_what_reconcile_publishes_passes_the_events_and_deleted_events_suites():
    from eventdesk import validation

    d = Dataset().run([report("a", "KEN9001", source_scale="International", event_date=DAY - dt.timedelta(days=1)),
                       report("b", "KEN9002", source_scale="Subnational", fatalities=2)], now=100)
    d.run([report("a", "KEN9003", source_scale="International"),
           report("c", "KEN9004", source_scale="National", tags="crowd size=dozens", crowd_size_low=24, crowd_size_high=99,
                  sub_event_type="Protest with intervention", actor2="Police Forces of Kenya (2022-)",
                  inter2="State forces", interaction="State forces-Protesters", state_response=["arrests"])], now=200)
    assert len(d.events) == 1 and len(d.deleted) == 1
    for name, df in (("events", d.events), ("deleted_events", d.deleted), ("event_mentions", d.mentions)):
        out = validation.validate(name, df)
        assert out.rejects == [], (name, out.rejects)


def test_events_published_before_n_sources_existed_get_it_counted():
    d = Dataset().run([report("a", "KEN9001"), report("b", "KEN9002")], now=100)
    d.events = d.events.assign(n_sources=None)
    d.run([report("c", "KEN9003", location="Naivasha", latitude=-0.72, longitude=36.43)], now=200)
    assert sorted(d.events["n_sources"]) == [1, 2]


def _hands(article, prov, sub, actor1, actor2=None, **over):
    """A report that the town of Kisumu changed hands on the day (invented)."""
    event_type = "Strategic developments" if sub == "Non-violent transfer of territory" else "Battles"
    row = dict(event_type=event_type, sub_event_type=sub, actor1=actor1, assoc_actor_1=None, actor2=actor2,
               disorder_type="Strategic developments" if event_type != "Battles" else "Political violence",
               location="Kisumu", admin1="Kisumu", tactics=[], tags=None)
    return report(article, prov, **{**row, **over})


def test_a_place_changing_hands_told_by_the_side_that_left_and_the_side_that_entered_is_one_event():
    d = Dataset().run([_hands("a", "KEN9001", "Non-state actor overtakes territory", "Rebel Front", "Militia X"),
                       _hands("b", "KEN9002", "Non-violent transfer of territory", "Militia X", source="Outlet a"),
                       _hands("c", "KEN9003", "Non-violent transfer of territory", "Rebel Front")], now=100)
    e = d.one()
    assert e["sub_event_type"] == "Non-state actor overtakes territory" and e["event_type"] == "Battles"
    assert list(e["article_ids"]) == ["a", "b", "c"]
    # and the same merge holds when the event is published and one article is re-coded
    d.run([_hands("b", "KEN9005", "Non-violent transfer of territory", "Militia X", source="Outlet a")], now=200)
    assert d.one()["event_id_cnty"] == e["event_id_cnty"]


def test_changes_of_hands_of_two_places_or_two_days_and_other_events_stay_apart():
    d = Dataset().run([_hands("a", "KEN9001", "Non-state actor overtakes territory", "Rebel Front"),
                       _hands("b", "KEN9002", "Non-violent transfer of territory", "Militia X", location="Kakamega"),
                       _hands("c", "KEN9003", "Non-violent transfer of territory", "Militia X",
                              event_date=DAY + dt.timedelta(days=3)),
                       _hands("d", "KEN9004", "Armed clash", "Militia X")], now=100)
    assert len(d.events) == 4


def test_a_follow_up_telling_the_change_of_hands_of_the_town_without_its_name_joins_the_event():
    """The follow-up says "the militia said it had entered the town"; the coder places it at the town at
    geo_precision 2, and it is the same change of hands as the report that names Kisumu."""
    d = Dataset().run([_hands("a", "KEN9001", "Non-state actor overtakes territory", "Rebel Front", "Militia X",
                              evidence="Rebel Front fighters captured Kisumu on Monday."),
                       _hands("b", "KEN9002", "Non-violent transfer of territory", "Militia X", source="Outlet a",
                              geo_precision=2, evidence="The militia said its fighters walked into the town once the army left.")],
                      now=100)
    assert list(d.one()["article_ids"]) == ["a", "b"]
    # a clash reported the same way stays apart: its town may stand for an unnamed village of the district
    d = Dataset().run([report("a", "KEN9001"),
                       report("b", "KEN9002", source="Outlet a", geo_precision=2,
                              evidence="Teachers marched through the town on Monday.")], now=100)
    assert len(d.events) == 2


def test_plain_cells_pass_through_and_the_others_become_plain_values():
    """_plain returns str, int and bool cells as they are (the fast path) and turns NumPy, pandas and NaN cells
    into the plain values a coder's row holds, so published and new rows compare equal."""
    import datetime as dt

    import numpy as np
    import pandas as pd

    from eventdesk.reconcile import _plain

    for v in ("Kisumu", 3, True, None):
        assert _plain(v) is v
    assert _plain(np.str_("Gulu")) == "Gulu" and type(_plain(np.str_("Gulu"))) is str
    assert type(_plain(np.int64(4))) is int and type(_plain(np.bool_(False))) is bool
    assert _plain(float("nan")) is None and _plain(pd.NaT) is None
    assert _plain(pd.Timestamp("2024-03-02")) == dt.date(2024, 3, 2)
    assert _plain(np.array(["a", "b"], dtype=object)) == ["a", "b"] and _plain(("a",)) == ["a"]


def _blast(article, prov, **over):
    """A roadside bomb near Nakuru, as its own day's report tells it: exact day and place."""
    row = dict(disorder_type="Political violence", event_type="Explosions/Remote violence",
               sub_event_type="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Kenya)",
               assoc_actor_1=None, inter1="Political militia", actor2="Police Forces of Kenya (2022-)",
               inter2="State forces", interaction="Political militia-State forces", fatalities=2, tags=None,
               tactics=[], evidence="A roadside bomb hit a police patrol in Nakuru on Monday, killing two officers.")
    row.update(over)
    return report(article, prov, **row)


def _recall(article, prov, **over):
    """A later article of the same outlet that tells the blast without its day or place (the publication day stands
    in, at time_precision 2, and the story's town at geo_precision 2) and calls it an attack."""
    row = dict(event_date=DAY + dt.timedelta(days=3), time_precision=2, geo_precision=2,
               disorder_type="Political violence", event_type="Violence against civilians", sub_event_type="Attack",
               actor1="Unidentified Armed Group (Kenya)", assoc_actor_1=None, inter1="Political militia",
               actor2="Civilians (Kenya)", inter2="Civilians", interaction="Political militia-Civilians",
               fatalities=0, tags=None, tactics=[], evidence="Three passers-by were also hurt in the attack.")
    row.update(over)
    return report(article, prov, **row)


def test_a_later_report_of_neither_its_own_day_nor_place_joins_the_event_it_retells():
    """Codebook 1.9: one incident, its sources joined; the exact report gives the day, place and type (1.5), and the
    toll is the lowest reported."""
    d = Dataset().run([_blast("a", "KEN9001", source="Daily Rift"), _recall("b", "KEN9002", source="Daily Rift")], now=1)
    e = d.one()
    assert list(e["article_ids"]) == ["a", "b"] and e["event_date"] == DAY and e["time_precision"] == 1
    assert e["sub_event_type"] == "Remote explosive/landmine/IED" and e["fatalities"] == 2
    assert set(d.mentions["article_id"]) == {"a", "b"}


def test_a_recall_that_cannot_be_told_to_one_event_stays_apart():
    one = dict(source="Daily Rift")
    blast = _blast("a", "KEN9001", **one)
    # two blasts it could retell; a report outside the week; one of a protest; one that gives its own day; another
    # outlet's; one that does not tell its incident as known (no "in the blast", no "last week")
    rows = [[blast, _blast("c", "KEN9003", event_date=DAY + dt.timedelta(days=1), **one), _recall("b", "KEN9002", **one)],
            [blast, _recall("b", "KEN9002", event_date=DAY + dt.timedelta(days=10), **one)],
            [blast, report("b", "KEN9002", event_date=DAY + dt.timedelta(days=2), time_precision=2, geo_precision=2,
                           evidence="Teachers marched through the town again after the attack.", **one)],
            [blast, _recall("b", "KEN9002", event_date=DAY, time_precision=1, **one)],
            [blast, _recall("b", "KEN9002", source="Lakeside Star")],
            [blast, _recall("b", "KEN9002", evidence="Gunmen beat three passers-by near the market.", **one)]]
    for case in rows:
        assert len(Dataset().run(case, now=1).events) == len(case), case


def test_a_recall_placed_at_its_province_joins_the_event_of_that_province():
    """Codebook 1.5, 1.9: a later article that places its incident only at the province the story names (geo_precision
    3) retells the one event of its outlet and side there, whether that event is told at a town of the province or,
    with its day, only at the province itself; a recall placed at another province stays apart."""
    one = dict(source="Daily Rift")
    province = dict(location="Nakuru", admin1="Nakuru", geo_precision=3, latitude=-0.5, longitude=36.0)
    late = "Air strikes in the highlands last week left several fighters dead, officials said."
    cases = [_blast("a", "KEN9001", location="Naivasha", latitude=-0.72, longitude=36.43, **one),
             _blast("a", "KEN9001", evidence="Fighters were killed in the province on Monday.", **province, **one)]
    for blast in cases:
        d = Dataset().run([blast, _recall("b", "KEN9002", evidence=late, **province, **one)], now=1)
        e = d.one()
        assert list(e["article_ids"]) == ["a", "b"] and e["event_date"] == DAY and e["location"] == blast["location"]
    away = dict(province, location="Kericho", admin1="Kericho")
    assert len(Dataset().run([cases[0], _recall("b", "KEN9002", evidence=late, **away, **one)], now=1).events) == 2


def test_a_feature_naming_the_day_joins_its_outlets_report_of_that_day():
    """Codebook 1.9: a later feature of the outlet names the day of the blast but no town (the story's town stands in,
    at geo_precision 2) and one side only; it is the outlet's exact report of that day, which leads, with its toll.
    A passage that writes the town as the district of a village it names tells another incident and stays apart."""
    one = dict(source="Daily Rift")
    blast = _blast("a", "KEN9001", **one)
    feature = _blast("b", "KEN9002", geo_precision=2, actor2=None, inter2=None, fatalities=0, **one,
                     evidence="A retired nurse was among those caught by the bomb on 7 April, her family recalled.")
    e = Dataset().run([blast, feature], now=1).one()
    assert list(e["article_ids"]) == ["a", "b"] and e["actor2"] == blast["actor2"] and e["fatalities"] == 2
    village = dict(feature, evidence="A bomb went off in Kiptoro (Nakuru, Rift Valley) on Monday.")
    assert len(Dataset().run([blast, village], now=1).events) == 2
