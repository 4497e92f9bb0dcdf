"""Round 51 (miss176): someone in care left in the same pad through the night or for hours.

The adult neglect cue "leave … in the same pad|nappy all night|overnight|for hours" signposts;
questions about changing pads, and the same room or music all night, do not.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

RINGS = [
    "they leave residents in the same pads for hours on the dementia unit",
    "the night staff left my mum in the same pad all night again",
    "my nan was left in the same incontinence pad overnight and now has a sore",
    "is it normal for carers to leave my dad in the same nappy all day",
]
QUIET = [
    "how often should incontinence pads be changed overnight in a care home?",
    "the care home leaves the same music playing all night",
    "can i leave the same pad on a wound dressing overnight?",
]


@pytest.mark.parametrize("message", RINGS)
def test_left_in_the_same_pad_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_pads_and_all_night_without_neglect_are_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm
