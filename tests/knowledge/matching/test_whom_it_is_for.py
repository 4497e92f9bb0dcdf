""" "Who is the pocket guide for?" asks its readers, which entry 8 (who made the guidance, what
it includes) does not name (docs/matcher.md, round 29, quote29).

A question opening "who" was quoted any entry answering a person ask (`person_asks`: `who`, the
readers, entry 9; `making`, the makers, entry 8). One asking whom something is for ("…for?",
"…aimed at?") asks the readers: an entry answering another person ask is offered, not quoted.
"Who made the guidance?" read as a `who` ask and was entry 9's; "who made", "who created",
"who authored" join the `making` kind.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.question_forms import asks_whom_for
from knowledge.matching.text import words


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 8 (the first three) or 9 (the last) before
        "Who is the pocket guide for?",
        "Who are the case examples for?",
        "Who is the training material aimed at?",
        "Who made the guidance?",
    ],
)
def test_another_person_ask_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("Who is the guidance for?", 9),
        ("Who was the guidance written for?", 9),
        ("Who is the guidance aimed at?", 9),
        ("Who wrote the guidance?", 8),
        ("Who created the information sharing guidance?", 8),
        ("Who developed the pocket guide?", 8),
    ],
)
def test_the_entry_answering_the_person_ask_is_still_quoted(
    built_in_matcher: Matcher, message: str, number: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == number, result


def test_whom_it_is_for_is_read_from_the_ends() -> None:
    assert asks_whom_for(words("who is it for"))
    assert asks_whom_for(words("whos the leaflet aimed at"))
    assert not asks_whom_for(words("who wrote it"))
    assert not asks_whom_for(words("what is it for"))
