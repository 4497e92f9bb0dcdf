""" "The second one again?" after a message of two questions says to ask that one on its own.

Tried in tryout36 (#15): a YOT caseworker's notes ended "2 questions: can I share this with the
police DV unit without J's consent, and what is an information sharing protocol - do we need one
with them?". Only the first was answered; "the second one again?" then got "I'm not sure what 2
refers to. Type rules … or topics …", as if a list were meant. With no list before it, the reply
now also says that a message of more than one question may have had only one answered, and to
ask the other again on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command

ASK_AGAIN = "ask the other again on its own"


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_says_to_ask_the_second_question_again(tmp_path: Path) -> None:
    script = (
        "YOT caseworker. J (16) got a cut on his hand stepping in when mum's partner threw a "
        "plate at her. 2 questions: can I share this with the police DV unit without J's "
        "consent, and what is an information sharing protocol - do we need one with them?\n"
        "the second one again?\n"
    )
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[2]
    assert ASK_AGAIN in last, last


def test_a_number_after_a_list_still_means_its_item(chat: Chat) -> None:
    chat.send("rules")
    said = texts(chat.send("the second one"))
    assert ASK_AGAIN not in said
    assert "Golden rule 2" in said
