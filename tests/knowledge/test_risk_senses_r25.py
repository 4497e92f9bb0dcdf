"""A bone someone broke themselves is an accident to their own body (round 25).

Readings of docs/risk-cues.md, "Round 25", tested on wordings no development set or probe file
holds: "broke", "broken" and "fractured" are `accident` words, read as round 11 reads "hurt"
(the one just before owns the part of the body after: "mum's broken her hip"), with "has",
"have", "had" or "would" allowed between ("dad has fractured his hip", "he'd broken his arm");
a grown-up named in a later clause that asks ("…, can the ward tell me…?") is asked about, not
the one who did it; and "they" own only "their" body ("they twisted her arm" is a blow, quiet
at the cue level before this round). "he broke her arm" stays a blow, and a break told with
a doubt, a repeat, a baby or a relative after it keeps its signs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    "grandma has broken her wrist, can the home help tell me how she is managing?",
    "my husband's broken his ankle, can the physio send me his exercise sheet?",
    "dad has fractured his hip, is he better off in a care home for a few weeks?",
    "she's broken her arm so can't write, can her exam board allow a scribe?",
    "my nan has fractured her hip, can the ward tell me when she'll be discharged?",
]

SIGNPOSTED = [
    "they twisted her arm until she cried",
    "they broke his arm and took his phone",
    "he has broken her wrist before and now he is back living with them",
    "the boy has broken his arm and his dad won't take him to hospital",
    "her uncle has broken her ribs, she showed me the bruises",
    "the baby has broken his arm, mum says he fell off the bed",
    "she's fractured her wrist again, the third time since her dad moved back in",
]


@pytest.mark.parametrize("message", QUIET)
def test_the_look_alike_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_disclosure_is_still_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


def test_they_own_only_their_body() -> None:
    finding = BUILT_IN.detect("they twisted her arm until she cried")
    assert finding is not None and "physical-abuse" in finding.categories, finding
    assert BUILT_IN.detect("they twisted their ankles on the hike, can the school tell me?") is None


def test_a_grown_up_in_the_same_clause_still_keeps_the_break() -> None:
    finding = BUILT_IN.detect(
        "is it normal that she hurt her arm and her stepdad was the only one home?"
    )
    assert finding is not None and "physical-abuse" in finding.categories, finding


@pytest.mark.parametrize(
    "unit",
    [
        "she has broken her arm, can the nurse ",
        "he'd fractured his wrist and ",
    ],
)
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
