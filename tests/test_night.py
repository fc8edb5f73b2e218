"""A night's cost: publish reads and rewrites only the events a night can touch, and the re-coding window
codes again only what the current coder has not coded. The rows and articles are invented."""
import dataclasses
import datetime as dt
import json

import pandas as pd
from test_reconcile import Dataset, frames, report

from eventdesk import pipeline, publish, schema, store
from eventdesk.raw import store_raw
from eventdesk.sources import RawRecord

MOMBASA = {"admin1": "Mombasa", "location": "Mombasa", "latitude": -4.05, "longitude": 39.67}
SUNDAY = dt.date(2025, 4, 6)
POLICE = {"actor2": "Police Forces of Kenya (2022-)", "inter2": "State forces", "sub_event_type": "Protest with intervention",
          "interaction": "State forces-Protesters"}


def nights():
    """Night after night: two outlets on one march, other marches; a late report with the police; a rerun; a
    correction that moves a report onto the march (its event is merged away); one article no longer coded."""
    return [
        ([report("a", "KEN9001"), report("b", "KEN9002"), report("c", "KEN9003", event_date=SUNDAY),
          report("d", "KEN9004", **MOMBASA), report("g", "KEN9005", assoc_actor_1="Farmers (Kenya)", **MOMBASA)], 1_700_000_000, None),
        ([report("e", "KEN9006", timestamp=1_700_000_100, **POLICE), report("c", "KEN9007", event_date=SUNDAY)],
         1_700_000_100, None),
        ([report("d", "KEN9008", timestamp=1_700_000_200)], 1_700_000_200, {"d", "g"}),  # g: no event any more
        ([report("e", "KEN9009", timestamp=1_700_000_300, **POLICE)], 1_700_000_300, None),  # a rerun: nothing changes
    ]


def sort(df, keys):
    return df.sort_values(keys).reset_index(drop=True)


def test_a_night_through_the_store_publishes_what_merging_the_whole_tables_gives(tmp_path):
    curated, whole = tmp_path / "curated", Dataset()
    for n, (rows, now, recoded) in enumerate(nights()):
        recoded = recoded if recoded is not None else {a for r in rows for a in r["article_ids"]}
        whole.run([dict(r) for r in rows], now=None, recoded=recoded)
        with store.Writer.open(curated, f"night-{n}") as w:
            counts = publish.stage(w, frames([dict(r) for r in rows]), recoded)
            before = {f["path"] for f in w.base.files("events")} if w.base else set()
            snap = w.commit()
        assert {k: counts[k] for k in whole.changes} == whole.changes, n
        got = snap.read("events")
        pd.testing.assert_frame_equal(sort(got, ["event_id_cnty"]), sort(whole.events, ["event_id_cnty"]),
                                      check_dtype=False)
        keys = ["event_id_cnty", "article_id", "sentence_index"]
        pd.testing.assert_frame_equal(sort(snap.read("event_mentions"), keys), sort(whole.mentions, keys),
                                      check_dtype=False)
        pd.testing.assert_frame_equal(sort(snap.read("deleted_events"), ["event_id_cnty"]),
                                      sort(whole.deleted, ["event_id_cnty"]), check_dtype=False)
    # the story the nights tell, so the comparison above is not between two empty tables
    assert len(got) == 2 and whole.changes == {"events_new": 0, "events_updated": 0, "events_deleted": 0}
    march = got[got["article_ids"].map(lambda a: "a" in a)].iloc[0]
    assert sorted(march["article_ids"]) == ["a", "b", "d", "e"] and march["sub_event_type"] == "Protest with intervention"
    assert sorted(snap.read("deleted_events")["reason"]) == ["dropped", "merged"]
    assert {f["path"] for f in snap.files("events")} == before  # the rerun left every events file as it was


