"""A caller or visitor whose identity is in doubt (tryout34 #13).

"someone rang pretending to be from social services asking for a pupil's address" was offered the
consent check on giving the address out; "a man on the phone says he is calling on behalf of his
wife's universal credit claim" and "the police are at reception asking to speak to a year 9 boy"
got "I couldn't find that". Each now hears: give nothing out, ring back through a number you find
yourself, and tell the safeguarding lead.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CAUTION = "ring back through a number you find yourself"


@pytest.mark.parametrize(
    "message",
    [
        "someone rang pretending to be from social services asking for a pupil's address, I think",
        "a man on the phone says he is calling on behalf of his wife's universal credit claim, "
        "can I talk to him?",
        "the police are at reception asking to speak to a year 9 boy without his parents",
    ],
)
def test_a_caller_in_doubt_gets_the_caution(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert CAUTION in said
    assert "decision for your professional judgement" not in said


@pytest.mark.parametrize(
    "message",
    [
        "the GP rang asking for our notes on a family, can I send them?",
        "a journalist rang asking me to confirm a well-known person is one of our clients",
    ],
)
def test_a_caller_not_in_doubt_does_not(chat: Chat, message: str) -> None:
    assert CAUTION not in texts(chat.send(message))
