"""practice-dev13's two wrong quotes, each a class (round 14, docs/matcher.md): a routine
exchange of whole sets of data told in the story and pointed at ("for that"), which entry 13
(no ISP needed for practitioners sharing case by case) does not speak of; and what makes
consent valid, which entry 4 (explicit consent is best practice) does not say."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    "message",
    [
        "after-school club manager: the school wants to swap attendance and test data with us to "
        "measure outcomes. do we need a data sharing agreement for that?",
        "we want to send the council our whole attendance dataset every term. do we need an "
        "ISP for this?",
        "level 5 adult care: what makes someone's consent to share their information valid?",
        "is implied consent enough to share information?",
    ],
)
def test_a_near_topic_question_is_quoted_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        (
            "Do we need a data sharing agreement for a one-off safeguarding disclosure, or only "
            "for routine sharing?",
            13,
        ),
        ("do I need a signed information sharing agreement before I ring the school?", 13),
        ("is consent always needed before sharing information?", 4),
    ],
)
def test_the_entries_own_questions_are_still_quoted(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]
