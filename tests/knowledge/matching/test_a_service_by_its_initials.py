"""A service told, named by initials no list holds ("before we contact CADS about a child"), makes
a question about one case as a listed party does (`case_questions.addressing`,
`CaseQuestions.names_a_service_by_initials`; docs/matcher.md, round 28). Motivating case:
practice-dev15's "pre-school manager: … before we contact CADS about a child?", entry 4 at 56.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.case_questions import CaseQuestions
from knowledge.matching.subjects import SubjectCheck
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge, builtin_matcher_packs


@pytest.mark.parametrize(
    "message",
    [
        # quoted entry 4 before round 28
        "do I need consent before I contact SPA about a family?",
        "do we need the parents' consent before we contact CADS?",
        "family support worker: do I need consent before I refer a family to the EHH?",
        # offered only, before as after
        "Should we get the mother's permission before we notify the FDT about her son?",
    ],
)
def test_a_service_told_by_its_initials_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    # an honest decline: the case reply, or the entry offered
    assert result.not_covered is not None or result.suggestions, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # initials the packs know, not a service: a law, the guidance's own words
        ("Does the DPA stop me telling a GP about a child?", 3),
        ("What is an ISP?", 12),
        ("Can I share information without consent?", 4),
        # shouting throughout: every word is in capitals, none names a service
        ("DO I NEED CONSENT BEFORE I TELL SOMEONE?", 4),
    ],
)
def test_known_initials_and_capitals_throughout_are_read_as_before(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("before we contact CADS about a child", True),
        ("can I refer to the SPA", True),
        ("is it ok to speak to our LSCP", True),
        ("can I send the plan to CADS", True),  # "to" after a sharing verb
        ("do I need consent to share CPOMS records", False),  # "share": its object is the thing
        ("what do you call an ISP", False),  # "call" names, it tells no one
        ("before we contact cads about a child", False),  # typed in lower case: not read
        ("BEFORE WE CONTACT CADS", False),  # capitals throughout
    ],
)
def test_the_reading(question: str, named: bool) -> None:
    pack, _ = builtin_matcher_packs()
    cases = CaseQuestions(pack, SubjectCheck(builtin_knowledge().entries, pack))
    said = cases.names_a_service_by_initials(words(question), question, frozenset({"isp"}))
    assert said is named
