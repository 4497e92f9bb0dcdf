"""A bare "yes" typed at "When you have asked, do you have consent to share?" is asked again.

Tried in tryout35b (#14): an ESL home carer answered key question 4 "not asked yet", got "Ask
for consent first … Come back here when you have asked", and typed "yes" at once (meaning "ok");
it was taken as "Yes, they agreed" and the check ended with **You can share, with consent**. A
bare yes typed there may mean "ok, I will ask": it is asked again, nothing recorded, for the
button or words that say the person agreed ("she agreed").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

ASK_FIRST = builtin_knowledge().flow.question("ask-first")
assert ASK_FIRST is not None


@pytest.mark.parametrize("words", ["yes", "yeah", "Yes.", "sure"])
def test_a_bare_yes_is_asked_again(chat: Chat, words: str) -> None:
    go_to(chat, "ask-first")
    before = chat.state.check
    replies = chat.send(words)
    said = texts(replies)
    assert "You can share" not in said
    assert "I've taken that as" not in said
    assert chat.state.check == before, "nothing recorded"
    assert ASK_FIRST is not None and ASK_FIRST.text in replies[-1].text
    assert "Did the person agree" in said


@pytest.mark.parametrize("words", ["she agreed", "yes she agreed", "yes, mum has agreed"])
def test_words_that_say_they_agreed_are_taken(chat: Chat, words: str) -> None:
    go_to(chat, "ask-first")
    chat.send(words)
    assert chat.state.check is not None
    assert chat.state.check.answered("ask-first") is AnswerKey.YES


def test_the_button_is_taken(chat: Chat) -> None:
    go_to(chat, "ask-first")
    chat.press("Yes, they agreed")
    assert chat.state.check is not None
    assert chat.state.check.answered("ask-first") is AnswerKey.YES


def test_a_bare_yes_at_key_question_4_is_still_taken(chat: Chat) -> None:
    go_to(chat, "consent")
    chat.send("yes")
    assert chat.state.check is not None
    assert chat.state.check.answered("consent") is AnswerKey.YES


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_asks_again(tmp_path: Path) -> None:
    # "1" presses Yes at key questions 1 to 3 (the terminal numbers the buttons).
    script = "check\n1\n1\n1\nnot asked yet\nyes\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[6]
    assert "Did the person agree" in last
    assert "You can share" not in last
