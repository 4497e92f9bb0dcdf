"""Round 51 (fa173): tellings that name a harm but tell of no one at risk now.

The writer's own harm told as survived long ago ("I am a suicide survivor. Years ago…";
knowledge/risk_survived.py), and another's story as an inquiry, a tribunal or a lawsuit reports
it (the pack's `whose-press`, knowledge/risk_whose_now.py), are not signposted. Beside them,
near-twin disclosures keep ringing: the same past with someone near the harm now, a time of now,
a fear now, or a harm told for the first time (harm-dev40's rule).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.survived51 import SURVIVED_QUIET, SURVIVED_RINGS


@pytest.mark.parametrize("message", SURVIVED_QUIET)
def test_a_harm_survived_or_reported_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", SURVIVED_RINGS)
def test_the_near_twin_disclosures_are_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
