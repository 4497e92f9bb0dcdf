"""Who harmed whom: a blow to a member of staff, by an animal, or a child's scuffle with another
child is not what the signpost is for.

"A year 10 punched a teacher in the corridor" tells of harm done to staff by a pupil: a
question of behaviour, not of a child or adult at risk. But "the teacher hit a pupil", "her dad
punched a teacher" (a relative who may harm the child too) and any other sign in the message
still count. Nor is a blow an animal struck ("our dog bit my son", "'Thomas attacked me' … it
turns out Thomas is the family cat") harm done by someone. Shown on a small pack, then in the
words practitioners type.
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
    """A small pack: a blow is harm, in a message about a pupil, a teacher or a relative."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "sets": {
            "kid": ("pupil", "pupils"),
            "staff": ("teacher", "teachers", "staff", "head", "carer"),
            "family": ("dad", "carer"),
            "body": ("head",),
            "det": ("my", "our", "her", "his", "the"),
            "hurt": ("punched", "kicked", "attacked", "bit"),
            "animal": ("cat", "dog"),
        },
        "people": ("a|the|her|our pupil|teacher|dad", "me|him"),
        "categories": (
            {
                "id": "physical",
                "name": "Physical",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("<hurt>",),
            },
        ),
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_a_blow_to_a_member_of_staff_is_not_a_sign_of_harm() -> None:
    detector = _small()
    assert detector.detect("A pupil punched a teacher at lunch.") is None
    assert detector.detect("A pupil kicked one of our teachers.") is None
    assert detector.detect("A pupil kicked a member of staff.") is None


def test_a_blow_by_staff_by_a_relative_or_to_a_body_still_counts() -> None:
    detector = _small()
    assert detector.detect("The teacher punched a pupil.") is not None
    assert detector.detect("Her dad punched a teacher in the playground.") is not None
    assert detector.detect("A pupil said the teacher punched her head.") is not None
    assert detector.detect("A pupil said her dad punched her carer.") is not None


def test_another_blow_in_the_message_still_counts() -> None:
    detector = _small()
    assert detector.detect("A pupil punched a teacher. Our pupil kicked the pupil.") is not None


def test_a_blow_an_animal_struck_is_not_a_sign_of_harm() -> None:
    detector = _small()
    assert detector.detect("Our dog bit him.") is None
    assert detector.detect("A pupil said 'Thomas attacked me'. Thomas is the family cat.") is None


def test_a_blow_by_someone_the_message_does_not_call_an_animal_still_counts() -> None:
    detector = _small()
    assert detector.detect("A pupil said 'Thomas attacked me'. Thomas is her dad.") is not None
    assert detector.detect("A pupil said 'Thomas attacked me'. He is a dog lover.") is not None
    assert detector.detect("Her dad kicked the dog and punched him.") is not None


