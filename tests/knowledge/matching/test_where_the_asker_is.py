"""A label before the question says who asks, and may say where: "health visitor in Scotland:",
"I'm a social worker in Northern Ireland, …". The 2008 Q&A is England's guidance; asked under
another nation's law and guidance, a published answer is offered, not quoted, however the
question itself is worded (`SubjectCheck.foreign_in_label`; docs/matcher.md, round 27). A label
saying only who asks, or where in England, changes nothing.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each quoted entry 4 at 100 before round 27 (practice-dev15 and -dev16 hold the
        # motivating cases, quoted at 56 and 78).
        "health visitor in Scotland: do I need consent to share information?",
        "school nurse in Wales: can I share information without consent?",
        "I'm a social worker in Northern Ireland, what should I consider before deciding to share?",
        "trust social worker in NI: what are the key factors when deciding whether to share?",
        "youth worker based in Scotland: is it ok to share without consent if someone is at risk?",
        # another country's law or place, in the question or the story (quoted entry 4 at 87,
        # 87 and 81 before round 27)
        "I'm a nurse in Ontario. Can I share a patient's information without their consent?",
        "under HIPAA can I share information without consent?",
        "In my state, do I need consent to share information about a client?",
    ],
)
def test_asked_under_another_nations_law_is_offered_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert [s.number for s in result.suggestions][:1] == [4], result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("school nurse: can I share information without consent?", 4),
        ("health visitor in a busy team: do I need consent to share information?", 4),
        ("I'm a GP in Leeds, can I share information without consent?", 4),
        # a label naming something other than where ("essay") is no reason either
        ("Social work student essay: why is information sharing important?", 1),
    ],
)
def test_a_label_saying_who_or_where_in_england_is_still_answered(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
