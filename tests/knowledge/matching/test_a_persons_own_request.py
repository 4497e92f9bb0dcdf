"""A person's own request to pass on his own information is not an outside body's request
(tryout37 finding 15): a PA whose disabled employer "asked me to tell his physio how his week
went" was told the Q&A doesn't cover "requests from landlords, employers, insurers…".

Someone close to the asker ("my employer", "my client", "he") asking them to pass on what is
his ("…tell his physio", "…ring his GP … for him") is read as his own request: the words naming
him anchor no topic we don't cover (`without_own_requester`), and the topic on acting for
someone at their request answers. A landlord or the police asking stays an outside request.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.claim_source import without_own_requester
from knowledge.matching.text import words


@pytest.mark.parametrize(
    "message",
    [
        "personal assistant - my employer has MS and asked me to tell his physio how his week "
        "went. fine?",
        "PA for a disabled adult - my employer wants me to ring his GP and ask for his test "
        "results for him, can i",
    ],
)
def test_his_own_request_is_acting_on_his_behalf(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None
    assert result.not_covered is not None and result.not_covered.topic == "on-their-behalf"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("the landlord asked me to tell his agent about the tenant's arrears", "other-recipients"),
        (
            "a journalist rang asking me to confirm a well-known person is one of our clients. "
            "can I just say yes?",
            "media-social",
        ),
    ],
)
def test_outside_requests_are_still_outside(
    built_in_matcher: Matcher, message: str, topic: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.not_covered is not None and result.not_covered.topic == topic, result


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("my employer has ms and asked me to tell his physio", "asked me to tell his physio"),
        ("my client wants us to ring the dwp for her", "wants us to ring the dwp for her"),
        ("he wants me to phone his dentist", "wants me to phone his dentist"),
    ],
)
def test_the_requester_is_read_out(typed: str, kept: str) -> None:
    assert " ".join(without_own_requester(words(typed))) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "the landlord asked me to tell his agent",  # not someone close to the asker
        "my employer asked me to tell the council about a tenant",  # nothing of his own
        "my manager asked me to",  # nothing after
        "my employer says we need consent",
    ],
)
def test_no_own_request(typed: str) -> None:
    assert list(without_own_requester(words(typed))) == words(typed)
