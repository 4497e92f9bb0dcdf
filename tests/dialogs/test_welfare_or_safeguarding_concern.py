"""Where a welfare concern ends and a safeguarding concern begins (tryout34 #14).

"what's the difference between a safeguarding concern and a welfare concern" was offered "Why is
information sharing important?" and "What is an ISP?". It now hears that the local threshold
guidance describes it, to talk it through with the safeguarding lead, and procedures first.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

LEVELS = "threshold guidance"


@pytest.mark.parametrize(
    "message",
    [
        "what's the difference between a safeguarding concern and a welfare concern",
        "is this a welfare concern or a safeguarding one?",
    ],
)
def test_the_difference_gets_the_pointer(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert LEVELS in texts(replies)
    assert not quoted(replies)
    assert "Did you mean" not in texts(replies)
