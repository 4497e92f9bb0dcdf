"""Round 38 (r1q38, from tryout37's leftovers): disclosures with no signpost.

Each family is read generally and tested with wordings written here, beside look-alikes that
stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

# Someone with no part with the children filming or photographing them (tryout37 #1). "filming"
# and "film" stem alike, so "filming … lessons" was a teaching frame ("a video for the lesson").
FILMING = [
    "a stranger was filming the girls during swimming lessons",
    "someone was recording children in the changing area",
    # written here
    "a woman was photographing the children in the playground over the fence",
    "a woman keeps photographing the boys at football training through the fence",
    "someone has been filming girls in the toilets",
    "a bloke was recording the kids during gymnastics lessons",
]
FILMING_QUIET = [
    "we did a session on filming consent",
    "we showed a video about grooming in lessons",
    "a short film for the lesson on consent",
    "someone was filming the children at the school play for the dvd, is that ok?",
    "we have a rule: no filming in the changing rooms",
    "can staff take photos of children getting changed for swimming?",
]


@pytest.mark.parametrize("message", FILMING)
def test_someone_filming_children_is_signposted(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "childrens-social-care" in finding.contacts
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", FILMING_QUIET)
def test_filming_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm
