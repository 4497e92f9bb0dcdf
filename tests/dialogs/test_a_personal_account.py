"""Sending work information to a personal account (round 33, wq33).

"a colleague wants me to email the list of families to her personal gmail, is that ok?" (a
trial) found nothing: the secure-transfer topic knew "email" but not a personal account, and
the data-breach topic's cues (no anchor of it named) scored higher. No published answer speaks
of how information is sent; the secure-transfer reply does, and now says a personal account is
no secure route.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SECURE = "doesn't cover the technical side of sending information safely"


@pytest.mark.parametrize(
    "message",
    [
        # "couldn't find" before
        "a colleague wants me to email the list of families to her personal gmail, is that ok?",
        "my manager wants the referral forwarded to her hotmail, is that allowed?",
        # the secure-transfer reply before, without a word on personal accounts
        "is it ok to use my personal email to send case notes?",
    ],
)
def test_a_personal_account_gets_the_secure_routes(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert SECURE in said
    assert "personal account" in said


@pytest.mark.parametrize(
    "message",
    [
        "can I share information without consent?",
        "do we need an information sharing protocol?",
        "I sent an email to the wrong family by mistake",
    ],
)
def test_other_questions_do_not_get_it(chat: Chat, message: str) -> None:
    assert SECURE not in texts(chat.send(message))
