"""What to write in one's notes gets the record (key question 7, golden rule 7), never a
"Did you mean" about how the guidance was developed (tryout40 #15: "what do i write in the
notes", "can u tell me exactly what to write in my notes", "do i write it up in the call log")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

_RECORD = "Record your decision (key question 7)"


@pytest.mark.parametrize(
    "asked",
    [
        "what do i write in the notes",
        "can u tell me exactly what to write in my notes, im scared of getting it wrong",
        "do i write it up in the call log even tho its anonymous",
        "what goes in my notes after a call like that",
        "what should i put in the case notes",
        "should i record it even if i dont share",
        "do i need to write this up?",
    ],
)
def test_what_to_write_in_the_notes_gets_the_record(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    said = texts(replies)
    assert _RECORD in said
    assert "decision record" in said
    assert quoted(replies) == []
    assert "Did you mean" not in said


def test_a_harm_told_with_it_still_gets_the_signpost_first(chat: Chat) -> None:
    said = texts(chat.send("she told me her dad hits her, what do i write in the notes"))
    assert "protection procedures now" in said.split("---")[0]


@pytest.mark.parametrize(
    "asked", ["what is an information sharing protocol?", "who wrote the notes on the guidance"]
)
def test_another_question_is_not_the_record(chat: Chat, asked: str) -> None:
    assert _RECORD not in texts(chat.send(asked))


def test_asked_in_a_check_at_the_terminal_the_record_comes_and_the_place_is_kept(
    tmp_path: Path,
) -> None:
    script = "check\nyes\nwhat do i write in the notes\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    asked = done.stdout.split("you> ")[3]
    assert _RECORD in asked
    assert "We're still on this question" in asked and "Key question 2" in asked
