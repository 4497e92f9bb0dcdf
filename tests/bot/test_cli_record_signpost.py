"""At the terminal, a disclosure typed into a record field is signposted at that prompt, before
the next one, and the form then carries on with its place kept (rule one)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from adapters.console_form import field_prompt, field_turn
from dialogs.contract import RecordEntry, RecordForm
from knowledge.flow_graph import all_paths
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
SIGNPOST = "What you've described may mean"


def _run(stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run_command(["chat"], command_env(tmp_path), tmp_path, stdin)


def _fields() -> list[RecordEntry]:
    _, outcome = next(p for p in all_paths(KNOWLEDGE.flow) if p[1].id == "share-with-consent")
    return [
        RecordEntry(f.id, f.label, "", f.long, tuple(f.options.items()))
        for f in KNOWLEDGE.flow.fields_of(outcome)
    ]


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_disclosure_in_a_record_field_is_signposted_at_its_prompt(tmp_path: Path) -> None:
    fields = _fields()
    told = "the girl said her stepdad locks her in her room without food"
    typed = ["learning mentor", told, *["" for _ in fields[2:]]]
    script = ["check", "yes", "yes", "yes", "yes", "Fill in the record here", *typed, "quit"]
    done = _run("\n".join(script) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    second = out.index(field_prompt(fields[1].label, fields[1].options))
    third = out.index(field_prompt(fields[2].label, fields[2].options))
    signposted = out.index(SIGNPOST, second)
    assert second < signposted < third, "the signpost comes before the next prompt"
    # The form carried on: every later prompt shown, the record written with both fields.
    assert all(field_prompt(f.label, f.options) in out[third:] for f in fields[2:])
    assert f"{fields[0].label}:\n  learning mentor" in out
    assert f"{fields[1].label}:\n  {told}" in out
    # Round 32 (tryout31b): signposted once, at the prompt; not again before the completed record.
    assert out.count(SIGNPOST, out.index(field_prompt(fields[0].label, fields[0].options))) == 1


@pytest.mark.usefixtures("warm_tmp_path")
def test_ordinary_fields_bring_nothing_between_the_prompts(tmp_path: Path) -> None:
    fields = _fields()
    typed = ["school nurse", "attendance figures", *["" for _ in fields[2:]]]
    script = ["check", "yes", "yes", "yes", "yes", "Fill in the record here", *typed, "quit"]
    done = _run("\n".join(script) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    prompts = "".join(field_prompt(f.label, f.options) for f in fields)
    first = done.stdout.index(prompts[:40])
    assert done.stdout[first : done.stdout.index("Here is your completed record")] == prompts
    assert "at risk of harm" not in done.stdout


def test_a_blank_field_or_a_form_without_a_field_value_is_not_handed_over() -> None:
    form = RecordForm("t", "i", (), "Write", "record:1", "form:1", field_value="field:1")
    assert field_turn(form, "what", "  \n", "c") is None
    turn = field_turn(form, "what", "he hits her\n", "c")
    assert turn is not None and turn.action == "field:1" and turn.form == (("what", "he hits her"),)
    old = RecordForm("t", "i", (), "Write", "record:1", "form:1")
    assert field_turn(old, "what", "he hits her", "c") is None


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_choice_field_typed_in_words_that_pick_nothing_is_asked_again(tmp_path: Path) -> None:
    # Round 32 (tryout32): "yes" at "The key question 6 steps were followed [1) Yes, all of
    # them  2) Not all of them…]" left the field blank without a word.
    fields = _fields()
    at = next(i for i, f in enumerate(fields) if f.options)
    typed = ["" for _ in fields]
    typed[at : at + 1] = ["yes", "1"]  # not an option, then its number when asked again
    script = ["check", "yes", "yes", "yes", "yes", "Fill in the record here", *typed, "quit"]
    done = _run("\n".join(script) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"Please type 1 to {len(fields[at].options)}, or press Enter" in out
    chosen = fields[at].options[0][1]
    assert f"{fields[at].label}:\n  {chosen}" in out
