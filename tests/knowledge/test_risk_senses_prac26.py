"""A drink or drug word said of someone at work, no one at risk named (round 26, fa-prac26).

Reading of docs/risk-cues.md, "Round 26 (fa-prac26)", tested on wordings no development set or
probe file holds: in a message that names no child, adult in care or relative, the drink and drug
terms and signal words of a sentence naming a work role ("an employee", "my manager") tell of an
adult's own use, a matter for the employer, and do not count. Staff on drugs with children or
residents named, a parent who uses, a worker who supplies a child, stay signposted.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    "one of our employees came back from lunch drunk, can I tell his manager why he was sent home?",
    "a colleague told me he takes cocaine at weekends, do I have to report it to HR?",
    "my boss admitted he was stoned at the team meeting, should I tell HR?",
    "I run a small office and I think a staff member is drinking at work, what can I say to her?",
]

SIGNPOSTED = [
    "a member of staff was drunk while looking after the toddlers in the baby room",
    "an employee told me her partner smokes crack in front of their children",
    "a care worker came to work high on drugs and left a resident in a wet bed all night",
    "our driver has been selling weed to pupils at the school gate",
    "my colleague says her husband is an alcoholic and hits her when he drinks",
    "the manager of the hostel gives the teenagers drugs in return for favours",
]


@pytest.mark.parametrize("message", QUIET)
def test_own_use_told_by_an_employer_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_use_that_puts_someone_at_risk_is_still_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


def test_the_reading_grows_in_step_with_the_message() -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, "the employee is using drugs and ")
    assert linear, (small, large)
