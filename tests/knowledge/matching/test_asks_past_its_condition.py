"""A question opening with a condition asks in its main clause: when that clause asks for a
thing ("if a parent refuses consent and I share anyway, what happens to me?"), it must name the
entry's subject or an act of sharing itself; the condition's subject is the scene, not the ask
(`knowledge.matching.conditions`; docs/matcher.md, round 21). A main clause asking yes or no
leans on its condition and is read with it."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.conditions import main_clause


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # practice-dev11's wrong quote (entry 11 at 73 on int26).
        "youth charity: our partner organisations have to follow our confidentiality policy as "
        "well as their own. if the two conflict, which one applies?",
        # Fresh wordings, each quoted entry 4 (at 79 to 100) on int26.
        "if a parent refuses consent and I share anyway, what happens to me?",
        "if I share without consent and the family complain, what happens next?",
        "before I decide whether to share without consent, what training do I need?",
        "if I'm deciding whether to share without consent, what would a judge think?",
    ],
)
def test_an_ask_past_its_condition_is_not_quoted(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("if the family refuses consent, can I still pass it on?", 4),
        ("if a parent says no, what should I weigh up?", 4),
        ("if someone refuses consent, is it ever ok to go ahead?", 4),
        ("when a family refuses consent, what do I need to think about before going ahead?", 4),
        ("if there's no protocol in place, can I still share?", 13),
        ("if we haven't signed an ISP with the school, are we stuck?", 13),
        ("if I'm a volunteer at a food bank, is the guidance meant for me too?", 9),
        ("if professionals already know when to share, why was guidance needed?", 2),
    ],
)
def test_a_question_naming_its_subject_past_its_condition_is_answered(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    ("question", "main"),
    [
        ("if the two conflict, which one applies?", "which one applies?"),
        ("when a family says no, what then?", "what then?"),
        ("once I've shared, how do I tell them?", "how do I tell them?"),
        ("if they say no, can I still share?", None),  # asks yes or no
        ("when can I share, and with whom?", None),  # asks when
        ("what happens if I share, and who decides?", None),  # no condition first
        ("if I share what happens", None),  # no comma: no clause to find
    ],
)
def test_main_clause(question: str, main: str | None) -> None:
    found = main_clause(question)
    assert (found.strip() if found else None) == main
