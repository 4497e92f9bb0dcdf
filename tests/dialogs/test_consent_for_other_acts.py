"""Consent or leave asked for an act that is not sharing gets no quoted answer on sharing."""

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
        "is a childminder allowed to smack a child if the parents give permission?",
        "do I need consent to give a pupil paracetamol?",
    ],
)
def test_leave_for_another_act_quotes_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    "message",
    [
        "What happens if consent is not given?",
        "do I need consent to share?",
        "am I allowed to pass on information without consent?",
    ],
)
def test_consent_to_share_still_gets_the_key_factors(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [KEY_FACTORS]
