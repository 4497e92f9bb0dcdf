"""The matcher reads a question's kinds of ask as the gate does: without its role label, once
per part of a message (docs/matcher.md, round 28, quote28b).

A role label says who asks ("Benefit sanctions adviser - …", "Liability insurer - …"): its words
are not what is asked. Before, `QuoteGate.ask`/`asks` (which the matcher consults to choose
among entries) read the label's "sanctions" as a question about penalties while `check` read
the question without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from knowledge.matching import Matcher, load_matcher_packs
from knowledge.matching.asks import Asks
from knowledge.matching.models import Match, MatchResult
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment
from knowledge.matching.verdicts import Verdicts
from knowledge.qa_pack import QAPack

PACKS = Path(__file__).resolve().parents[3] / "knowledge" / "packs"
_PACK = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
_MATCHER = Matcher(_PACK.entries, *load_matcher_packs(PACKS))
_GATE: QuoteGate = _MATCHER._gate

_LABELLED = [
    (
        "Benefit sanctions adviser - why is information sharing important?",
        "why is information sharing important?",
    ),
    (
        "Penalty notice officer - what is an information sharing protocol?",
        "what is an information sharing protocol?",
    ),
    (
        "Sanctions caseworker - when can I share information without consent?",
        "when can I share information without consent?",
    ),
]


@pytest.mark.parametrize(("labelled", "plain"), _LABELLED)
def test_the_kinds_of_ask_are_read_without_the_role_label(labelled: str, plain: str) -> None:
    reading = Reading(_MATCHER._normaliser)
    with_label, without = Segment(labelled), Segment(plain)
    assert _GATE.asks(with_label, reading) == _GATE.asks(without)
    assert _GATE.ask(with_label, reading) == _GATE.ask(without)
    assert "consequence" not in _GATE.asks(with_label)


def test_a_label_that_is_the_question_is_kept() -> None:
    # "sanctions" asked about, not said of who asks: no label to take off
    segment = Segment("What sanctions apply if I share information wrongly?")
    assert "consequence" in _GATE.asks(segment)


def test_one_message_reads_its_kinds_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the gate's checks and the matcher's choice among entries share one reading of the kinds
    read: list[tuple[str, ...]] = []
    all_of = Asks.all_of

    def counted(asks: Asks, question: Sequence[str]) -> frozenset[str]:
        read.append(tuple(question))
        return all_of(asks, question)

    monkeypatch.setattr(Asks, "all_of", counted)
    verdicts = Verdicts(_GATE, Reading(_MATCHER._normaliser))
    segment = Segment("Benefit sanctions adviser - why is information sharing important?")
    for number in (1, 2, 4):
        verdicts.check(MatchResult(answer=Match(number, 80.0)), segment)
    verdicts.asks(segment)
    assert len(read) == 1
