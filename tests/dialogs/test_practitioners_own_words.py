"""Questions worded as practitioners ask them (round 11's probes, docs/matcher.md): each here
got the wrong reply before its rule, a withheld right entry or a wrong quote."""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge
from tests.support.core import Chat, quoted


def _question(number: int) -> str:
    entry = load_knowledge().entry(number)
    assert entry is not None
    return entry.question


@pytest.mark.parametrize(
    "message",
    [
        # the asker's own thinking is no ask about what others think
        "what factors should I think about when deciding whether to share?",
        "which factors should we think about when deciding whether to share?",
    ],
)
def test_what_the_asker_should_think_about_asks_how_to_decide(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [_question(4)]


def test_what_others_think_still_asks_their_view(chat: Chat) -> None:
    assert quoted(chat.send("what do children think about sharing?")) == [_question(5)]
