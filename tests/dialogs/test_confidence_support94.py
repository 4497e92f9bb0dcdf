"""Round 45 (ask94; tryout88 #1, #4, #6): a confidence kept, and the support the writer gives.

1. The people the writer supports ("someone I support", "the families we support") are no
   support of the writer by their organisation: entry 14 is not quoted for what they told in
   confidence, nor for what they ask; a question of how to support staff, or of the writer being
   supported, keeps entry 14.
2. What was told in confidence, a wish that no one is told, or a request not to tell reaches the
   summary of sharing without consent, which says a refusal is respected unless the public
   interest outweighs it.
3. A secret told by no one in particular ("someone told me a secret…") is a practice question,
   not the first line of a disclosure; a child's secret, and harm told with it, still ring.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_SUMMARY = "In summary, from the 2008 guidance"
_WITHOUT_CONSENT = "(sharing without consent)"
_RESPECTED = "respect their wishes"


@pytest.mark.parametrize(
    "asked",
    [
        "if someone i support tells me something in confidence can i ever break that",
        "a person i support told me something in confidence, can i share it",
        "the families we support tell us things in confidence, when can we share them",
        "the families we support often ask who we share their information with, what should we "
        "tell them",
        "im a support worker, when can i break confidentiality",
        "can i share information about the people i support with their gp",
    ],
)
def test_whom_the_writer_supports_is_not_entry_14(chat: Chat, asked: str) -> None:
    assert published_question(14) not in quoted(chat.send(asked))


@pytest.mark.parametrize(
    "asked",
    [
        "if someone i support tells me something in confidence can i ever break that",
        "the young people i support sometimes tell me things in confidence, when can i pass it on",
        "a client told me something in confidence, can i ever pass it on",
        "a man i support doesnt want his family told anything, can i tell them anyway",
        "discharge coordinator. patient has capacity and doesnt want his daughter told about his "
        "discharge plan but shes his main carer. can i tell her anyway",
        "someone i support asked me not to tell anyone, what should i do",
    ],
)
def test_a_confidence_or_a_refusal_gets_the_summary_without_consent(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert _SUMMARY in said
    assert _WITHOUT_CONSENT in said
    assert _RESPECTED in said


def test_they_dont_want_anyone_to_know_after_the_summary(chat: Chat) -> None:
    chat.send("when can i share information without consent")
    said = texts(chat.send("what if they dont want anyone to know"))
    assert _WITHOUT_CONSENT in said
    assert "Did you mean" not in said


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("how should my organisation support me to share information", 14),
        ("How should the charity support its volunteers to share information?", 14),
        ("As a volunteer, what support should I get when sharing information?", 14),
        ("how can i support my staff to share information confidently", 14),
        ("as a support worker what support should i get from my organisation when sharing", 14),
        ("can i share what someone i support tells me without their consent", 4),
    ],
)
def test_near_questions_keep_their_entry(chat: Chat, asked: str, entry: int) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]


@pytest.mark.parametrize(
    "message",
    [
        "someone told me a secret in confidence, am i allowed to tell anyone",
        "somebody has just told me a secret, can i tell my manager",
    ],
)
def test_a_secret_from_no_one_in_particular_is_no_alarm(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "a girl told me a secret, her uncle touches her, she begged me not to tell",
        "a child told me a secret and asked me not to tell",
        "a boy told me a secret, his dad hits him, am i allowed to tell anyone",
    ],
)
def test_a_childs_secret_still_rings(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
