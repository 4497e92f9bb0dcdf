"""Round 28 (fa28): a death by suicide told in the plain past, with when it was, is over.

The pack's `concluded` phrases read "has committed suicide" (the perfect keeps it apart from "will
commit", which the stem folds). A death told in the plain past with when it was ("she committed
suicide a few years back", harm-dev23's bereaved friend) is over too, when "he", "she" or "they"
stands just before the verb: "threatened to commit suicide two weeks ago" and "she'll commit
suicide" are not read so, and as before a word of intent after it keeps the sign.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    "we lost touch after school. She committed suicide a few years back.",
    "our old neighbour? they committed suicide a long time ago, sadly",
]

SIGNPOSTED = [
    "she committed suicide a few years back and now her daughter says she wants to die too",
    "she threatened to commit suicide a few weeks back",
    "he tried to commit suicide a few weeks back and he is talking about it again",
    "my mate said he will commit suicide, he tried a few months ago",
    "he committed suicide three years ago and his son is now self harming",
]


@pytest.mark.parametrize("message", QUIET)
def test_a_death_told_with_when_it_was_is_over(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_threats_attempts_and_intent_keep_the_sign(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
