"""In a consent check, a remark that asks nothing is neither an answer nor a question for the
Q&A: the person keeps their place, with no quote and no offer to start the check they are in."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

KEEPING = "keeping your place in the check"


@pytest.mark.parametrize(
    "remark",
    [
        "she's 15",
        "the school wants to know",
        "it's about her mental health",
        "mum is on board with it",
        "blah blah",
    ],
)
def test_a_remark_keeps_the_place_without_a_quote(chat: Chat, remark: str) -> None:
    chat.send("check")
    chat.send("yes")
    before = chat.state.check
    replies = chat.send(remark)
    assert KEEPING in texts(replies)
    assert all(r.card is None for r in replies)
    assert all(c.label != "Start a consent check" for r in replies for c in r.choices)
    assert "We're still on this question" in replies[-1].text
    assert chat.state.check == before


@pytest.mark.parametrize(
    "question", ["what if she refuses", "data protection", "does the guidance apply to me?"]
)
def test_a_question_in_a_check_still_goes_to_the_qa(chat: Chat, question: str) -> None:
    chat.send("check")
    replies = chat.send(question)
    assert KEEPING not in texts(replies)
    assert "We're still on this question" in replies[-1].text
