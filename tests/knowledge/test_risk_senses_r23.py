"""A harm named only to say there is none is no sign of it; disclosures beside it kept (round 23).

One reading (docs/risk-cues.md, "Round 23"), tested on wordings no development set or probe file
holds: a term of harm right after "no" or "without", or after "any" just after a
negation, with at most two words that describe a finding between ("no bruising", "there is no
abuse", "weren't any injuries", "no signs of injury"), names what is not there. Any other word
between keeps the sign, and every other sign of the message still counts. Beside it, a sense
in the pack: "deal with" is coping and "a big deal" a matter, not drug dealing; and a miss found
on the way: a relative ("stepdad", "partner", "lodger") hurting "her" arm is no accident to their
own body, unless the word says she is a woman ("mummy bumped her head").
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    "my son caught his hand in the gate at breakfast club, they checked it and there was no"
    " bruising. do I need to sign anything?",
    "the GP saw my mum after she slipped in the kitchen and found no injuries."
    " the care agency wants the notes, can I send them?",
    "our foster son had his first medical with us and there weren't any injuries, the social"
    " worker is happy. can we go on holiday abroad?",
    "the parents are separating and the atmosphere at home is tense but there is no violence."
    " should the school be told?",
    # coping, or a matter
    "my nephew's dad left last year and he's struggling to deal with it, can I tell his school?",
    "a girl in my tutor group got a detention for her phone and it was a big deal to her mum,"
    " can I explain the rule to her?",
]

SIGNPOSTED = [
    "he hit her again last night, no bruises this time because he's careful",
    "no one at school has seen the bruises on her legs, she hides them under tights",
    "my mum can't get through a day without her boyfriend slapping her",
    "she says there's no abuse but she has burns on her arms she won't explain",
    "I've no doubt it's abuse, the toddler upstairs has a black eye again",
    "the 3 month old has a fracture and the parents have no explanation",
    # a lack named after "no" is itself the harm, not its absence
    "my 6 yr old pupil says there's no food at home and he comes in hungry every morning",
    "the toddler upstairs is left with no nappy on and no heating all day",
    "my 14 yr old has been dealing weed for older boys from the park",
    "a year 11 told me the men he owes money to said they'll deal with his little sister",
]


@pytest.mark.parametrize("message", QUIET)
def test_the_absent_harm_is_quiet(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_disclosure_is_still_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


def test_a_negation_reaches_only_its_own_clause() -> None:
    finding = BUILT_IN.detect("she said no, and the bruising on her arms came from her dad")
    assert finding is not None and "physical-abuse" in finding.categories, finding


@pytest.mark.parametrize("unit", ["no bruising and no injuries without any abuse, ", "no no no "])
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)


# Whose body: a relative the `male`/`female` sets did not name hurting "her" or "his" arm is no
# accident to their own body (main read "my friend's stepdad hurt her wrist" as one: quiet).
@pytest.mark.parametrize(
    "message",
    [
        "my friend's stepdad hurt her wrist",
        "a 6 yr old says her grampy twisted her arm at tea",
        # a relative whose sex the word does not say
        "my neighbour's lodger twisted her wrist on the landing",
        "her ex hurt her arm at the handover",
    ],
)
def test_a_relative_hurting_someone_else_is_no_accident(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "my stepdad sprained his ankle at football, can I tell the school why I'm late?",
        "mummy bumped her head on the cupboard door at the school fair",
        "the patient twisted her ankle getting out of the taxi, can I tell her son?",
    ],
)
def test_a_relatives_own_accident_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
