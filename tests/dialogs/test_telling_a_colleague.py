"""Telling someone in one's own organisation (a manager, a supervisor, senior leaders) is a case,
as telling someone outside is (round 14's probes, docs/matcher.md): the entry on
organisational support names managers as the ones supporting, not as where information goes."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    "message",
    [
        "can I share this with my manager?",
        "can I share information with senior leadership?",
        "should I tell my line manager before I share with social care?",
    ],
)
def test_telling_a_colleague_is_quoted_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    "message",
    [
        "will my manager back me if I share?",
        "how should my manager support me to share information?",
        "what should managers do to help staff share information confidently?",
    ],
)
def test_a_manager_who_supports_is_still_the_support_entry(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [published_question(14)]
