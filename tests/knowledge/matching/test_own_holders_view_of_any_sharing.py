"""Entry 5's own people asked of sharing with anyone, anywhere (docs/matcher.md, round 47,
quote128).

Entry 5 reports what children, young people and families think of their information being
passed on. When the question's holder (between "do" and "think") is one of those it names, a
narrower group of them ("looked after children") or whoever the sharing is with ("between the
school and the council") is no subject the answer leaves out (a view named as a noun, "the
views of <holder> on…", is read as one asked with a verb), and a recipient named is what
the view is of, not a case to decide. Another's view, a subject the entry never names, and a
question that asks no one's view keep their replies.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.text import words
from knowledge.matching.view_holders import ViewHolders, holder
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each held back before by a setting, party or subject in the holder or the sharing
        "What do young people think about their details being shared between the college and "
        "the council?",
        "what do parents generally feel about their information being shared between the "
        "nursery and health visitors?",
        "what do families think about information being passed from the school to the council?",
        "What do looked after children think about their information being shared?",
        "What do parents think about the council sharing information about their children with "
        "schools?",
        "what do families think about their information being shared between the hospital and "
        "the council?",
        # the one told named after a sharing verb: the object of the view, not a case
        "How do parents feel about the school sharing information with the council?",
        "How do looked after children feel about their social worker sharing information with "
        "school?",
        "what do families think about their GP sharing information with social services?",
        "What do pupils think about their information being shared with the police?",
        # the view named as a noun, its holder after "of"
        "What are the views of looked after children on their information being shared?",
        "what are the opinions of parents about schools sharing information with health visitors?",
    ],
)
def test_the_entrys_own_people_are_quoted_whoever_is_told(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 5, result


@pytest.mark.parametrize(
    "message",
    [
        # another's view
        "What do teachers think about information being shared between school and the council?",
        "What do nurses think about information being shared between hospital and council?",
        # each quoted entry 5 before: the holder after a noun of view was not read
        "what are the views of nurses about information sharing?",
        "what are the views of the ICO on sharing?",
        # a subject entry 5 never names
        "what do young people think about sharing their sexual health information?",
        "what do pupils think about their records being passed between the school and the council?",
    ],
)
def test_others_views_and_other_subjects_are_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "What do teachers think about sharing information with the police?",
        # the asker's own act weighed: a case
        "what do families think about us sharing information with the police?",
        "can I share a pupil's information with the police?",
        "Are pupils happy for the school to share their information with the council?",
    ],
)
def test_a_case_or_anothers_view_keeps_the_case_reply(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None and result.not_covered is not None, result
    assert result.not_covered.topic == "specific-case"


def test_the_span_of_the_entrys_own_holders() -> None:
    entry = QAEntry(
        number=7,
        question="What do tenants think about repairs?",
        answer="They want them done.",
        alternates=("How do landlords feel about repairs?",),
    )
    holders = ViewHolders([entry], emphasis=("actually",))
    ask = words("what do tenants in flats actually think about repairs")
    assert holders.own_holders_asked(7, ask, ask) == (2, 6)
    other = words("what do surveyors think about repairs")
    assert holders.own_holders_asked(7, other, other) is None
    yours = words("what do you think about repairs")
    assert holders.own_holders_asked(7, yours, yours) is None
    assert holders.own_holders_asked(8, ask, ask) is None
    noun = words("what are the views of tenants in flats on repairs")
    assert holders.own_holders_asked(7, noun, noun) == (5, 8)
    assert holder(words("the opinions of you about it")) is None
    assert holders.of_others_sharing(7, words("what do tenants think about the council telling"))
    assert not holders.of_others_sharing(7, words("what do tenants think about us telling"))
