"""The purpose of something no entry gives the purpose of ("what is the purpose of the Data
Protection Act?"): the purpose kind is read anywhere in a question, not only as its first ask,
and only the entries on the guidance's purpose, on why sharing matters and on protocols answer
it (round 13's probes, docs/matcher.md; each was quoted entry 3 before)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import NotCoveredPack
from tests.support.core import Chat, published_question, quoted

PURPOSE_OF_ANOTHER = [
    "what is the purpose of the data protection act?",
    "what's the aim of the data protection act?",
    "what is the point of the DPA?",
]


@pytest.mark.parametrize("message", PURPOSE_OF_ANOTHER)
def test_the_purpose_of_a_law_is_quoted_nothing(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert any(r.choices for r in replies), "the nearest entry stays one press away"


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("what is the purpose of an ISP?", 12),
        ("what's the purpose of the information sharing guidance?", 7),
        ("what does an information sharing protocol aim to do?", 12),
        # practice-dev3: read as a purpose question, the guidance's purpose entry answers it
        (
            "newly qualified SW: is the information sharing guidance there to restrict what we "
            "share or to help us make the decision?",
            7,
        ),
    ],
)
def test_purposes_the_entries_give_are_quoted(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]


def test_kinds_read_anywhere_must_be_strict_kinds() -> None:
    with pytest.raises(ValidationError, match="strict_anywhere names kinds"):
        NotCoveredPack.model_validate(
            {"kind": "not-covered", "asks": {"purpose": ["aim"]}, "strict_anywhere": ["purpose"]}
        )
