"""A question typed at a field of the record form, at the terminal, is not written into the record
and the field is asked for again (tryout35 #14): at "What was shared", "sorry what do i put for
what was shared - can i just say "safeguarding concerns"?" was written as the field's value, and
each answer after it landed one field late ("Shared with" got the what-was-shared text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console_form import field_move
from dialogs.typed import FieldMove, TypedReader
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

TYPED = TypedReader(builtin_knowledge().typed_words)
ASKED = 'sorry what do i put for what was shared - can i just say "safeguarding concerns"?'


@pytest.mark.parametrize("line", [ASKED, "what do I put here?", "can I leave this blank?"])
def test_a_question_at_a_field_is_told_apart(line: str) -> None:
    assert field_move(line, TYPED) is FieldMove.ASKED


@pytest.mark.parametrize(
    "line", ["safeguarding concerns", "what she told me about home", "no - was it safe? no", "GP?"]
)
def test_a_value_is_still_written(line: str) -> None:
    assert field_move(line, TYPED) is None


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal_the_answers_after_a_question_land_in_their_own_fields(
    tmp_path: Path,
) -> None:
    script = (
        f"check\nyes\nyes\nyes\nyes\n1\nsocial worker\n{ASKED}\nsafeguarding concerns\nthe HV\n"
    )
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    record = done.stdout.rsplit("INFORMATION SHARING DECISION RECORD", 1)[1]
    assert "What was shared:\n  safeguarding concerns" in record
    assert "Shared with (role or organisation):\n  the HV" in record
    assert "can i just say" not in record
    assert "haven't written it in the record" in done.stdout
