"""A later year or a numbered part of a law is a subject no published entry speaks of.

"Has the guidance been updated since 2018?" is not answered by why the 2006 guidance was
updated; "how do I decide whether to share under section 42?" names a duty of another law. Each
message below was quoted an entry before (round 10's probes, written as practitioners type).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge


@pytest.mark.parametrize(
    "message",
    [
        "has the information sharing guidance been updated since 2018?",
        "what is included in the 2018 guidance?",
        "how do I decide whether to share under section 42?",
    ],
)
def test_a_later_year_or_a_numbered_provision_quotes_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("why was the 2006 guidance updated?", 6),
        # the Act as now named: its entry's keywords name the year
        ("is the Data Protection Act 2018 a barrier to sharing information?", 3),
    ],
)
def test_the_years_an_entry_names_are_still_answered(chat: Chat, message: str, number: int) -> None:
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]
