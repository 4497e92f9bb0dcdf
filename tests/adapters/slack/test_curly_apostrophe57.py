"""Round 57 (curly244): a phone's apostrophe (U+2019) typed in Slack gets the reply the ASCII one
gets. The door passes the text through as typed; the core makes every mark typed for an
apostrophe the ASCII one before anything reads it, so no door needs to."""

from __future__ import annotations

import pytest

from tests.support.fake_slack import FakeSlack, Message
from tests.support.slack import Person, Server, labels


def _seen(messages: list[Message]) -> list[tuple[str, list[str]]]:
    return [(m.text, labels(m)) for m in messages]


@pytest.mark.parametrize(
    "message",
    [
        "i'm 30 and mum made me wash the car",  # quiet: a grown-up's chore (`grown_chores`)
        "she's 13 and he's 30 and they're meeting up tonight",  # the signpost first
        "what's the purpose of the guidance?",  # its published answer
    ],
)
async def test_a_phone_apostrophe_in_a_dm_gets_the_same_reply(
    alice: Person, server: Server, slack: FakeSlack, message: str
) -> None:
    bob = Person(server, slack, "U0BOB")

    straight = await alice.dm(message)
    curly = await bob.dm(message.replace("'", "\u2019"))

    assert straight
    assert _seen(curly) == _seen(straight)
