"""Each story once: URL, exact and near duplicates are linked to their first copy, not coded again,
and their outlets join the first copy's events. Also: non-English articles are kept but not coded."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from eventdesk import pipeline, publish
from eventdesk.dedup import Deduplicator, add_duplicate_sources, canonical_url, words
from eventdesk.records import Article

# Invented reports, written for these tests.
STORY = """NAIROBI - Several hundred secondary school teachers marched through central Nairobi on Tuesday to demand \
the salary increases the government promised them last year, their union said.

The teachers gathered outside the offices of the Teachers Service Commission in the morning and walked to \
Parliament, carrying placards and singing. Police watched the march but did not intervene, and it ended \
peacefully in the early afternoon.

Union officials said the commission had paid only part of the arrears agreed in a deal signed in March, and \
warned that members would stop work in all public schools next month if the remaining money was not released.

A spokesman for the commission said the payments had been delayed by a shortfall in the budget and would be \
made before the end of the financial year. He asked the teachers to remain in class while talks continued."""

# The same wire story as a second outlet runs it: new opening words, two phrases reworded, a sign-off.
REPOST = (STORY.replace("NAIROBI - Several hundred", "Hundreds of")
          .replace("their union said", "according to their union")
          .replace("carrying placards and singing", "singing and waving placards")
          + "\n\nAdditional reporting by our correspondent.")

# Another story on the same subject, told in other words: not a copy.
OTHER = """Teachers in Nairobi held a second day of protests on Wednesday. Unlike the march of the day before, \
Wednesday's gathering was small: a few dozen union members stood outside the finance ministry with banners, \
asking the treasury to release the money owed. Officials at the ministry did not come out to meet them. \
The union's secretary general told reporters that talks with the commission had stalled over the size of \
the next instalment, and that a national strike ballot would be held in the coming weeks. Parents' groups \
said they feared another term would be lost, after strikes closed schools for three weeks two years ago. \
The commission has said it cannot pay more until parliament approves a supplementary budget, which is \
expected later this month, and it urged both sides to keep talking rather than close the schools again."""

RUSSIAN = ("Несколько тысяч жителей Алматы вышли в субботу на центральную площадь города, требуя снизить цены на "
           "газ и отменить новый налог. Полиция оцепила площадь, но не стала разгонять собравшихся. По словам "
           "организаторов, следующая акция пройдёт через неделю у здания городского совета, если власти не "
           "ответят на их требования.")

NOW = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)


def _article(id_, text, url=None, published=dt.date(2024, 5, 7), source="Example Daily") -> Article:
    from eventdesk.articles import content_hash

    return Article(id=id_, origin=f"t:{id_}", content_hash=content_hash(text), ingested_at=NOW, text=text,
                   published_at=published, source=source, url=url)


@pytest.mark.parametrize("url,expected", [
    ("https://www.daily.example.com/news/march?utm_source=rss&utm_medium=feed&id=7#comments",
     "daily.example.com/news/march?id=7"),
    ("http://daily.example.com/news/march/?fbclid=XYZ&gclid=1&id=7", "daily.example.com/news/march?id=7"),
    ("https://daily.example.com/amp/news/march?id=7&UTM_Campaign=spring", "daily.example.com/news/march?id=7"),
    ("https://daily.example.com/news/march/amp", "daily.example.com/news/march"),
    ("https://daily.example.com/news/march.amp.html", "daily.example.com/news/march.html"),
    ("https://daily.example.com:8080/news/march?b=2&a=1", "daily.example.com:8080/news/march?a=1&b=2"),
    ("ftp://daily.example.com/file", None),
    (None, None),
])
def test_canonical_url_strips_tracking_fragments_and_amp(url, expected):
    assert canonical_url(url) == expected


def test_a_declared_canonical_url_wins():
    assert canonical_url("https://m.daily.example.com/x?utm_x=1", "https://daily.example.com/news/march") \
        == "daily.example.com/news/march"
    assert canonical_url("https://daily.example.com/x", "/relative/only") == "daily.example.com/x"


def test_url_exact_and_near_copies_point_to_the_first_copy():
    d = Deduplicator()
    first = _article("a1", STORY, "https://daily.example.com/news/march?utm_source=rss")
    assert d.check(first) is None
    assert d.check(_article("a2", STORY.replace("Tuesday", "Tuesday"), "https://daily.example.com/news/march#top")) == "a1"
    # same words, other URL, other spacing and case
    assert d.check(_article("a3", STORY.upper().replace("\n\n", " "), "https://mirror.example.org/1")) == "a1"
    assert d.check(_article("a4", REPOST, "https://other.example.net/k", dt.date(2024, 5, 8), "Other Times")) == "a1"
    assert d.check(_article("a5", OTHER, "https://other.example.net/k2", dt.date(2024, 5, 8))) is None
    assert d.check(_article("a1", STORY, "https://daily.example.com/news/march")) is None  # itself, coded again
    assert len(d) == 2


