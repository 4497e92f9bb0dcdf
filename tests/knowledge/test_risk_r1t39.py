"""Round 39 (r1t39, tryout39 O, P, Q): disclosures with no signpost.

Each family is read generally, tested with wordings written here beside look-alikes that stay
quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()


def _signposted(chat: Chat, message: str, category: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    # whom the signpost names is another helper's (whom40): here the children's front door is in
    assert finding is not None and "childrens-social-care" in finding.contacts, finding
    assert category in finding.categories, finding
    assert chat.send(message)[0].risk_of_harm


def _quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# A girl under 16 who is pregnant, her age typed "yr" or "yo" (tryout39 O: "a 12 yr old is
# pregnant" had no signpost); the girl herself, not her mum.
PREGNANT = [
    "a 12 yr old is pregnant",
    # written here
    "a 13 yo girl is pregnant",
    "a 14 yr old pupil got pregnant",
]


@pytest.mark.parametrize("message", PREGNANT)
def test_a_pregnant_girl_under_16_is_signposted(chat: Chat, message: str) -> None:
    _signposted(chat, message, "sexual-abuse")


def test_her_mums_pregnancy_stays_quiet(chat: Chat) -> None:
    _quiet(chat, "a 12 yr old's mum is pregnant")
