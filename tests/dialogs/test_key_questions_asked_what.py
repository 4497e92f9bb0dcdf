"""Asking what the seven key questions are lists them (tryout43 #8).

"for my nvq, what are the seven key questions" began a consent check: "key questions" anywhere
in a message started one. Someone learning them for a course or an exam wants the list; someone
with a decision to make who asks to go through them still gets the check.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

LISTED = "(2008 guidance), in our words"
CHECK_OPENS = "Key question 1"


@pytest.mark.parametrize(
    "message",
    [
        "for my nvq, what are the seven key questions",
        "doing my level 3 diploma, I need to know the 7 key questions",
        "revising for an exam tomorrow - can you tell me the key questions?",
        "I forget what the key questions are, what were the key questions again?",
    ],
)
def test_asking_what_they_are_lists_them(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert LISTED in said
    assert "7. Have you recorded" in said or "7. " in said
    assert CHECK_OPENS not in said


@pytest.mark.parametrize("message", ["key questions", "go through the key questions with me"])
def test_asking_to_go_through_them_starts_the_check(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert CHECK_OPENS in said and LISTED not in said
