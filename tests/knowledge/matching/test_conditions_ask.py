"""Asking when one may share, or why services share: about sharing in general, not one case.

"When can a pharmacist share patient information without consent?" names a pharmacist, but as
the one sharing, not as where the information goes: it is no case question, and the pharmacist
is no subject entry 4 fails to speak of; "why does it matter that schools share info?" asks what
entry 1 answers. A party named after the sharing verb still makes a case.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import Matcher, NotCoveredPack
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.packs import builtin_matcher_packs


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "question",
    [
        "when can a pharmacist share patient information without consent?",
        "when is it acceptable for a health visitor to share a family's information without "
        "their consent?",
        "under what circumstances may a social worker share information without the person "
        "agreeing?",
    ],
)
def test_asking_when_someone_may_share_is_entry_4(matcher: Matcher, question: str) -> None:
    # Each got the case reply before: the one sharing was read as the party told.
    result = matcher.match(question)
    assert result.answer is not None and result.answer.number == 4, result


@pytest.mark.parametrize(
    "question",
    [
        "why is it important that health visitors share concerns with each other?",
        "why does it matter that GPs and schools share information?",
    ],
)
def test_asking_why_services_share_is_entry_1(matcher: Matcher, question: str) -> None:
    # The services named before the verb are those sharing: each got the case reply before.
    result = matcher.match(question)
    assert result.answer is not None and result.answer.number == 1, result


def test_what_people_think_of_services_sharing_is_entry_5(matcher: Matcher) -> None:
    # The pupils hold the view and the teachers share: it got the case reply before.
    result = matcher.match("what do pupils think about teachers passing on worries?")
    assert result.answer is not None and result.answer.number == 5, result


@pytest.mark.parametrize(
    "question",
    [
        "what do parents think about us telling the police?",
        "do families mind if the school tells social services?",
        "why does it matter if a school shares information with the police?",
        "when can the school share information with social care without consent?",
        "when should a teacher tell the police?",
        "when can a GP share a patient's records with the police?",
    ],
)
def test_a_party_told_after_the_verb_is_still_a_case(matcher: Matcher, question: str) -> None:
    assert matcher.match(question).answer is None


def test_the_conditions_are_asked_wherever_the_phrase_stands() -> None:
    asks = Asks(builtin_matcher_packs()[0].asks)
    for question in (
        "in what circumstances can we pass it on?",
        "youth worker here, when am I allowed to share?",
        "When is it OK to tell someone?",
    ):
        assert asks.of(words(question)) == "conditions", question
    assert asks.of(words("when was the guidance published?")) == "date"


def test_sharer_asks_must_be_kinds_of_ask() -> None:
    with pytest.raises(ValidationError, match="sharer_asks names kinds"):
        NotCoveredPack.model_validate(
            {"kind": "not-covered", "asks": {"reason": ["why"]}, "sharer_asks": ["conditions"]}
        )


def test_asking_an_age_is_answered_by_no_entry(matcher: Matcher) -> None:
    # With its view-holders no longer parties told, this was entry 5: but it asks an age.
    result = matcher.match(
        "from what age do young people think services should share without asking them?"
    )
    assert result.answer is None
