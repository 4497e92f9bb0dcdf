"""Round 33 (r1b33, from tryout33b): disclosures a second trial of the build found unsignposted.

A telling joined to a question by an aside with no mark before it ("what's the guidance on
sharing with the GP btw a pupil said her dad hits her", "… oh and…", "… and also…", "… since…",
"… because…") was inside the question's reach, so the topic question ("what's the guidance on…")
made it general. An aside (the pack's `asides` marker; "by the way" is read as "btw") now ends
the question where a clause that tells starts, as a comma already did
(`knowledge.risk_words.told_apart`): someone new ("a pupil", "my client", "the lad", a name),
or "he"/"she" when the question named no one it could stand for.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns)
JOINED_BY_AN_ASIDE = [
    ("what's the guidance on sharing with the GP oh and a pupil said her dad hits her", "child"),
    ("what's the guidance on sharing with the GP and also a pupil said her dad hits her", "child"),
    ("what's the guidance on sharing with the GP since a pupil said her dad hits her", "child"),
    ("what's the guidance on sharing with the GP btw a pupil said her dad hits her", "child"),
    ("what's the guidance on consent btw the lad said his dad burns him", "child"),
    (
        "what's the guidance on sharing with health visitors btw a mum at our group has bruises "
        "on her neck and said she fell",
        "either",
    ),
    # written here
    (
        "what's the guidance on sharing with the GP by the way a pupil said her dad hits her",
        "child",
    ),
    ("what is the policy on photos btw my client says her son takes her pension", "adult"),
    ("what's the guidance on sharing with the GP because a pupil said her dad hits her", "child"),
    ("whats the rule on sharing w the gp btw one of my year 9s said her stepdad touches her", None),
    (
        "what's the guidance on sharing with the GP cos my client says her son takes her pension",
        "adult",
    ),
    # "he" after an aside, when the question named no one it could stand for
    ("what's the guidance on sharing with the GP btw he said his dad hits him", None),
]

QUIET = [
    "what's the guidance on consent btw what counts as neglect?",
    "what's the guidance on consent since the GDPR came in?",
    "what's the guidance on sharing since a child's records moved to a new school?",
    "how long do we keep records since a pupil left the school?",
    "what's the guidance on sharing with the GP btw a parent asked if we can email reports",
    # "he" goes back to the one asked about: the reason for the enquiry, as before
    "police asked whether I have information about a patient since he has applied for a firearms "
    "licence",
]


@pytest.mark.parametrize(("message", "concerns"), JOINED_BY_AN_ASIDE)
def test_a_telling_joined_by_an_aside_is_signposted(
    chat: Chat, message: str, concerns: str | None
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    if concerns:
        assert finding.concerns == concerns, finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
