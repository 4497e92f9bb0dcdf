"""Round 42 (disch42): rule one in the turns after a signpost, and on its own turn.

1. A discharge coordinator told of a patient going home to someone who hurts her; after the
   signpost, "do I need her consent to tell the community team?", "can we hold the discharge?",
   "who do I tell first?" got no plain answer, and "she has capacity and says don't tell anyone"
   got a child's secrecy reply. Now: consent sought where safe, an adult with capacity who
   refuses respected unless others are at risk, a serious crime or serious harm (key questions
   4 and 5); the lead and social care today; a hold is the team's decision with the lead.
2. Under a `lead-not-acting` signpost, the reply of the same turn named the lead ("…speak to
   your designated safeguarding lead", the seek-advice list).
3. "told our DSL last week, nothing happened, new marks today" got no signpost: it named no one."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

_WARD = (
    "discharge coordinator here - patient is going home tomorrow to her husband who she says hits"
    " her"
)
_WARD_SON = "im a ward nurse, a patient is going home tomorrow to her son who she says hits her"
_CHILD = "a pupil said her dad hits her"


@pytest.mark.parametrize("told", [_WARD, _WARD_SON])
@pytest.mark.parametrize(
    "follow_up",
    [
        "do I need her consent to tell the community team?",
        "do we need his consent to refer?",
        "can I tell the district nurses without her consent",
    ],
)
def test_consent_to_tell_a_service_is_key_questions_four_and_five(
    chat: Chat, told: str, follow_up: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert "If an adult who has capacity to decide says no, respect it, unless" in after, after
    assert "(key question 5)" in after


@pytest.mark.parametrize("told", [_WARD, _WARD_SON])
@pytest.mark.parametrize(
    "follow_up",
    [
        "can we hold the discharge?",
        "should we delay her discharge",
        "can we stop her going home?",
        "do we still discharge her",
        "can we hold the discharge till monday",
    ],
)
def test_holding_a_step_is_the_teams_decision_never_advised(
    chat: Chat, told: str, follow_up: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert "isn't yours alone to decide, and I can't advise on it" in after, after
    assert "(for a discharge, the clinical team) with your safeguarding lead" in after
    assert "- Adult social care at your local council" in after
    assert "Don't wait until Monday" not in after


@pytest.mark.parametrize(
    "follow_up", ["who do I tell first?", "who do i ring first", "lead or social care?"]
)
def test_who_first_is_the_lead_and_social_care_today(chat: Chat, follow_up: str) -> None:
    assert chat.send(_WARD)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert after.startswith("**Your safeguarding lead first, and social care today.**"), after
    assert "- Your designated safeguarding lead" in after
    assert "- Adult social care at your local council" in after


@pytest.mark.parametrize("told", [_WARD, _WARD_SON])
def test_an_adult_with_capacity_refusing_gets_the_adults_reply(chat: Chat, told: str) -> None:
    assert chat.send(told)[0].risk_of_harm
    after = texts(chat.send("she has capacity and says don't tell anyone"))
    assert "**When an adult at risk asks you not to tell**" in after, after
    assert "consent is not needed to share information about a child" not in after


def test_a_childs_secret_keeps_the_secrecy_reply(chat: Chat) -> None:
    chat.send(_CHILD)
    after = texts(chat.send("she says dont tell anyone"))
    assert "**When you've been asked to keep it secret**" in after
    assert "When an adult at risk" not in after


def test_who_first_after_a_lead_who_did_nothing_is_never_the_lead(chat: Chat) -> None:
    assert chat.send(_NOT_ACTED)[0].risk_of_harm
    after = texts(chat.send("who do I tell first?"))
    assert "you don't need your safeguarding lead to refer: anyone can" in after.lower()
    assert "Your designated safeguarding lead" not in after


@pytest.mark.parametrize(
    "message",
    [
        "can we hold the discharge?",
        "who do I tell first?",
        "do I need her consent to tell the community team?",
    ],
)
def test_the_same_words_with_no_signpost_keep_their_reply(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "isn't yours alone to decide" not in said
    assert "Your safeguarding lead first, and social care today" not in said
    assert "If an adult who has capacity to decide says no" not in said


_NOT_ACTED = (
    "i told our DSL last week a yr 8 boy had belt marks, she said leave it with me and nothing"
    " has happened, he has new marks today"
)
_NEVER_THE_LEAD = (
    "designated safeguarding lead",
    "lead refers it",
    "speak to your safeguarding lead",
)


@pytest.mark.parametrize(
    "question",
    [
        "",
        ". what do i do?",
        ". who do i ring?",
        ". how do i make a referral myself?",
        ". should i go above her?",
        ". can i share this with social care myself?",
    ],
)
def test_no_reply_on_the_turn_of_a_lead_who_did_nothing_sends_them_to_the_lead(
    chat: Chat, question: str
) -> None:
    said = chat.send(_NOT_ACTED + question)
    assert said[0].risk_of_harm
    beneath = texts(said[1:]).lower()
    assert not any(lead in beneath for lead in _NEVER_THE_LEAD), beneath


@pytest.mark.parametrize(
    "question",
    [". who do i ring?", ". how do i make a referral myself?", ". should i go above her?"],
)
def test_whom_asked_with_a_lead_who_did_nothing_is_anyone_can_refer(
    chat: Chat, question: str
) -> None:
    beneath = texts(chat.send(_NOT_ACTED + question)[1:]).lower()
    assert "you don't need your safeguarding lead to refer: anyone can" in beneath


def test_told_not_to_report_by_the_lead_never_sends_them_back_to_the_lead(chat: Chat) -> None:
    said = chat.send("our DSL said I shouldn't report it")
    assert said[0].risk_of_harm
    beneath = texts(said[1:])
    assert "**If you've been told not to report a concern**" in beneath
    assert "Take it to your designated safeguarding lead" not in beneath
    assert "- Your designated safeguarding lead" not in beneath


def test_told_not_to_report_by_a_manager_still_names_the_lead(chat: Chat) -> None:
    said = texts(chat.send("my manager told me not to report it"))
    assert "Take it to your designated safeguarding lead" in said


def test_a_lead_who_acts_is_still_named_beneath_the_signpost(chat: Chat) -> None:
    said = chat.send("a pupil told me her dad hits her, how do i make a referral?")
    assert said[0].risk_of_harm
    assert "designated safeguarding lead" in texts(said[1:]).lower()


@pytest.mark.parametrize(
    "message",
    [
        "told our DSL last week, nothing happened, new marks today",
        "told the dsl on monday, still nothing, fresh bruises this morning",
        "raised it with the DSL, heard nothing, new bruising today",
        "reported it to our dsl last week and nothing has been done, more marks today",
    ],
)
def test_a_lead_who_did_nothing_and_new_marks_is_signposted_past_the_lead(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    assert "- Your designated safeguarding lead" not in first.text
    assert "anyone can" in first.text


@pytest.mark.parametrize(
    "message",
    [
        "told our dsl last week, nothing happened",
        "new marks today",
        "he got new marks today in his maths test",
        "the teacher gave more marks today for the essays",
        "can i tell the dsl if nothing has happened yet",
    ],
)
def test_near_messages_tell_of_no_harm(message: str) -> None:
    assert builtin_knowledge().risk_detector.detect(message) is None
