"""A condition that may take away capacity, named in a question of consent, gets the capacity
reply (tryout35 #13, #15): "client has dementia, can i share w/o consent?" got only the offer of
the check (and, typed "without", entry 4 quoted), while "what if the person lacks capacity" got
the capacity reply. A learning disability is no such cue: "What do adults with learning disabilities
think about information sharing?" is entry 5's (whose views it reports), and was taken from it."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

CAPACITY = "None of the 14 published answers covers capacity"


@pytest.mark.parametrize(
    "asked",
    [
        "client has dementia, can i share w/o consent?",
        "client has dementia, can i share without consent?",
    ],
)
def test_a_condition_that_may_take_capacity_gets_the_capacity_reply(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert CAPACITY in texts(replies)
    assert quoted(replies) == []


def test_harm_to_someone_with_dementia_is_still_signposted(chat: Chat) -> None:
    replies = chat.send("my client has dementia and her carer is taking her money")
    assert replies[0].risk_of_harm
