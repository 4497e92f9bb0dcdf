"""A reply in a check that opens with "idk" is not sure (tryout35 #14): at key question 3, "idk
if its confidential, she told me in the corridor" got "I'm keeping your place"."""

from __future__ import annotations

from tests.support.core import Chat, texts


def test_idk_and_a_remark_at_key_question_3_is_taken_as_not_sure(chat: Chat) -> None:
    for answer in ("check", "yes", "yes"):
        chat.send(answer)
    said = texts(chat.send("idk if its confidential, she told me in the corridor"))
    assert "taken that as **Not sure**" in said
    assert "keeping your place" not in said
