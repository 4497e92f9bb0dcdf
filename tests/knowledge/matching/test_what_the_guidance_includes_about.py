"""What the guidance includes about a subject is what it says of it (round 33, wq33).

Entry 8 says what the 2008 package of documents includes (the guidance, a pocket guide, case
examples, training materials). "What does the guidance include about exclusions?" asks what it
says of exclusions, and quoted entry 8. "guidance include(s)/contain(s) (anything) about/on"
join the `subject_frames` ("guidance say about"…): the subject after the frame must be one the
entry names, so entry 8 is offered, not quoted.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 8 before
        "what does the guidance include about exclusions?",
        "what does the guidance include about restraint?",
        "what does the guidance contain about exclusions?",
        "what does the guidance include about attendance?",
    ],
)
def test_what_it_includes_about_a_subject_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None


@pytest.mark.parametrize(
    "message",
    [
        "what does the guidance include?",
        "what does the revised guidance include?",
        "does the guidance include case examples?",
    ],
)
def test_what_the_package_includes_is_still_entry_8(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None
    assert result.answer.number == 8
