"""Round 33 (r1t33, from tryout33): disclosures a trial of the build found unsignposted.

Someone's telling passed on, then a question whether a service may pass it on ("a parent says
another child is being hit at home, can the school tell social services?"): the modal put
before its subject ("can the school…", "should the GP…") asks, as "can I tell…" does; it is no
rule about sharing that the one quoted gave ("a parent told me the school can't report neglect"
still is one, `knowledge.risk_telling.not_a_rule`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

PASSED_ON_THEN_ASKED = [
    "a parent says another child is being hit at home, can the school tell social services?",
    "neighbour says the kids are left alone overnight, can the school tell social services?",
    "a teacher says a pupil is self-harming, can the school tell CAMHS?",
    "a teacher told me a pupil is self-harming, can the school tell CAMHS?",
    "a pupil's friend says she is being groomed online, can the school share the messages with "
    "police?",
    # written here: other askers, other modals, no comma
    "a dinner lady says a boy in year 4 gets kicked by his brother, should the school report it?",
    "my colleague says a resident is being slapped by a carer, must the home tell the council?",
    "a parent says another child is being hit at home can the school tell social services?",
    "the childminder says a baby had bruises on his face, must the nursery tell social care?",
]

QUIET = [
    "can the school tell social services if a child is being hit at home?",
    "a parent says the school never tells her anything, can the school tell social services?",
    "is a toddler with a burn always a safeguarding referral?",
    # a rule someone passed on is still no telling
    "a parent told me the school can't report neglect",
    "my manager says we can't share anything about domestic abuse",
    "our policy says staff must report self-harm, should the school tell parents first?",
]


@pytest.mark.parametrize("message", PASSED_ON_THEN_ASKED)
def test_a_telling_passed_on_then_asked_about_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
