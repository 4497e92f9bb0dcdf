"""A short follow-up just after a quoted answer leans on it (round 43, tryout43 #6): asking the
same of another partner gets an answer that holds for any partner again, and "one" or "it" stands
for what the quoted question was about. Only the entry's number is kept, for one turn."""

from __future__ import annotations

import pytest

from dialogs.state import ConversationState
from tests.support.core import Chat, published_question, quoted, texts

NEED_ISP = "do we need an ISP before sharing with another service"


@pytest.mark.parametrize(
    "other", ["what about with the police", "and the gp?", "what about the health visitor"]
)
def test_another_partner_gets_the_same_answer(chat: Chat, other: str) -> None:
    assert quoted(chat.send(NEED_ISP)) == [published_question(13)]
    assert chat.state.quoted == 13
    assert quoted(chat.send(other)) == [published_question(13)]


@pytest.mark.parametrize("what", ["and what actually is one", "sorry what is it"])
def test_one_or_it_stands_for_what_was_asked_about(chat: Chat, what: str) -> None:
    chat.send(NEED_ISP)
    assert quoted(chat.send(what)) == [published_question(12)]


def test_the_data_protection_answer_holds_for_the_police_too(chat: Chat) -> None:
    assert quoted(chat.send("is data protection law a barrier to sharing")) == [
        published_question(3)
    ]
    assert quoted(chat.send("what about with the police")) == [published_question(3)]


def test_alone_these_follow_ups_quote_nothing(chat: Chat) -> None:
    assert quoted(chat.send("what about with the police")) == []
    assert quoted(chat.send("and what actually is one")) == []


def test_only_the_next_turn_leans_on_the_quote(chat: Chat) -> None:
    chat.send(NEED_ISP)
    chat.send("thanks")
    assert chat.state.quoted is None
    assert quoted(chat.send("what about with the police")) == []


def test_an_answer_that_does_not_hold_for_any_partner_is_not_repeated(chat: Chat) -> None:
    assert quoted(chat.send("who is the guidance for")) == [published_question(9)]
    assert quoted(chat.send("what about with the police")) != [published_question(9)]


def test_more_than_a_partner_is_a_question_of_its_own(chat: Chat) -> None:
    chat.send(NEED_ISP)
    replies = chat.send("what about if the police say the child is at risk")
    assert quoted(replies) != [published_question(13)]


def test_the_quoted_entry_survives_the_store() -> None:
    state = ConversationState(quoted=13)
    assert ConversationState.from_json(state.to_json()).quoted == 13
    assert ConversationState.from_json({**state.to_json(), "quoted": "13"}) == ConversationState()


MAGISTRATE = "magistrate here. does the guidance cover what the court shares with probation"


def test_asking_whether_the_guidance_covers_court_sharing_gets_its_scope(chat: Chat) -> None:
    replies = chat.send(MAGISTRATE)
    assert quoted(replies) == [published_question(10)]
    assert "Don't release anything yet" not in texts(replies)


def test_a_request_told_still_gets_the_formal_caution(chat: Chat) -> None:
    replies = chat.send(
        "the police have asked for a copy of our notes, does the guidance cover that"
    )
    assert quoted(replies) == []
    assert "Don't release anything yet" in texts(replies)
