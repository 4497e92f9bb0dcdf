"""A label opening the story ("housing team myth: …. true?", "social care team: …. correct?")
says who asks, as a label opening the question does (`segment.split_label`): when a short
question leans on the story, the gate reads the story without it, so the party the label names
is not taken for where the information would go (`QuoteGate.check`; docs/matcher.md, round
21). A party named in the story itself still makes a question about one case."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # practice-dev10's item; each was the case reply on int26.
        "housing team myth: the person at risk always has to consent before we can pass on a "
        "worry about them. true?",
        "school nurse team: we were told the child always has to agree before we pass on a "
        "worry about them. true?",
        "social care team: our trainer said you can't ever share without the family's consent. "
        "correct?",
    ],
)
def test_a_claim_after_a_label_is_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result


@pytest.mark.parametrize(
    "message",
    [
        "school office staff: the parents asked us not to tell the GP. Should we?",
        "housing officer here: a tenant has refused consent but I think she's at risk. Can I?",
    ],
)
def test_one_case_after_a_label_is_still_not_quoted(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).answer is None
