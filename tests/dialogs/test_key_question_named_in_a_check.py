"""Asking what the waiting key question means, by its number, gets its explanation.

Tried in tryout36 (#15): at key question 4, "hang on what does key question 4 mean if mum is the
problem" got "You're already part-way through a check. Type restart to begin again.": a question
about this step read as a request to start over. It gets the question's explanation (for key
question 4, with the answer for when asking would be unsafe), and the question again; nothing is
recorded. Generated over the flow's questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

STEPS = [(q.id, q.number) for q in builtin_knowledge().flow.questions]


@pytest.mark.parametrize(("step", "number"), STEPS)
@pytest.mark.parametrize(
    "asked",
    [
        "hang on what does key question {} mean if mum is the problem",
        "what does question {} mean",
        "what does this question mean",
    ],
)
def test_the_waiting_question_named_is_explained(
    chat: Chat, step: str, number: int, asked: str
) -> None:
    go_to(chat, step)
    before = chat.state.check
    said = texts(chat.send(asked.format(number)))
    assert said.startswith(f"**Why key question {number}?**"), said
    assert "restart" not in said
    assert chat.state.check == before, "nothing recorded"


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_explains_key_question_4(tmp_path: Path) -> None:
    script = "check\nyes\nyes\nyes\nhang on what does key question 4 mean if mum is the problem\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[5]
    assert last.startswith("Why key question 4?"), last
    assert "unsafe to ask" in last.replace("Not sought: ", "")
    assert "Type restart" not in last
