"""At the terminal, just after a signpost, the one who may be harming being close to someone
senior ("wat if dave is the district commissioners husband", "the head is her sister") gets a
short line: contact the LADO (or social care) yourself, you needn't go through them, with the
case's own contacts (round 38, whom38; tryout37 #5's follow-up, which got "I couldn't find
that")."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

SCOUTS = (
    "hi, scout leader here (volunteer). one of the other leaders, Dave, keeps DMing a 14yo "
    'explorer on whatsapp late at night and told her "dont tell ur mum we talk". whos the LADO'
)
PARENT = "a 9 year old in my class said her dad hits her with a belt"
CLOSE = "you don't have to go through them"
LADO = "The LADO (local authority designated officer)"
MASH = "children's social care front door"


def _after(told: str, follow_up: str, tmp_path: Path) -> str:
    done: subprocess.CompletedProcess[str] = run_command(
        ["chat"], command_env(tmp_path), tmp_path, f"{told}\n{follow_up}\nquit\n"
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split("you> ")[2]


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize(
    "follow_up",
    [
        "wat if dave is the district commissioners husband",
        "the head is her sister",
        "what if he's the manager's son?",
        "what if hes married to the dsl",
    ],
)
def test_close_to_someone_senior_after_a_lado_signpost(tmp_path: Path, follow_up: str) -> None:
    said = _after(SCOUTS, follow_up, tmp_path)
    assert CLOSE in said and LADO in said
    assert "couldn't find" not in said


@pytest.mark.usefixtures("warm_tmp_path")
def test_after_a_parents_harm_social_care_is_named_not_the_lado(tmp_path: Path) -> None:
    said = _after(PARENT, "what if the dad is the heads brother", tmp_path)
    assert CLOSE in said and MASH in said
    assert LADO not in said


@pytest.mark.usefixtures("warm_tmp_path")
def test_someone_elses_relative_is_no_such_worry(tmp_path: Path) -> None:
    said = _after(SCOUTS, "what if the other girl is her sister", tmp_path)
    assert CLOSE not in said