@pytest.mark.parametrize(
    "message",
    [
        "A year 10 punched a teacher in the corridor. Is a managed move better than exclusion?",
        "A year 9 kicked a member of staff when he was told to leave the room. Can we exclude him?",
        "One of our pupils hit a TA today. What sanctions can we use?",
        "a lad in year 8 punched one of our teachers, do we have to tell the police?",
    ],
)
def test_a_pupil_who_struck_staff_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "a 4yo told me 'Thomas attacked me when I woke up' and it turns out Thomas is the family"
        " cat. do I still need to write it down?",
        "our dog bit my son on the hand, do I need to tell nursery?",
        "a child said Max attacked her. Max is their dog.",
        "vet here. we think a dog's fractures weren't accidental. can I break client"
        " confidentiality to report the owner?",
        "my daughter has kitten scratches all over her hands, the school asked about them",
    ],
)
def test_a_child_hurt_by_a_pet_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "Her dad punched a teacher in the playground this morning.",
        "My son's teacher punched him.",
        "the teacher hit a pupil in my class",
        "he hit her head against the wall",
        "A pupil punched a teacher and told me his stepdad kicks him.",
        "a child said Max attacked her. Max is her mum's boyfriend.",
        "a pupil said her dad hit the dog and then hit her",
        "her dad set the dog on her and she has bites on her legs",
        "she has cat scratches and bruises on her neck shaped like fingers",
    ],
)
def test_harm_by_staff_or_a_relative_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "a parent complained that another child pushed her son",
        "a mum rang to say another boy kicked her daughter at football practice. how do I handle"
        " the complaint?",
        "another child bit my son at after school club and they won't tell me who",
        "a dad complained that a boy in his son's class punched him at break. can we tell him the"
        " boy's name?",
    ],
)
def test_a_childs_blow_to_another_child_is_not_signposted(message: str) -> None:
    # Lines written before the rule (tests/data/risk-brainstorm-28.yaml).
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "a parent complained that a teacher pushed her son against the wall",
        "a parent says her son's stepdad pushed him down the stairs",
        "another boy keeps punching my son every day on the bus and he's scared to go to school",
        "my son says a boy at school hits him every day and takes his dinner money",
        "a group of older boys beat up a year 7 and filmed it, it's on snapchat",
        "older boys pushed her into the car and drove off",
        "a 16 year old punched my son and broke his nose, he's now frightened to leave the house",
        "a parent complained that another child pushed her son and her son's dad then hit him for"
        " crying",
        "a classmate has been kicking her under the table every lesson and she's terrified",
        "her brother kicked her in the stomach",
        "my son was kicked by a boy and his dad at the park",
        "another child pushed her mum over in the car park",
    ],
)
def test_a_blow_by_a_relative_staff_an_older_child_or_again_is_still_signposted(
    message: str,
) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "TA: a year 6 boy swore at me when I challenged him and the class teacher says I can't"
        " report it. is that right?",
        "my son's teacher rang to say another boy hit him at lunch",
    ],
)
def test_an_act_a_child_did_does_not_pair_with_staff_in_the_sentence(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son's teacher hit him with a ruler",
        "the teacher shouted at my son and pushed him against the wall",
        "a resident was slapped by a carer",
        "a carer at the home slapped my mum and the manager says it's sorted",
        "a teacher who hit my son is still teaching",
    ],
)
def test_an_act_staff_did_is_still_an_allegation(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "allegation-against-staff" in finding.categories


def test_a_parents_blow_in_a_sentence_naming_staff_is_not_an_allegation_against_staff() -> None:
    finding = BUILT_IN.detect(
        "A&E nurse, just stitched a 7 yr old's head - 40 stitches - mum hit him with a metal"
        " ladle. police are here."
    )
    assert finding is not None
    assert "physical-abuse" in finding.categories
    assert "allegation-against-staff" not in finding.categories


@pytest.mark.parametrize(
    "unit",
    [
        "a pupil punched one of our teachers and ",
        "Thomas is the family cat and Thomas attacked ",
        "the dog bit the dog is a dog ",
        "a parent complained that another child in his son's class pushed her son and ",
        "the teacher said a boy shouted at her and the teacher ",
    ],
)
def test_reading_who_was_struck_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)


@pytest.mark.parametrize(
    "message",
    [
        "Parent told me at pick up that a boy in year 5 smashed her son's head against the fence,"
        " then went looking for him after school with a knife and had told other kids he was going"
        " to 'hurt' someone. Apparently he brought it in on purpose. He's 10.",
        "man in his 50s on our ward with a stab wound near his armpit, says his girlfriend did it"
        " in her flat and she's done it before - cuts to his head and a black eye a few years"
        " back. says she's obsessed with murder programmes. he wants to go back to her.",
    ],
)
def test_someones_head_is_not_the_head_teacher(message: str) -> None:
    """Round 14: "head" after a possessive or a person is a part of the body, so it pairs no
    act with staff and names no allegation against staff (both gave the LADO before)."""
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "allegation-against-staff" not in finding.categories


def test_the_head_teacher_still_pairs_with_an_act() -> None:
    finding = BUILT_IN.detect("the head slapped a year 3 boy in the corridor")
    assert finding is not None
    assert "allegation-against-staff" in finding.categories
