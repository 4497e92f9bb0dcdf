"""What a policy, procedure or law says about a subject frames the subject, as the guidance's
word does: "say about" there is not people saying, which entry 5 (what children, young people
and families think) answers (docs/matcher.md, round 22). Fresh wordings, not labelled items.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    "question",
    [
        # quoted entry 5 at 90 before
        "what should our procedure say about sharing information when a young person tells "
        "staff something worrying?",
        "what does our safeguarding policy say about passing on what a child tells a coach?",
    ],
)
def test_what_a_writing_says_is_not_what_families_think(chat: Chat, question: str) -> None:
    assert quoted(chat.send(question)) == []


@pytest.mark.parametrize(
    "question",
    [
        "what do young people say about their information being passed on?",
        "what does the guidance say about what families think of sharing?",
    ],
)
def test_what_people_say_is_still_entry_5(chat: Chat, question: str) -> None:
    assert quoted(chat.send(question)) == [published_question(5)]
