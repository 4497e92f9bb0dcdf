"""Questions a published answer does answer reach it, asked in practitioners' own words."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


def quoted(replies: list) -> list[str]:
    return [r.card.title for r in replies if r.card is not None]


def entry_question(chat: Chat, number: int) -> str:
    entry = chat.core.knowledge.entry(number)
    assert entry is not None
    return entry.question


def test_this_advice_is_the_guidance_being_read(chat: Chat) -> None:
    assert quoted(chat.send("Who is this advice for?")) == [entry_question(chat, 9)]


def test_advice_sought_from_someone_is_not_the_guidance(chat: Chat) -> None:
    replies = chat.send("who do I go to for advice?")
    assert quoted(replies) == []
    assert "Who to ask" in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "Consent was given but has since been withdrawn - do we stop sharing?",
        "The mother agreed at first but has changed her mind about us sharing. What now?",
        "consent was withdrawn yesterday, what now?",
    ],
)
def test_consent_withdrawn_is_consent_refused_as_the_key_factors_answer_has_it(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == [entry_question(chat, 4)]


def test_how_to_withdraw_consent_is_still_not_quoted(chat: Chat) -> None:
    replies = chat.send(
        "Can someone withdraw their consent after the information has been passed on?"
    )
    assert quoted(replies) == []
