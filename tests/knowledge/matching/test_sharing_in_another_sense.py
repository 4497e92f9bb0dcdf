""" "Why is information sharing important in cyber security?" asks of sharing in another sense
than about a person (docs/matcher.md, round 30, quote30).

Entry 1 says why sharing information about people matters to public services. Sharing between
firms in a supply chain, on cyber threats, as open data or as know-how ("knowledge sharing") is
another matter; these join the commercial ends among the subjects no entry speaks of.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 1 before
        "Why is information sharing important in a supply chain?",
        "Why is information sharing important in cyber security?",
        "What are the benefits of open data?",
        "What are the benefits of knowledge sharing in organisations?",
    ],
)
def test_sharing_in_another_sense_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    "message",
    [
        "Why is information sharing important in schools?",
        "What are the benefits of sharing information?",
    ],
)
def test_sharing_about_people_is_still_entry_1(built_in_matcher: Matcher, message: str) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 1
