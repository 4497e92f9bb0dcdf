"""An everyday share asked about with "do I need consent" (tryout34 #15).

"do I need consent to refer a claimant to the food bank?" and "do I need parents permission to
share a player's medical info with the away team's first aider" got the summary on sharing without
consent alone (the significant-harm threshold), for shares that want only asking first. With no
risk of harm told of, the summary now opens with the guidance's starting point: be open and seek
agreement, unless that is unsafe. After a disclosure it does not (asking could add to the risk).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

FIRST = "The starting point is to be open with the person"
SUMMARY = "Whether you may share without consent"


@pytest.mark.parametrize(
    "message",
    [
        "do I need consent to refer a claimant to the food bank?",
        "do I need parents permission to share a player's medical info with the away team's "
        "first aider",
    ],
)
def test_an_everyday_share_hears_ask_first(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert FIRST in said and SUMMARY in said
    assert said.index(FIRST) < said.index(SUMMARY)


def test_yes_after_it_still_starts_the_check(chat: Chat) -> None:
    chat.send("do I need consent to refer a claimant to the food bank?")
    assert "Key question 1" in texts(chat.send("yes"))


def test_after_a_disclosure_it_does_not(chat: Chat) -> None:
    chat.send("her stepdad hits her with a belt")
    said = texts(chat.send("can I tell social services without her consent?"))
    assert SUMMARY in said and FIRST not in said
