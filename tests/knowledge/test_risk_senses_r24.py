"""A wish is no rejection, a death told is over, money taken over is abuse (round 24).

Readings of docs/risk-cues.md, "Round 24", tested on wordings no development set or probe file
holds: "wanted" keeps its own stem, so "does not want her parents told" (a wish) is no "not
wanted" (someone rejected); a suicide or overdose told as a death that already happened ("has
committed suicide", "had killed himself", "died of an overdose") is over, as "took his own
life" was, unless a word of intent follows it in its sentence; and a relative or carer who got
control of someone's finances is a sign of financial abuse (harm-dev21's 77-year-old, lost when
"deal with" stopped being read as drug dealing).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    # a wish that something not be done
    "the patient does not want her sister told which ward she is on, can reception keep it quiet?",
    "a year 12 does not want his results sent home this term, can the sixth form agree?",
    "my client did not want the letter copied to her landlord, should I have checked first?",
    # a death already told
    "one of our old boys has committed suicide, can we hold a memorial assembly for his year"
    " group?",
    "her grandfather had killed himself during the war, can the history project use the record?",
    "the dad of one of my pupils died of an overdose at Easter. Should his new school know?",
]

SIGNPOSTED = [
    # someone not wanted
    "a girl in year 4 says her step mum tells her she is not wanted and should live in the shed",
    "the 10 year old says his dad does not want him anymore and has changed the locks",
    # a death told, with a risk now
    "her cousin has committed suicide and she says she will do the same tonight",
    "since his dad had killed himself he wants to die too, he told me at lunch",
    "my friend's mum died of an overdose and now my friend is taking her mum's pills",
    "he keeps saying he will commit suicide if his girlfriend leaves",
    # money taken over
    "her nephew has taken control of her bank account and she has no money for the electric",
    "the old man at number 4 says his carer got control of his pension and he is always hungry",
]


@pytest.mark.parametrize("message", QUIET)
def test_the_look_alike_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_disclosure_is_still_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


def test_a_death_told_with_intent_after_it_keeps_its_category() -> None:
    finding = BUILT_IN.detect(
        "his best mate has committed suicide and now he is saying he would do it too"
    )
    assert finding is not None and "self-harm-suicide" in finding.categories, finding


def test_the_wish_keeps_other_signs() -> None:
    finding = BUILT_IN.detect(
        "she does not want her mum told because her mum's boyfriend hits her when he's drunk"
    )
    assert finding is not None, finding


@pytest.mark.parametrize(
    "unit",
    [
        "has committed suicide and he would ",
        "died of an overdose, ",
        "does not want him anymore ",
    ],
)
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)


def test_control_of_someone_s_money_taken_is_a_sign_by_itself(chat: Chat) -> None:
    message = "the old man next door says his son-in-law got control of his finances last year"
    finding = BUILT_IN.detect(message)
    assert finding is not None and "adult-abuse-neglect" in finding.categories, finding
    assert chat.send(message)[0].risk_of_harm
