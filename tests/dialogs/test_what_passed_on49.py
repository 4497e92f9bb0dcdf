"""Round 49 (quote148): whether to share what someone told us is asked of sharing, not of what
that someone is: "do we only ever share what a young person tells us…?" quotes entry 4 (it read
"what a" as a definition ask, and entry 4 was held back); definitions are still quoted.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        (
            "youth worker: do we only ever share what a young person tells us with other agencies "
            "if they give permission, or are there times we share anyway?",
            4,
        ),
        ("can you explain what an ISP is?", 12),
        ("what is an information sharing protocol?", 12),
    ],
)
def test_the_thing_shared_is_no_definition_asked(chat: Chat, asked: str, entry: int) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]
