"""Entry 4 (deciding whether to share, consent given, refused or not sought) named in other
words: agreement not given in the perfect ("hasn't agreed", "have not agreed"), the parents
not agreeing, and what was told "in confidence" or a confidence broken (its `anchors`, beside
"break confidentiality"). Staff's confidence to share stays entry 14's."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher

_NEEDS_POSSESSIVES = pytest.mark.xfail(
    strict=True,
    reason="'their' is not read past: the possessives rule was reverted after the held-out check",
)


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was entry 4 offered as related on int24: no anchor named.
        "when am I allowed to pass on something a client told me in confidence?",
        "can I share a concern about a child without the parents agreeing to it?",
        "youth worker: is it ok to share a concern about a young person who hasn't agreed to it?",
    ],
)
def test_agreement_said_otherwise_is_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result


@pytest.mark.parametrize(
    "message",
    [
        "how can managers build staff confidence in sharing information?",
        "what gives practitioners the confidence to share?",
    ],
)
def test_confidence_to_share_is_still_support(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 14, result


@pytest.mark.parametrize(
    "message",
    [
        # Each was entry 4 offered as related on int24: consent said as an idiom after "without".
        pytest.param(
            "is it ok to pass information on without their go-ahead if we are worried?",
            marks=_NEEDS_POSSESSIVES,
        ),
        "when can a practitioner share information without the go ahead of the person it is about?",
        # Round 34: answered through entry 4's anchor "when can i share", not by reading past
        # "their".
        "when can I share information without their OK?",
    ],
)
def test_consent_said_as_an_idiom_is_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result
