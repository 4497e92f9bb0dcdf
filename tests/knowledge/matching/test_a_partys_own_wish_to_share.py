"""A party that wants to share is not a party asking for information (round 43, right48).

A story telling of an outside party's request, then a short question ("An insurer has asked
for a patient's record. Does the DPA stop me?"), is about that request, which no entry answers.
"Our bank wants to share information … with the police" read the same way ("bank", then
"wants"), though it tells of the bank's own wish to share: the question after it asks whether
data protection stops that, which entry 3 answers. "Wants to see", "asked for" are still requests.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # entry 3 was only offered: the bank's wish to share read as its request
        "Our bank wants to share information about a vulnerable customer with the police. Is "
        "that allowed under data protection?",
        # quoted before too: no story, the bank named as the one sharing
        "Does data protection stop a bank from sharing information with the police?",
    ],
)
def test_data_protection_and_the_banks_own_sharing(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 3


@pytest.mark.parametrize(
    "message",
    [
        # requests told in the story: each has rules of its own
        "The bank wants information about a customer of ours. Does the DPA stop me?",
        "the bank asked to see her records. does data protection stop me?",
        "An insurer has asked for a patient's record. Does the DPA stop me?",
        "The police want to see the file. Does data protection stop us?",
    ],
)
def test_requests_are_still_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None
