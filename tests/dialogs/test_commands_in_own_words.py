"""A command said politely or with a leading verb ("ok lets do the check", "show me the golden
rules") is the command; a question that holds a command's word is still a question."""

from __future__ import annotations

import pytest

from dialogs.choices import Command
from dialogs.typed import TypedReader, asks_about_currency, simplify
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

READER = TypedReader(builtin_knowledge().typed_words)


@pytest.mark.parametrize(
    ("message", "command"),
    [
        ("start the check", Command.CHECK),
        ("ok start the check", Command.CHECK),
        ("lets do the check", Command.CHECK),
        ("Yes, start a check please", Command.CHECK),
        ("ok let's do the consent check", Command.CHECK),
        ("can we do the check?", Command.CHECK),
        ("I'd like to start a consent check", Command.CHECK),
        ("show me the golden rules", Command.RULES),
        ("can I see the rules", Command.RULES),
        ("ok show me the topics", Command.TOPICS),
        ("check", Command.CHECK),
        ("what are the rules?", Command.RULES),
        ("is this confidential?", Command.PRIVACY),
        ("Is this chat private", Command.PRIVACY),
        ("who can see this?", Command.PRIVACY),
    ],
)
def test_a_command_in_ones_own_words_is_the_command(message: str, command: Command) -> None:
    assert READER.as_command(simplify(message)) is command


@pytest.mark.parametrize(
    "message",
    [
        "ok",
        "yes please",
        "what is consent",
        "do I need consent",
        "can I share the record with the school",
        "do I need to check the person's identity before I share",
        "ok so the police want to see the rules we follow on sharing with them",
        "is this confidential information?",
    ],
)
def test_a_question_that_holds_a_commands_word_is_not_turned_into_one(message: str) -> None:
    assert READER.as_command(simplify(message)) is None


@pytest.mark.parametrize(
    ("message", "about_the_guidance"),
    [
        ("how old is this guidance?", True),
        ("how old is it", True),
        ("is this still current?", True),
        ("how old does a child have to be to consent to sharing?", False),
        ("how old do you have to be to consent", False),
    ],
)
def test_how_old_asks_about_the_guidance_only_when_it_says_so(
    message: str, about_the_guidance: bool
) -> None:
    # "how old does a child have to be…" got the reply about how current the guidance is.
    assert asks_about_currency(simplify(message)) is about_the_guidance


def test_asking_whether_this_chat_is_confidential_gets_the_privacy_note(chat: Chat) -> None:
    # It got "I couldn't find that in the published Q&A".
    assert "What happens to what you type" in texts(chat.send("is this confidential?"))
