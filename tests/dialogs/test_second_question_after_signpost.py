"""A message telling of harm whose question goes on to a second ("…without J's consent, and what
is an information sharing protocol - do we need one with them?") is told, after the signpost,
that one is answered and to ask the other on its own (tryout36 #15: without "2 questions" in it,
the ISP question was dropped without a word). Only where harm is told: an ordinary question
joined by "and what is" is answered as before."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SAID = "You asked more than one question: I've answered one of them here."
STORY = (
    "YOT caseworker. J (16) got a cut on his hand stepping in when mum's partner threw a plate at "
    "her. "
)


@pytest.mark.parametrize(
    "asked",
    [
        "can I share this with the police DV unit without J's consent, and what is an information "
        "sharing protocol - do we need one with them?",
        "can I share this with the police DV unit without J's consent? also what is an "
        "information sharing protocol, do we need one with them?",
        "can I tell the school and should I tell his dad?",
    ],
)
def test_a_second_question_after_a_disclosure_is_not_dropped(chat: Chat, asked: str) -> None:
    replies = chat.send(STORY + asked)
    assert replies[0].risk_of_harm
    said = texts(replies)
    assert SAID in said
    assert said.index(SAID) > said.index("Tell your safeguarding contacts")
    assert replies[-1].choices and SAID not in replies[-1].text


def test_one_question_after_a_disclosure_is_not_told_so(chat: Chat) -> None:
    replies = chat.send(STORY + "can I share this with the police DV unit without J's consent?")
    assert replies[0].risk_of_harm
    assert SAID not in texts(replies)


def test_an_ordinary_question_joined_by_and_is_answered_as_before(chat: Chat) -> None:
    assert SAID not in texts(chat.send("what is an ISP and what is it for?"))
