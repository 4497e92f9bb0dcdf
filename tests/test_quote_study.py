"""The learnt quote verifier study's own rules (tests/support/quote_learnt.py, docs/matcher.md
"Round 18: a learnt verifier")."""

from __future__ import annotations

from pathlib import Path

from knowledge.matching import Match, MatchResult, NotCoveredHit
from tests.support.quote_pairs import (
    Pair,
    _files,
    candidates,
    load_items,
    read_pairs,
    write_pairs,
)
from tests.support.quote_verifier import Limits, Verifier, limits_from


def test_the_items_come_from_dev_files_and_never_a_held_out_one() -> None:
    assert not [p for p in _files() if "holdout" in p.name]
    items = load_items()
    files = {i.file for i in items}
    assert {"dev-questions.yaml", "practice-dev14.yaml", "probes-round15.yaml"} <= files
    assert not [f for f in files if "holdout" in f]
    assert len({i.text for i in items}) == len(items)


def _pair(text: str, label: bool, *, answer: bool) -> Pair:
    rank = 0.0
    return Pair(text, 4, (0.7, rank, float(answer), 0.0, 0.1, 0.0), label, answer)


def test_the_veto_threshold_vetoes_at_most_one_percent_of_the_right_quotes() -> None:
    pairs = [_pair(f"question number {n}", True, answer=True) for n in range(300)]
    scores = [float(n) for n in range(300)]
    quoted = {(p.text, p.entry) for p in pairs}
    limits = limits_from(pairs, scores, quoted)
    assert sum(s < limits.veto for s in scores) == 3


def test_the_rescue_threshold_rescues_no_training_candidate_wrongly() -> None:
    pairs = [
        _pair("is consent always needed here", False, answer=False),
        _pair("can we share without consent then", True, answer=False),
        _pair("no", False, answer=False),  # too short to be rescued: not counted
    ]
    limits = limits_from(pairs, [1.5, 2.0, 9.0], set())
    assert 1.5 < limits.rescue < 2.0


def test_a_vetoed_quote_becomes_related_questions_and_a_rescue_quotes_the_first() -> None:
    verifier = Verifier()
    limits = Limits(veto=0.0, rescue=3.0)
    verifier.scores[("why share information at all", 1)] = (-1.0, limits)
    verifier.scores[("why is sharing information important", 1)] = (4.0, limits)
    quoted = MatchResult(answer=Match(1, 80.0), suggestions=(Match(2, 75.0),))
    vetoed = verifier.hook(veto=True, rescue=False)("why share information at all", quoted)
    assert vetoed.answer is None
    assert vetoed.withheld
    assert [m.number for m in vetoed.suggestions] == [1, 2]
    offered = MatchResult(suggestions=(Match(1, 65.0), Match(2, 60.0)))
    rescue = verifier.hook(veto=False, rescue=True)
    rescued = rescue("why is sharing information important", offered)
    assert rescued.answer == Match(1, 65.0)
    topic = MatchResult(suggestions=offered.suggestions, not_covered=NotCoveredHit("t", "r"))
    assert rescue("why is sharing information important", topic) is topic


def test_the_candidates_carry_the_matchers_view_of_each_entry() -> None:
    result = MatchResult(answer=Match(5, 90.0), suggestions=(Match(4, 84.0),))
    (first, numbers, is_answer), (second, later, not_answer) = candidates(result)
    assert (first.number, is_answer, numbers[0], numbers[4]) == (5, True, 0.9, 0.06)
    assert (second.number, not_answer, later[1], later[5]) == (4, False, 0.5, 0.06)


def test_pairs_kept_for_history_read_back_the_same(tmp_path: Path) -> None:
    pairs = [_pair("is consent always needed here", False, answer=True)]
    write_pairs(pairs, tmp_path / "pairs.json")
    assert read_pairs(tmp_path / "pairs.json") == pairs