def test_a_night_codes_again_only_what_this_coder_has_not_coded(tmp_path):
    today = dt.datetime.now(dt.timezone.utc).replace(hour=3, minute=0, second=0, microsecond=0)

    def kept(days_ago, suffix, *ids):
        at = today - dt.timedelta(days=days_ago)
        run_id = f"{at:%Y%m%dT%H%M%SZ}-{suffix}"
        store_raw([RawRecord(origin=f"feed.jsonl:{i}", kind="jsonl", payload="{}",
                             fields={"id": i, "text": f"Nurses marched in Karaganda, note {i}.",
                                     "published_at": "2025-03-04", "source": "Steppe Herald"}) for i in ids],
                  tmp_path, run_id, at)
        return run_id

    this_coder, old_coder, failed = kept(3, "aaaaaa", "a", "b"), kept(2, "bbbbbb", "c"), kept(1, "cccccc", "d")
    backfill = pipeline.new_run([], tmp_path, recode_since=(today - dt.timedelta(days=7)).date())
    articles = pipeline.stored_articles(backfill)
    assert backfill.recode_all and sorted(a.id for a in articles) == ["a", "b", "c", "d"]
    run_of = {"a": this_coder, "b": this_coder, "c": old_coder}  # d's run died before it published
    published = [dataclasses.replace(a) for a in articles if a.id in run_of]
    frame = pipeline.frames(backfill, published, pipeline.Extracted([], [], []), [])["articles"]
    frame["run_id"] = frame["id"].map(run_of)

    def run_row(run_id, coder_build):
        return {"run_id": run_id, "started_at": today, "finished_at": today, "status": "ok", "sources": [],
                "articles_read": 1, "articles_published": 1, "events_extracted": 0, "events_published": 0,
                "mentions_published": 0, "rejects": 0, "warnings": 0,
                "versions": json.dumps({"coder_build": coder_build})}

    with store.Writer.open(tmp_path / "curated", "setup") as w:
        w.upsert("articles", frame, key="id")
        w.append("runs", schema.table("runs").to_arrow([run_row(this_coder, pipeline.coder_build()),
                                                        run_row(old_coder, "an-older-coder")]))
        w.commit()

    night = pipeline.new_run([], tmp_path, recode_days=7)
    assert not night.recode_all
    assert sorted(a.id for a in pipeline.stored_articles(night)) == ["c", "d"]  # coded by another coder, or never
    assert sorted(a.id for a in pipeline.stored_articles(backfill)) == ["a", "b", "c", "d"]  # a backfill codes all


def test_events_files_hold_one_month_and_a_night_leaves_the_other_months_files_alone(tmp_path):
    from test_store import synthetic

    days = [dt.date(2024, 3, 30), dt.date(2024, 4, 2), dt.date(2024, 5, 6)]
    parts = [synthetic(i * 10, 10, day=d) for i, d in enumerate(days)]
    whole = {t: pd.concat([p[t] for p in parts], ignore_index=True) for t in parts[0]}
    publish.publish(tmp_path, whole, recoded_articles=set(whole["articles"]["id"]), run_id="r1")
    v1 = store.current(tmp_path)
    night = synthetic(100, 2, day=dt.date(2024, 5, 7))
    publish.publish(tmp_path, night, recoded_articles=set(night["articles"]["id"]), run_id="r2")
    v2 = store.current(tmp_path)
    for f in v2.files("events"):
        months = {d.strftime("%Y-%m") for d in pd.read_parquet(v2.path / f["path"])["event_date"]}
        assert months == {f["month"]}, f
    assert sorted(f["month"] for f in v1.files("events")) == ["2024-03", "2024-04", "2024-05"]
    assert {f["path"] for f in v1.files("events")} <= {f["path"] for f in v2.files("events")}  # nothing rewritten
    assert sum(f["rows"] for f in v2.files("events")) == 32


def test_a_months_nightly_files_are_merged_past_the_limit_and_the_other_months_stay(tmp_path):
    from test_store import synthetic

    first = synthetic(0, 5, day=dt.date(2024, 4, 2))
    publish.publish(tmp_path, first, recoded_articles=set(first["articles"]["id"]), run_id="r0")
    april = {f["path"] for f in store.current(tmp_path).files("events")}
    for n in range(store.MAX_MONTH_FILES + 1):
        night = synthetic(100 + n, 1, day=dt.date(2024, 5, 1 + n))
        publish.publish(tmp_path, night, recoded_articles=set(night["articles"]["id"]), run_id=f"r{n + 1}")
    files = store.current(tmp_path).files("events")
    may = [f for f in files if f["month"] == "2024-05"]
    assert len(may) < store.MAX_MONTH_FILES and sum(f["rows"] for f in may) == store.MAX_MONTH_FILES + 1
    assert april <= {f["path"] for f in files}
