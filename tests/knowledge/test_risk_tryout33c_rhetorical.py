"""Round 34 (r1c34, from tryout33c): despair asked of no one.

"whats the point in anything anymore, i cant do this" and "whats the point anymore" got "Did you
mean one of these?": the sentence opens on a question word, so it asked, and it named no one. A
cue of a category that opens its sentence on a question word ("whats the point anymore", the
self-harm cues added this round) is the harm's own words: the sentence tells the writer's own
state (`knowledge.risk_subjects.rhetorical`). A question about the point of something else
("what's the point of the golden rules?") holds no cue.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

ASKED_OF_NO_ONE = [
    "whats the point in anything anymore, i cant do this",
    "whats the point anymore",
    # written here
    "what's the point in living",
    "honestly what is the point anymore",
    "whats the point anymore?",
]

QUIET = [
    "what's the point of the golden rules?",
    "whats the point of consent if the police can just ask?",
    "what's the point of a life story book for a looked after child?",
    "what is the point of keeping records anymore if nobody reads them?",
]


@pytest.mark.parametrize("message", ASKED_OF_NO_ONE)
def test_despair_asked_of_no_one_is_signposted(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "self-harm-suicide" in finding.categories, finding
    assert finding.concerns == "either"
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
