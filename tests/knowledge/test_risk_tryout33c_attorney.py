"""Round 34 (r1c34, from tryout33c): an attorney who stops paying for someone.

"the resident's daughter has power of attorney and has stopped paying the fees, can we tell the
council?" got the judgement line, publicly in Slack and Teams channels: no cue read it (without
the question the learnt model alone caught it). A `near` item of adult abuse reads a power of
attorney (an LPA, a deputy, an appointee) beside stopping paying or giving, someone's own money
kept from them, or bills unpaid; "no money for toiletries" joined the cue for having no money for
food or heating.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

ATTORNEYS = [
    "the resident's daughter has power of attorney and has stopped paying the fees, can we tell "
    "the council?",
    "a resident's daughter has power of attorney and has stopped paying the fees, the resident has "
    "no money for toiletries, can we tell the council?",
    "her son has power of attorney and has stopped paying her bills, can I tell social services?",
    # written here
    "the resident's daughter has power of attorney and has stopped paying the fees",
    "Mr B's nephew is his appointee and won't give him his own money, can we tell the council?",
]

QUIET = [
    "can a power of attorney stop paying for a resident's care home fees?",
    "how do we check who has power of attorney before giving out information?",
]


@pytest.mark.parametrize("message", ATTORNEYS)
def test_an_attorney_who_stops_paying_is_signposted_to_adult_contacts(
    chat: Chat, message: str
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "adult-abuse-neglect" in finding.categories, finding
    assert "adult-social-care" in finding.contacts
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
