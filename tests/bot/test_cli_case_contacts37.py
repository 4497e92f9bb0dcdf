"""At the terminal, a harm told again inside the consent check of a case signposted already gets
no second signpost of other contacts, and the check's outcome names the case's contacts
(tryout37 finding 5: a scout leader's LADO case re-signposted "child or adult", no LADO)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

SIGNPOST = "What you've described may mean"
LADO = "The LADO"
ADULT_CARE = "Adult social care"

CASES = [
    (
        "hi, scout leader here (volunteer). one of the other leaders keeps DMing a 14yo explorer "
        'on whatsapp late at night saying "dont tell ur mum we talk". whos the LADO',
        "no she hasnt agreed, she begged me not to tell",
    ),
    (
        "one of our teaching assistants has been messaging a 13 year old pupil on snapchat late "
        "at night and told her to keep it secret",
        "no, she asked me not to tell anyone",
    ),
    (
        "a football coach at our club keeps offering a 12 yr old lifts home and buying him "
        "presents, and told him not to tell his mum",
        "no he made me promise not to say anything",
    ),
]


def _run(stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run_command(["chat"], command_env(tmp_path), tmp_path, stdin)


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize(("told", "answer"), CASES)
def test_the_check_keeps_the_case_contacts(tmp_path: Path, told: str, answer: str) -> None:
    script = [told, "check", "yes", "yes", "yes", answer, "yes", "quit"]
    done = _run("\n".join(script) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    first = out.index(SIGNPOST)
    assert LADO in out[first:], "the first signpost names the LADO"
    check = out.index("Key question 1")
    assert SIGNPOST not in out[check:], "no second signpost for the same case"
    later = out[out.index("Key question 4", check) :]
    assert "part of the case you described" in later
    assert ADULT_CARE not in later, "the case is a child's: no adult social care"
    reminder = out[out.rindex("Your safeguarding contacts:") :]
    outcome = reminder.split("\n\n", 1)[0]
    assert "If you think a child may be at risk" in out[out.index("Key question 4") :]
    assert LADO in outcome, "the outcome names the case's LADO"
    assert ADULT_CARE not in outcome


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_harm_first_told_in_the_check_is_signposted_in_full(tmp_path: Path) -> None:
    told = "no, she said her stepdad hits her and told her not to tell"
    script = ["check", "yes", "yes", "yes", told, "quit"]
    done = _run("\n".join(script) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert SIGNPOST in done.stdout[done.stdout.index("Key question 4") :]
    assert "part of the case you described" not in done.stdout
