"""Round 34 (tryout33c, finding 7): "her son takes her bank card… do we need her consent to tell
the council?" was given the reply on requests from outside bodies (landlords, employers,
insurers, banks), whose anchor was the bare word "bank". A person's own bank card or account is
no bank asking for information: the topic's anchors now name a bank as the one asking."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher

OUTSIDE = "other-recipients"


@pytest.mark.parametrize(
    "message",
    [
        "one of the residents at our care home keeps telling staff that her son takes her bank "
        "card and she's scared of him visiting, do we need her consent to tell the council?",
        "her grandson has her bank card and pin, do we need her consent to tell social care?",
    ],
)
def test_a_persons_own_bank_card_is_no_outside_request(
    built_in_matcher: Matcher, message: str
) -> None:
    hit = built_in_matcher.match(message).not_covered
    assert hit is None or hit.topic != OUTSIDE


@pytest.mark.parametrize(
    "message",
    ["a bank has asked me for info about a client I support", "the bank wants his details"],
)
def test_a_bank_asking_is_still_an_outside_request(built_in_matcher: Matcher, message: str) -> None:
    hit = built_in_matcher.match(message).not_covered
    assert hit is not None and hit.topic == OUTSIDE