def test_a_repost_weeks_later_or_a_short_templated_note_is_not_a_near_copy():
    d = Deduplicator()
    d.check(_article("a1", STORY))
    assert d.check(_article("late", REPOST, published=dt.date(2024, 6, 20))) is None
    # Two short notes from one template name different places: different events.
    note = "On 3 May 2024, around 200 nurses demonstrated in {} to demand the payment of overdue allowances."
    assert d.check(_article("n1", note.format("Kisumu"))) is None
    assert d.check(_article("n2", note.format("Nakuru"))) is None
    # the same short note on another day is another event; on the same day, the same one
    assert d.check(_article("n3", note.format("Kisumu"), published=dt.date(2024, 5, 9))) is None
    assert d.check(_article("n4", note.format("Kisumu"))) == "n1"


def test_signatures_are_datasketchs_affine32_minhash_values():
    """dedup computes the MinHash itself (no datasketch import in the run); the values must stay datasketch's,
    or an index kept from an earlier run would compare signatures of two kinds."""
    import numpy as np
    from datasketch import MinHash

    from eventdesk.dedup import NUM_PERM, SCHEME, SHINGLE, signature

    for text in (STORY, REPOST, OTHER, "one", "two words", "Teachers marched. " * 300):
        ws = words(text)
        m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        m.update_batch(list({" ".join(ws[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(ws) - SHINGLE + 1))}))
        assert signature(ws) == m.hashvalues.astype(np.uint32).tobytes()


def test_duplicate_sources_join_the_first_copys_events():
    from eventdesk.records import Event

    first = _article("a1", STORY, "https://daily.example.com/a")
    dup = _article("a2", REPOST, "https://other.example.net/b", source="Other Times")
    dup.duplicate_of = "a1"
    bare = _article("a3", STORY, "https://www.third.example.org/c", source=None)
    bare.duplicate_of = "a1"
    fields = {f: None for f in Event.__slots__}
    fields.update(source="Example Daily", article_ids=["a1"], source_urls=["https://daily.example.com/a"])
    e = Event(**fields)
    untouched = Event(**dict(fields, source="Elsewhere", article_ids=["zz"], source_urls=[]))
    assert add_duplicate_sources([e, untouched], [first, dup, bare]) == 1
    assert e.source == "Example Daily; Other Times; third.example.org"
    assert e.article_ids == ["a1", "a2", "a3"]
    assert e.source_urls == ["https://daily.example.com/a", "https://other.example.net/b", "https://www.third.example.org/c"]
    assert untouched.source == "Elsewhere" and untouched.article_ids == ["zz"]


# ---- through the pipeline's ingest and extract ----------------------------------------------------

