"""A short follow-up ("what if…", "what about…") just after a topic the 2008 Q&A doesn't cover
is about that topic (rule two): its reply again with a line saying so, never a quote found by
the follow-up's words alone. One turn only; the topic is kept by its id, never what was typed."""

from __future__ import annotations

import pytest

from dialogs.state import ConversationState
from tests.support.core import Chat, quoted, texts

PHOTOS = "can i share photos of the kids on our private facebook group for parents"
STILL = "That sounds like part of your last question"
ENTRY_4 = [
    "What are the key factors to consider when deciding whether to share or not to share "
    "information?"
]


def test_the_follow_up_alone_is_quoted_entry_4(chat: Chat) -> None:
    assert quoted(chat.send("what if the young person says no?")) == ENTRY_4


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if one of the parents says no",
        "and if a parent says no?",
        "what about if the head says its fine",
    ],
)
def test_a_follow_up_to_a_declined_topic_gets_its_reply_again(chat: Chat, follow_up: str) -> None:
    first = texts(chat.send(PHOTOS))
    assert "aren't covered by the 2008 Q&A" in first
    assert chat.state.declined == "media-social"
    replies = chat.send(follow_up)
    said = texts(replies)
    assert quoted(replies) == []
    assert said.startswith(STILL)
    assert "aren't covered by the 2008 Q&A" in said


def test_only_the_next_turn_leans_on_it(chat: Chat) -> None:
    chat.send(PHOTOS)
    chat.send("what if one of the parents says no")
    assert chat.state.declined is None
    assert quoted(chat.send("what if the young person says no?")) == ENTRY_4


def test_a_question_of_its_own_is_read_as_before(chat: Chat) -> None:
    chat.send(PHOTOS)
    assert (
        quoted(chat.send("what are the key factors to consider when deciding to share?")) == ENTRY_4
    )


def test_the_declined_topic_survives_the_store_as_an_id_only() -> None:
    state = ConversationState(greeted=True, declined="media-social")
    assert ConversationState.from_json(state.to_json()) == state
    bad = {**state.to_json(), "declined": "can i share photos of the kids"}
    assert ConversationState.from_json(bad) == ConversationState()
