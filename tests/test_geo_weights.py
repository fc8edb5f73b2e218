"""The place-ranking table (data/rules/place_ranking.toml) is the one home of ranking weights: every feature it
declares is read by the geo code, every weight the code reads is declared, and a bad record is refused."""
import re
from pathlib import Path

import pytest

from eventdesk.geo import weights

GEO = Path(weights.__file__).parent


def used_names() -> set[str]:
    return {m for p in GEO.glob("*.py") for m in re.findall(r"\bW\.(\w+)", p.read_text(encoding="utf-8")) if not m.endswith("_")}


def test_every_declared_feature_is_read_and_every_read_weight_is_declared():
    declared = {f.name for f in weights.FEATURES}
    assert used_names() == declared


def test_each_feature_has_a_stage_a_number_and_a_reason():
    assert len(weights.FEATURES) >= 50
    for f in weights.FEATURES:
        assert f.stage in weights.STAGES and f.why.strip() and isinstance(f.weight, (int, float)), f


def test_no_float_weight_is_left_in_the_ranking_code():
    """Numbers in the ranking code are thresholds and caps (km, populations, counts), not weights."""
    for name in ("ranking.py", "hierarchy.py", "notes.py", "resolve.py"):
        text = (GEO / name).read_text(encoding="utf-8")
        code = "\n".join(line.split("#")[0] for line in text.splitlines())
        floats = re.findall(r"(?<![\w.])\d+\.\d+", code)
        assert set(floats) <= {"0.0", "1.0", "0.85", "120.0"}, (name, floats)  # 0.85: a spelling ratio; 120 km


@pytest.mark.parametrize("record, error", [
    ('name = "x"\nstage = "ranking"\nweight = 1.0\nwhy = "y"', "stage 'ranking'"),
    ('name = "x"\nstage = "event"\nweight = "1.0"\nwhy = "y"', "weight must be a number"),
    ('name = "x"\nstage = "event"\nweight = 1.0\nwhy = " "', "say why"),
    ('name = "x"\nstage = "event"\nweight = 1.0', "keys must be"),
])
def test_a_bad_record_names_the_file_and_the_feature(record, error):
    with pytest.raises(ValueError, match=re.escape(error)) as exc:
        weights.load_features(f"[[feature]]\n{record}\n", origin="rules/test.toml")
    assert "rules/test.toml: feature 1 (x)" in str(exc.value)


def test_a_feature_declared_twice_is_refused():
    record = '[[feature]]\nname = "x"\nstage = "event"\nweight = 1.0\nwhy = "y"\n'
    with pytest.raises(ValueError, match="new identifier"):
        weights.load_features(record * 2)
