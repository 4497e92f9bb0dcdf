"""How to carry out a step (ask for consent, record or word something): no published answer
gives steps, so none is quoted (round 13's probes, docs/matcher.md; each was quoted entry 4
before). How to decide whether to share is still the key factors' question."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

STEPS = [
    "how do I ask for consent?",
    "how to ask a family for permission to share info",
    "what's the best way to ask for consent to share?",
]


@pytest.mark.parametrize("message", STEPS)
def test_how_to_carry_out_a_step_is_quoted_nothing(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert any(r.choices for r in replies), "the nearest entry stays one press away"


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("how do I weigh up whether to share info about a client I'm worried about?", 4),
        ("how do I know when I can share without consent?", 4),
        ("how can I share information if consent is refused?", 4),
        ("how do I get my organisation to support information sharing?", 14),
    ],
)
def test_how_to_decide_or_be_supported_is_still_answered(
    chat: Chat, message: str, number: int
) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]


@pytest.mark.parametrize(
    "message",
    [
        "care worker: what support should I expect from my organisation when sharing?",
        "what can we expect from our organisation when we share information?",
    ],
)
def test_what_the_asker_may_expect_of_the_organisation_is_its_support(
    chat: Chat, message: str
) -> None:
    # "should I expect" is the asker's, not what others think (the opinion kind's "expect")
    assert quoted(chat.send(message)) == [published_question(14)]
