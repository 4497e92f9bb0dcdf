"""An accident named by its ordinary kind no longer switches every cause rule off (round 22).

"accident" is an `explain` word: "he said it was an accident" is a classic sign, so any
explanation in a message keeps every injury word a sign. An accident of a named ordinary kind
("a car accident", "a cycling accident") told by the writer is no explanation: it is a cause of
the injuries in its sentence and the next, like a fall (docs/risk-cues.md, "Round 22: accidents
named"). It stays an explanation after someone's telling ("her dad says it was a bike
accident"), beside a doubt ("apparently", "but"), after "another", and every other `explain`
word ("the story keeps changing") still switches the rules off. Wordings here are in no
development set or probe file.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    "our caretaker was in a car accident on the bypass and has two broken ribs, who covers his"
    " shifts?",
    "a year 11 boy had a motorbike accident in the holidays and has a fractured ankle, can he sit"
    " his exams downstairs?",
    "my nephew was in a road accident last week. he has a broken collarbone and cuts to his"
    " hands. can his school send work home?",
    "one of our tenants had a cycling accident and has a swollen knee, can we tell the housing"
    " officer why the repairs visit is off?",
]

SIGNPOSTED = [
    # an accident explained by a carer or the child: someone's telling before it
    "a 5 yr old has bruises on his back and his mum's boyfriend told me it was a bike accident",
    "my granddaughter says she got the cuts on her arms in a car accident but she won't look at me",
    # doubted, repeated, or beside another explanation
    "year 4 girl has a broken wrist, supposedly from a bike accident, and she's frightened of"
    " her uncle",
    "the 3 yr old has had another bike accident, this time a burn on his leg",
    "a pupil has a broken finger from a sports accident and her story keeps changing",
    # a blow before the injury, a baby, an explanation with no kind named
    "dad hit him and then he said he had a bike accident, there are bruises on his arms",
    "a 7 month old came in with a broken leg, dad said it was a car accident",
    "resident has bruises on both wrists and her carer keeps saying it was an accident",
]


@pytest.mark.parametrize("message", QUIET)
def test_the_named_accident_is_a_cause(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_explained_accident_is_still_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


def test_other_signs_beside_a_named_accident_still_count() -> None:
    finding = BUILT_IN.detect(
        "my son was in a car accident and has a cut on his head, and his dad hits him when he cries"
    )
    assert finding is not None and "physical-abuse" in finding.categories, finding


@pytest.mark.parametrize(
    "unit",
    [
        "he was in a car accident and has a broken arm, ",
        "car accident car accident bruise ",
        "his knee his knee accident ",
    ],
)
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
