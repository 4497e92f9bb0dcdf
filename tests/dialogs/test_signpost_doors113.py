"""Round 46 (doors113; issue 11, rule one): the signpost leads, and names the right doors.

1. One told as helping teach, run or coach the place in an aside on the one named ("hes 19 and
   helps teach") harming a child gets the LADO; a martial art's grade ("black belts") is no blow.
2. The writer's own label ("im a tutor at a college, …") is no one accused: a boyfriend's harm
   of a student gets no LADO; another staff member told of in the same message still does.
3. A child aged under 18 "from the care home" is in a children's home: the children's door, not
   adult social care; a resident of no age named beside keeps both.
4. A grandchild harmed and still minded as a child ("hes still babysitting them every weekend")
   is a child: the children's door alone; with no minding told, or grown, both doors stay.
5. A family member telling of a teacher, coach or carer who works with children is told, in
   the family's own paragraph, to tell the school or club (its head or safeguarding lead) or
   the LADO; a relative's harm at home gets no such line. A sport's "training on saturday" is
   a place, no general clause (the coach's slap was not found at all).
6. A plumber, a shop manager or a bus driver (no safeguarding lead of their own) asking "should
   i call the police or his school" gets the doors to ring (social care, the police on 101, 999
   in danger; the school or company too), never "your safeguarding contacts will decide".
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

LADO = "The LADO (local authority designated officer)"
MASH = "children's social care front door (MASH)"
ADULT_DOOR = "Adult social care at your local council"


@pytest.mark.parametrize(
    "message",
    [
        "one of my black belts, hes 19 and helps teach, has been messaging a 13 yr old girl in "
        "the club on insta late at night",
        "one of the dads, he helps run the club, has been messaging a 13 yr old girl on insta "
        "late at night",
        "one of my students, shes 18 and helps out with the juniors, has been sending a 12 year "
        "old boy messages at midnight",
        "one of our older swimmers, he helps coach the under 10s, keeps asking a 9 year old girl "
        "to keep their chats secret",
        "one of our brown belts, hes 20 and also helps teach the kids class, keeps messaging a 12 "
        "year old boy on snapchat asking for pics",
    ],
)
def test_a_helper_told_in_an_aside_gets_the_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text
    assert MASH in first.text


@pytest.mark.parametrize(
    "message",
    [
        "my daughter, shes 15 and helps out at the nursery, has been cutting herself",
        "a girl in my class, she helps out at brownies, said her dad hits her",
    ],
)
def test_a_child_who_helps_out_is_no_helper_accused(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "one of my black belts just passed his grading, how do i share his results with his school",
        "the kids didnt have their seat belts on in the minibus, can i tell their parents",
    ],
)
def test_a_belt_is_no_blow(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "im a tutor at a college, a 17 year old student has a 26 year old boyfriend who makes her "
        "sleep with his friends",
        "college tutor here, a 17 year old student has a 26 year old boyfriend who makes her sleep "
        "with his friends",
        "i work as a tutor, a 16 year old girl i teach is dating a 25 year old who gives her drugs",
        "im a youth worker, one of our 15 yr olds is in a relationship with a 22 year old",
        "as a lecturer i found out a 16 yr old student is sleeping with a 30 yo man",
    ],
)
def test_the_writers_own_label_is_no_one_accused(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO not in first.text
    assert MASH in first.text


@pytest.mark.parametrize(
    "message",
    [
        "im a tutor and another tutor has been sleeping with a 17 yr old student",
        "i think the tutor has been sleeping with a 17 year old student",
        "im a coach, the other coach has been dating a 15 year old swimmer",
        "im a teacher and i think the pe teacher is sleeping with a year 11 girl",
    ],
)
def test_staff_told_of_beside_the_writers_label_are_accused(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "a 14 year old from the care home keeps going missing and comes back with new phones",
        "the 13 year old from the care home down the road keeps turning up at our shop at "
        "midnight with men",
        "a 14 yr old in the care home i clean at has bruises on her arms",
        "a 15 yo girl living in a care home has an older boyfriend who picks her up at night",
        "one of the lads in the care home, hes 15, comes back with cash and new trainers",
    ],
)
def test_a_child_from_a_care_home_gets_the_childrens_door(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert MASH in first.text
    assert ADULT_DOOR not in first.text


def test_a_resident_beside_a_young_volunteer_keeps_the_adult_door(chat: Chat) -> None:
    first = chat.send("a 15 year old volunteer at our care home says a resident is being hit")[0]
    assert first.risk_of_harm
    assert ADULT_DOOR in first.text


@pytest.mark.parametrize(
    "message",
    [
        "a patient told me in confidence he abused his grandchildren years ago and hes still "
        "babysitting them every weekend",
        "a service user said he abused his grandchildren a long time ago and still babysits them "
        "on saturdays",
        "a resident on our ward said he hit his grandkids and they still have sleepovers at his "
        "flat",
        "a man i support told me he touched his granddaughter and he still babysits her on fridays",
        "my client admitted he beat his grandson, he still does the nursery pick up",
    ],
)
def test_a_grandchild_harmed_and_minded_is_a_child(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert MASH in first.text
    assert ADULT_DOOR not in first.text


def test_a_grandchild_harmed_with_no_minding_told_keeps_both(chat: Chat) -> None:
    first = chat.send("a patient told me he abused his grandchildren")[0]
    assert MASH in first.text
    assert ADULT_DOOR in first.text


FAMILY = "If you're worried about someone you know"
FAMILY_STAFF = "through its head or its designated safeguarding lead, or contact the LADO"


@pytest.mark.parametrize(
    "message",
    [
        "my sons teacher grabbed him by the arm and left bruises",
        "my daughters swimming coach keeps messaging her on snapchat late at night",
        "my grandsons football coach slapped him at training on saturday",
        "my sons football coach slapped him at training on saturday",
        "my daughters dance teacher hugs her and tells her its their secret",
    ],
)
def test_family_told_of_staff_get_the_school_or_the_lado(chat: Chat, message: str) -> None:
    text = chat.send(message)[0].text
    assert text.startswith(f"**{FAMILY}")
    family = text.split("*If you're asking as a practitioner")[0]
    assert FAMILY_STAFF in family


def test_family_told_of_a_relatives_harm_get_no_lado_line(chat: Chat) -> None:
    text = chat.send("my sisters boyfriend hits her kids, what do i do")[0].text
    assert FAMILY_STAFF not in text


ON_OWN = "If you have no safeguarding lead of your own"
POLICE_101 = "or the police on 101 (999 if someone is in danger now)"
THEY_DECIDE = "they will decide with you whether and when the police are told"
DSL = "Your designated safeguarding lead"


@pytest.mark.parametrize(
    "message",
    [
        "im a plumber, at a job today a little boy had bruises all over and his dad screamed at "
        "him, should i call the police or his school",
        "i manage a shop and a 13 year old girl keeps coming in with a man in his 40s who buys her "
        "vodka, do i report it to the police or her school",
        "im a bus driver, a 12 year old on my bus said her stepdad hits her with a belt, do i "
        "report it to the school or the bus company",
        "electrician here, fitting sockets at a house and the kids are filthy and theres no food "
        "at all, who do i even ring",
        "im a delivery driver and a toddler answered the door alone again, no adults in, should i "
        "call the police",
    ],
)
def test_one_with_no_lead_gets_the_doors_to_ring(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert ON_OWN in first.text
    assert POLICE_101 in first.text
    assert DSL not in first.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "should i call the police or his school",
        "should i ring the police",
        "do i report it to the school or the bus company",
    ],
)
def test_one_with_no_lead_asking_after_gets_the_doors(chat: Chat, follow_up: str) -> None:
    chat.send("im a bus driver, a 12 year old on my bus said her stepdad hits her with a belt")
    text = chat.send(follow_up)[0].text
    assert ON_OWN in text
    assert POLICE_101 in text
    assert THEY_DECIDE not in text


def test_a_practitioner_asking_of_the_police_keeps_their_contacts(chat: Chat) -> None:
    chat.send("im a teacher, a 12 year old in my class said her stepdad hits her with a belt")
    text = chat.send("should i ring the police")[0].text
    assert THEY_DECIDE in text
