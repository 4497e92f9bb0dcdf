"""Asking what to write in the log or the notes is asking how to record the decision.

Tried in tryout35b (#9): after a signposted case, "what do i put in the log" (a school DPO) and
"what should i write in my notes about this decision" got "Did you mean: How should I be
supported …", and in a Slack thread "ok and for the record what do I write" got unrelated
suggestions in public. "how do i record my decision" already got key question 7 and golden rule 7.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command


@pytest.mark.parametrize(
    "words",
    [
        "what do i put in the log",
        "what should i write in my notes about this decision",
        "ok and for the record what do I write",
        "what do we put in the notes",
    ],
)
def test_what_to_write_gets_the_recording_summary(chat: Chat, words: str) -> None:
    replies = chat.send(words)
    said = texts(replies)
    assert "Record your decision (key question 7)" in said
    assert "Golden rule 7" in said
    assert quoted(replies) == []


def test_the_terminal_door_gives_key_question_7(tmp_path: Path) -> None:
    done = run_command(["chat"], command_env(tmp_path), tmp_path, "what do i put in the log\n")
    assert done.returncode == 0, done.stderr
    assert "Record your decision (key question 7)" in done.stdout.split("you> ")[1]
