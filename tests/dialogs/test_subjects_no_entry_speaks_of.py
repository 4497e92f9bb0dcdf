"""Subjects no published entry speaks of: images passed between young people, reviews, regulators,
the law as a subject for an entry whose wording never speaks of it, other guidance.

Each message below was quoted an entry before (round 10's probes, written as practitioners type).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted


@pytest.mark.parametrize(
    "message",
    [
        "what do teenagers think about sharing nudes?",
        "when does an ISP need reviewing?",
        "does the guidance cover sharing with Ofsted?",
        "what's the legal framework for sharing?",
        # other guidance than the 2008 guidance
        "who is the early years guidance for?",
        "who is the guidance on county lines aimed at?",
        "how does the guidance relate to Working Together?",
    ],
)
def test_a_subject_no_entry_speaks_of_quotes_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
