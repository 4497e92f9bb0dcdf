"""Sharing a thing is not sharing information: "sharing a room", "sharing a flat" (docs/matcher.md,
round 28, quote28b). Wordings written for this test.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.shared_things import SharedThings
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 5 before
        "What do families think about sharing a room in temporary accommodation?",
        "How do young people feel about sharing a flat with strangers?",
    ],
)
def test_sharing_a_thing_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("What do families think about sharing their information?", 5),
        ("What do young people think about sharing their details with other agencies?", 5),
        ("When can I share the information without consent?", 4),
        ("When can I share my concerns without consent?", 4),
        ("What do families think about practitioners sharing a concern about their child?", 5),
    ],
)
def test_sharing_information_is_still_quoted(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


def test_what_is_shared_is_read_after_an_article() -> None:
    entry = QAEntry(
        number=2,
        question="When can we share records?",
        answer="When the family agree.",
        alternates=("Can we share a family's file?",),
    )
    shared = SharedThings([entry], {2: PhraseSet(["share*", "sharing", "data"])}, ["letter*"])

    def another(text: str) -> bool:
        return shared.shares_another_thing(2, words(text), words(text))

    assert another("can we share a car with the neighbours")
    assert not another("can we share a letter with the school")  # a record held
    assert not another("can we share the data")  # information
    assert not another("can we share a family car")  # a word of the entry's own
    assert not another("can we share a room and its booking data")  # information named too
    assert not another("can we share with the school")  # nothing after an article
    assert not another("can we share a worry about a pupil")  # what is said of someone
