""" "Does the guidance cover sharing info with a client's cleaner?" asks whether the cleaner may
be told, not whom the guidance is for (tryout37 finding 11: entry 9 was quoted).

The entries answering the `scope` ask (whom the guidance is for, what sharing it covers) never
say whether one person may be told; a question naming the one told after its sharing act, a
listed party or not, is quoted neither (`OneTold`). Nor is entry 4 (consent is best practice)
for "do we need parents consent to share a cub's allergy info with the camp cook" (finding 10),
as it never was for a listed party ("with the school"). Questions about the readers, sharing with
other agencies or anyone in general, are read as before.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.case_questions import OneTold
from knowledge.matching.text import words


@pytest.mark.parametrize(
    "message",
    [
        "random one: does the guidance cover sharing info with a client's cleaner?",
        "does the guidance cover me sharing with my client's cleaner",
        "is sharing info with a cleaner covered by the guidance",
        "does the guidance cover sharing info with the police?",
        "does this guidance cover sharing information with a client's family?",
        "does the guidance cover passing info to a taxi firm",
    ],
)
def test_a_question_naming_the_one_told_quotes_no_scope_entry(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None or result.answer.number not in (9, 10), result


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("Does the guidance cover police officers?", 9),
        ("does the guidence apply to polce officers", 9),
        ("does it cover people who work with adults or only kids", 9),
        ("Does the guidance cover every kind of information sharing?", 10),
        ("does it cover bulk sharing between IT sytems", 10),
        ("does the information sharing guidance apply to pharmacists?", 9),
    ],
)
def test_questions_of_the_readers_and_kinds_are_still_quoted(
    built_in_matcher: Matcher, message: str, number: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == number, result


@pytest.mark.parametrize(
    "message",
    [
        "scout leader - do we need parents consent to share a cubs allergy info with the camp cook",
        "do i need her consent to share her address with the cleaner",
        "do we need parents permission to pass a child's dietary needs to the caterers",
    ],
)
def test_whether_consent_is_needed_to_tell_someone_named_is_not_quoted_entry_4(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "do I need consent to share information?",
        "if a client says no can I still share with anyone?",
        "Can I share information without consent?",
        "childminder here: if a child I mind is struggling, do I need the parents' permission "
        "before giving information to the agency that referred them?",
    ],
)
def test_whether_consent_is_needed_in_general_is_still_entry_4(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result


def _told() -> OneTold:
    return OneTold((9,), ("share*", "sharing", "info", "consent*"), ("telling",), ("police",))


@pytest.mark.parametrize(
    "question",
    [
        "does the guidance cover sharing info with a client cleaner",
        "is the guidance about telling a tenant landlord",
        "does it apply to sharing to police",
    ],
)
def test_the_one_told_is_read_after_the_act(question: str) -> None:
    assert _told().names_one_told(9, words(question))
    assert not _told().names_one_told(10, words(question))  # not a scope entry


@pytest.mark.parametrize(
    "question",
    [
        "does the guidance cover sharing info with other agencies",
        "does the guidance cover sharing with consent",
        "is it for people who share info with schools",
        "does it cover sharing info to protect a child",
        "does it cover sharing it with them",
        "can i share it with anyone",
    ],
)
def test_no_one_told(question: str) -> None:
    assert not _told().names_one_told(9, words(question))
