"""Naming the police or a court in a short follow-up is not telling of a formal request (brief
q36 item 5): "same for the police?" after an answer on sharing without consent got the
formal-request caution ("Don't release anything yet"), which holds back sharing nobody asked
for. A request told, or a formal instrument named, still gets it, however short."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CAUTION = "Don't release anything yet"


@pytest.mark.parametrize("message", ["same for the police?", "what about the police?"])
def test_a_requester_named_alone_gets_no_formal_caution(chat: Chat, message: str) -> None:
    chat.send("can I share with a GP without consent?")

    assert CAUTION not in texts(chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "police request for records",
        "police want our notes",
        "the court wants our notes",
        "witness summons",
        "the police have asked for our notes",
    ],
)
def test_a_formal_request_told_still_gets_it(chat: Chat, message: str) -> None:
    assert CAUTION in texts(chat.send(message))
