"""An injury with an ordinary cause the writer gives is not what the signpost is for.

"My son has a bruise from football", "a pupil cut his hand in DT", "a 2 year old stabbed another
toddler with a fork": the cause is a mishap or a small child's play with a peer. But a cause
someone else gave ("he says it was football"), a doubted or repeated one ("again", "apparently"),
a story or an explanation, a baby's injury, where it was seen ("in PE"), an older child's blow and
every other sign in the message still count. Shown on a small pack, then in the words
practitioners type.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _small() -> RiskDetector:
    """A small pack: an injury or a blow is harm, in a message about a boy or a toddler."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "sets": {
            "kid": ("boy", "toddler", "child"),
            "family": ("dad",),
            "injury": ("bruise", "cut"),
            "hurt": ("bit", "kicked"),
            "mishap": ("football", "fell"),
            "doubt": ("again",),
            "noticed": ("saw",),
            "explain": ("story",),
            "baby": ("baby",),
            "small": ("toddler",),
            "result": ("left",),
            "fear": ("scared",),
        },
        "people": ("a|the|my|another boy|toddler|child|baby", "him|his|her"),
        "telling": ("says",),
        "categories": (
            {
                "id": "physical",
                "name": "Physical",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("<injury>", "<hurt>", "<fear>"),
            },
        ),
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_an_injury_given_an_ordinary_cause_is_not_a_sign_of_harm() -> None:
    detector = _small()
    assert detector.detect("My boy has a bruise from football.") is None
    assert detector.detect("The boy has a cut and a bruise from football.") is None


def test_a_small_childs_blow_to_another_child_is_not_a_sign_of_harm() -> None:
    detector = _small()
    assert detector.detect("A 2 year old bit another toddler and left a cut.") is None
    assert detector.detect("A toddler kicked another child.") is None


def test_a_cause_reported_doubted_seen_or_explained_still_counts() -> None:
    detector = _small()
    assert detector.detect("The boy says the bruise is from football.") is not None
    assert detector.detect("My boy has a bruise from football again.") is not None
    assert detector.detect("I saw a bruise on the boy at football.") is not None
    assert detector.detect("The boy has a bruise from football, a story he tells.") is not None
    assert detector.detect("My baby has a bruise from football.") is not None


def test_an_older_childs_blow_or_a_relatives_still_counts() -> None:
    detector = _small()
    assert detector.detect("A 12 year old bit another toddler.") is not None
    assert detector.detect("Her dad kicked another toddler.") is not None
    assert detector.detect("A 2 year old kicked the boy's dad.") is not None


def test_another_sign_in_the_message_still_counts() -> None:
    detector = _small()
    assert detector.detect("My boy has a bruise from football and is scared of him.") is not None


