"""Round 34 (r1c34, from tryout33c finding 3): "asking for a friend".

"asking for a friend - if a teacher found out a kid was being hit at home would they have to tell
someone?" got "I couldn't find that": "if a" made its clause a supposition. "asking for a friend"
says the case is real (an `occasion` phrase of the pack), and a condition anywhere in a sentence
naming an occasion now reports what happened (it was only the occasion's own clause).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

MASKED = [
    "asking for a friend - if a teacher found out a kid was being hit at home would they have to "
    "tell someone?",
    # written here
    "asking for a friend: if a girl's stepdad touches her, who should she tell?",
]

QUIET = [
    "asking for a friend - what's the best way to store consent forms?",
    "if a teacher found out a kid was being hit at home would they have to tell someone?",
]


@pytest.mark.parametrize("message", MASKED)
def test_a_case_asked_for_a_friend_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
