"""Round 34 (r1c34, from tryout33c finding 8): someone missing, asked after.

"the police want to know if a missing adult has been seen at our day centre" was not signposted
(round 33 made an enquiry after someone missing the risk itself, but "a missing adult" in an
indirect question was anyone of a kind, and "if a" a supposition). "if" just after "know",
"ask", "check", "wonder" or "sure" asks whether, and supposes nothing; and a missing person asked
after ("know if a missing adult…", "asked whether a missing man…") is someone in particular.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

ASKED_AFTER = [
    "the police want to know if a missing adult has been seen at our day centre",
    # written here
    "police asked whether a missing man has been sleeping in the church porch",
]

QUIET = [
    "the police want to know if a member of staff has been seen at our day centre",
    "what should we do if an adult goes missing from the day centre?",
    "If police find a missing adult with a mental illness, can they tell the family where he is?",
]


@pytest.mark.parametrize("message", ASKED_AFTER)
def test_someone_missing_asked_after_is_signposted(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "missing" in finding.categories, finding
    assert "adult-social-care" in finding.contacts
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
