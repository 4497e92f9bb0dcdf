"""Keeping something from a party is the mirror of telling one: "is it right to keep vital
information from parents?" asks about one case as "is it right to tell parents?" does, and no
published answer decides it (`withholding` in `not-covered.yaml`,
`CaseQuestions.keeps_from_a_party`; docs/matcher.md, round 27, quote27b). Practice-dev20's
"Is it Right to Keep Vital Information from Parents?" was quoted entry 1 (why sharing is
important) at 73. Keeping without anyone kept from ("keep information secure", "keep records
from 2019") is no such question.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import Matcher, NotCoveredPack
from knowledge.matching.case_questions import CaseQuestions
from knowledge.matching.subjects import SubjectCheck
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge, builtin_matcher_packs


@pytest.mark.parametrize(
    "message",
    [
        # Each quoted entry 1 before, at 73, 73, 78, 71 and 61.
        "is it right to keep important information from the parents?",
        "Keeping vital information from parents: is it ever right?",
        "is it important to keep information from the police?",
        "is it wrong to keep vital information from the GP?",
        "is it right to hide vital information from a child's school?",
    ],
)
def test_keeping_something_from_a_party_is_quoted_nothing(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "is it important to keep information from the police?",
        "is it wrong to keep vital information from the GP?",
        # Withheld (a related question suggested) before, now the case topic's reply.
        "is it right that schools keep vital information from parents?",
        "is it ever justified to withhold information from a child's parents?",
    ],
)
def test_a_party_in_services_kept_from_gets_the_case_reply(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.not_covered is not None and result.not_covered.topic == "specific-case", result


@pytest.fixture(scope="module")
def cases() -> CaseQuestions:
    not_covered, _ = builtin_matcher_packs()
    return CaseQuestions(not_covered, SubjectCheck(builtin_knowledge().entries, not_covered))


@pytest.mark.parametrize(
    "question",
    [
        "should we withhold the assessment from her social worker?",
        "can I keep his diagnosis secret from his teachers?",
        "is hiding a referral from the health visitor ever justified?",
        "we held back the report from the council, was that wrong?",
        "is it right to conceal concerns from a pupil's school?",
    ],
)
def test_a_withholding_act_then_a_party_is_read(cases: CaseQuestions, question: str) -> None:
    assert cases.keeps_from_a_party(words(question))


@pytest.mark.parametrize(
    "question",
    [
        "is it right to keep vital information?",
        "is it important to keep information secure?",
        "is it right to keep information about parents?",
        "should we keep records from 2019?",
        "is it right to keep vital information safe from hackers?",
        # Too far between the act and "from": something else comes from the school.
        "how long do we keep the notes of meetings we had with staff from the school?",
    ],
)
def test_keeping_without_a_party_kept_from_is_not_read(cases: CaseQuestions, question: str) -> None:
    assert not cases.keeps_from_a_party(words(question))


def _pack(withholding: list[str]) -> dict[str, object]:
    return {
        "kind": "not-covered",
        "topics": [{"id": "specific-case", "cues": ["my case"], "reply": "Not decided here."}],
        "case_questions": {
            "topic": "specific-case",
            "verbs": ["tell"],
            "parties": ["school"],
            "withholding": withholding,
        },
    }


def test_a_withholding_act_is_two_phrases_with_an_ellipsis_between() -> None:
    pack = NotCoveredPack.model_validate(_pack(["keep … from", "hold back … from"]))
    assert pack.case_questions is not None
    assert pack.case_questions.withholding == ("keep … from", "hold back … from")
    for wrong in ("keep from", "keep … from … to", "keep …", "keep … fr*om"):
        with pytest.raises(ValidationError):
            NotCoveredPack.model_validate(_pack([wrong]))