@pytest.mark.parametrize(
    "message",
    [
        "my son has a bruise from football, do I need to tell the school?",
        "a pupil cut his hand in DT and the cut needed stitches, do we tell parents?",
        "Nursery. A dad asked us to share photos of his daughter's bruise from falling off the"
        " slide with his solicitor. Can we?",
        "A 2 year old stabbed another toddler with a fork at lunch and left two cuts under her"
        " eye. Her parent wants to complain about the other child - how should the nursery"
        " handle it?",
        "a 3 year old bit another child at nursery and left a mark on his arm, what do we tell"
        " his parents?",
        "my 3 year old says a girl at nursery keeps pinching him, should I speak to the staff?",
        "a boy at soft play fractured his arm when another boy landed on him. do we report it?",
        "a 3 year old slipped off the climbing frame and her arm is broken, do we need to report"
        " it to anyone?",
    ],
)
def test_an_injury_with_an_ordinary_cause_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "saw red welts on her legs in PE today",
        "he has a bruise on his face and says it was from football",
        "he has another bruise from football, the third this month",
        "she has a bruise from football apparently but she flinches when her dad comes in",
        "his mum says the burns are from cooking but the story keeps changing",
        "my neighbour's baby has bruises from falling off the sofa",
        "A 15 year old stabbed another boy outside school.",
        "her dad kicked her and she has a bruise from falling down the stairs",
        "her stepdad shoved her, she fell and her arm is broken",
        "my 4 year old says the nursery worker keeps hitting him",
        "my 3 year old says her brother keeps hitting her",
        "a 2 year old at nursery has another bruise on her face",
        "she kept her scarf on in PE and when it slipped her neck was purple",
        "he has a bruise from football and is scared to go home",
        "my 3 year old was hit by the older kids next door",
        "my 4 year old said a big boy at school hit her",
        "he has a broken arm from falling down the stairs, his stepdad was there",
        "a 2 year old at nursery keeps biting other children and has bruises on his back",
    ],
)
def test_a_doubted_seen_or_violent_cause_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "we had a fire drill and a child hurt her knee",
        "toddler bumped her head on the table at snack time. do we tell mum at pick up?",
        "my daughter grazed her knee at forest school, the school didn't tell me",
        "a year 3 girl hurt her wrist on the climbing frame at lunch. what form do we fill in?",
        "one of our residents banged her elbow getting out of the bath, do we log it?",
        "I twisted my ankle on the stairs at work, do I tell my manager?",
    ],
)
def test_an_accident_to_ones_own_body_is_not_signposted(message: str) -> None:
    # Lines written before the rule (tests/data/risk-brainstorm-28.yaml), and one after.
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "a child in my class has a bruise on her knee and says her dad kicked her",
        "a boy hurt his arm and says his stepdad twisted it",
        "a girl keeps bumping her head and has bruises all over, mum says she's clumsy",
        "my client's son twisted her arm behind her back until she cried",
        "a child hurt her knee and is scared to go home because her mum will hit her",
        "resident has a bruised arm, carer says she bumped it but this is the third time this"
        " month",
        "he punched the wall and hurt his hand because his dad was screaming at his mum",
        "my neighbour's baby bumped his head and has a big lump, they didn't take him to the"
        " doctor",
        "she bumped her head and now has a black eye and won't say how",
        "a girl hurt her wrist and is frightened of going home",
        "she banged her head when he pushed her",
        "the boy hurt his hand and has bruises on his back too",
        "he hurt her arm when she wouldn't give him the money",
        "my son hurt his knee and his stepdad refused to take him to hospital",
        "she says she bumped her head on the cupboard but it's the third time",
        "my 13 year old hurt her wrist and keeps cutting herself",
        "she has cut her arms again, lots of little cuts",
    ],
)
def test_an_accident_with_a_doubt_a_blow_or_a_grown_up_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "unit",
    [
        "a bruise from football and ",
        "a 2 year old bit another toddler and ",
        "a cut a cut a cut from ",
        "a child hurt her knee and she bumped her head and ",
        "the accident form the accident ",
    ],
)
def test_reading_a_cause_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)


@pytest.mark.parametrize(
    "message",
    [
        "the resident fell in the lounge and has a bruise on her arm",
        "my mum fell down the stairs and broke her hip, can the hospital tell me about her care?",
    ],
)
def test_a_grown_ups_fall_is_an_ordinary_cause(message: str) -> None:
    """Round 14: a relative or a resident who fell (not only a child or "he") gives the cause."""
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "mum fell down the stairs when dad pushed her and has a broken arm",
        "the resident says she fell but she has bruises on both arms and is scared of the night"
        " carer",
        "my mum keeps falling and has bruises everywhere since her son moved in",
        "nan fell again and has another black eye, her carer says she tripped",
    ],
)
def test_a_grown_ups_fall_with_doubt_or_a_blow_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


# Round 15: a fall said with where from, after the injury, in a sentence with no blow
# ("dislocated his shoulder falling off an old wooden ladder": harm-dev13, after its untouched
# measurement).
@pytest.mark.parametrize(
    "message",
    [
        "father-in-law broke his arm in two places and dislocated his shoulder falling off an old"
        " wooden ladder.",
        "my son fractured his wrist falling off the climbing frame at school, can I tell his"
        " football coach?",
    ],
)
def test_a_fall_after_the_injury_is_its_cause(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he pushed her and she broke her wrist falling down the stairs",
        "she has a broken arm again, falling down the stairs she says",
        "mum says the baby bruised his face falling off the sofa",
        "a toddler with a fractured skull falling off a bed, dad's story keeps changing",
        "her husband kicked her and she has a bruised back from falling over the chair",
    ],
)
def test_a_fall_after_a_blow_doubted_or_to_a_baby_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


# Round 15 (a class of harm-dev12's leftovers, read after the design on group A): a fall told in
# the sentence before the injury, neither sentence with a blow or a doubt, the fall not inside
# someone's reported words.
@pytest.mark.parametrize(
    "message",
    [
        "mum fell reaching into the hall cupboard. broken hip, the operation went fine. what"
        " happens next?",
        "my grandad slipped in the bathroom last night. he has a bruise on his hip and the GP is"
        " coming",
    ],
)
def test_a_fall_in_the_sentence_before_is_the_cause(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "she fell down the stairs. he pushed her, she says, and she has bruises on her arms",
        "my nan fell again last week. she has bruises on both arms that the carers can't explain",
        "the toddler fell off the sofa. he has a bruise on his cheek and it's the third time this"
        " month",
        "she says she fell. she has fingermark bruises on her upper arms",
    ],
)
def test_a_fall_before_with_a_blow_a_doubt_or_told_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
