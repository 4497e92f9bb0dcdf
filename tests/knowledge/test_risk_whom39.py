"""Round 39 (whom39): the right contacts (tryout38 #9, #10).

1. A word of the `staff` set that names something else ("round the head", "keeps going
   missing") is no one at work: no LADO (`knowledge.risk_staff_words`).
2. Anyone in a role with children accused of harming one is for the LADO: a school cleaner
   taking children out of sight, a personal trainer or gym instructor messaging a teenager, a
   tutor sending a child pictures of himself.
3. A woman harmed by her partner is an adult at risk beside a child named, even named only as a
   pet's owner (`knowledge.risk_partner_harmed`): the signpost names both.
4. An age after a condition the person has ("one of our tenants with autism (22)") is theirs
   (`knowledge.risk_stated_ages`).
5. A woman hurt with her children named as hers is a mother harmed, her children beside her:
   both (`knowledge.risk_partner_harmed`); children who saw or were there when a woman was hurt
   read as domestic abuse, the household's case (so a follow-up widens it; tests/dialogs/
   test_whom39.py).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import signposted_in_both

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _contacts(message: str) -> tuple[str, ...]:
    finding = BUILT_IN.detect(message)
    assert finding is not None, message
    return finding.contacts


@pytest.mark.parametrize(
    "message",
    [
        "the 15 yr old lad who trains with his dad on saturdays, the dad screams at him and "
        "yesterday he hit him round the head by the squat rack",
        "the dad screams at his son and hit him round the head",
        "her stepdad hit her on the head with a remote, she's 12",
        "mum slapped him across his head in the car park, he's about 8",
        "supported living worker - one of our tenants with autism (22) keeps going missing and "
        'comes back with new phones and money, says he has a "new mate" who gives him lifts',
        "a 14 year old keeps going missing and an older man gives her lifts",
        "she has been reported missing three times and a man in his 30s gives her lifts",
        "she misses her dad who used to hit her, she is 10",
    ],
)
def test_a_head_struck_or_going_missing_names_no_one_at_work(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
    assert "lado" not in _contacts(message)


@pytest.mark.parametrize(
    "message",
    [
        "the head hit a year 7 boy",
        "the head has been messaging a 15 year old pupil",
        "the head teacher grabbed a year 5 girl by the arm",
        "miss jones grabbed a year 2 girl by the arm and shouted at her",
    ],
)
def test_the_head_or_miss_at_school_is_still_staff(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, contacts={"lado"})


@pytest.mark.parametrize(
    "message",
    [
        "school business manager - one of our cleaners has been giving sweets to yr 3 kids and "
        "taking them behind the hall",
        "the janitor keeps taking one of the girls round the back of the gym",
        "gym manager - one of our personal trainers has been messaging a 15 yr old member late "
        "at night",
        "gym instructor - one of our members told me her personal trainer has been sending her "
        "messages and touched her in the changing room. she's 16",
        "our gym instructor has been texting a 14 year old member",
        "a private tutor we use sent my 13 yr old daughter photos of himself",
        "the coach sent my 12 year old son pictures of himself",
        "the school escort grabbed a 10 year old by the arm",
        "the school chef grabbed a 6 year old by the neck",
    ],
)
def test_anyone_in_a_role_with_children_accused_is_for_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", contacts={"lado"})


@pytest.mark.parametrize(
    "message",
    [
        "the caretaker took them round the back to show them the new bike shed",
        "the teacher took them behind the curtain for the nativity play rehearsal",
        "our cleaner takes the bins out the back every night",
        "the school chef made the kids a cake and gave a 6 year old a present for his birthday",
    ],
)
def test_taking_children_somewhere_in_plain_sight_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_a_personal_trainer_writing_is_not_the_one_accused() -> None:
    message = (
        "personal trainer: a regular client keeps giving me gifts and sending really personal "
        "messages late at night. it's making me uncomfortable. can I drop him as a client?"
    )
    finding = BUILT_IN.detect(message)
    assert finding is None or "lado" not in finding.contacts


@pytest.mark.parametrize(
    "message",
    [
        "vet - owner brought in a cat with burns, said her partner did it to punish her. she has "
        "a baby in the pram. she begged me not to say",
        "a client's partner kicked her dog to punish her, she has two kids at home",
        "her partner took her phone and hit her, they have a 2 year old",
    ],
)
def test_a_woman_harmed_by_her_partner_is_named_beside_the_child(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "either")
    reply = chat.send(message)[0]
    assert "Adult social care" in reply.text
    assert "children's social care" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "a 15 year old girl told me her ex hit her",
        "my 16 yr old daughter said her partner hit her and she's scared",
    ],
)
def test_a_teenagers_partner_harming_her_is_still_a_childs_case(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        (
            "supported living worker - one of our tenants with autism (22) keeps going missing "
            'and comes back with new phones and money, says he has a "new mate" who gives him '
            "lifts",
            "adult",
        ),
        ("a student with autism, 19, told me her boyfriend hits her", "adult"),
        ("a lad with adhd (15) keeps going missing and comes back with new phones", "child"),
        # a type or a grade, not an age
        ("a patient with type 2 diabetes says her son hits her", "either"),
    ],
)
def test_an_age_after_a_condition_is_the_persons(chat: Chat, message: str, concern: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)


@pytest.mark.parametrize(
    "message",
    [
        "her two kids were in the room when he hit her",
        "he slapped her in front of her kids",
        "and her 3 kids were there when he strangled her",
    ],
)
def test_a_mother_hurt_with_her_children_named_is_both(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "either")


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("she said her brother hit her", "child"),
        ("a 12 yr old girl said her brother hits her", "child"),
    ],
)
def test_a_sibling_is_no_child_of_hers(chat: Chat, message: str, concern: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)


@pytest.mark.parametrize(
    "message",
    [
        "the kids saw him hit her",
        "he hit her in front of the kids",
        "the kids heard him punch their mum",
        "her two kids were in the room when he hit her",
    ],
)
def test_children_who_saw_a_woman_hurt_tell_of_domestic_abuse(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "domestic-abuse" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "the kids watched the film where he hits her",
        "the children saw her fall over",
    ],
)
def test_children_who_saw_something_else_tell_of_no_domestic_abuse(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is None or "domestic-abuse" not in finding.categories
