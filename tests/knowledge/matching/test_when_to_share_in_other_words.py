"""Round 34 (dev misses): general questions of when to share, which entry 4 (the key factors in
deciding whether to share) answers, were held back by the quote gate:

- "a patient's confidentiality" names whose confidence it is, as "a patient's information" does
  (the not-covered pack's `owner_after`), not a party the entry never speaks of;
- "when should we share?" and "override our confidentiality policy" name what entry 4 is about
  (its anchors).

A party named as the recipient still makes a question about one case."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "when can I break a patient's confidentiality if they haven't agreed to it?",
        "When should we share information?",
        "nursery manager: when are we allowed to override our confidentiality policy in a "
        "child's interests?",
        "When can you disclose information about a client?",
        "Can personal data be shared without your permission?",
        "our policy says clients get asked before we pass on anything beyond basic details. does "
        "that mean we can never share without their say so, even if we're worried?",
    ],
)
def test_a_general_question_of_when_to_share_is_quoted_entry_4(
    built_in_matcher: Matcher, message: str
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 4


@pytest.mark.parametrize(
    "message",
    [
        "can I share a patient's details with the police?",
        "can I tell the school about a pupil's confidentiality agreement?",
        "when can we disclose a pupil's address to a parent?",
        "can my GP share my records without your permission?",
    ],
)
def test_a_named_recipient_still_makes_a_case_question(
    built_in_matcher: Matcher, message: str
) -> None:
    assert built_in_matcher.match(message).answer is None


def test_overriding_the_organisations_policy_is_still_entry_11(built_in_matcher: Matcher) -> None:
    answer = built_in_matcher.match("does the guidance override our own policies?").answer
    assert answer is not None and answer.number == 11
