"""Round 39 (r1u39, tryout39 #2, #12): disclosures the newest trial found quiet, and its false
alarms where a general reading exists.

Each family is tested with wordings written here beside look-alikes that stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

# A person in custody assaulted (tryout39 #2): "prisoner", "inmate" named no one, so "a young
# prisoner keeps getting beaten up by other prisoners" was quiet; an adult's harm.
CUSTODY = [
    "a young prisoner keeps getting beaten up by other prisoners",
    "prison officer - a young prisoner keeps getting beaten in the showers and staff turn a blind"
    " eye",
    # written here
    "an inmate is being assaulted by other inmates",
    "a young prisoner keeps getting assaulted",
    "the detainees are being hit by the guards",
]
CUSTODY_QUIET = [
    "can we share a prisoner's release date with his victim",
    "how many prisoners self harm each year",
    "the prisoner was convicted of assault",
    "can prisoners see their medical records",
]


@pytest.mark.parametrize("message", CUSTODY)
def test_a_person_in_custody_assaulted(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "adult", finding
    assert "physical-abuse" in finding.categories
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", CUSTODY_QUIET)
def test_custody_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm
