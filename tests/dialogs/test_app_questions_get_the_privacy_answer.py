"""Questions about the app itself, asked in a channel (tryout34 #11).

"what do my colleagues see when I ask you something here?" was offered three entries; "can I
turn off the decision records for our workspace?" an entry on organisational support; "delete
my data" the records-accuracy topic; "forget everything I told you" and "how do I uninstall you"
got "I couldn't find that". Each now gets the privacy answer: who can read it, what is kept,
that cancel clears a check's place, and that whoever added the app chooses what is kept.
"""

from __future__ import annotations

import pytest

from bot.app import Core
from tests.support.core import Chat, texts

PRIVACY = "What happens to what you type"


@pytest.mark.parametrize(
    "message",
    [
        "what do my colleagues see when I ask you something here?",
        "can I turn off the decision records for our workspace?",
        "delete my data",
        "forget everything I told you",
        "how do I uninstall you",
    ],
)
def test_questions_about_the_app_get_the_privacy_answer(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert PRIVACY in said
    assert "type **cancel** to clear it" in said
    assert "Whoever added me for your organisation" in said


def test_in_a_channel_it_says_who_can_read_it(core: Core) -> None:
    chat = Chat(core, private=False)
    assert "Everyone in this conversation can read" in texts(
        chat.send("what do my colleagues see when I ask you something here?")
    )


def test_a_childs_file_is_not_about_the_app(chat: Chat) -> None:
    assert PRIVACY not in texts(chat.send("can my colleagues see the child's file?"))