@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One run: a story under two feed URLs, a repost in a second outlet, a Russian report."""
    data = tmp_path_factory.mktemp("data")
    src = data / "feed.jsonl"
    rows = [
        dict(id="m1", url="https://daily.example.com/news/teachers-march?utm_source=rss&utm_medium=feed",
             text=STORY, published_at="2024-05-07", source="Example Daily", language="en"),
        dict(id="m2", url="https://daily.example.com/news/teachers-march?fbclid=IwAR0abc#main",
             text=STORY, published_at="2024-05-07", source="Example Daily", language="en"),
        dict(id="m3", url="https://other.example.net/kenya/teachers", text=REPOST, published_at="2024-05-08",
             source="Other Times"),
        dict(id="ru1", url="https://kz.example.org/almaty", text=RUSSIAN, published_at="2024-05-04",
             source="Almaty Vestnik", language="en"),  # mislabelled by its feed
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    run = pipeline.new_run([str(src)], data)
    ingested = pipeline.ingest(run)
    extracted = pipeline.extract(ingested.articles, data)
    return run, ingested, extracted


def test_copies_are_linked_counted_and_not_coded(first_run):
    run, ingested, extracted = first_run
    arts = {a.id: a for a in ingested.articles}
    assert set(arts) == {"m1", "m2", "m3", "ru1"}  # every article is kept
    assert {k: a.duplicate_of for k, a in arts.items()} == {"m1": None, "m2": "m1", "m3": "m1", "ru1": None}
    assert ingested.counts["articles_duplicate"] == 2
    events = [e for e in extracted.events if "m1" in e.article_ids]
    assert events, "the first copy is coded"
    assert all(e.article_ids[0] == "m1" for e in extracted.events)  # copies open no event of their own
    assert {m.article_id for m in extracted.mentions} <= {"m1"}
    for e in events:
        assert e.source == "Example Daily; Other Times"
        assert e.article_ids == ["m1", "m2", "m3"]
        assert "https://other.example.net/kenya/teachers" in e.source_urls


def test_a_russian_article_is_kept_as_ru_counted_and_not_coded(first_run):
    run, ingested, extracted = first_run
    ru = next(a for a in ingested.articles if a.id == "ru1")
    assert ru.language == "ru"
    assert ingested.counts["articles_not_english"] == 1
    assert not any("ru1" in e.article_ids for e in extracted.events)


def test_counts_reach_the_runs_table_and_a_later_repost_links_to_the_published_copy(first_run, tmp_path):
    run, ingested, extracted = first_run
    tables = pipeline.frames(run, ingested.articles, extracted, ingested.rejects + extracted.rejects)
    dup_of = tables["articles"].set_index("id")["duplicate_of"]
    assert {k: v for k, v in dup_of.items() if pd.notna(v)} == {"m2": "m1", "m3": "m1"}
    pipeline.publish(run, pipeline.Validated(tables, []), ingested.articles)
    counts = dict(ingested.counts, rejects=0)
    pipeline.record_run(run, status="ok", counts=counts)
    runs = publish.read_table(run.curated, "runs")
    assert runs[["articles_not_english", "articles_duplicate", "warc_not_html"]].iloc[-1].tolist() == [1, 2, 0]

    # Next night a third outlet runs the story: it is matched against what was published.
    src = tmp_path / "night2.jsonl"
    late = REPOST.replace("Hundreds of", "Some hundreds of")
    src.write_text(json.dumps(dict(id="n1", url="https://third.example.org/x", text=late, published_at="2024-05-09",
                                   source="Third Herald")) + "\n")
    run2 = pipeline.new_run([str(src)], run.data_dir)
    ing2 = pipeline.ingest(run2)
    assert [(a.id, a.duplicate_of) for a in ing2.articles] == [("n1", "m1")]
    (index,) = (run.data_dir / "state").glob("dedup-*.sqlite")  # published first copies, indexed on disk
    assert _indexed(index) == {"m1", "ru1"}  # first copies only
    assert pipeline.extract(ing2.articles, run.data_dir).events == []

    # A damaged index is rebuilt from the published texts, not trusted.
    index.write_bytes(b"not a database at all" * 100)
    again = Deduplicator.load(lambda cols: pipeline.published_columns(run.curated, "articles", cols), run.data_dir / "state", 100)
    assert again.check(_article("n9", REPOST, "https://fourth.example.org/y", dt.date(2024, 5, 8))) == "m1"
    again.close()
    assert _indexed(index) == {"m1", "ru1"}


def _indexed(path) -> set[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db:
        return {r[0] for r in db.execute("SELECT id FROM entries")}


# ---- the index on disk, across nights and a killed run ------------------------------------------------

# Another invented report, long enough to be compared by shingles.
FLOODS = """Heavy rain over the western highlands sent the river over its banks on Sunday night, and by Monday \
morning water stood a metre deep in the lower streets of the market town. Traders said they had moved what stock \
they could to upper floors, but that sacks of maize and beans stored in warehouses by the bridge were lost. \
The county government opened two schools on higher ground as shelters, and volunteers carried older residents \
out of their houses on their backs. A local councillor said the drainage channels dug after the last floods \
had never been finished because the contractor was not paid, and called for an inquiry. The meteorological \
department warned that more rain was expected later in the week and advised people living near the river to \
move to safer places until the water went down. No deaths had been reported by Monday evening."""


def _words(seed: int, n: int = 150) -> str:
    """A different text for every seed, of words from the reports above."""
    import random

    vocab = sorted(set(words(STORY + OTHER + FLOODS)))
    rng = random.Random(seed)
    return " ".join(rng.choice(vocab) for _ in range(n)) + "."


def _night(data, name, rows):
    """Ingest one night's JSONL and publish its articles (no coding needed for what dedup reads)."""
    src = data / f"{name}.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    run = pipeline.new_run([str(src)], data)
    ing = pipeline.ingest(run)
    tables = pipeline.frames(run, ing.articles, pipeline.Extracted([], [], []), ing.rejects)
    pipeline.publish(run, pipeline.Validated(tables, []), ing.articles)
    pipeline.record_run(run, status="ok", counts=dict(ing.counts, rejects=0))
    return ing


