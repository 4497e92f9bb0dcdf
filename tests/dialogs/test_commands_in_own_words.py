"""A command said politely or with a leading verb ("ok lets do the check", "show me the golden
rules") is the command; a question that holds a command's word is still a question."""

from __future__ import annotations

import pytest

from dialogs.choices import Command
from dialogs.typed import TypedReader, simplify
from knowledge.loader import load_knowledge

READER = TypedReader(load_knowledge().typed_words)


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
    ],
)
def test_a_question_that_holds_a_commands_word_is_not_turned_into_one(message: str) -> None:
    assert READER.as_command(simplify(message)) is None
