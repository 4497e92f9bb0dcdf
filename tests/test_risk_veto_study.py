"""The veto study's decision and thresholds (tests/support/risk_veto.py, docs/risk-learnt.md)."""

from __future__ import annotations

from tests.support.risk_cv import Item
from tests.support.risk_veto import PROTECTED, Limits, Scored, limits_from, signposts

SERIOUS = PROTECTED["serious"]


def _m(risk: bool, score: float, found: tuple[str, ...] | None, words: int = 10) -> Scored:
    return Scored(Item("text", risk, "page", "harm-dev.yaml"), score, found, words)


def test_the_veto_drops_only_a_low_scored_finding_of_no_protected_category() -> None:
    assert not signposts(_m(False, -3.0, ("neglect",)), 1.8, -2.0, SERIOUS)
    assert signposts(_m(False, -1.0, ("neglect",)), 1.8, -2.0, SERIOUS)
    assert signposts(_m(True, -3.0, ("neglect", "missing")), 1.8, -2.0, SERIOUS)
    assert signposts(_m(True, -3.0, ("neglect",), words=2), 1.8, -2.0, SERIOUS)
    assert signposts(_m(True, -9.0, ("neglect",)), 1.8, None, SERIOUS)


def test_without_a_finding_the_model_alone_decides_as_shipped() -> None:
    assert signposts(_m(True, 2.0, None), 1.8, -2.0, SERIOUS)
    assert not signposts(_m(True, 1.0, None), 1.8, -2.0, SERIOUS)
    assert not signposts(_m(True, 5.0, None, words=2), 1.8, -2.0, SERIOUS)


def test_the_veto_is_a_quantile_of_the_caught_training_disclosures_scores() -> None:
    caught = [_m(True, float(n), ("neglect",)) for n in range(200)]
    missed = [_m(True, -50.0, None)]
    ordinary = [_m(False, float(n) / 10, None) for n in range(100)]

    limits = limits_from(caught + missed + ordinary)

    assert isinstance(limits, Limits)
    assert limits.veto[0.005] == 1.0  # one caught disclosure in 200 below it; the missed one
    assert limits.veto[0.01] == 2.0  # (which the cues did not catch) does not count
    assert 9.7 < limits.alarm < 9.9  # 2% of the ordinary ones at or above it
