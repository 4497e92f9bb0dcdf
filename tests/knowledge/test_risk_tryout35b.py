"""Round 35 (r1i35, from tryout35b): wrong signposts the second trial of int35 found.

An old person's grown relative is no child ("an elderly man, his nephew takes his bank card"
was signposted to children's social care as well as adult social care); nor is a man or a woman
who tells of a harm in a message naming no child ("a man told me he'd rather be dead, he has a
plan"). A child named inside the cue of an adult's kind of harm ("mum says she leaves the 3yo
alone at night") is the one at risk: child procedures only.

A relative's act is no allegation about staff: "his mum turned up at the school gates drunk …,
the teacher stopped her" named the LADO. "FC", as social care notes write a foster carer, is
one: "FC has been smacking a 13yo CLA" named no LADO; so is a setting's cleaner or cook ("our
cleaner at the nursery was seen slapping a toddler"). A carer accused of an adult's harm who
"also works at a nursery" names the LADO too. A woman's address passed from a record to her
partner's ex ("a receptionist looked up her ex's new girlfriend's record and told him her
address") may put her at risk: a signpost (the breach line is the not-covered pack's).
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "an elderly man, his nephew takes his bank card",
        "an elderly man, his son takes his bank card",
        "the pensioner i visit says her grandson takes her pension",
    ],
)
def test_an_old_persons_relative_is_grown(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and found.concerns == "adult"
    assert "childrens-social-care" not in found.contacts


def test_a_son_with_no_old_person_named_may_still_be_a_child() -> None:
    found = DETECTOR.detect("a man, his son takes his bank card and hits him")
    assert found is not None and found.concerns != "adult"


@pytest.mark.parametrize(
    "message",
    [
        "a man told me he'd rather be dead, he has a plan",
        "a woman at the food bank said she'd rather be dead, she has a plan",
        "food bank - a man told me he'd rather be dead than keep going like this, he has a plan",
    ],
)
def test_a_man_or_a_woman_telling_of_a_harm_is_an_adult(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and found.concerns == "adult"


@pytest.mark.parametrize(
    "message",
    [
        "a young man told me he'd rather be dead, he has a plan",
        "a woman pregnant with her second told me her partner tried to strangle her",
        "a woman told me her partner hits her, the kids are 3 and 5",
    ],
)
def test_a_young_man_an_unborn_child_or_children_named_keep_children_in(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and found.concerns != "adult"


@pytest.mark.parametrize(
    "message",
    [
        "mum says she leaves the 3yo alone at night to do shifts",
        "early help - mum says she sometimes leaves the 3yo and 5yo alone at night",
    ],
)
def test_a_child_left_alone_is_the_childs_harm(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and found.concerns == "child"
    assert "adult-social-care" not in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "mum leaves the 3yo alone and her partner hits her",
        "the carer leaves the elderly man alone all day without food",
    ],
)
def test_a_harm_to_a_grown_up_beside_it_keeps_the_adult(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and found.concerns != "child"


def test_a_relatives_act_beside_a_teacher_who_stepped_in_names_no_lado() -> None:
    found = DETECTOR.detect(
        "his mum turned up at the school gates drunk yday and tried to take him, the teacher"
        " stopped her. can school tell me what happend?"
    )
    assert found is not None and "lado" not in found.contacts
    assert "allegation-against-staff" not in found.categories


@pytest.mark.parametrize(
    "message",
    ["my son came home upset, the coach slapped him", "her mum said the teacher grabbed her"],
)
def test_an_act_of_staff_in_their_own_clause_still_names_the_lado(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and "lado" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "FC has been smacking a 13yo CLA when he swears, can i share with the LADO without"
        " telling the FC first",
        "CLA 13yo boy placed with foster carers 8 months. FC has also been smacking him when he"
        " swears per school",
    ],
)
def test_fc_is_a_foster_carer(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and "lado" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "our cleaner at the nursery was seen slapping a toddler, who do i tell",
        "the cook at school grabbed a year 3 boy by the arm",
    ],
)
def test_a_settings_cleaner_or_cook_is_staff(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and "lado" in found.contacts


def test_a_vacuum_cleaner_is_no_one() -> None:
    found = DETECTOR.detect("dad threw the vacuum cleaner at mum and hit her, the kids saw it")
    assert found is not None and "lado" not in found.contacts


def test_a_carer_accused_who_also_works_at_a_nursery_names_the_lado() -> None:
    found = DETECTOR.detect(
        "one of my carers has been reported by a client's daughter for taking money from her mums"
        " purse over several weeks. the carer also works at a nursery on weekdays. what can i"
        " share and with who?"
    )
    assert found is not None and found.concerns == "adult"
    assert found.contacts == ("safeguarding-lead", "adult-social-care", "lado")


@pytest.mark.parametrize(
    "message",
    [
        "Neighbour here, I volunteer at the school. The 7 year old next door was hiding behind a"
        " car on his own at 10pm",
        "a guitar teacher working in a secondary school noticed a year 11 pupil has cuts on his"
        " arms",
    ],
)
def test_the_writers_own_work_with_children_names_no_lado(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and "lado" not in found.contacts


def test_an_address_passed_from_a_record_to_an_ex_is_signposted() -> None:
    found = DETECTOR.detect(
        "practice manager - a receptionist looked up her ex's new girlfriend's record and told"
        " him her address"
    )
    assert found is not None and "domestic-abuse" in found.categories


@pytest.mark.parametrize(
    "message",
    [
        "the postman asked and i told him her address",
        "a receptionist looked up a patient's record without a reason, what do i do",
    ],
)
def test_an_address_told_with_no_ex_or_record_is_not(message: str) -> None:
    assert DETECTOR.detect(message) is None
