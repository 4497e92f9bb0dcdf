"""Saying a wrong button was pressed goes back one question, as "back" does.

Tried in tryout35b (#14, Slack DM, an ESL home carer): after pressing "No: they refused" at key
question 4, "sorry i press wrong one before, she did not refuse, i did not ask her properly" got
"I'm keeping your place" and key question 5 again; only typing "back" worked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.environment import command_env, run_command
from tests.support.reply_probe import go_to


@pytest.mark.parametrize(
    "words",
    [
        "sorry i press wrong one before, she did not refuse, i did not ask her properly",
        "oops I pressed the wrong button",
        "i clicked the wrong one",
        "wait, wrong button",
    ],
)
def test_a_wrong_press_goes_back_a_question(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    chat.press("No: they refused")
    assert chat.state.check is not None and chat.state.check.step == "public-interest"
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == "consent"
    assert check.answered("consent") is None


def test_a_question_about_a_wrong_press_is_not_a_command(chat: Chat) -> None:
    go_to(chat, "consent")
    chat.press("No: they refused")
    chat.send("what happens if i pressed the wrong one?")
    assert chat.state.check is not None
    assert chat.state.check.answered("consent") is AnswerKey.REFUSED


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_goes_back(tmp_path: Path) -> None:
    # "1" presses Yes at key questions 1 to 3, "2" "No: they refused" at key question 4.
    script = "check\n1\n1\n1\n2\nsorry i press wrong one before, she did not refuse\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[6]
    assert "Key question 4\n" in last
