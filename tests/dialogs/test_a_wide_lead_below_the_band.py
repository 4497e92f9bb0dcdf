"""Through the assistant: a question worded afresh, under the low band but far ahead of every
rival, is quoted its entry; near misses in the same words are not (round 48; the matcher's side
is `tests/knowledge/matching/test_a_wide_lead_below_the_band.py`)."""

from __future__ import annotations

import pytest

from tests.knowledge.matching.test_a_wide_lead_below_the_band import FRESH, NEAR_MISSES
from tests.support.core import Chat, quoted


@pytest.mark.parametrize("message", FRESH)
def test_the_assistant_quotes_it(chat: Chat, message: str) -> None:
    entry = chat.core.knowledge.entry(4)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_the_assistant_quotes_no_near_miss(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
