"""The kinds a question asks are read once, from the question without its role label, and a
kind no published answer answers decides before the case checks (docs/matcher.md, round 28).

A role label says who asks ("benefit sanctions adviser - …"): its words are not what is asked,
so "sanctions" there is no question about penalties. And one asking of their own information
("will the nursery share information about my child…?") is offered the entry, not the case
topic's reply, which points a practitioner to the consent check.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # each offered its entry only before round 28: the label's word read as the ask
        ("Benefit sanctions adviser - why is information sharing important?", 1),
        (
            "Housing benefit sanctions officer - what are the key factors when deciding "
            "whether to share information?",
            4,
        ),
        ("Costs officer - what is an information sharing protocol?", 12),
    ],
)
def test_a_role_labels_words_are_not_the_ask(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    "message",
    [
        "Sanctions officer here - what are the penalties for sharing information wrongly?",
        "What are the penalties if a youth worker shares information without consent?",
    ],
)
def test_the_question_itself_still_asks_what_none_answers(
    built_in_matcher: Matcher, message: str
) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    "message",
    [
        "Will the nursery ever share information about my child without my permission?",
        "Can the health visitor pass my details to the nursery without asking me?",
        "Could my son's school tell social services about him without my consent?",
    ],
)
def test_of_ones_own_information_the_entry_is_offered_not_the_case_reply(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None and result.not_covered is None, result
    assert result.suggestions, result
