"""Round 39 (whom39): the right contacts (tryout38 #9, #10).

1. A word of the `staff` set that names something else ("round the head", "keeps going
   missing") is no one at work: no LADO (`knowledge.risk_staff_words`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import signposted_in_both

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _contacts(message: str) -> tuple[str, ...]:
    finding = BUILT_IN.detect(message)
    assert finding is not None, message
    return finding.contacts


@pytest.mark.parametrize(
    "message",
    [
        "the 15 yr old lad who trains with his dad on saturdays, the dad screams at him and "
        "yesterday he hit him round the head by the squat rack",
        "the dad screams at his son and hit him round the head",
        "her stepdad hit her on the head with a remote, she's 12",
        "mum slapped him across his head in the car park, he's about 8",
        "supported living worker - one of our tenants with autism (22) keeps going missing and "
        'comes back with new phones and money, says he has a "new mate" who gives him lifts',
        "a 14 year old keeps going missing and an older man gives her lifts",
        "she has been reported missing three times and a man in his 30s gives her lifts",
    ],
)
def test_a_head_struck_or_going_missing_names_no_one_at_work(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
    assert "lado" not in _contacts(message)


@pytest.mark.parametrize(
    "message",
    [
        "the head hit a year 7 boy",
        "the head has been messaging a 15 year old pupil",
        "the head teacher grabbed a year 5 girl by the arm",
        "miss jones grabbed a year 2 girl by the arm and shouted at her",
    ],
)
def test_the_head_or_miss_at_school_is_still_staff(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, contacts={"lado"})
