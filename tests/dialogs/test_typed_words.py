"""Typed words come from the typed-words pack: an organisation's words are understood too."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from bot.app import Core, build_core
from dialogs.choices import Command
from knowledge.flow_pack import AnswerKey
from knowledge.typed_word_names import CommandName
from tests.support.core import Chat, texts

WELSH = """\
kind: typed-words
answers:
  "yes": [ie]
thanks: [diolch]
"""


def test_every_typed_command_is_a_command_the_assistant_runs() -> None:
    # The welcome and the home page are a door's own presses, never typed.
    assert set(get_args(CommandName)) == {c.value for c in Command} - {
        Command.WELCOME,
        Command.HOME,
    }


def test_a_welsh_yes_from_an_organisations_pack_answers_a_key_question(
    core: Core, tmp_path: Path
) -> None:
    (tmp_path / "welsh.yaml").write_text(WELSH, encoding="utf-8")
    built_in = Chat(core)
    built_in.send("check")
    built_in.send("ie")
    assert built_in.state.check is not None
    assert built_in.state.check.answered("purpose") is None

    welsh = Chat(build_core(tmp_path))
    welsh.send("check")
    welsh.send("Ie!")
    assert welsh.state.check is not None
    assert welsh.state.check.answered("purpose") is AnswerKey.YES
    assert "You're welcome" in texts(welsh.send("diolch"))
    # The built-in words still work beside the organisation's.
    welsh.send("yes")
    assert welsh.state.check.answered("identifiable") is AnswerKey.YES
