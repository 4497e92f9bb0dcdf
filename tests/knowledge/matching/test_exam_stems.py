"""An exam or quiz stem after a case ("Which of the following actions should the nurse take?")
asks which of options it does not show: a kind of ask (`exam` under `asks` in not-covered.yaml)
that no published answer answers, so nothing is quoted."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Both were quoted entry 4 on main (at 76 and 78).
        "A care worker is told in confidence that a resident's son takes her money. Which "
        "response is most appropriate when deciding whether to share information without "
        "consent?",
        "An outreach worker is asked by a housing officer for details of a client's mental "
        "health. The client has not consented. What should the worker do next about sharing "
        "without consent?",
    ],
)
def test_an_exam_stem_is_quoted_nothing(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert [m.number for m in result.suggestions] == [4]


def test_the_most_appropriate_way_to_decide_is_still_answered(matcher: Matcher) -> None:
    # "most appropriate" alone is no exam stem: this asks how to decide (entry 4).
    result = matcher.match(
        "What is the most appropriate way to decide whether to share information without consent?"
    )
    assert result.answer is not None and result.answer.number == 4, result
