"""Practitioners often start with who they are and a colon: the label is not the question."""

from __future__ import annotations

import pytest

from tests.support.core import Chat


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Nursery room leader: if I use my professional judgement and share information, "
            "will my organisation back me up?",
            14,
        ),
        ("School office manager: what is the purpose of the information sharing guidance?", 7),
    ],
)
def test_a_question_after_a_label_gets_its_entry(chat: Chat, message: str, entry: int) -> None:
    expected = chat.core.knowledge.entry(entry)
    assert expected is not None
    titles = [r.card.title for r in chat.send(message) if r.card is not None]
    assert titles == [expected.question]


def test_a_one_word_label_may_be_the_subject(chat: Chat) -> None:
    key_factors = chat.core.knowledge.entry(4)
    assert key_factors is not None
    titles = [r.card.title for r in chat.send("factors: share or not share") if r.card is not None]
    assert titles == [key_factors.question]
