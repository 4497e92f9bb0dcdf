"""Screaming for joy, said so in the same breath ("the kids next door are always screaming and
laughing in the paddling pool") is not distress: the `things` phrases set the scream aside, and
every other sign still counts. Someone heard begging or screaming for another to stop had no
cue. Four of these lines failed before Round 14 (two joyful screams signposted, both begging lines
missed)."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "neighbour here - the kids next door are always screaming and laughing in the paddling"
        " pool",
        "my toddler screams with excitement every time she sees the dog",
        "the boys next door were shrieking and laughing on the trampoline all afternoon",
        "the crowd was shouting for the ref to stop the game",
    ],
)
def test_screaming_for_joy_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the kids next door are always screaming and their dad is shouting he'll kill them",
        "I hear the little girl next door screaming every night and a man shouting",
        "he was laughing while she was screaming for him to stop",
        "I heard the woman downstairs begging him to stop",
        "the baby screams whenever her stepdad picks her up",
    ],
)
def test_screaming_with_harm_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
