"""At the terminal, someone with no safeguarding lead of their own (self-employed, a one-person
salon, a landlord) is not told to tell "your designated safeguarding lead": the signpost names
social care's front door, to ring themselves, with no name at first if they wish; and their
"who do I tell then?" or "I have no safeguarding lead" after it is answered (tryout37 #14)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

SIGNPOST = "What you've described may mean"
LEAD = "Your designated safeguarding lead"
FRONT_DOOR = "ring your council's children's social care front door yourself"
NO_NAME = "without giving anyone's name"
ON_OWN_NOTE = "If you have no safeguarding lead of your own"  # the about pack's `on_your_own`

ON_OWN = [
    "i teach piano privately in my home, a 11 year old pupil told me her uncle does things to "
    "her she doesnt like at night. i'm self employed, who do i even tell?",
    "landlord here not a professional. is this for me too? my tenant is 93 and I think her carer "
    "is stealing from her",
    "I'm a sole trader (mobile hairdresser) and a 14 year old client told me her stepdad hits her",
    "I work for myself as a dog walker, an old man I walk for said his son takes his money and "
    "locks him in",
]
AT_WORK = [
    "a 9 year old in my class said her dad hits her with a belt",
    "one of the residents at our care home said a carer slapped her",
]


def _run(lines: list[str], tmp_path: Path) -> str:
    done: subprocess.CompletedProcess[str] = run_command(
        ["chat"], command_env(tmp_path), tmp_path, "\n".join([*lines, "quit"]) + "\n"
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize("told", ON_OWN)
def test_no_lead_of_their_own_is_sent_to_the_front_door(tmp_path: Path, told: str) -> None:
    out = _run([told], tmp_path)
    signpost = out[out.index(SIGNPOST) : out.index("Safety comes first")]
    assert LEAD not in signpost
    assert "social care" in signpost.split(ON_OWN_NOTE, 1)[0]
    assert NO_NAME in signpost


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize("told", AT_WORK)
def test_at_work_the_lead_comes_first(tmp_path: Path, told: str) -> None:
    out = _run([told], tmp_path)
    contacts = out[out.index("Tell your safeguarding contacts") :]
    assert contacts.split("\n")[1].strip("-• ").startswith(LEAD)
    assert ON_OWN_NOTE not in out


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize(
    "follow_up",
    [
        "I have no safeguarding lead",
        "but I am not school, I have no safeguarding lead, I am only one person salon",
        "who do I tell then?",
        "ok thank you. I can phone the MASH with no name?",
        "im self employed so who do i tell",
    ],
)
def test_the_follow_up_is_answered(tmp_path: Path, follow_up: str) -> None:
    told = "a 15 year old client has cuts on her arm and says it is because of her step father"
    out = _run([told, follow_up], tmp_path)
    after = out[out.index("you>", out.index(SIGNPOST)) :]
    assert FRONT_DOOR in after
    assert "couldn't find that" not in after


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_lead_away_still_gets_the_no_lead_reply(tmp_path: Path) -> None:
    told = "a 9 year old in my class said her dad hits her with a belt"
    out = _run([told, "our dsl is off today"], tmp_path)
    assert "If you don't know who your safeguarding lead is" in out
