"""Round 43 (fix51, tryout45 #11): a short hedge ending in "?" ("i think so?") is the same hedge
as without it, read as the answer it hedges, not as a question for the published Q&A; a real
question at the same place is still answered as one.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

KEY_3 = "**Key question 3**"
KEY_4 = "**Key question 4**"
NOT_FOUND = "I don't think the published Q&A answers that exactly"
TO_Q3 = (
    "start a consent check",
    "i want to tell the day centre about the person who lives with me having more seizures",
    "yes",
)


def _at_key_question_3(chat: Chat) -> None:
    for line in TO_Q3:
        chat.send(line)
    assert KEY_3 in " ".join(r.text for r in chat.send("yes"))


@pytest.mark.parametrize("hedge", ["i think so?", "probably?", "i think so??"])
def test_a_hedge_with_a_question_mark_is_the_hedge(chat: Chat, hedge: str) -> None:
    _at_key_question_3(chat)
    said = " ".join(r.text for r in chat.send(hedge))
    assert NOT_FOUND not in said
    assert KEY_4 in said


def test_the_hedge_without_a_question_mark_is_unchanged(chat: Chat) -> None:
    _at_key_question_3(chat)
    assert KEY_4 in " ".join(r.text for r in chat.send("i think so"))


@pytest.mark.parametrize("asked", ["do you think so?", "what does confidential mean?"])
def test_a_real_question_stays_a_question(chat: Chat, asked: str) -> None:
    _at_key_question_3(chat)
    said = " ".join(r.text for r in chat.send(asked))
    assert KEY_4 not in said
