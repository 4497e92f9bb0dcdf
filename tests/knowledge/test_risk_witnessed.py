"""What the writer saw or heard happen between people brought in with "a" ("I saw a man push a
woman into a car", "I heard a woman screaming for help"): the perception already names someone
in particular; a blow between a man and a woman and a scream for help had no cue before Round 14
(both failed). A talk the writer heard on a harm frames the message (it was signposted)."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "I saw a man push a woman into a car outside the school and drive off",
        "I heard a woman screaming for help in the flat below last night",
        "I saw a man hitting a child in the park today",
        "we saw a girl being dragged into a van on the high street",
        "I saw a young girl get into a car with three older men",
    ],
)
def test_what_the_writer_saw_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "I heard a talk on domestic abuse, can I share the slides?",
        "I saw a man about a referral yesterday, can I share his notes?",
        "I saw a boy in clinic today who needs a hearing test, can I tell his school?",
        "I noticed a mistake in the safeguarding policy",
    ],
)
def test_an_ordinary_thing_the_writer_saw_or_heard_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
