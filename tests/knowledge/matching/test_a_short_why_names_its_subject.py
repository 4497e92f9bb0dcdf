""" "Why is safeguarding important?" is short, but names what it asks about: not information
sharing (docs/matcher.md, round 29, quote29).

A question of more than a few words must name what the entry is about (entry 1: sharing); one
of four words or fewer was let through as too short to name anything ("why is it important?").
In the form "why is <subject> …" the word after "is" (past an article) names the subject: when
it points back nothing is named, else it must begin a run of the entry's `about` words.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.matching.why_it_is import WhyItIs
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 1 before
        "Why is safeguarding important?",
        "why is safeguarding essential",
        "Why is intervention vital?",
        "Why is protection important?",
        "Why is partnership important?",
        # "that" points at something said before it, perhaps by someone else in a channel
        # (doors35: "what was that about?" quoted entry 7 in public)
        "Why is that important?",
    ],
)
def test_another_subject_is_not_quoted_entry_1(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "Why is it important?",
        "Why is sharing so important?",
        "why is info sharing crucial",
        "why is sharing vital",
    ],
)
def test_sharing_or_a_pointer_is_still_entry_1(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 1, result


def test_the_subject_is_the_word_after_is() -> None:
    entry = QAEntry(number=7, question="Why is recycling important?", answer="It helps.")
    why = WhyItIs([entry], {7: PhraseSet(["recycling"])})

    def another(text: str) -> bool:
        return why.names_another_subject(7, words(text), words(text))

    assert another("why is landfill important")
    assert another("why is the landfill important")
    assert not another("why is recycling important")
    assert not another("why is it important")
    assert not another("how is landfill important")
