"""A message telling of harm whose question goes on to a second ("…without J's consent, and what
is an information sharing protocol - do we need one with them?") gets each question answered
below the signpost (round 37, q39; tryout36 #15: the ISP question was dropped without a word,
then round 36 said only to ask it on its own). Only where harm is told: an ordinary question
joined by "and what is" is answered as before."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

SAID = "You asked more than one question: I've answered one of them here."
ONE_OF_TWO = "**Your question 1 of 2**"
TWO_OF_TWO = "**Your question 2 of 2**"
SAME = "The same as for your question 1, above."
CAR_WASH = (
    "PCSO. We had a tip-off about the hand car wash on my beat - lads not being paid properly, "
    "boss keeps hold of their ID, and when a marked van pulled in one of them dropped his sponge "
    "and legged it. they look late teens. who do I pass this to and can I share it with the "
    "council licensing team?"
)
STORY = (
    "YOT caseworker. J (16) got a cut on his hand stepping in when mum's partner threw a plate at "
    "her. "
)


ISP = "What is an information sharing protocol?"


@pytest.mark.parametrize(
    "asked",
    [
        "can I share this with the police DV unit without J's consent, and what is an information "
        "sharing protocol - do we need one with them?",
        "can I share this with the police DV unit without J's consent? also what is an "
        "information sharing protocol, do we need one with them?",
        "do I need J's consent to tell children's social care? and what is an information "
        "sharing protocol?",
    ],
)
def test_a_second_question_after_a_disclosure_is_answered(chat: Chat, asked: str) -> None:
    replies = chat.send(STORY + asked)
    assert replies[0].risk_of_harm
    said = texts(replies)
    assert SAID not in said
    first, second = said.index(ONE_OF_TWO), said.index(TWO_OF_TWO)
    assert said.index("Tell your safeguarding contacts") < first < second
    assert "sharing without consent" in said[first:second]
    assert quoted(replies) == [ISP]
    assert said.index(ISP) > second


def test_a_second_question_with_the_same_reply_is_not_answered_twice(chat: Chat) -> None:
    # Both ask to tell family (round 47: telling the school, a professional, has a reply of its
    # own, "normally right through your lead", so school and dad are answered apart).
    replies = chat.send(STORY + "can I tell his gran and should I tell his dad?")
    said = texts(replies)
    assert said.index(ONE_OF_TWO) < said.index(TWO_OF_TWO)
    assert said[said.index(TWO_OF_TWO) :].startswith(f"{TWO_OF_TWO}\n---\n{SAME}")


def test_a_quote_the_story_alone_carries_is_not_given(chat: Chat) -> None:
    """Read after the story the second question was quoted entry 14 (how should I be supported
    by my organisation); read alone it is a decision for the consent check."""
    replies = chat.send(CAR_WASH)
    assert replies[0].risk_of_harm
    assert quoted(replies) == []
    assert TWO_OF_TWO in texts(replies)


def test_one_question_after_a_disclosure_is_not_told_so(chat: Chat) -> None:
    replies = chat.send(STORY + "can I share this with the police DV unit without J's consent?")
    assert replies[0].risk_of_harm
    assert SAID not in texts(replies)


def test_an_ordinary_question_joined_by_and_is_answered_as_before(chat: Chat) -> None:
    assert SAID not in texts(chat.send("what is an ISP and what is it for?"))
