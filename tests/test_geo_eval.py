"""Seed places from ../shared/eval/seeds must resolve within 25 km with the gold admin1."""
import csv
import importlib.util
from pathlib import Path

import pytest

from eventdesk.geo import Gazetteer, locate

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


@pytest.mark.eval
def test_seed_locations_resolve():
    if not (EVAL / "seeds" / "gold.csv").exists():
        pytest.skip("../shared/eval/seeds is absent")
    spec = importlib.util.spec_from_file_location("acled_score", EVAL / "score.py")
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    gz = Gazetteer.load()
    for g in csv.DictReader(open(EVAL / "seeds" / "gold.csv", encoding="utf-8")):
        loc = locate(f"People protested in {g['location']}.", gz)
        assert loc is not None, g["location"]
        d = sc.km(g, {"latitude": loc.place.latitude, "longitude": loc.place.longitude})
        assert d is not None and d <= 25, (g["location"], d)
        assert sc.same(g["admin1"], loc.place.admin1, generic=True), (g["admin1"], loc.place.admin1)
