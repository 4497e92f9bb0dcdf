"""Round 39 (q43): a question asking what to do is a how-to ask, whatever feeling it tells of.

practice-dev's letter "What does one do when they feel like no manager in the entire office can
be trusted with any personal or confidential information?" was read as an opinion ask ("they
feel"), which entry 5 alone answers (what children, young people and families think about
sharing), and so quoted it. "What does one do", "what should one do" open a how-to ask: the
first ask of the question, read before any feeling it tells of. ("What should I do…?" is left
as it was: it asks the key factors as often.)
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.segment import Segment
from tests.support.packs import built_in_matcher

__all__ = ["built_in_matcher"]


@pytest.mark.parametrize(
    "question",
    [
        "What does one do when they feel like no manager can be trusted with confidential "
        "information?",
        "what should one do when parents feel we share too much",
        "What is one to do if families feel let down by us?",
        "what can one do when the kids feel nobody listens?",
    ],
)
def test_what_to_do_is_asked_before_a_feeling_told(
    built_in_matcher: Matcher, question: str
) -> None:
    assert built_in_matcher._gate.ask(Segment(question)) == "how_to"


@pytest.mark.parametrize(
    "question",
    [
        "how do parents feel about us sharing their information?",
        "what do young people think about their information being shared?",
        "do families mind us passing on what they tell us?",
    ],
)
def test_an_opinion_asked_is_still_one(built_in_matcher: Matcher, question: str) -> None:
    assert built_in_matcher._gate.ask(Segment(question)) == "opinion"


def test_the_letter_quotes_no_entry_on_what_families_think(built_in_matcher: Matcher) -> None:
    letter = (
        "One thing I guess that bothers me most is the lack of privacy and confidentiality in "
        "my part of the organization. What does one do when they feel like no manager in the "
        "entire office can be trusted with any personal or confidential information?"
    )
    assert built_in_matcher.match(letter).answer is None