def test_the_index_persists_and_a_story_repeated_the_next_night_is_linked(tmp_path, monkeypatch):
    _night(tmp_path, "night1", [dict(id="d1", url="https://daily.example.com/floods", text=FLOODS,
                                     published_at="2024-05-06", source="Example Daily")])
    read = []
    published_columns = pipeline.published_columns
    monkeypatch.setattr(pipeline, "published_columns", lambda c, t, cols: read.append(cols) or published_columns(c, t, cols))
    src = tmp_path / "night2.jsonl"
    src.write_text(json.dumps(dict(id="d2", url="https://syndicated.example.net/world/floods-1", text=FLOODS,
                                   published_at="2024-05-07", source="Syndicate")) + "\n")
    ing = pipeline.ingest(pipeline.new_run([str(src)], tmp_path))
    assert [(a.id, a.duplicate_of) for a in ing.articles] == [("d2", "d1")]
    assert not any("text" in cols for cols in read), "night 1's signatures were kept: no published text is read again"
    assert pipeline.extract(ing.articles, tmp_path).events == []


CHILD = r"""
import sys, time
from eventdesk import dedup, pipeline
dedup.COMMIT_EVERY = 2  # some of the run's first copies committed, the last one not
data, src, ready = sys.argv[1:4]
articles = pipeline.read_articles(pipeline.new_run([src], data), pipeline.Ingested([], [], None))
for _ in range(5):
    next(articles)
open(ready, "w").close()
time.sleep(600)
"""


def test_a_killed_run_leaves_a_usable_index_and_none_of_its_first_copies(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    _night(tmp_path, "night1", [dict(id="p1", url="https://daily.example.com/floods", text=FLOODS,
                                     published_at="2024-05-06", source="Example Daily")])
    killed = [dict(id=f"k{i}", url=f"https://other.example.net/{i}", text=_words(i),
                   published_at="2024-05-08", source="Other Times") for i in range(6)]
    src = tmp_path / "killed.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in killed) + "\n", encoding="utf-8")
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path), str(src), str(ready)],
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the child never read its articles"
            time.sleep(0.05)
        (index,) = (tmp_path / "state").glob("dedup-*.sqlite")
        assert {"k0", "k1"} <= _indexed(index)  # committed by the run that is about to die
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    # The next night: a copy of what the dead run read is a first copy (nothing of that run was published),
    # a copy of what night 1 published is still linked to it.
    ing = _night(tmp_path, "night3", [
        dict(id="q1", url="https://third.example.org/teachers", text=_words(1), published_at="2024-05-08"),
        dict(id="q2", url="https://third.example.org/floods", text=FLOODS, published_at="2024-05-07")])
    assert [(a.id, a.duplicate_of) for a in ing.articles] == [("q1", None), ("q2", "p1")]
    assert _indexed(index) == {"p1", "q1"}  # the dead run's first copies are gone; the index was not set aside


def test_two_runs_at_once_keep_their_first_copies_apart(tmp_path):
    first = Deduplicator.load(lambda cols: None, tmp_path, 100)
    second = Deduplicator.load(lambda cols: None, tmp_path, 100)  # the first holds the index: this one builds its own
    try:
        assert first.check(_article("r1", STORY)) is None
        assert second.check(_article("r2", REPOST)) is None  # r1 is no published article: another run cannot see it
        assert first.check(_article("r3", REPOST)) == "r1"
        assert len(first) == 1 and len(second) == 1
    finally:
        first.close()
        second.close()


def test_packed_events_get_the_same_duplicate_sources_as_objects(first_run):
    """A streamed run keeps its events as Arrow (batches.Coded.pack): copies join them as they join objects."""
    import dataclasses

    from eventdesk import batches, dedup

    run, ingested, extracted = first_run
    plain = [dataclasses.replace(e, article_ids=["m1"], source="Example Daily", source_urls=e.source_urls[:1])
             for e in extracted.events]
    packed = batches.Coded(events=[dataclasses.replace(e, article_ids=list(e.article_ids), source_urls=list(e.source_urls))
                                   for e in plain]).pack()
    assert dedup.add_duplicate_sources(plain, ingested.articles) == len(plain)
    table = dedup.add_duplicate_sources_table(packed.table("events"), ingested.articles)
    assert [dataclasses.asdict(e) for e in batches.Rows(table, type(plain[0]))] == [dataclasses.asdict(e) for e in plain]
    assert plain and all(e.article_ids == ["m1", "m2", "m3"] for e in plain)
