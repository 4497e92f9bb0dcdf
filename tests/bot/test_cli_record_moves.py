"""At the terminal, the record form is filled in one prompt at a time. As a Slack modal or a
Teams card lets a person go back to a field, leave one blank or close the form, "back" goes back
a field, "skip" leaves one blank and "cancel" stops with nothing written (tryout33c: "back",
"skip" and "skip" were written into the record, and every later answer landed a field late)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from adapters.console_form import FIRST_FIELD, FORM_STOPPED
from knowledge.flow_graph import all_paths
from knowledge.flow_pack import RecordField
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BLANK = "______________________________"
CHECK = ["check", "yes", "yes", "yes", "not sought", "yes", "fill in the record here"]


def _run(lines: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    done = run_command(["chat"], command_env(tmp_path), tmp_path, "\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    return done


def _fields() -> tuple[RecordField, ...]:
    _, outcome = next(p for p in all_paths(KNOWLEDGE.flow) if p[1].id == "share-unsought")
    return KNOWLEDGE.flow.fields_of(outcome)


def _shown(out: str, field: RecordField) -> str:
    record = out[out.index("Here is your completed record") :]
    start = record.index(f"\n{field.label}:\n") + len(field.label) + 3
    return record[start:].split("\n\n", 1)[0].strip()


@pytest.mark.usefixtures("warm_tmp_path")
def test_back_and_skip_move_through_the_form_and_are_written_nowhere(tmp_path: Path) -> None:
    fields = _fields()
    typed = [
        *("DSL", "report of concern", "children's social care", "to protect the child"),
        *("back", "to keep the child safe", "skip", "skip", "yesterday", "secure email"),
    ]
    rest = ["" for _ in fields[8:]]
    out = _run([*CHECK, *typed, *rest, "quit"], tmp_path).stdout

    said = [_shown(out, f) for f in fields]
    assert said[:8] == [
        *("DSL", "report of concern", "children's social care", "to keep the child safe"),
        *(BLANK, BLANK, "yesterday", "secure email"),
    ]
    assert "back" not in said and "skip" not in said


@pytest.mark.usefixtures("warm_tmp_path")
def test_back_at_the_first_field_stays_there_and_says_so(tmp_path: Path) -> None:
    fields = _fields()
    out = _run([*CHECK, "back", "DSL", *["" for _ in fields[1:]], "quit"], tmp_path).stdout

    assert FIRST_FIELD in out
    assert _shown(out, fields[0]) == "DSL"


@pytest.mark.usefixtures("warm_tmp_path")
def test_cancel_stops_the_form_with_nothing_written(tmp_path: Path) -> None:
    out = _run([*CHECK, "DSL", "cancel", "quit"], tmp_path).stdout

    assert FORM_STOPPED in out
    assert "Here is your completed record" not in out


@pytest.mark.usefixtures("warm_tmp_path")
def test_back_shows_what_was_typed_there_and_enter_keeps_it(tmp_path: Path) -> None:
    fields = _fields()
    typed = ["DSL", "report of concern", "back", "back", "", "", "children's social care"]
    out = _run([*CHECK, *typed, *["" for _ in fields[3:]], "quit"], tmp_path).stdout

    form = out[out.index(fields[0].label) :]
    assert f"{fields[0].label} (now: DSL; Enter keeps it" in form
    assert f"{fields[1].label} (now: report of concern; Enter keeps it" in form
    said = [_shown(out, f) for f in fields[:3]]
    assert said == ["DSL", "report of concern", "children's social care"]


@pytest.mark.usefixtures("warm_tmp_path")
def test_skip_after_back_leaves_the_field_blank(tmp_path: Path) -> None:
    fields = _fields()
    typed = ["DSL", "back", "skip"]
    out = _run([*CHECK, *typed, *["" for _ in fields[1:]], "quit"], tmp_path).stdout

    assert _shown(out, fields[0]) == BLANK
