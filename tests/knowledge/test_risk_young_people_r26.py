"""A group of young people is someone (round 26, the lead): "the young people", "the under-15s".

Before, "the football coach is giving the under-15s cannabis" and "the manager of the hostel gives
the young people drugs" named no one the risk check knew as a person (the coach and the manager
are the ones acting), so their signs of harm did not count. Questions about young people in
general stay quiet, as they are general questions.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "the football coach is giving the under-15s cannabis",
    "the manager of the hostel gives the young people drugs",
    "the youth leader has been buying the under 14s vodka and taking them to his flat",
]

QUIET = [
    "how do we talk to young people about drugs?",
    "do we need consent to share information about young people at risk of CSE?",
    "our under 15s team lost 4-0 and the coach was furious",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_a_group_of_young_people_at_risk_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_a_question_about_young_people_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
