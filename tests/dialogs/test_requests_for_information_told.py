"""A message telling of someone asking for what we hold about a person ("the GP surgery wants our
notes on a family") is a decision to make: the reply offers the consent check, never "I couldn't
find that" or a referral reply the message never asked for. A topic whose reply says what to do
with such a request (formal requests, media, records transfer) keeps its reply (issue 11)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, quoted

CHECK_BUTTON = "Start a consent check"
JUDGEMENT = "That's a decision for your professional judgement"


@pytest.mark.parametrize(
    "message",
    [
        "the GP surgery wants our notes on a family, do we have to hand them over",
        "social services have asked for our records on a pupil",
        "housing have asked us whether a tenant is known to us",
        "probation asked if their client attends our group",
        "the health visitor wants to know if the family are known to us",
        "dad has asked to see his son's school records but mum says he has no contact",
        "a boy broke his arm playing rugby at school, do we have to tell anyone",
    ],
)
def test_a_request_told_offers_the_check(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not quoted(replies)
    assert any(JUDGEMENT in r.text for r in replies), [r.text for r in replies]
    assert any(CHECK_BUTTON in labels(reply) for reply in replies)


@pytest.mark.parametrize(
    ("message", "reply_names"),
    [
        ("a solicitor has asked for a copy of a client's file", "formal requests"),
        ("the new school has asked for the child's safeguarding file", "records-transfer"),
    ],
)
def test_a_topic_with_its_own_reply_keeps_it(chat: Chat, message: str, reply_names: str) -> None:
    replies = chat.send(message)
    assert any(reply_names in r.text for r in replies), [r.text for r in replies]
    assert not any(JUDGEMENT in r.text for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "my client wants her file closed, can I delete it?",
        "why does the MASH referral form want the parents' details?",
        "the family don't want their information shared with the school",
        "the parents asked for a meeting",
    ],
)
def test_what_is_not_a_request_to_share_is_not_read_as_one(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not any(JUDGEMENT in r.text for r in replies), [r.text for r in replies]
