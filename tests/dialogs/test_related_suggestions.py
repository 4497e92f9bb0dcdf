"""What is offered as related must be related, not share a word in its other sense."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels


def offered(replies: list) -> list[str]:
    return [label for reply in replies for label in labels(reply)]


@pytest.mark.parametrize(
    "message",
    [
        "what are the signs of neglect?",
        "what are the signs of grooming?",
        "what are the signs a child is being exploited?",
    ],
)
def test_signs_of_harm_are_not_offered_the_protocol_entries(chat: Chat, message: str) -> None:
    # "Signs" there are indications, not signing an agreement.
    choices = offered(chat.send(message))
    assert "What is an information sharing protocol?" not in choices
    assert not any("Information Sharing Protocol" in c for c in choices)


def test_signing_a_protocol_still_finds_the_protocol_entry(chat: Chat) -> None:
    replies = chat.send("who signs an information sharing protocol?")
    assert [r.card.title for r in replies if r.card] == ["What is an information sharing protocol?"]
