"""The quote gate is asked about each answer once per message, and says what it would have said."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.matching import Matcher, load_matcher_packs
from knowledge.matching.models import Match, MatchResult
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment
from knowledge.matching.verdicts import Verdicts
from knowledge.qa_pack import QAPack

PACKS = Path(__file__).resolve().parents[3] / "knowledge" / "packs"
_PACK = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
_MATCHER = Matcher(_PACK.entries, *load_matcher_packs(PACKS))
_GATE: QuoteGate = _MATCHER._gate  # the gate the matcher consults
_NORMALISER = _MATCHER._normaliser


@pytest.mark.parametrize(
    "text", ["who is it for", "consent to share?", "aim of the guidance", "DPA 1998 barrier?"]
)
def test_one_message_asks_the_gate_about_each_answer_once(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Match, Segment]] = []
    check = QuoteGate.check

    def counted(
        gate: QuoteGate,
        result: MatchResult,
        segment: Segment,
        reading: Reading | None = None,
        *,
        kinds: frozenset[str] | None = None,
    ) -> MatchResult:
        if result.answer is not None:
            asked.append((result.answer, segment))
        return check(gate, result, segment, reading, kinds=kinds)

    monkeypatch.setattr(QuoteGate, "check", counted)
    _MATCHER.match(text)
    assert asked  # each of these messages is checked by the gate
    assert len(asked) == len(set(asked))


_SEGMENTS = st.sampled_from(
    [
        Segment("what is an ISP?"),
        Segment("Can I tell her school?", "Her mum said no."),
        Segment("why is sharing information important?"),
        Segment("who is it for"),
        Segment("Dementia support worker.", part=True),
    ]
)
_ANSWERS = st.builds(Match, st.integers(1, 14), st.sampled_from([55.0, 71.5, 90.0]))
_SUGGESTIONS = st.lists(_ANSWERS, max_size=2).map(tuple)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), _ANSWERS, _SUGGESTIONS, _SEGMENTS), max_size=8))
def test_verdicts_are_what_the_gate_says_whatever_was_asked_before(
    asks: list[tuple[bool, Match, tuple[Match, ...], Segment]],
) -> None:
    reading = Reading(_NORMALISER)
    verdicts = Verdicts(_GATE, reading)
    for whole, answer, suggestions, segment in asks:
        result = MatchResult(answer=answer, suggestions=suggestions)
        expected = _GATE.check(result, segment, Reading(_NORMALISER))
        if whole:
            assert verdicts.check(result, segment) == expected
        else:
            assert verdicts.quotes(answer, segment) is (expected.answer is not None)
        assert verdicts.ask(segment) == _GATE.ask(segment)
