"""Round 46 (ask108; issue 11, rule two; tryout100 #3, #6, #7): wishes, consent and whose
question it is.

1. After a child's signpost, whether the parents' consent is needed to pass the concern on is a
   clear no, never entry 4's "explicit consent is best practice" (which reads as "ask the
   parents first"); in an adult's case the same words keep the reply they had.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_CLUB = (
    "one of my black belts, hes 19 and helps teach, has been messaging a 13 yr old girl in the "
    "club on insta late at night"
)
_PUPIL = "one of the year 3 boys came in with a black eye again and says his dad did it"
_PARENTS_NOT_NEEDED = "you don't need the parents' consent"


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        (_CLUB, "do i need the girls parents consent before i tell anyone"),
        (_CLUB, "do i need her parents permission first"),
        (_PUPIL, "do i need his mums permission first"),
        (_PUPIL, "do we need parental consent before we tell anyone"),
    ],
)
def test_the_parents_consent_after_a_childs_signpost_is_a_no(
    chat: Chat, told: str, asked: str
) -> None:
    first = chat.send(told)
    assert first[0].risk_of_harm, texts(first)
    replies = chat.send(asked)
    assert _PARENTS_NOT_NEEDED in texts(replies)
    assert published_question(4) not in quoted(replies)


_SUMMARY = "In summary, from the 2008 guidance"
_WITHOUT_CONSENT = "(sharing without consent)"


@pytest.mark.parametrize(
    "asked",
    [
        "a young person we support doesnt want us to share",
        "the young person doesnt want us to tell her school",
        "a resident we support isnt happy for us to tell his daughter",
        "my client doesnt want me to share anything with her gp",
    ],
)
def test_a_persons_wish_not_to_share_is_a_refusal_not_what_people_think(
    chat: Chat, asked: str
) -> None:
    replies = chat.send(asked)
    said = texts(replies)
    assert published_question(5) not in quoted(replies)
    assert _SUMMARY in said and _WITHOUT_CONSENT in said


@pytest.mark.parametrize(
    "asked",
    [
        "do young people want to be kept informed",
        "what do young people want when we share",
        "what do families want",
        "do kids want a say in sharing",
    ],
)
def test_what_people_want_of_sharing_keeps_entry_5(chat: Chat, asked: str) -> None:
    assert published_question(5) in quoted(chat.send(asked))


@pytest.mark.parametrize(
    "asked",
    [
        "im 18 and just left care, my leaving care worker told my new landlord about my past "
        "without asking me, is that allowed",
        "my support worker told my mum about my appointments without telling me, can she do that",
    ],
)
def test_ones_own_information_shared_without_asking_is_about_sharing(
    chat: Chat, asked: str
) -> None:
    said = texts(chat.send(asked))
    assert "I can only help with sharing information" not in said
    assert "I couldn't find that" not in said
    assert _SUMMARY in said and _WITHOUT_CONSENT in said


@pytest.mark.parametrize(
    ("asked", "number"),
    [
        ("what do young ppl think about sharing info", 5),
        ("what do yp think about us sharing info", 5),
        ("how do i decide wether to share or not", 4),
    ],
)
def test_short_forms_and_slips_reach_their_entry(chat: Chat, asked: str, number: int) -> None:
    assert published_question(number) in quoted(chat.send(asked))


def test_another_groups_view_is_still_not_entry_5(chat: Chat) -> None:
    assert published_question(5) not in quoted(
        chat.send("what do practitioners think about sharing")
    )


@pytest.mark.parametrize(
    ("asked", "summary"),
    [
        (
            "a kid got a nosebleed sparring, do i need to tell his parents or is that private",
            "(key question 3: Is the information confidential?)",
        ),
        (
            "do i have to tell the head what students say in counselling sessions or is it "
            "confidential",
            "(key question 3: Is the information confidential?)",
        ),
        (
            "can i tell a students parents hes been skipping lessons, hes 17",
            "(key question 4: Do you have consent to share?)",
        ),
    ],
)
def test_a_case_question_gets_the_facts_the_guidance_holds(
    chat: Chat, asked: str, summary: str
) -> None:
    said = texts(chat.send(asked))
    assert _SUMMARY in said and summary in said
    assert "That's a decision for your professional judgement" not in said
