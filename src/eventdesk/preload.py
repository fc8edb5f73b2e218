"""Imported once by the forkserver that forks the extraction workers (see batches.Coder): it imports the coder,
loads the run's gazetteer and warms the coder (batches.warm_coder), so each worker forked from it starts with
all of these loaded and shares their pages.

A failure here is not fatal: a worker loads what it lacks itself (batches.init_worker)."""
import logging
import os

try:
    from eventdesk.batches import init_worker

    init_worker(os.environ.get("EVENTDESK_PRELOAD_DATA_DIR") or None, warm=True)
except Exception as exc:  # noqa: BLE001  the worker retries and reports the error in the run
    logging.getLogger("eventdesk").warning("the extraction workers' preload failed; each worker loads the coder "
                                           "itself (%s: %s)", type(exc).__name__, exc)
