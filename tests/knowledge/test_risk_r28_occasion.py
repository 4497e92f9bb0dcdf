"""Round 28 (miss28): "this afternoon" and "has just told" name one occasion.

The pack's `occasion` phrases ("yesterday", "last night", "this morning", "just now") make a
person in their sentence someone in particular and a clause naming one occasion a report, so "when
a…" there is no general condition. "what do I do when a parent has just disclosed that her partner
strangled her?" named its occasion only by "has just disclosed", and was quiet on fa75c01. Now
"this afternoon|evening" and "has|have|had just told|disclosed|said…" are occasions too ("today"
is not: "what should I do if a child discloses abuse today?" asks in general). The same
questions about anyone, with no occasion, stay general.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "what do I do when a parent has just disclosed that her partner strangled her?",
    "how should I respond when a pupil has just told me her stepdad hits her?",
    "what should I do when a boy came in this afternoon saying his dad hits him?",
]

QUIET = [
    "what do I do when a parent discloses that her partner is violent?",
    "how should I respond when a pupil tells me about abuse at home?",
    "what should I do if a child discloses abuse today?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_a_telling_on_one_occasion_is_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None, message
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_the_same_questions_about_anyone_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
