"""`run --dask`: the batches are coded on a Dask cluster (here a LocalCluster the test starts) and the
published rows equal a local run's, row for row."""
import pytest

from eventdesk import publish

from test_batches import write_corpus

pytestmark = pytest.mark.slow

# columns that differ between two runs of the same input by design
RUN_DEPENDENT = {"run_id", "ingested_at", "timestamp", "rejected_at"}


def published(data):
    out = {}
    for name in ("articles", "events", "event_mentions"):
        df = publish.read_table(data / "curated", name)
        df = df[[c for c in df.columns if c not in RUN_DEPENDENT]]
        key = {"articles": ["id"], "events": ["event_id_cnty"], "event_mentions": ["event_id_cnty", "sentence_index"]}
        out[name] = df.sort_values(key[name]).reset_index(drop=True)
    return out


def test_a_run_on_a_dask_cluster_publishes_what_a_local_run_does(prefect_harness, tmp_path):
    distributed = pytest.importorskip("distributed")
    from flows.pipeline import run_flow

    corpus = tmp_path / "a.jsonl"
    write_corpus(corpus, 12)
    local = run_flow([str(corpus)], str(tmp_path / "local"), workers=1, batch_size=4)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client, distributed.get_task_stream(client) as stream:
        remote = run_flow([str(corpus)], str(tmp_path / "dask"), batch_size=4, dask=cluster.scheduler_address)
    assert len(stream.data) >= 3, "the 12 articles' 3 batches should have run on the cluster"
    assert remote["status"] == local["status"]
    assert remote["events_published"] == local["events_published"] > 0
    assert remote["extract_seconds"] is not None and remote["publish_seconds"] is not None
    a, b = published(tmp_path / "local"), published(tmp_path / "dask")
    for name in a:
        assert b[name].equals(a[name]), name
