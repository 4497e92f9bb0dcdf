"""Round 37 (whom37): the right contacts, once (tryout37 findings 6 and 7).

Staff meeting a child at, to or round their house go to the LADO. (tryout37 #12, "her housing
application" read as a staff member's "her house", is left: the reading that quieted it, a
preposition before "house", lost a held-out disclosure of cuckooing.)
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "the coach invited a 13 year old girl from the team to his house on her own",
        "one of our teachers has been meeting a year 10 girl at his flat",
        "the tutor keeps asking a 12 year old boy round his house after lessons",
        "a volunteer took a 14 year old back to his home after the youth club",
    ],
)
def test_staff_with_a_child_at_their_house_still_go_to_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"lado"})


# #6: the LADO follows who is accused, never the witness's job.
WITNESSED = [
    "one of our lifeguards says a dad was rough with his 5 yo in the family changing room, "
    "grabbed him by the arm and slapped him",
    "one of our lifeguards saw a mum slap her toddler hard in the changing rooms",
    "our football coach noticed a dad shouting at his 8 year old and grabbing him by the neck "
    "after the match",
    "one of our lifeguards says he saw a man filming children in the changing rooms",
]
ACCUSED = [
    "one of the lifeguards has been grabbing the 10 year old girls in the pool",
    "the coach grabbed a 12 year old by the arm and shouted at him",
    "one of our coaches said a mum complained he grabbed her son",
]


@pytest.mark.parametrize("message", WITNESSED)
def test_staff_who_saw_a_parents_act_are_no_lado_case(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")
    finding = BUILT_IN.detect(message)
    assert finding is not None and "lado" not in finding.contacts, finding


@pytest.mark.parametrize("message", ACCUSED)
def test_staff_accused_still_go_to_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, contacts={"lado"})


# #7: a student at a university, with no age, is an adult.
CAMPUS = [
    "uni welfare - a student told me her boyfriend hits her",
    "university welfare - a 2nd year student told me she is being forced to marry over the summer",
    "student union adviser - a postgrad told me her supervisor keeps touching her and threatens "
    "her visa",
    "uni welfare - student told me her lecturer offered better marks for sex",
    'uni welfare - a student keeps saying "nobody would notice if i was gone" and gave away her '
    "laptop",
    "personal tutor at the university, a final year student told me her ex is stalking her",
    # Round 43 (now47, tryout44 #1): halls of residence named
    "a student told me her boyfriend hits her when he stays over in halls",
    "warden at student halls, a student says her boyfriend hit her",
]
STILL_A_CHILD = [
    "uni welfare - a student (17) told me her boyfriend hits her",
    "a student in halls, she's 17, told me her boyfriend hits her",
    "college welfare - a student told me her boyfriend hits her",
    "a year 10 student told me her boyfriend hits her",
]


# A sports "hall" names no halls of residence, no university: a student of no age and no school
# named there may be a child or grown, both doors (round 43, now48).
NO_CAMPUS = "a student told me her boyfriend hit her in the sports hall"


def test_a_student_in_a_sports_hall_is_either(chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, NO_CAMPUS, "either", {"childrens-social-care"})


@pytest.mark.parametrize("message", CAMPUS)
def test_a_university_student_is_an_adult(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "adult", {"adult-social-care"})


@pytest.mark.parametrize("message", STILL_A_CHILD)
def test_a_student_under_18_or_at_school_or_college_is_a_child(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"childrens-social-care"})
