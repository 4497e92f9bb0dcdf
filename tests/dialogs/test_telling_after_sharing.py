"""Whether to tell the person, or the parents, after sharing (tryout43 #8).

"do i have to tell the parents after ive shared" got "a decision for your professional
judgement". Key question 6 answers it: tell them what was shared, if they did not know and
telling them will not create or increase a risk of harm; the steps follow as a summary.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

TOLD = "what you have shared, if they didn't know"
STEPS = "key question 6"


@pytest.mark.parametrize(
    "message",
    [
        "do i have to tell the parents after ive shared",
        "once I've made the referral should I let them know I've shared it?",
        "do we tell the family what I shared with the school nurse",
    ],
)
def test_key_question_six_answers_it(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert TOLD in said and "risk of harm" in said
    assert STEPS in said and said.index(TOLD) < said.index(STEPS)
    assert "professional judgement" not in said
    assert "Source: Information Sharing: Q&A" not in said


def test_how_much_to_share_has_no_such_lead(chat: Chat) -> None:
    said = texts(chat.send("how much should i share"))
    assert STEPS in said and TOLD not in said
