"""A change to the guidance still to come is not the update entry 6 tells of: the `future` kind
of ask, which no published answer answers (docs/matcher.md, round 28). Wordings written for this
test; each was quoted entry 6 before.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.packs import builtin_matcher_packs


@pytest.mark.parametrize(
    "message",
    [
        "What will the next update of the guidance change?",
        "Why will the guidance be updated next year?",
        "Is the guidance going to be replaced soon?",
        "Why is the guidance due to be updated?",
        "What is changing in the upcoming update of the guidance?",
        "Has the guidance been updated again since 2008?",
    ],
)
def test_a_change_to_come_is_offered_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions, result


@pytest.mark.parametrize(
    "message",
    [
        "Why was the existing cross-Government guidance updated?",
        "Why was the guidance updated to cover adults?",
        "why did they change the guidance?",
    ],
)
def test_the_update_that_was_made_is_still_answered(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 6, result


@pytest.mark.parametrize(
    ("question", "future"),
    [
        ("will it be updated again", True),
        ("what are the future changes", True),
        ("will the parents be told", False),  # "will" alone asks of no change to come
        ("why was it updated", False),
    ],
)
def test_the_kind(question: str, future: bool) -> None:
    pack, _ = builtin_matcher_packs()
    kinds = Asks(pack.asks, emphasis=pack.emphasis).all_of(words(question))
    assert ("future" in kinds) is future
