"""Subjects no published entry speaks of: images passed between young people, reviews, regulators,
the law as a subject for an entry whose wording never speaks of it, other guidance.

Each message below was quoted an entry before (round 10's probes, written as practitioners type).
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge
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
        # another guidance, named by a word the entries never put before "guidance"
        "who is the Prevent guidance for?",
        "what does the attendance guidance say about sharing?",
    ],
)
def test_a_subject_no_entry_speaks_of_quotes_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("who is the information sharing guidance for?", 9),
        ("why was the old guidance updated?", 6),
        ("what is the aim of the 2008 guidance?", 7),
    ],
)
def test_the_guidance_itself_is_still_answered(chat: Chat, message: str, number: int) -> None:
    entry = load_knowledge().entry(number)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]
