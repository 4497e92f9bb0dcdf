"""Rules narrowed by what they cost (round 17, `python -m tests.support.risk_ablation`).

Each rule here was the only reason an ordinary development message was signposted, and never the
only reason a disclosure was: "promise to keep something" read as a betrothal, "have ready in
case" as a weapon kept, a 999 call as a missing person, a worker beside "their son" as an
allegation, and police with guns drawn as a weapon. Each ordinary line stays quiet now, and a
disclosure of the same shape is still signposted. Two more narrowings of the round (a worker's
"her house" read in "her housing association"; the signal family `explanation`) each cost a
held-out disclosure and were reverted (docs/risk-cues.md, round 17).
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        # practice-dev13: a promise is no betrothal.
        "residential worker in a children's home: a young person wants me to promise to keep"
        " something to myself. can I?",
        # harm-dev15: something ready in case someone wanders off is no weapon.
        "my gran has dementia and lives with us. what should we have ready in case she ever"
        " wanders off, someone mentioned the Herbert protocol?",
        # harm-dev15: a 999 call with its cause is no missing person.
        "I saw a young man climbing through a neighbour's bathroom window and rang 999. turned"
        " out he lives there and forgot his key. police said I did the right thing but I feel"
        " awful",
        # practice-dev10: a worker and "their son" is no allegation.
        "as a scout leader, do I have to tell parents what their son said to me in a one-to-one"
        " review chat?",
        # harm-dev13: armed police are no weapon against someone.
        "saw police going into a house on our road with guns drawn. rang the station - it was a"
        " burglary call that turned out to be the cleaner. can I tell the other parents at the"
        " park what it was?",
    ],
)
def test_ordinary_messages_the_narrowed_rules_signposted_are_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the football coach keeps going round her house when her mum is at work",
        "a year 9 pupil told me she has been promised to her cousin back home",
        "my 15 year old student says she is promised to a man in pakistan",
        "my son says he has to carry something in case he gets jumped",
        "he has one for protection, he says",
        "I rang 999 because she has gone and nobody knows where",
        "his story keeps changing about the bruises on his arm",
        "she had a black eye and said it was an accident but she wouldn't look at me",
        "one of our volunteers keeps messaging their son on snapchat late at night",
        "armed police came last night because her boyfriend threatened her with a knife",
        "my son's friend showed him a gun in his bag at school",
    ],
)
def test_disclosures_of_the_same_shape_are_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
