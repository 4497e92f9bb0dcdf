"""Whether one act is right or acceptable ("Is it right to keep vital information from
parents?") asks a yes or no on that act: a kind of ask (`judgement` under `asks` in
not-covered.yaml) that only the entry on deciding whether to share answers. The entry on why
sharing matters is not quoted for it; "is it ok to share without consent?" keeps entry 4, and
"when is it ok to…?" still asks the conditions."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was quoted entry 1 on int25 (why information sharing is important).
        "Is it right to keep vital information from parents?",
        "Is it Right to Keep Important Information From Families?",
        "Is it acceptable to keep information from young people about why sharing is important?",
    ],
)
def test_a_judgement_on_an_act_is_not_why_sharing_matters(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert 1 in [m.number for m in result.suggestions], result


@pytest.mark.parametrize(
    "message",
    [
        "is it ok to share information without consent?",
        "Is it right to share information without consent?",
        "when is it ok to share information without consent?",
        "when is it right to share without the person's consent?",
    ],
)
def test_whether_to_share_is_still_entry_4(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result


def test_a_claim_that_sharing_matters_is_still_entry_1(matcher: Matcher) -> None:
    # "is it right that…" asks whether a claim holds, not whether an act is right.
    result = matcher.match("Is it right that information sharing is important?")
    assert result.answer is not None and result.answer.number == 1, result
