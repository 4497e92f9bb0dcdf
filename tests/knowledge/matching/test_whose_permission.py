"""Whose consent or permission it is ("without *your* permission", "without *our* consent")
does not hide an entry's anchor ("without permission"): `my`, `your`, `their` and `our` are
read past when anchors are looked for (`question_forms.POSSESSIVES`). "his" and "her" are not:
one person's consent names a case told, which the practice sets label unanswered."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was entry 4 offered as related, not quoted, on int24: no anchor named.
        "Can information about someone be passed on without your permission?",
        "Is it ever ok to share information without your consent?",
        "Can professionals share information without our permission?",
    ],
)
def test_without_your_permission_is_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result


@pytest.mark.parametrize(
    "message",
    [
        "When would a school pass on a pupil's information without her consent?",
        "can they share with family without his consent?",
    ],
)
def test_one_persons_consent_is_still_not_quoted(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert [m.number for m in result.suggestions] == [4], result
