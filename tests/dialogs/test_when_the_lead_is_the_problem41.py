"""Round 41 (yp40, tryout40 #7): when the safeguarding lead is the problem (told and did
nothing, ignored a disclosure, or is the one the child told of) the signpost said "tell your
designated safeguarding lead"; "the DSL is the one the child told me about, who do i tell" got
no signpost at all. Now the risk pack's `lead-not-acting` reads it: the signpost leaves the lead
out of its contacts and says anyone can refer (the front door yourself today, the head or
governors, the LADO for the lead's own conduct, whistleblowing). A DSL named without a failure
keeps the lead; questions about DSLs tell of no harm."""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

_LEAD = "- Your designated safeguarding lead"
_ANYONE = "you don't need them to refer: anyone can"


def _signpost(chat: Chat, message: str) -> Reply:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first


@pytest.mark.parametrize(
    "message",
    [
        "the DSL is the one the child told me about, who do i tell",
        "PE teacher - i told our DSL last week a yr 8 boy had belt marks, she said leave it with"
        " me and nothing has happened, he has new marks today",
        "school governor, parents complained to me directly that the DSL ignored their disclosure"
        " that their child was being abused by a neighbour. what do i do as a governor",
        "i told the dsl about her bruises a week ago and nothing has been done",
        "a pupil told me her stepdad hits her, the dsl said its nothing and wont refer it",
        "care worker, a resident has bruises on her arms and my manager said its nothing, just"
        " log it",
    ],
)
def test_when_the_lead_has_not_acted_the_signpost_sends_past_them(chat: Chat, message: str) -> None:
    said = _signpost(chat, message).text
    assert _LEAD not in said and _ANYONE in said
    assert "social care" in said


@pytest.mark.parametrize(
    "message",
    [
        "a pupil told me her stepdad hits her, i have told the dsl",
        "i told the dsl about her bruises and she is ringing the mash now",
    ],
)
def test_a_lead_told_who_acts_is_still_a_contact(chat: Chat, message: str) -> None:
    said = _signpost(chat, message).text
    assert _LEAD in said and _ANYONE not in said


@pytest.mark.parametrize(
    "message",
    [
        "what should i do if the dsl doesnt act on my concern?",
        "who is our dsl",
        "we told the dsl and nothing has happened, is that normal for a referral?",
        "my manager said its just banter",
    ],
)
def test_questions_about_the_lead_tell_of_no_harm(message: str) -> None:
    assert builtin_knowledge().risk_detector.detect(message) is None
