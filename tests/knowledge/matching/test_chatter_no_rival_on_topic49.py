"""Chatter is no rival to the entry that answers the ask when the message names our subject
(round 49, right153).

"Why is information sharing guidance important?" is nearest entry 1 (why sharing is
important), which the gate holds back (it asks why the guidance is), and entry 2 (why there is
a need for guidance) answers that kind of ask. `Settling.by_ask` quotes such an entry only when
no topic we don't cover or chatter is as near, and workplace chatter ("important") was: for a
message naming information sharing, chatter never wins (round 19), so it is set aside there
too (`RivalFilters.without_chatter_on_topic`). The wordings were written for this test; the
first two were offered entry 1 before the change.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

QUOTED = [
    "Why is information sharing guidance important?",
    "why is the information sharing guidance so important?",
]

NEAR_MISSES = [
    "why is there an information sharing protocol for the fire drill?",
    "is information sharing covered in the annual leave policy?",
    "who is the information sharing guidance for, and can you share the slides?",
    "what is the purpose of information sharing training next week?",
    "can I share my screen to show the information sharing guidance?",
    "why is guidance on restraint important?",
    "why is the training room booking important?",
]


@pytest.mark.parametrize("message", QUOTED)
def test_the_entry_answering_the_ask_is_quoted(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [published_question(2)]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_chatter_and_other_subjects_are_not_quoted(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
