"""An admin's first words to the assistant in a channel (tryout34 #11).

"hi, I've just added you to #safeguarding-team, what do you do?" got "I couldn't find that in the
published Q&A", in public (alone, "what do you do?" gets the help). Words spoken to the assistant
about being added now get the help; "what do you do if a parent refuses?" is still a question.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

HELP = "What I can do"


@pytest.mark.parametrize(
    "message",
    [
        "hi, I've just added you to #safeguarding-team, what do you do?",
        "I've added you to our team channel, what can you help with?",
        "what are you for?",
    ],
)
def test_words_to_the_assistant_get_the_help(chat: Chat, message: str) -> None:
    assert HELP in texts(chat.send(message))


def test_a_practitioners_what_do_you_do_is_still_a_question(chat: Chat) -> None:
    assert HELP not in texts(chat.send("what do you do if a parent refuses consent?"))
