"""Permission before sharing is asked about as consent is: the key factors answer it."""

from __future__ import annotations

import pytest

from tests.support.core import Chat

KEY_FACTORS = (
    "What are the key factors to consider when deciding whether to share or not to share "
    "information?"
)


def quoted(replies: list) -> list[str]:
    return [r.card.title for r in replies if r.card is not None]


@pytest.mark.parametrize(
    "message",
    [
        "Do we have to get parental permission before we share information about a child with "
        "other agencies?",
        "Do I need to seek permission before I pass on information about a young person?",
    ],
)
def test_getting_permission_first_gets_the_key_factors(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [KEY_FACTORS]


def test_permission_before_telling_a_named_party_is_still_one_case(chat: Chat) -> None:
    message = "Should I ask the family's permission first before sharing with the school nurse?"
    assert quoted(chat.send(message)) == []
