"""The Crown dependencies and the United States have laws of their own, which the 2008 Q&A does not
speak for: Jersey, Guernsey, the Isle of Man, and "in the US" (read "in the us", which no sentence
says of "us") are subjects (docs/matcher.md, round 28). Wordings written for this test; each was
quoted before (entries 3, 13, 3, 4).
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "Our charity is based in Jersey - does the Data Protection Act stop us sharing?",
        "In the US, is it necessary to have a protocol to share information with another "
        "practitioner?",
        "Does the Data Protection (Jersey) Law stop me sharing?",
        "I'm a social worker in Guernsey. What are the key factors to consider before sharing?",
    ],
)
def test_another_jurisdiction_is_offered_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Does the DPA stop us sharing information with other agencies?", 3),
        (
            "Is it necessary for us to have a protocol to share information with another "
            "practitioner?",
            13,
        ),
    ],
)
def test_us_as_a_pronoun_is_read_as_before(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
