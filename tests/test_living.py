"""The living dataset end to end: the real coder, the real Prefect flow and the published tables, night after night.

The articles are invented for these tests: nurses marching for pay in Karaganda, reported by several outlets.
"""
import datetime as dt
import json

import pandas as pd
import pytest

from eventdesk import cli, publish

pytestmark = pytest.mark.slow

HERALD = {"id": "kz-herald-1", "url": "https://steppe-herald.example/nurses", "title": "Nurses march for pay",
          "text": "Hundreds of nurses marched through Karaganda on Monday to demand higher pay, carrying banners to the "
                  "regional health department. The march ended peacefully in the afternoon.",
          "published_at": "2025-03-04", "source": "Steppe Herald", "language": "en"}
WIRE = {"id": "kz-wire-7", "url": "https://caspian-wire.example/7", "title": "Karaganda nurses rally",
        "text": "Nurses rallied in Karaganda on Monday outside the regional health department over low wages, "
                "organisers said.", "published_at": "2025-03-04", "source": "Caspian Wire", "language": "en"}
ARRESTS = {"id": "kz-nur-3", "url": "https://nur-daily.example/3", "title": "Arrests at nurses' march",
           "text": "Police detained six nurses during Monday's march in Karaganda over pay, witnesses said.",
           "published_at": "2025-03-05", "source": "Nur Daily", "language": "en"}
SUNDAY = {"id": "kz-today-9", "url": "https://karaganda-today.example/9", "title": "Nurses protest",
          "text": "Nurses protested in Karaganda on Sunday over low wages outside the regional health department.",
          "published_at": "2025-03-04", "source": "Karaganda Today", "language": "en"}
ELSEWHERE = {"id": "kz-herald-2", "url": "https://steppe-herald.example/miners", "title": "Miners strike",
             "text": "Miners rallied in Temirtau on Tuesday to demand safer shafts, union leaders said.",
             "published_at": "2025-03-05", "source": "Steppe Herald", "language": "en"}


def night(tmp_path, data, *articles, **flow_args):
    from flows.pipeline import eventdesk_flow

    src = tmp_path / f"in-{len(list(tmp_path.glob('in-*')))}.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in articles))
    return eventdesk_flow(sources=[str(src)], data_dir=str(data), **flow_args)


def tables(data):
    curated = data / "curated"
    ev = publish.read_table(curated, "events").sort_values("event_id_cnty").reset_index(drop=True)
    m = publish.read_table(curated, "event_mentions").sort_values(["event_id_cnty", "article_id", "sentence_index"])
    return ev, m.reset_index(drop=True), publish.read_table(curated, "deleted_events")


def test_outlets_merge_reruns_change_nothing_and_a_later_report_updates_the_event(prefect_harness, tmp_path):
    data = tmp_path / "data"
    first = night(tmp_path, data, HERALD, WIRE)
    ev, mentions, _ = tables(data)
    assert len(ev) == 1, ev[["event_id_cnty", "source", "article_ids"]]
    e = ev.iloc[0]
    assert e["event_id_cnty"].startswith("KAZ") and e["event_id_cnty"][3:].isdigit() and len(e["event_id_cnty"]) < 8
    assert e["source"] == "Caspian Wire; Steppe Herald" and e["n_sources"] == 2
    assert sorted(e["article_ids"]) == ["kz-herald-1", "kz-wire-7"]
    assert set(mentions["article_id"]) == {"kz-herald-1", "kz-wire-7"} and set(mentions["event_id_cnty"]) == {e["event_id_cnty"]}
    assert (first["events_new"], first["events_updated"], first["events_deleted"]) == (1, 0, 0)

    again = night(tmp_path, data, HERALD, WIRE)  # the same input: nothing changes, and the run says so
    ev2, mentions2, deleted = tables(data)
    pd.testing.assert_frame_equal(ev2, ev)
    pd.testing.assert_frame_equal(mentions2, mentions)
    assert len(deleted) == 0
    assert (again["events_new"], again["events_updated"], again["events_deleted"]) == (0, 0, 0)

    later = night(tmp_path, data, ARRESTS)  # next night: only the late report is new, and it joins its event
    # the window codes again only what this coder has not coded: the two reports were coded by it last night
    assert later["articles_read"] == 1 and later["articles_recoded"] == 0
    ev3, _, deleted = tables(data)
    assert len(ev3) == 1 and len(deleted) == 0
    u = ev3.iloc[0]
    assert u["event_id_cnty"] == e["event_id_cnty"] and u["timestamp"] > e["timestamp"]
    assert u["sub_event_type"] == "Protest with intervention" and u["actor2"].startswith("Police Forces of Kazakhstan")
    assert u["n_sources"] == 3 and u["source"] == "Caspian Wire; Nur Daily; Steppe Herald"
    assert (later["events_new"], later["events_updated"], later["events_deleted"]) == (0, 1, 0)

    # a backfill of today's raw articles codes them again without fetching: same rows, 0 changes recorded
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    assert cli.main(["backfill", "--since", today, "--until", today, "--data-dir", str(data)]) == cli.EXIT_OK
    ev4, _, _ = tables(data)
    pd.testing.assert_frame_equal(ev4, ev3)
    runs = publish.read_table(data / "curated", "runs")
    last = runs.iloc[-1]
    assert (last["articles_read"], last["articles_recoded"]) == (0, 3)
    assert (last["events_new"], last["events_updated"], last["events_deleted"]) == (0, 0, 0)


def test_a_correction_that_merges_two_events_is_listed_as_deleted_and_ids_are_not_reused(prefect_harness, tmp_path,
                                                                                          capsys):
    data = tmp_path / "data"
    night(tmp_path, data, HERALD, SUNDAY)
    ev, _, _ = tables(data)
    assert len(ev) == 2  # Monday's march and a Sunday protest
    monday = ev.loc[ev["article_ids"].map(lambda a: "kz-herald-1" in a), "event_id_cnty"].item()
    sunday = ev.loc[ev["article_ids"].map(lambda a: "kz-today-9" in a), "event_id_cnty"].item()

    corrected = dict(SUNDAY, text=SUNDAY["text"].replace("on Sunday", "on Monday"))
    row = night(tmp_path, data, corrected, recode_days=0)
    ev, mentions, deleted = tables(data)
    assert list(ev["event_id_cnty"]) == [monday] and ev.iloc[0]["n_sources"] == 2
    assert deleted[["event_id_cnty", "reason", "replaced_by"]].values.tolist() == [[sunday, "merged", monday]]
    assert set(mentions["event_id_cnty"]) == {monday}
    assert (row["events_updated"], row["events_deleted"]) == (1, 1)

    capsys.readouterr()
    assert cli.main(["deleted", "--data-dir", str(data), "--since", str(int(deleted.iloc[0]["deleted_timestamp"]))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "event_id_cnty,deleted_timestamp,reason,replaced_by" and out[1].startswith(f"{sunday},")
    assert out[1].endswith(f",merged,{monday}")
    assert cli.main(["deleted", "--data-dir", str(data), "--since", str(int(deleted.iloc[0]["deleted_timestamp"]) + 1)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == []

    night(tmp_path, data, ELSEWHERE, recode_days=0)
    ev, _, _ = tables(data)
    newest = ev.loc[ev["article_ids"].map(lambda a: "kz-herald-2" in a), "event_id_cnty"].item()
    assert int(newest[3:]) > max(int(monday[3:]), int(sunday[3:]))
