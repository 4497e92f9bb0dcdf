"""Whether the guidance changed after 2008 goes to `about` (round 33, wq33).

"was it updated after 2008?" and "has this guidance changed since it was published?" quoted
entry 6, which says why the 2006 guidance was updated in 2008, not whether the 2008 edition
has been since: the about reply names today's edition.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

TODAYS = "today's edition is"
ENTRY_6 = "Why was the existing cross-Government guidance updated?"


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 6 or offered it before
        "was it updated after 2008?",
        "has this guidance changed since it was published?",
        "has it been revised since then?",
    ],
)
def test_changed_after_2008_gets_about(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert TODAYS in said
    assert ENTRY_6 not in said


def test_why_it_was_updated_is_still_entry_6(chat: Chat) -> None:
    assert ENTRY_6 in texts(chat.send("Why was the existing guidance updated?"))
