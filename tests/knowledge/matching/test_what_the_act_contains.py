""" "Explain the principles of the Data Protection Act" asks what the Act contains; entry 3 says
what it means for sharing (docs/matcher.md, round 30, quote30).

Entry 3's answer is that the Act is no barrier but a framework for sharing appropriately. Exam
prompts and FAQ headings asking the Act's principles, main points, key features or provisions
were quoted it; these join the subjects (`case_questions.subjects`), beside the Act's other
terms of art (controllers, processing) that no entry speaks of.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 3 before
        "Explain the principles of the Data Protection Act",
        "What are the data protection principles?",
        "Describe the main points of the Data Protection Act 1998",
        "Outline the key features of the Data Protection Act",
        "What are the eight principles of the DPA?",
    ],
)
def test_what_the_act_contains_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("What are the implications of the Data Protection Act?", 3),
        ("Does the Data Protection Act stop me sharing?", 3),
        ("What principles should guide my decision to share?", 4),
    ],
)
def test_what_the_act_means_for_sharing_is_still_quoted(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == entry
