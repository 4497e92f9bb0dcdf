"""A decision asked for in a consent check under way ("can i tell the gp") is told that the check
it is in is how to make it, and the check's question waits below; it was told to start a consent
check (round 47, tryout123 #7).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

IN_CHECK = "the check you're in is how to make it"
START = "The consent check takes you through the seven key questions"


@pytest.mark.parametrize(
    "asked", ["can i tell the gp", "can i share it with the school?", "should i tell her mum"]
)
def test_a_decision_asked_in_a_check_is_the_check_under_ways(chat: Chat, asked: str) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("yes")
    replies = chat.send(asked)
    said = texts(replies)
    assert IN_CHECK in said
    assert START not in said
    assert "Key question 3" in replies[-1].text  # its place kept
    assert chat.state.check is not None and len(chat.state.check.answers) == 2


def test_a_decision_asked_with_no_check_is_still_offered_one(chat: Chat) -> None:
    said = texts(chat.send("can i tell the gp"))
    assert START in said
    assert IN_CHECK not in said
