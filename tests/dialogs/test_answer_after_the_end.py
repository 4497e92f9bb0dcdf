"""An answer typed just after a consent check ended ("she said no though", "actually she
refused", "wait, she didn't agree") changes nothing and gets a short line on how to change it
(back, or restart), never a quoted entry: "actually she refused" had got "What are the key
factors…" quoted, and "wait, she didn't agree" too."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

ENDED = "Your check has ended, so I haven't changed anything"


def ended_with_consent(chat: Chat) -> None:
    chat.send("check")
    for _ in range(4):
        chat.send("yes")
    assert chat.state.check is not None and chat.state.check.finished


@pytest.mark.parametrize(
    "words",
    ["she said no though", "actually she refused", "wait, she didn't agree", "no, mum has refused"],
)
def test_an_answer_after_the_end_says_how_to_change_it(chat: Chat, words: str) -> None:
    ended_with_consent(chat)
    check = chat.state.check
    replies = chat.send(words)
    assert ENDED in texts(replies)
    assert not quoted(replies)
    assert chat.state.check == check
    assert "Key question 4" in texts(chat.press("Change my last answer"))


@pytest.mark.parametrize("words", ["thanks", "yes", "can I see the record again"])
def test_other_replies_after_the_end_are_as_before(chat: Chat, words: str) -> None:
    ended_with_consent(chat)
    assert ENDED not in texts(chat.send(words))


def test_only_just_after_the_end(chat: Chat) -> None:
    ended_with_consent(chat)
    chat.send("thanks")
    assert ENDED not in texts(chat.send("actually she refused"))


@pytest.mark.parametrize("words", ["she said no though", "she has said no now"])
def test_an_answer_after_the_end_is_not_read_as_a_first_message(chat: Chat, words: str) -> None:
    # The learnt model, which reads first messages, scored "she said no though" as a disclosure;
    # a late answer is read by the cues alone, as an answer in the check is.
    ended_with_consent(chat)
    replies = chat.send(words)
    assert not any(reply.risk_of_harm for reply in replies)
    assert ENDED in texts(replies)


def test_a_harm_told_with_a_late_answer_still_leads_with_the_signpost(chat: Chat) -> None:
    ended_with_consent(chat)
    replies = chat.send("no, her dad hits her when she says no")
    assert replies[0].risk_of_harm
