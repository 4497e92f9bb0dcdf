"""Round 38 (whom38): the right contacts (tryout37 #6, #7, #8 and round 37's leftovers).

1. Ages are read one way (`knowledge.risk_stated_ages`): "a man in his 80s" and "a boy of about
   15" give an age, as "an 80 year old" and "a boy about 15" do.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import signposted_in_both

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("a man in his 80s told me his son hits him", "adult"),
        ("a woman in her 70s says her son hits her", "adult"),
        ("a boy of about 15 told me his dad hits him", "child"),
        # an era, not an age
        ("back in the 80s her dad hit her and she is still scared of him", "either"),
    ],
)
def test_a_decade_of_life_or_an_age_after_of_about_is_an_age(
    chat: Chat, message: str, concern: str
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)
