"""A message of marks alone (",") read by the risk check (r1g35): `infoshare ask ","` failed in
`knowledge.risk_words.list_items`, which split no words into clauses."""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize("message", [",", ", ,", "(,)"])
def test_marks_alone_are_read_without_fail(chat: Chat, message: str) -> None:
    quiet_in_both(DETECTOR, chat, message)
