"""A risk to health is no risk of harm; a bone broken by someone else is a blow (round 26).

Readings of docs/risk-cues.md, "Round 26", tested on wordings no development set or probe file
holds: "at risk of" an ailment (the pack's `ailment` set: infection, falls, diabetes…) names a
risk to health, and the term "at risk" inside it does not count; it does when its sentence gives
a cause after it with "because" ("…because her carer leaves her…"), and "at risk of harm",
"at risk from her stepdad" are untouched. A bone that a person (a pronoun, a relative, staff)
broke or fractured in someone else's body is a blow: "he broke her nose", "my boyfriend broke my
jaw" (quiet at the cue level before this round); one broken in their own body stays an accident
(round 25: "mum has broken her hip").
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    "my grandson is at risk of infection after his grommets, can the nursery be told?",
    "the ward says dad is at risk of falls, can they share that with his care agency?",
    "my wife is at risk of pneumonia after the flu, can her GP talk to me about it?",
    "a pupil with a new stoma is at risk of infection, can the school nurse tell his PE teacher?",
]

SIGNPOSTED = [
    "my nephew is at risk of infection because his mum leaves him in a soaking nappy for hours",
    "she is at risk of harm from her mum's new partner",
    "the girl is at risk from her stepdad, he's back in the house",
    "she's at risk of pressure from her family to marry her cousin",
    "his brother broke his nose and he's frightened to go home",
    "her husband broke her cheekbone, she says she walked into a door",
    "the boyfriend has broken her wrist, she told me at the clinic",
    "my dad fractured my arm when I was 12 and he still shouts at me",
]


@pytest.mark.parametrize("message", QUIET)
def test_the_look_alike_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_disclosure_is_still_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "he broke her nose",
        "my boyfriend broke my jaw",
        "the lodger has broken his arm",
        "her grandad fractured her arm",
    ],
)
def test_a_bone_broken_by_someone_else_is_a_blow(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "physical-abuse" in finding.categories, finding


@pytest.mark.parametrize(
    "message",
    [
        "my husband broke his leg skiing",
        "she has fractured her wrist",
        "he broke his glasses playing football",
        "my mum broke my favourite mug",
    ],
)
def test_a_bone_one_broke_oneself_or_a_thing_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_a_cause_given_keeps_the_risk() -> None:
    finding = BUILT_IN.detect("she is at risk of infection because her carer never changes her")
    assert finding is not None, finding
    assert BUILT_IN.detect("she is at risk of infection because the wound is deep") is not None


@pytest.mark.parametrize(
    "unit",
    [
        "he is at risk of infection because ",
        "at risk of falls, he broke her arm and ",
    ],
)
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)


def test_a_cause_at_the_end_of_a_long_sentence_is_read_once() -> None:
    def detect_with_cause(text: str) -> object:
        return BUILT_IN.detect(text + " because")

    linear, small, large = grows_in_step(detect_with_cause, "she is at risk of falls and ")
    assert linear, (small, large)
