"""Through the assistant: a question asking whether children, young people or families worry
about their information being shared is quoted entry 5; near misses are not (round 48; the
matcher's side is `tests/knowledge/matching/test_worry_as_a_view.py`)."""

from __future__ import annotations

import pytest

from tests.knowledge.matching.test_worry_as_a_view import FRESH, NEAR_MISSES
from tests.support.core import Chat, quoted


@pytest.mark.parametrize("message", FRESH)
def test_the_assistant_quotes_entry_5(chat: Chat, message: str) -> None:
    entry = chat.core.knowledge.entry(5)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_the_assistant_quotes_no_near_miss(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
