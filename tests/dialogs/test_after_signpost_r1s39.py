"""Round 39 (r1s39): what follows a signpost reads the case it was given for.

tryout38 #6: after FGM told by a girl under 18, "do i have to report it" got "a decision for your
professional judgement" beneath the duty line. A harm whose duty to report is the writer's own
(the risk pack's `marks: [duty]`) answers whether the report is theirs with that duty; the same
words after any other harm, or after FGM told by a grown woman, keep the reply they had.
"""

from __future__ import annotations

import pytest

from dialogs.state import ConversationState
from tests.support.core import Chat, texts

DUTY = "The report to the police is yours"
FGM_GIRLS = [
    "sexual health nurse - a 16 yo girl told me she was cut (FGM) in Somalia last summer",
    "school nurse - a year 8 girl told me she had FGM done when she was a baby",
    "teacher here, one of my yr 10 girls said she has had fgm, it was done back home",
]
ASKS = [
    "do i have to report it",
    "is it mandatory",
    "who reports it, me or the DSL?",
    "am i legally required to tell the police",
    "does the dsl do it or me",
    "is it up to me or the lead",
    "should i ring the police",
    "is it my responsibility?",
]
OTHERS = [
    "a 40 year old woman told me she had FGM as a child",
    "a 6 year old boy comes to school hungry every day and his clothes are dirty",
    "my neighbour's boyfriend hits her and the kids see it",
]


@pytest.mark.parametrize("first", FGM_GIRLS)
@pytest.mark.parametrize("follow_up", ASKS)
def test_whether_the_report_is_mine_gets_the_duty(chat: Chat, first: str, follow_up: str) -> None:
    assert chat.send(first)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert DUTY in said
    assert "101" in said
    assert "professional judgement" not in said


@pytest.mark.parametrize("first", OTHERS)
@pytest.mark.parametrize(
    "follow_up", ["do i have to report it", "is it mandatory", "who reports it"]
)
def test_after_a_harm_with_no_duty_of_ones_own_the_words_keep_their_reply(
    chat: Chat, first: str, follow_up: str
) -> None:
    assert chat.send(first)[0].risk_of_harm
    assert DUTY not in texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up", ["what if im wrong", "i promised her i wouldnt tell", "the dsl is off sick"]
)
def test_other_worries_after_fgm_keep_their_reply(chat: Chat, follow_up: str) -> None:
    assert chat.send(FGM_GIRLS[0])[0].risk_of_harm
    assert DUTY not in texts(chat.send(follow_up))


def test_with_no_signpost_before_the_words_never_get_the_duty(chat: Chat) -> None:
    assert DUTY not in texts(chat.send("do i have to report it"))


def test_the_mark_is_kept_as_a_short_key_and_read_back(chat: Chat) -> None:
    chat.send(FGM_GIRLS[0])
    assert chat.state.marks == ("duty", "unsafe-to-ask")
    kept = chat.state.to_json()
    assert kept["marks"] == ["duty", "unsafe-to-ask"]
    assert ConversationState.from_json(kept).marks == chat.state.marks


# tryout38 #15: a child's sexual or physical abuse signposted, then the consent check: "not asked
# yet" at key question 4 never ends at "Ask for consent first" (asking may increase the risk).
ABUSED_CHILDREN = [
    "TA - a 7 year old girl in my class told me her 15 yr old brother touches her private parts "
    "at night. what do i do",
    "a boy of 6 said his dad punched him in the stomach last night and showed me the bruise",
    "one of my mindees (4) told me her uncle makes her touch him",
]
NOT_UNSAFE = [
    "a 6 year old boy comes to school hungry every day and his clothes are dirty",
    "my elderly client said her son hits her",
]
ASK_FIRST = "Ask for consent first"


def _to_consent(chat: Chat, first: str) -> None:
    assert chat.send(first)[0].risk_of_harm
    chat.send("start check")
    for _ in range(3):  # purpose, identifiable, confidential
        chat.press("Yes")
    assert "Do you have consent to share?" in texts(chat.history[-1:])


@pytest.mark.parametrize("first", ABUSED_CHILDREN)
@pytest.mark.parametrize("not_asked", ["press", "no i didnt ask her, shes 7", "not asked yet"])
def test_not_asked_after_a_childs_abuse_never_says_ask_first(
    chat: Chat, first: str, not_asked: str
) -> None:
    _to_consent(chat, first)
    said = texts(chat.press("Not asked yet") if not_asked == "press" else chat.send(not_asked))
    assert ASK_FIRST not in said
    assert "safeguarding lead before you ask anyone" in said
    again = texts(chat.press("Not asked yet"))  # still not asked: the same caution
    assert "ask first, if it is safe to" not in again
    assert "safeguarding lead before you ask anyone" in again


