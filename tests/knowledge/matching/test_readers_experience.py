"""A forum's readers asked for their own experience or view after a story ("Has anyone had to…?",
"What would you do?") are asked what no published answer tells: a kind of ask (`readers` under
`asks` in not-covered.yaml) that holds back every quote."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # Each was quoted on main (entries 3, 13 and 4).
        (
            "My manager says data protection stops us sharing anything with the school. Has "
            "anyone else been told data protection is a barrier to sharing information?",
            3,
        ),
        (
            "We have no information sharing protocol with the local GP practice. Has anyone had "
            "to share information without an information sharing protocol?",
            13,
        ),
        (
            "A parent refused consent for us to share with the school nurse. What would you do "
            "about sharing information without consent?",
            4,
        ),
    ],
)
def test_asking_the_readers_experience_is_quoted_nothing(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert [m.number for m in result.suggestions] == [entry]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("What do families think about professionals sharing their information?", 5),
        ("Is data protection a barrier to sharing information?", 3),
    ],
)
def test_what_others_think_and_the_guidance_are_still_answered(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
