"""Round 43 (lado47, tryout44 #2, #5; voice45): the signpost names the right contacts for a case
about someone who works with children, through the assistant.

1. The LADO in the first reply for an escort on children's transport, a TA named in the plural,
   a caretaker told of by a cleaner who gives her own role first, a coach "at training".
2. No LADO where it does not fit: an 18-year-old student's university tutor, a man who is not
   staff in a children's home case ("a missing episode" is no teacher), a writer who is an escort
   telling what a child said of her dad, a child who flinches near her dad.
3. Follow-ups: "the escort isnt our staff" and "the council transport office?" get the LADO
   whoever employs them; more told of the same staff case keeps the LADO, another case told by
   a relative does not; "is that a LADO thing" after an adult's case says it is not.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

LADO = "The LADO (local authority designated officer)"
WHOEVER_EMPLOYS = "That holds whoever employs them"
NOT_THE_LADO = "(not the LADO, who hears allegations about people who work with children)"


@pytest.mark.parametrize(
    "message",
    [
        "TA at a special school. one of my non verbal boys goes rigid and flinches when his bus "
        "escort comes near him, and twice now hes come in with finger marks on his upper arms",
        "council contract taxi driver, school runs. the escort on my route always sits in the "
        "back next to one girl (about 10) and whispers to her and she gets out crying most days",
        "our minibus escort grabs one of the autistic lads by the arms hard enough to leave marks",
        "one of our TAs grabbed a child by the arm",
        "i do the cleaning at a primary after 4. last night i saw the caretaker in the store "
        "cupboard with a yr 6 girl showing her stuff on his phone, she looked scared",
        "the football coach has been grabbing the boys by the neck at training",
    ],
)
def test_someone_who_works_with_children_gets_the_lado_first(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "uni welfare. a student says her personal tutor keeps messaging her at night asking for "
        "photos",
        "residential worker in a childrens home. one of our girls (15) came back from a missing "
        'episode last night and said she has to "pay back" a man who gave her weed and a place to '
        "stay",
        "i'm a bus escort and one of the kids told me her dad hits her",
        "the girl flinches when her dad comes near her",
    ],
)
def test_no_lado_where_no_one_at_work_harms_a_child(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert "LADO" not in first.text


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (
            "TA at a special school. one of my non verbal boys goes rigid and flinches when his "
            "bus escort comes near him, and twice now hes come in with finger marks on his arms",
            "do i tell the head or someone else? the escort isnt our staff",
        ),
        (
            "council contract taxi driver, school runs. the escort on my route always sits next "
            "to one girl (about 10) and whispers to her and she gets out crying most days",
            "who do i tell, the council transport office?",
        ),
    ],
)
def test_whoever_employs_the_one_accused_it_is_the_lados(
    chat: Chat, told: str, follow_up: str
) -> None:
    chat.send(told)
    said = texts(chat.send(follow_up))
    assert WHOEVER_EMPLOYS in said
    assert LADO in said
    assert "speak to your designated safeguarding lead first" not in said


@pytest.mark.parametrize(
    ("told", "more"),
    [
        ("our TA slapped a year 3 boy", "now another child says she hit him too"),
        ("one of our TAs grabbed a child by the arm", "now another child says she hit him too"),
    ],
)
def test_more_told_of_a_staff_case_keeps_its_lado(chat: Chat, told: str, more: str) -> None:
    assert LADO in chat.send(told)[0].text
    again = chat.send(more)[0]
    assert again.risk_of_harm
    assert LADO in again.text
    # and whom to ring next still gets the allegation steps
    assert WHOEVER_EMPLOYS in texts(chat.send("who do we ring"))


def test_another_case_told_by_a_relative_is_not_the_lados(chat: Chat) -> None:
    chat.send("our TA slapped a year 3 boy")
    again = chat.send("now her dad hit her as well")[0]
    assert again.risk_of_harm
    assert "LADO" not in again.text


def test_a_lado_asked_of_after_an_adults_case_is_the_adult_team(chat: Chat) -> None:
    chat.send(
        "home care coordinator here. one of our carers keeps logging full calls but the family "
        "say she's in and out in 5 mins and their mum has been left in wet pads all day"
    )
    said = texts(chat.send("is that a LADO thing"))
    assert NOT_THE_LADO in said
    assert LADO not in said
