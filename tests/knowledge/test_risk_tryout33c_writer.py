"""Round 34 (r1c34, from tryout33c): a young person's own words of despair.

"nobody would even notice if i wasnt here" matched a self-harm cue, but the "I" inside the cue
named no one the check knew: the writer was found only a few words before a cue ("i want to
die"). "I" inside the cue's own words, with no one else there, is the writer too
(`knowledge.risk_subjects.writer_states`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

WRITERS_OWN = [
    "nobody would even notice if i wasnt here",
    "nobody would notice if i wasnt here",
    # written here
    "no one would care if i died",
    "nobody would notice if I was gone",
]

QUIET = [
    "nobody would notice if I left the meeting early",
    "no one would care if i left early",
    "would anyone notice if i wasnt here for the training?",
]


@pytest.mark.parametrize("message", WRITERS_OWN)
def test_the_writers_own_despair_inside_a_cue_is_signposted(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "self-harm-suicide" in finding.categories, finding
    assert finding.concerns == "either"  # a child's or an adult's: both contacts
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