@pytest.mark.parametrize("first", NOT_UNSAFE)
def test_other_cases_keep_ask_first(chat: Chat, first: str) -> None:
    _to_consent(chat, first)
    assert ASK_FIRST in texts(chat.press("Not asked yet"))


def test_a_check_with_no_signpost_keeps_ask_first(chat: Chat) -> None:
    chat.send("start check")
    for _ in range(3):
        chat.press("Yes")
    assert ASK_FIRST in texts(chat.press("Not asked yet"))


# tryout38 #15: a promise of secrecy told in a check begun after a signpost gets the reply on
# secrecy, and the check's place is kept.
SECRET = "When you've been asked to keep it secret"


@pytest.mark.parametrize(
    "remark",
    [
        "wait does it matter that i promised her i wouldnt tell anyone?",
        "i said id keep it secret",
        "i swore i wouldnt tell",
        "is it bad that i promised?",
    ],
)
def test_a_promise_of_secrecy_in_the_check_gets_its_reply_and_the_place_is_kept(
    chat: Chat, remark: str
) -> None:
    _to_consent(chat, ABUSED_CHILDREN[0])
    step = chat.state.check.step if chat.state.check else None
    said = texts(chat.send(remark))
    assert SECRET in said
    assert "tell them kindly that you will have to tell someone" in said
    assert "We're still on this question" in said
    assert chat.state.check is not None and chat.state.check.step == step


def test_with_no_signpost_a_promise_in_the_check_is_no_secrecy_reply(chat: Chat) -> None:
    chat.send("start check")
    chat.press("Yes")
    assert SECRET not in texts(chat.send("i said id keep it secret"))


# r1q38 left "he's back again", "the police came again" quiet after a signpost: someone come back
# (the word straight before "again") and the police coming again are read by the model again;
# back somewhere ("back at school again") stays quiet.
HOME = "my neighbour's boyfriend hits her and the kids see it"
MINDEE = (
    "hi all childminder here, 1 of my mindees (4) has had 3 burns on her hand this month, mum "
    "says its the radiator. do i need mums consent to ring the MASH?"
)


@pytest.mark.parametrize("first", [HOME, MINDEE])
@pytest.mark.parametrize(
    "follow_up",
    ["he's back again", "her ex is back again", "dad's back again", "the police came again"],
)
def test_someone_back_again_after_a_signpost_is_signposted(
    chat: Chat, first: str, follow_up: str
) -> None:
    assert chat.send(first)[0].risk_of_harm
    assert chat.send(follow_up)[0].risk_of_harm


@pytest.mark.parametrize("first", [HOME, MINDEE])
@pytest.mark.parametrize(
    "follow_up",
    [
        "she's back at school again",
        "he's back at work again",
        "she's back in class again",
        "mum was back at work again",
        "the police came to school again for a talk",
        "shes crying again",
    ],
)
def test_back_somewhere_again_stays_quiet(chat: Chat, first: str, follow_up: str) -> None:
    assert chat.send(first)[0].risk_of_harm
    assert not chat.send(follow_up)[0].risk_of_harm


# tryout38 #6, told and asked in one message: the duty beneath the signpost, not "judgement".
@pytest.mark.parametrize(
    "message",
    [
        "sexual health nurse - a 16 yo girl told me she was cut (FGM) in Somalia last summer. do "
        "i have to report it",
        "TA - a yr 9 girl told me she was cut over the summer in Sudan, FGM. do i have to report "
        "it myself or does the DSL",
        "sexual health nurse - 17 yo told me she had FGM as a child, do i need to tell the police",
        "school nurse: a year 10 girl says she has had fgm. is it mandatory to report?",
    ],
)
def test_fgm_told_and_the_duty_asked_at_once_gets_the_duty(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    said = texts(replies)
    assert DUTY in said
    assert "professional judgement" not in said


@pytest.mark.parametrize(
    "message",
    [
        "a 16 yo girl told me she had fgm, can i share this with her GP",
        "a 40 year old woman told me she had FGM as a child, do i have to report it",
        "a 9 year old boy told me his dad hits him with a belt, do i have to report it",
    ],
)
def test_other_questions_or_cases_told_at_once_get_no_duty(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert DUTY not in texts(replies)
