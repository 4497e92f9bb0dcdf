"""In a consent check, a remark about the person that asks nothing ("she's agreeed", with a
typo, or "she agred") is not a question for the Q&A: it had got a quoted entry ("What are the
key factors to consider…"). The place is kept, with no quote; a question still goes to the Q&A."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.reply_probe import go_to

KEEPING = "keeping your place in the check"


@pytest.mark.parametrize("remark", ["she's agreeed", "she agred", "the young person's agreeed"])
def test_a_remark_about_the_person_is_not_quoted_on(chat: Chat, remark: str) -> None:
    go_to(chat, "consent")
    before = chat.state.check
    replies = chat.send(remark)
    assert not quoted(replies)
    assert KEEPING in texts(replies)
    assert chat.state.check == before


def test_a_question_about_the_person_still_goes_to_the_qa(chat: Chat) -> None:
    go_to(chat, "consent")
    replies = chat.send("what if she's under 16?")
    assert KEEPING not in texts(replies)
