"""Round 34 (r1c34, from tryout33c): the writer's own past case brought into a question.

"how long should we keep records of shared information, we had a case where a boy told us his
brother makes him hold drugs and we shared it, but now the parents are asking to see the file"
got "That's a decision for your professional judgement", publicly in a Slack channel: the case
was inside the question, and "where a" made its clause a supposition. "we had a case where…",
"we've had a situation when…" name one occasion (the pack's `occasion` phrases): the sentence
tells what happened. "when we have a case where a child discloses…" is still a supposition.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

OWN_CASES = [
    "how long should we keep records of shared information, we had a case where a boy told us his "
    "brother makes him hold drugs and we shared it, but now the parents are asking to see the file",
    # written here
    "we've had a case where a girl said her stepdad hits her, can we share it with the GP?",
]

QUIET = [
    "how long should we keep records of shared information, we had a case where a parent asked to "
    "see the file",
    "what should we do when we have a case where a child discloses abuse?",
]


@pytest.mark.parametrize("message", OWN_CASES)
def test_the_writers_own_case_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
