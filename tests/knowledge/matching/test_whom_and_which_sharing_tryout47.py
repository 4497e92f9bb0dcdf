"""Tryout47 #10: questions the Q&A answers, or should decline plainly.

- A club or leisure service asking whether the guidance applies to it is entry 9's (its answer
  names the voluntary sector and "culture and leisure"): "sports" had been read as a typo of
  "sorts", a kind of sharing, and entry 10 offered.
- "Does it apply every time I share?" asks entry 10's question ("all instances"): "every time"
  reads as "always", and entry 4 (consent always?) came first.
- A patient with dementia whose family want to be told about his treatment gets the capacity
  reply, not nothing.
- A question asking what no published answer answers (a count, how long) is declined, with
  whom to ask, rather than offered an entry that scores low ("how many absences before we can
  fine parents?" got "Did you mean: What do children… think").
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "does the guidance apply to a football club?",
        "is a leisure centre covered by the guidance?",
        "does the guidance apply to our sports club",
    ],
)
def test_a_club_asking_whether_the_guidance_applies_is_entry_9(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 9


@pytest.mark.parametrize(
    "message",
    [
        "can i tell the football club about a child's asthma?",
        "should the sports club get a copy of the register?",
    ],
)
def test_sharing_with_a_club_is_not_entry_9(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


def test_sorts_of_sharing_stay_entry_10(built_in_matcher: Matcher) -> None:
    result = built_in_matcher.match("what sorts of sharing does the guidance cover?")
    assert result.answer is not None and result.answer.number == 10


@pytest.mark.parametrize(
    "message",
    [
        "does the guidance apply every time we share information?",
        "does it apply to every time we pass information on",
    ],
)
def test_every_time_i_share_is_entry_10(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 10


def test_consent_every_time_stays_entry_4(built_in_matcher: Matcher) -> None:
    result = built_in_matcher.match("do i need consent every time i share information?")
    assert result.answer is not None and result.answer.number == 4


def test_a_family_asking_about_a_patient_with_dementia(built_in_matcher: Matcher) -> None:
    result = built_in_matcher.match(
        "my patient has dementia and her daughter wants me to tell her about her treatment, can I?"
    )
    assert result.not_covered is not None and result.not_covered.topic == "capacity-age"


@pytest.mark.parametrize(
    "message",
    [
        "how many missed sessions before we can take a parent to court?",
        "how many unauthorised absences before a fine",
    ],
)
def test_a_count_no_entry_gives_is_declined(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None and not result.suggestions and result.not_covered is None
