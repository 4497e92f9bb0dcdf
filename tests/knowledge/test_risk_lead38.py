"""Round 38, the lead at the merge: an adult sending a child pictures of himself is a sign of
grooming. "a private tutor we use sent my 13 yr old daughter photos of himself" had rung only
because "private" was read as the body's "privates"; when fa38 gave "private" a stem of its own
the message went quiet, so the sending is read for what it is."""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a private tutor we use sent my 13 yr old daughter photos of himself",
        "the coach has been sending a 12 year old boy pictures of himself on snapchat",
        "her piano teacher texted my daughter selfies of himself late at night",
    ],
)
def test_an_adult_sending_a_child_pictures_of_himself_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "the teacher showed the class photos of himself as a baby for the history topic",
        "my son sent his grandad photos of himself at the match",
    ],
)
def test_pictures_shown_or_sent_by_a_child_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
