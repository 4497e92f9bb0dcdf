"""Round 44 (follow54, tryout45 #8, #9, #11): a busy practitioner's next line after a signpost
is answered, not met with "I couldn't find that in the published Q&A".

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

_MISS = "I couldn't find that in the published Q&A"
_CONFRONT = "don't speak to the person who may be causing harm"
_STILL = "keep them safe now"
_JOB = "Your worry about your job is real"
_CHILD_CONSENT = "you don't need the child's consent"
_BABY = "A baby that young"
_NO_LEAD = "If you don't know who your safeguarding lead is, or can't reach them"

_RUGBY = (
    "u14s rugby coach. one of my players is losing loads of weight, he said his dad makes him "
    "train till hes sick and hits him if he drops a catch"
)
_ORGANIST = (
    "church warden here. our organist gives the choir boys lifts home on his own and buys them "
    "presents, one of the lads (12) told his mum he doesnt want to go to choir anymore"
)
_CHILD = "a yr 3 boy told me his dad burns him with cigarettes"
_AE = (
    "a&e reception. woman came in with her husband, he answered all the questions for her, she "
    "had a black eye and she mouthed help me when he looked away"
)
_NANNY = (
    "im a nanny. the dad screams at the mum every night and this morning she had marks on her "
    "neck, the kids (4 and 6) saw it all"
)
_TEEN = (
    "locum gp. a 14 year old came in asking for the pill, says her boyfriend is 22 and she "
    "doesnt want her mum to know"
)
_WOMAN = "a client told me her husband hits her and she is scared to go home"
_SHAKE = (
    "mum at a home visit said when he wont stop crying she feels like shaking him and shes "
    "scared of what shell do"
)


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (_RUGBY, "should i have a word with the dad first"),
        (_ORGANIST, "should we speak to the organist first"),
        (_CHILD, "do i confront him"),
        (_CHILD, "should we speak to him first"),
    ],
)
def test_speaking_to_the_one_harming_first_is_no(chat: Chat, told: str, follow_up: str) -> None:
    said = _after(chat, told, follow_up)
    assert _CONFRONT in said and _MISS not in said, said


def test_the_lado_is_named_when_the_one_to_confront_works_with_children(chat: Chat) -> None:
    said = _after(chat, _ORGANIST, "should we speak to the organist first")
    assert "LADO" in said


@pytest.mark.parametrize(
    "follow_up", ["should i speak to my dsl first", "can i talk to my manager first"]
)
def test_speaking_to_ones_own_lead_first_is_no_confronting(chat: Chat, follow_up: str) -> None:
    assert _CONFRONT not in _after(chat, _CHILD, follow_up)


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (_AE, "theyre still in the waiting room"),
        (_WOMAN, "what do i do, shes still at the clinic"),
        (_WOMAN, "shes still with me"),
    ],
)
def test_still_here_is_danger_now(chat: Chat, told: str, follow_up: str) -> None:
    said = _after(chat, told, follow_up)
    assert _STILL in said and "person in charge" in said and "999" in said, said


def test_a_staff_member_still_there_is_kept_away_from_children_now(chat: Chat) -> None:
    said = _after(
        chat,
        "summer camp counsellor. one of the other counsellors has been sleeping in the kids "
        "cabin and told the kids its their little secret",
        "hes still here tonight",
    )
    assert "kept away from children until the LADO advises" in said


def test_afraid_for_ones_job_is_answered(chat: Chat) -> None:
    said = _after(chat, _NANNY, "ill lose my job if they find out")
    assert _JOB in said and _MISS not in said, said


@pytest.mark.parametrize("follow_up", ["do i need her consent to share", "do i need her consent"])
def test_a_childs_own_consent_after_a_childs_signpost_is_no(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _TEEN, follow_up)
    assert _CHILD_CONSENT in said, said


def test_an_adults_consent_keeps_its_own_reply(chat: Chat) -> None:
    said = _after(chat, _WOMAN, "do i need her consent")
    assert _CHILD_CONSENT not in said and "If an adult who has capacity" in said, said


def test_a_babys_age_in_weeks_is_a_childs_case(chat: Chat) -> None:
    said = _after(chat, _SHAKE, "baby is 7 weeks")
    assert _BABY in said and "children's social care" in said, said


def test_a_lead_not_in_till_tomorrow_is_no_reason_to_wait(chat: Chat) -> None:
    said = _after(chat, _SHAKE, "who should i tell, my hv isnt in till tomorrow")
    assert _NO_LEAD in said and "missing" not in said, said


def test_can_it_wait_till_tomorrow_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _CHILD, "can it wait till tomorrow")
    assert "Don't wait until Monday or the morning" in said


@pytest.mark.parametrize(
    "message",
    [
        "lady who is 30 weeks told me her partner kicked her in the stomach last week",
        "shes 28 wks and her boyfriend punched her",
    ],
)
def test_a_gestation_in_weeks_adds_the_unborn_baby(message: str) -> None:
    found = builtin_knowledge().risk_detector.detect(message)
    assert found is not None and "childrens-social-care" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "a client who is 6 weeks into rehab says her husband hits her",
        "woman told me her partner kicked her in the stomach last week",
    ],
)
def test_weeks_of_something_else_add_no_child(message: str) -> None:
    found = builtin_knowledge().risk_detector.detect(message)
    assert found is not None and "childrens-social-care" not in found.contacts


def test_sending_it_to_another_party_asks_whether_not_how(chat: Chat) -> None:
    chat.send(
        "climbing wall instructor, a kid fell off the bouldering wall today and broke his "
        "wrist, do i have to share the incident report with the parents"
    )
    said = texts(chat.send("can i send it to the school too"))
    assert "technical side of sending" not in said
    assert "technical side of sending" in texts(chat.send("can i send it on whatsapp"))


@pytest.mark.parametrize(
    ("typed", "next_question"),
    [("not sought: unsafe to ask", "You have not sought consent"), ("No: refused", "refused")],
)
def test_a_label_of_key_question_4_typed_after_not_asked_yet(
    chat: Chat, typed: str, next_question: str
) -> None:
    for line in ("start a consent check", "yes", "yes", "yes", "not asked yet"):
        chat.send(line)
    said = texts(chat.send(typed))
    assert "keeping your place" not in said and next_question in said, said
