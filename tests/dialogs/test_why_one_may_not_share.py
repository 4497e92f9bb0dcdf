"""Asking why one may not share, or whether to share everything, is never answered with why
sharing matters (tryout35 #12): "why cant i just share everything, isnt sharing important"
quoted entry 1, which can read as leave to over-share. No published answer says why to hold
back or how much to share (the not-covered pack's `restraint` ask)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    "asked",
    [
        "why cant i just share everything, isnt sharing important",
        "why can't we just tell the school, surely sharing is important?",
        "why shouldn't I share, isn't information sharing vital?",
        "can i share everything i know",
        "is it important to share the whole file with the other agency",
    ],
)
def test_why_not_share_or_share_everything_quotes_nothing(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


def test_why_sharing_is_important_is_still_quoted(chat: Chat) -> None:
    assert quoted(chat.send("why is information sharing important?")) == [published_question(1)]
