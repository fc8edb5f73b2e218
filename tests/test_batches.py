"""Extraction in batches on several processes gives the same rows as one process coding everything in one go."""
import dataclasses
import datetime as dt
import json

import pytest

from eventdesk import batches, pipeline

# Our own sentences; each article names a different place so the events differ from article to article.
PLACES = ["Nairobi", "Kisumu", "Mombasa", "Lagos", "Kano", "Accra", "Kumasi", "Dakar", "Bamako", "Kampala",
          "Gulu", "Harare", "Lusaka", "Maputo", "Beira", "Juba"]


def write_corpus(path, n):
    with open(path, "w") as f:
        for i in range(n):
            place = PLACES[i % len(PLACES)]
            text = (f"Police fired tear gas at hundreds of traders protesting new market fees in {place} on Monday. "
                    f"Two people were killed when gunmen attacked a village near {place} on Sunday, residents said.")
            f.write(json.dumps({"id": f"b-{i}", "title": f"Unrest in {place}", "text": text,
                                "published_at": f"2024-03-{1 + i % 27:02d}", "source": "Test Wire"}) + "\n")
        # the same story twice: the copy's sources join the first copy's events, even from another batch
        f.write(json.dumps({"id": "b-copy", "title": "Unrest in Nairobi", "source": "Other Wire",
                            "text": "Police fired tear gas at hundreds of traders protesting new market fees in "
                                    "Nairobi on Monday. Two people were killed when gunmen attacked a village near "
                                    "Nairobi on Sunday, residents said.", "published_at": "2024-03-01"}) + "\n")


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("batches")
    write_corpus(tmp / "a.jsonl", 24)
    run = pipeline.new_run([str(tmp / "a.jsonl")], tmp / "data")
    ingested = pipeline.ingest(run)
    assert not ingested.rejects, ingested.rejects
    return ingested.articles


def rows(extracted):
    return ([dataclasses.asdict(e) for e in extracted.events], [dataclasses.asdict(m) for m in extracted.mentions],
            [dataclasses.asdict(r) for r in extracted.rejects], extracted.warnings)


NOW = dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc)


def test_two_workers_in_small_batches_code_the_same_rows_as_one_worker(articles):
    one = pipeline.extract(articles, workers=1, batch_size=10_000, now=NOW)
    two = pipeline.extract(articles, workers=2, batch_size=5, now=NOW)
    assert len(one.events) >= len(PLACES), "the corpus should yield events, or this test proves nothing"
    # places repeat after 16 articles: later copies are duplicates, whose sources join events of an earlier batch
    assert any(len(e.article_ids) > 1 for e in one.events)
    assert rows(two) == rows(one)


def test_batches_keep_input_order_and_size():
    assert list(batches.chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches.chunked([], 3)) == []


def test_settings_reject_nonsense(monkeypatch):
    monkeypatch.setenv("EVENTDESK_BATCH_SIZE", "0")
    with pytest.raises(ValueError, match="EVENTDESK_BATCH_SIZE"):
        batches.batch_size()
    monkeypatch.setenv("EVENTDESK_WORKERS", "many")
    with pytest.raises(ValueError, match="EVENTDESK_WORKERS"):
        batches.workers()


def test_the_workers_start_early_only_for_a_large_local_run(tmp_path, monkeypatch):
    """start_early forks nothing for a small run, one worker or a Dask cluster (its preload costs seconds and
    hundreds of MB that a one-batch run never uses)."""
    from eventdesk import batches

    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "a", "text": "A short note."}\n', encoding="utf-8")
    assert batches.start_early(tmp_path, [str(small)], 2) is False
    assert batches.start_early(tmp_path, [str(tmp_path)], 2) is False  # a folder counts its files
    monkeypatch.setattr(batches, "EARLY_BYTES", 10)
    assert batches.start_early(tmp_path, [str(small)], 1) is False
    assert batches.start_early(tmp_path, [str(tmp_path / "missing.jsonl")], 2) is False
    monkeypatch.setenv("EVENTDESK_DASK", "tcp://127.0.0.1:1")
    assert batches.start_early(tmp_path, [str(small)], 2) is False


def test_the_parent_records_the_coder_version_without_importing_the_coder():
    """With workers, only they run the coder: recording the run's versions must not load it in the parent."""
    import subprocess
    import sys

    code = ("import sys; from eventdesk import pipeline; v = pipeline.versions(); "
            "assert v['coder'].endswith('-rules'), v; "
            "print(sorted(m for m in sys.modules if m.startswith(('eventdesk.events', 'eventdesk.extraction'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_warm_up_builds_the_first_use_tables_and_changes_no_row(articles, monkeypatch):
    """warm_coder (run in the workers' forkserver) codes its invented texts once, so every country's spelling
    table and the lazily built scanners exist before the first batch; the rows coded after it are the same."""
    from eventdesk.geo import spotting
    from eventdesk.geo.gazetteer import Gazetteer

    before = rows(pipeline.extract(articles, workers=1, batch_size=10_000, now=NOW))
    monkeypatch.setattr(batches, "_warmed", False)
    gazetteer = Gazetteer.load(None)
    batches.warm_coder(gazetteer)
    assert batches._warmed
    built = spotting._SPELLINGS.get(id(gazetteer.data), {})
    assert set(built) >= set(spotting._keys_by_country(gazetteer)), "every country's spelling table is built"
    assert rows(pipeline.extract(articles, workers=1, batch_size=10_000, now=NOW)) == before


def test_as_row_gives_what_asdict_gives_for_the_packed_records(articles):
    """pack() and the run's article rows use as_row, a flat dict without asdict's deep copy: same keys, values and order."""
    coded = pipeline.extract(articles[:3], workers=1, batch_size=10_000, now=NOW)
    records = [*coded.events, *coded.mentions, *articles[:3]]
    assert coded.events and coded.mentions
    for r in records:
        assert list(batches.as_row(r).items()) == list(dataclasses.asdict(r).items())
