"""A setting or party named as the one sharing is not where the information would go."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


def quoted(replies: list) -> list[str]:
    return [r.card.title for r in replies if r.card is not None]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Does data protection law stop a university sharing information to keep students safe?",
            "What are the implications of the Data Protection Act?",
        ),
        (
            "When is a school allowed to share information without the parents' consent?",
            "What are the key factors to consider when deciding whether to share or not to share "
            "information?",
        ),
    ],
)
def test_the_one_sharing_is_no_reason_to_hold_the_answer_back(
    chat: Chat, message: str, entry: str
) -> None:
    assert quoted(chat.send(message)) == [entry]


@pytest.mark.parametrize(
    "message",
    [
        "Can I share this with the college?",
        "Can a hospital disclose information to the police without consent?",
    ],
)
def test_a_party_the_information_would_go_to_is_still_one_case(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert "consent check" in texts(replies)
