"""A verdict asked on someone else's past act ("…Was she right to share without consent?", "Did
they break the law by sharing…?") is the `verdict` kind no published answer answers, as it is
asked of one's own (docs/matcher.md, round 28; round 21 for "I" and "we"). Asked of an act still
to be done, the question is read as before. Wordings written for this test.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # both quoted entry 4 before round 28
        "A health visitor told a nursery about a mum's depression. Was she right to share without "
        "consent?",
        "Two social workers told the housing officer about a tenant's mental health. Did they "
        "break the law by sharing without consent?",
    ],
)
def test_a_verdict_on_anothers_act_is_offered_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions, result


@pytest.mark.parametrize(
    "message",
    ["Is she allowed to share without consent?", "Should he ask for consent before he shares?"],
)
def test_an_act_still_to_be_done_is_answered(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result
