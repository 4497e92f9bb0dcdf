"""Round 41 (whom41): missed and mis-aimed signposts (tryout40 #3, #8, #9).

1. An age guessed from a look ("a girl who looked about 14", "looks maybe 15") is a child's age
   (`knowledge.risk_stated_ages`): beside a money cue, an adult's kind of harm, the child's
   front door stays.
2. "adult" describing the one who harms ("one of the adult instructors", "an adult volunteer")
   names no adult at risk (`knowledge.risk_adult_doer`); cadets, Brownies and Cubs are children.
3. Anyone wanting or arranging to meet a child of 10 to 16 ("an adult from our forum wants to
   meet a 13 year old boy"), or to meet a child whose age is given in real life, is grooming.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector
DOOR = "childrens-social-care"


@pytest.mark.parametrize(
    "message",
    [
        "hotel receptionist - a man checked in with a girl who looked about 14, paid cash, no "
        "luggage, she looked scared",
        "a man checked in with a girl who looks about 15, paid cash, she seemed frightened",
        "a man booked a room with a girl who looked maybe 14, paid in cash, she seemed scared",
    ],
)
def test_an_age_guessed_from_a_look_keeps_the_childs_door(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns != "adult"
    assert DOOR in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "a man checked in with a woman who looked about 30, paid cash, she looked scared",
        "my neighbour looks about 80 and her son takes her pension, she looked scared",
    ],
)
def test_a_grown_age_guessed_from_a_look_stays_an_adults(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "adult"


@pytest.mark.parametrize(
    "message",
    [
        "army cadet instructor - one of the adult instructors has been adding cadets on snapchat "
        "and sending them vodka pics",
        "an adult leader at brownies has been giving the girls lifts home and buying them presents",
        "one of the adult volunteers keeps messaging a 14 year old on snapchat",
        "the cubs leader has been shouting at the cubs and grabbing their arms",
    ],
)
def test_an_adult_doer_leaves_the_child_at_risk(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns != "adult"
    assert DOOR in found.contacts
    assert "allegation-against-staff" not in found.categories or "lado" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "one of the adult residents has bruises on her arms and says a carer grabbed her",
        "a carer slapped a vulnerable adult at our day centre",
        "an adult with learning disabilities says her support worker takes her money",
    ],
)
def test_the_adult_harmed_stays_an_adults(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "adult"


@pytest.mark.parametrize(
    "message",
    [
        "one of our instructors has been adding cadets on snapchat and sending them vodka pics",
        "the cubs leader has been shouting at the cubs and grabbing their arms",
        "a brownies volunteer keeps messaging the brownies on whatsapp and asking for photos",
    ],
)
def test_cadets_brownies_and_cubs_are_children(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "child"
    assert DOOR in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "forum moderator - an adult from our forum wants to meet a 13 year old boy next week",
        "a user who says hes 13 is posting that an adult from the forum wants to meet him irl "
        "next week",
        "an adult on discord is trying to meet a 14 yo from our server",
        "someone in the game chat is arranging to meet a 12 year old at the shopping centre",
    ],
)
def test_anyone_arranging_to_meet_a_child_is_grooming(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert "grooming-online" in found.categories
    assert found.concerns == "child"


@pytest.mark.parametrize(
    "message",
    [
        "the head wants to meet the pupil's parents next week",
        "can we meet the family in person before sharing anything",
        "our team meets the young people face to face every week",
    ],
)
def test_an_ordinary_meeting_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "taxi licensing - complaints that one of our licensed drivers does the school run for SEN "
        "kids and has been taking a girl for drives after",
        "a driver who does the school run has been taking a girl for drives after",
        "the minibus driver on the school run keeps taking one of the boys for rides after drop "
        "off",
        "a taxi driver on the school contract took a 14 yr old for a drive after dropping the "
        "others",
    ],
)
def test_a_school_run_driver_taking_a_child_for_drives_is_for_the_lado(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert "lado" in found.contacts
    assert DOOR in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "my husband has been taking our daughter for drives to help her sleep",
        "the driver on the school run takes the kids for a day out at the end of term, can we "
        "share their allergy info",
    ],
)
def test_an_ordinary_drive_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "car wash - boys working there look about 15 and live in a caravan behind the site, boss "
        "shouts at them",
        "three men work at the takeaway and live in a container behind the premises",
        "the girls from the nail bar are sleeping in a portakabin behind the nail bar",
    ],
)
def test_living_in_a_caravan_behind_the_workplace_is_a_slavery_sign(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert "modern-slavery-trafficking" in found.categories


@pytest.mark.parametrize(
    "message",
    [
        "we run a caravan park and one family lives in a caravan behind the shop all year, can I "
        "give their address to the council",
        "my uncle lives in a caravan behind the garage he owns",
        "we work on a caravan site, can we share a guest's details with the police",
    ],
)
def test_a_home_in_a_caravan_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "nail bar - girl doing my nails had bruises and whispered help me when the boss went out",
        "the girl who does my nails had a black eye and said her boss hit her",
        "one of the lads on the night shift said his boss takes his wages and he sleeps at the "
        "site",
    ],
)
def test_a_girl_or_lad_at_work_with_no_age_may_be_grown(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "either"
    assert DOOR in found.contacts
    assert "adult-social-care" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "a 15 year old girl doing my nails had bruises and whispered help me when the boss went "
        "out",
        "a girl in year 10 with a saturday job at the salon has bruises on her arms",
        "the girl said her stepdad hits her when her mum is on a night shift",
    ],
)
def test_a_girl_with_a_childs_age_or_at_home_stays_a_childs(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "child"


@pytest.mark.parametrize(
    "message",
    [
        "SU welfare officer - a student told me her flatmate hasnt left her room in 2 weeks and "
        "posted goodbye on insta",
        "a student told me her housemate has been posting about wanting to die",
        "my flatmate told me her boyfriend hits her",
    ],
)
def test_a_students_flatmate_is_an_adult(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "adult"
    assert DOOR not in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "a sixth form student told me her flatmate is 17 and her boyfriend hits her",
        "a year 12 student told me her flatmate hits her",
    ],
)
def test_a_flatmate_with_a_childs_age_or_school_year_stays_a_childs(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "child"


@pytest.mark.parametrize(
    "message",
    [
        "im student union welfare. lad came in today (19) says his flatmates have been filming him "
        "when hes drunk, one vid hes being sexually assaulted while passed out",
        "a young man came in yesterday, 20, says his flatmates filmed him being sexually "
        "assaulted while he was passed out",
    ],
)
def test_an_adults_age_after_the_day_they_came_in_names_an_adult(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns != "child"
    assert "adult-social-care" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "a girl came in today (14) and said her stepdad hits her",
        "a lad came in yesterday, 15, says his dad hits him",
    ],
)
def test_a_childs_age_after_the_day_they_came_in_names_a_child(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert found.concerns == "child"
