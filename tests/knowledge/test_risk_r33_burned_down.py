"""Round 33: a place that burned down is a fire, not a threat to burn it.

"his mum died and then his house burned down" names a fire: a word of the pack's `room` set just
before an `injury` word and "down" is a `things` phrase, so the threat cue "burn … down" and the
injury word "burns" no longer count there. "he said he'd burn the house down" has the burning
first and still rings, as do burns on someone.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "his mum died in the spring and then his house burned down, how do I support him at"
        " school?",
        "the family's flat burnt down last week and they are in a hotel, can we tell the school?",
    ],
)
def test_a_place_that_burned_down_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he said he'd burn the house down with us in it",
        "my ex keeps saying he will burn my flat down",
        "her house burned down and she has burns on her arms from her dad",
    ],
)
def test_a_threat_to_burn_or_burns_on_someone_are_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
