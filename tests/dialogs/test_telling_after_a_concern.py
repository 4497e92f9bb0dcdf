"""Asking to tell someone after describing a risk of harm: the offer of the check first says to
speak to the safeguarding lead, and not to tell anyone who may be involved or ask for consent
where that could increase the risk (key question 4). Without a concern, the offer is plain."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SAFEGUARDING_FIRST = "speak to your designated safeguarding lead first"
ASKS = ["can I tell her mum?", "should I tell her parents?", "can I still tell the family?"]


@pytest.mark.parametrize("asked", ASKS)
def test_after_a_disclosure_telling_waits_for_the_safeguarding_lead(chat: Chat, asked: str) -> None:
    chat.send("a girl in year 8 told me her uncle touches her")
    replies = chat.send(asked)
    assert SAFEGUARDING_FIRST in texts(replies)
    assert "Start a consent check" in [c.label for c in replies[-1].choices]
    assert chat.state.offered
    assert "Key question 1" in texts(chat.send("yes")), "yes still takes the offer up"


def test_the_same_message_telling_and_asking_gets_both(chat: Chat) -> None:
    replies = chat.send("a girl told me her uncle touches her, can I tell her mum?")
    assert replies[0].risk_of_harm
    assert SAFEGUARDING_FIRST in texts(replies)


def test_after_a_check_that_held_a_concern_too(chat: Chat) -> None:
    chat.send("she told me her stepdad hits her")
    chat.send("check")
    chat.send("yes")
    chat.send("no")  # identifies no one: the check ends, holding the concern
    assert SAFEGUARDING_FIRST in texts(chat.send("can I tell her mum?"))


@pytest.mark.parametrize("asked", ASKS)
def test_without_a_concern_the_offer_is_plain(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert SAFEGUARDING_FIRST not in texts(replies)
    assert "Start a consent check" in [c.label for c in replies[-1].choices]
