"""In a check, asking what a word of the waiting question means, with a remark after it, gets that
question's explanation (tryout35 #14): at key question 2, "whats a living person mean, like if
they died?" got the reply on people who have died, not what "a living person" asks."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "asked",
    [
        "whats a living person mean, like if they died?",
        "what does identified mean, like a name?",
        "what living person mean",
    ],
)
def test_a_term_of_key_question_2_with_a_remark_is_explained(chat: Chat, asked: str) -> None:
    chat.send("check")
    chat.send("yes")
    said = texts(chat.send(asked))
    assert "Why key question 2?" in said
    assert "people who have died" not in said
    assert chat.state.check is not None and chat.state.check.step == "identifiable"
