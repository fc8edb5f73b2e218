"""Start-up cuts (issue #15): GX suites are built once per process, also when a warm-up thread races the run."""
from __future__ import annotations

import threading

from eventdesk import schema, validation


def test_warm_up_and_run_share_one_suite_per_table():
    t = validation.warm_up()
    got: dict[int, object] = {}
    racers = [threading.Thread(target=lambda i=i: got.__setitem__(i, validation._validation_definition("events")))
              for i in range(3)]
    for r in racers:
        r.start()
    for r in racers + [t]:
        r.join(timeout=300)
    assert not t.is_alive()
    assert len({id(v) for v in got.values()}) == 1
    for name in schema.TABLES:
        assert validation._validation_definition(name) is validation._validation_definition(name)
    # and the shared suite still validates a frame of the declared shape
    empty = schema.table("rejects").empty()
    assert validation.validate("rejects", empty).passed.empty
