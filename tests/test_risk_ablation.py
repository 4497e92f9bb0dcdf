"""The rule-cost tool (tests/support/risk_ablation.py) reads only dev files and takes rules out."""

from __future__ import annotations

from knowledge.loader import load_knowledge
from tests.support.risk_ablation import half_of, labelled, reading


def test_halves_split_the_numbered_dev_files_by_odd_and_even() -> None:
    assert [half_of(n) for n in ("harm-dev.yaml", "harm-dev15.yaml", "practice-dev14.yaml")] == [
        "A",
        "A",
        "B",
    ]
    assert half_of("risk-brainstorm-3.yaml") == half_of("dev-questions.yaml") == "P"


def test_no_held_out_file_is_read() -> None:
    names = {name for name, _, _ in labelled()}
    assert "harm-dev15.yaml" in names
    assert not any("holdout" in name for name in names)


def test_a_disclosure_is_signposted_with_its_rules_and_not_without_any() -> None:
    detector = load_knowledge().risk_detector
    text = "my neighbour's boy told me his dad punches him"
    with reading(detector, text) as signposted:
        assert signposted(lambda _: True)
        assert not signposted(lambda _: False)
    assert detector.detect(text) is not None  # the detector is itself again
