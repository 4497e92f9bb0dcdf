"""Round 35 (r1i35, tryout35b finding 11): a record looked up with no work reason, and what was in
it passed on, is a data breach: the breach line (tell the IG lead or DPO now), never "I couldn't
find that"."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "message",
    [
        "a receptionist looked up a patient's record without a reason, what do i do",
        "practice manager - a receptionist looked up her ex's new girlfriend's record and told"
        " him her address",
    ],
)
def test_a_record_looked_up_without_a_reason_gets_the_breach_line(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "data protection officer now" in said
    assert "I couldn't find that" not in said


def test_a_question_about_looking_up_a_record_is_no_breach(chat: Chat) -> None:
    said = texts(chat.send("can i look up a patient's record to check their address?"))
    assert "breaches" not in said
