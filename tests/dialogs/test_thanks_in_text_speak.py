"""Thanks in text-speak, or with an endearment, is thanks (tryout35 #15): after a quoted answer,
"ty x", "thank u sm" and "cheers hun" got "I couldn't find that in the published Q&A…"."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize("said", ["ty x", "thank u sm", "cheers hun", "thanks love xx"])
def test_thanks_in_text_speak_after_an_answer_is_welcomed(chat: Chat, said: str) -> None:
    chat.send("do i need consent to share with another agency")
    reply = texts(chat.send(said))
    assert "You're welcome" in reply
    assert "couldn't find" not in reply


def test_a_question_with_one_of_those_words_is_still_a_question(chat: Chat) -> None:
    assert "You're welcome" not in texts(chat.send("thank u, can i share with the GP?"))
