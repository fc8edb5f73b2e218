"""The coder's decision table (extraction/classify/rules.py) and its engine: every rule fires on a sentence
written for it (tests/cases/classify_cases.tsv), the table names only real features and ACLED sub-types,
and the features are plain functions of the passage."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.extraction.classify import SUB_EVENT_TYPES, classify
from eventdesk.extraction.classify.engine import decide, holds
from eventdesk.extraction.classify.features import Passage
from eventdesk.extraction.classify.rules import RULES

CASES = Path(__file__).parent / "cases" / "classify_cases.tsv"


def _cases() -> list[tuple[str, str, str]]:
    lines = [ln.rstrip("\n") for ln in CASES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert lines[0] == "rule\texpected\tsentence"
    return [tuple(ln.split("\t", 2)) for ln in lines[1:]]


@pytest.mark.parametrize("rule_name,expected,sentence", _cases(), ids=[c[0] for c in _cases()])
def test_case_fires_its_rule(rule_name, expected, sentence):
    rule, label = decide(sentence)
    assert rule.name == rule_name
    assert (label.sub_event_type if label else "none") == expected
    final = classify(sentence)  # with no context the entry point keeps the table's answer for these sentences
    assert (final.sub_event_type if final else "none") == expected
    if final is not None:
        assert final.rule == rule_name and sentence[final.start : final.end] == final.cue


def test_every_rule_has_a_case():
    covered = {c[0] for c in _cases()}
    assert [r.name for r in RULES if r.name not in covered] == []


def test_table_names_real_features_and_sub_types():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        for cond in r.when:
            feature = cond.removeprefix("not ")
            assert hasattr(Passage, feature), (r.name, cond)
        assert r.sub is None or r.sub in SUB_EVENT_TYPES, r.name
        assert not (r.sub and r.sub_from), r.name
        if r.sub or r.sub_from:
            assert r.cue and hasattr(Passage, r.cue) and 0 < r.conf <= 1, r.name
        assert r.codebook.startswith("§1."), r.name
    assert RULES[-1].when == () and RULES[-1].sub is None  # the table always decides


def test_a_condition_can_be_negated():
    p = Passage("Nurses protested outside the ministry in Lusaka on Monday.")
    assert holds(p, "has_demo") and not holds(p, "not has_demo")


def test_features_are_computed_once_and_read_the_passage():
    p = Passage("  Gunmen shot dead a farmer in his field near Jos on Monday. ")
    assert p.text.startswith("Gunmen") and not p.has_demo
    assert [c.text for c in p.attack][:1] == ["shot dead"]
    assert p.one_sided is p.one_sided  # cached: a rule that asks again gets the same list
    assert p.victim == "civilian" and not p.victim_armed


def test_victim_feature_sees_armed_targets():
    assert Passage("Gunmen killed two soldiers at a checkpoint on Monday.").victim_armed


def test_demo_feature_drops_work_stoppage_only_strikes():
    p = Passage("Doctors went on strike on Monday, shutting outpatient services across the province.")
    assert p.demo == [] and decide(p.text)[0].name != "demo_peaceful"


def test_territory_feature_ignores_goods_seized():
    assert Passage("Police seized weapons and took control of the depot on Monday.").territory == []
    assert Passage("Insurgents seized control of the town of Kora on Monday.").territory
