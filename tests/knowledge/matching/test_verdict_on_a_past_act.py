"""A verdict asked on something already done ("I passed it on to our DSL without asking her. Did
I do the right thing?", "was that a breach?", "should I have asked them first?") is a kind of
ask no published answer answers: they say how to decide, never whether one past act was right
(`verdict` under `asks` in `not-covered.yaml`; docs/matcher.md, round 21). Asked of an act still
to be done ("is it ok to share without consent?", "should we have a protocol?") the question is
read as before."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each quoted on int26: entry 4 at 89, 90 and 66, entry 3 at 100.
        "A mum told me in confidence that her partner had hit her, and I passed it on to our DSL "
        "without asking her. Did I do the right thing sharing without her consent?",
        "I shared a child's details with the school nurse without asking the parents. Was I wrong "
        "to share without consent?",
        "Last week I told social care about a family without their consent. Should I have asked "
        "them first?",
        "I broke a young person's confidence last year because I was worried. Was that a breach "
        "of the data protection act?",
    ],
)
def test_a_verdict_on_a_past_act_is_not_quoted(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("is it ok to share information without consent?", 4),
        ("do we need to have an information sharing protocol before we share?", 13),
        ("does the data protection act stop us sharing information?", 3),
    ],
)
def test_an_act_still_to_be_done_is_answered(matcher: Matcher, message: str, entry: int) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("did i do the right thing", "verdict"),
        ("should we have told the school", "verdict"),
        ("was that a breach", "verdict"),
        ("should we have a written policy", None),  # "have" owns here: no tense, no verdict
    ],
)
def test_kind_of_a_past_verdict(question: str, kind: str | None) -> None:
    pack = builtin_knowledge().not_covered
    asks = Asks(pack.asks, emphasis=pack.emphasis)
    assert asks.of(words(question)) == kind
