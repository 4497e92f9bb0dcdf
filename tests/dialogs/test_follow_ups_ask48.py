"""Round 43 (ask48): follow-ups and answers left by ask45/ask47 (issue 11, rule two).

1. After a forced marriage told of, "is it too late if they fly next week" got "I couldn't find
   that": now act today, before they travel, with the case's contacts.
2. After a care-home allegation against a carer, "do i need his consent to tell the agency that
   supplied him" got the general consent reply: the one accused's consent is not asked.
3. "mum sort of nodded" at key question 4 kept the place without an answer: a nod is a yes to be
   confirmed, as "i think so" is; "ok carry on" after an outcome got "Did you mean": filler.
4. "she's 18" just after a student's signpost got a Q&A miss: the case re-read for an adult.
5. "does gillick apply" got the consent summary without saying the Q&A does not name Gillick.
"""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from tests.support.core import Chat, texts
from tests.support.reply_probe import go_to

_MARRIAGE = "a 17 year old I work with told me her family are taking her abroad to be married"
_CARER = "a care worker at our home was seen slapping a resident"
_STUDENT = "a student told me her stepdad hits her"
_MISS = "I couldn't find that"


def _lead(text: str) -> str:
    """The bold first sentence of a pack's text, as a reply shows it."""
    return text.split("**")[1]


def _after(chat: Chat, case: str, follow_up: str) -> str:
    first = chat.send(case)
    assert first[0].risk_of_harm, texts(first)
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    [
        "is it too late if they fly next week",
        "they fly out on friday, is there still time",
        "can anything be done before they leave the country",
    ],
)
def test_taken_abroad_soon_is_act_today(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _MARRIAGE, follow_up)
    about = chat.core.knowledge.about
    assert _lead(about.worry_replies.before_travel) in said
    assert _MISS not in said
    assert "social care" in said.split(_lead(about.worry_replies.before_travel))[1]


@pytest.mark.parametrize(
    "follow_up",
    [
        "do i need his consent to tell the agency that supplied him",
        "do we need the carers consent to tell his employer",
    ],
)
def test_the_accused_consent_is_not_asked(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CARER, follow_up)
    replies = chat.core.knowledge.about.worry_replies
    assert _lead(replies.accused_consent) in said
    assert "Adult social care" in said
    assert _lead(chat.core.knowledge.about.consent_to_tell) not in said


def test_the_resident_consent_keeps_the_consent_reply(chat: Chat) -> None:
    said = _after(chat, _CARER, "do i need her consent to tell her family")
    assert _lead(chat.core.knowledge.about.worry_replies.accused_consent) not in said


def test_consent_to_tell_an_agency_with_no_staff_case_is_the_general_reply(chat: Chat) -> None:
    said = _after(chat, _STUDENT, "do i need her consent to tell the agency")
    assert _lead(chat.core.knowledge.about.worry_replies.accused_consent) not in said


@pytest.mark.parametrize(
    "nod", ["mum sort of nodded", "mum nodded", "she kinda nodded", "yes she nodded"]
)
def test_a_nod_at_key_question_4_is_confirmed_like_i_think_so(chat: Chat, nod: str) -> None:
    go_to(chat, "consent")
    question = chat.core.knowledge.flow.question("consent")
    assert question is not None and question.clear_text
    said = texts(chat.send(nod))
    check = chat.state.check
    assert check is not None and check.step == "consent" and not check.finished
    assert question.clear_text.split("**")[0] in said
    assert said == texts(_fresh_think_so(chat))


def _fresh_think_so(chat: Chat) -> list[Reply]:
    other = Chat(chat.core)
    go_to(other, "consent")
    return other.send("i think so")


def test_a_nod_off_is_no_answer(chat: Chat) -> None:
    go_to(chat, "consent")
    question = chat.core.knowledge.flow.question("consent")
    assert question is not None and question.clear_text
    said = texts(chat.send("mum nodded off"))
    assert question.clear_text.split("**")[0] not in said


@pytest.mark.parametrize("filler", ["ok carry on", "carry on", "continue", "go on then"])
def test_carry_on_after_an_outcome_is_filler(chat: Chat, filler: str) -> None:
    chat.send("check")
    for _ in range(4):
        chat.send("yes")
    check = chat.state.check
    assert check is not None and check.finished
    said = chat.send(filler)
    assert "Did you mean" not in texts(said) and _MISS not in texts(said)
    assert not any(reply.choices and "?" in reply.choices[0].label for reply in said)


def test_an_adult_age_told_after_a_signpost_re_reads_the_case(chat: Chat) -> None:
    said = _after(chat, _STUDENT, "she's 18")
    assert _MISS not in said
    assert _lead(chat.core.knowledge.about.an_adult) in said
    assert "adult-social-care" in chat.state.contacts
    assert "childrens-social-care" not in chat.state.contacts


def test_a_child_age_told_after_a_signpost_is_still_a_child(chat: Chat) -> None:
    said = _after(chat, _STUDENT, "she is 15")
    assert _lead(chat.core.knowledge.about.still_a_child) in said
    assert "childrens-social-care" in chat.state.contacts


@pytest.mark.parametrize("asked", ["does gillick apply", "whats fraser competence"])
def test_gillick_says_the_qa_does_not_name_it_then_the_summary(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    named = said.index("doesn't name Gillick")
    assert named < said.index("In summary, from the 2008 guidance")
