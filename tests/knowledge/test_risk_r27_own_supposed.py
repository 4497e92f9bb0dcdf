"""Round 27 (risk27): a supposition about someone of the writer's own is no general question.

"what should I do if I think my friend is being abused by her boyfriend?" asks what to do about
a particular friend, yet the `general` phrase "if I think" made its clause a general question, so
nothing in it counted (the same message without "I think" was signposted). A `general` phrase
ending in a supposition ("if I think", "if we suspect", "what if") no longer does so when "my" or
"our" follows it and names a person ("my friend", "my sister's husband", "our elderly
neighbour"). The same suppositions about anyone ("a child", "a pupil", "the parents") stay general,
and so do those about the writer's own things ("our filtering system").
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "What should I do if I think my friend is being abused by her boyfriend?",
    "what do I do if I suspect my neighbour is hitting her kids?",
    "who can I talk to if I think my sister's husband is controlling her?",
    "what if my friend's dad is hurting her and she doesn't want me to tell?",
    "who do we ring if we believe that our lodger's partner is beating her?",
]

QUIET = [
    "what should I look for if I suspect a child is being hit at home?",
    "madrassa teacher: if I suspect a pupil is being abused but have no proof, do I still have "
    "to report it?",
    "What should GPs do if they suspect domestic violence?",
    "what if the parents refuse consent?",
    "who do I tell if I think our filtering system isn't working?",
    "what should I do if I think my child's school is not following its safeguarding policy?",
    "what if my friend asks me to keep a secret?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_a_supposition_about_the_writers_own_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_a_supposition_about_anyone_stays_general(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_the_reading_grows_in_step_with_the_message() -> None:
    unit = "what if I think my friend's dad is hurting her? "
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
