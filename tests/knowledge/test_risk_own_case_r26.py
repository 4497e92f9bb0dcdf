""" "Here is the scenario" opens the writer's own case, not a training exercise (round 26).

Readings of docs/risk-cues.md, "Round 26 (miss26)", on wordings no development set or probe file
holds: "scenario" is a `framing` word (a training scenario hides every sign of harm), but at the
start of a sentence after "here is the", "here's my", "here is our" it introduces what happened
to the writer's people. A scenario for training, a quiz or an exercise is still a frame.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "Here is the scenario. One of our youth leaders has been sending a 14 year old girl sexual "
    "messages late at night.",
    "Here's my scenario: my neighbour's partner punched her last night and she won't call anyone.",
    "Here is our scenario - a resident's son takes her pension and she has no food in the house.",
]

QUIET = [
    "For our induction, here is the scenario: a boy says his dad hits him. Discuss.",
    "Write me a scenario where a resident's son takes her pension, for the quiz.",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_writers_own_case_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_a_scenario_for_training_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_the_reading_grows_in_step_with_the_message() -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, "here is the scenario. he hits her. ")
    assert linear, (small, large)
