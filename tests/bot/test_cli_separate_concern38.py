"""At the terminal, a harm told during the consent check of a signposted case that is about
someone else gets its own signpost (tryout38 #15): a cashier's check for an elderly customer's
financial abuse, then "oh and totally different thing, another customer … her 12 yr old son …
his dad punched him" got "part of the case you described … as above" (above: the adult's
procedures). A harm told again of the same case keeps the short reminder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

CASHIER = (
    "bank cashier - elderly customer (80s) keeps withdrawing big cash sums and a young man waits "
    "outside and takes it off her. can i tell her son?"
)
ANOTHER = (
    "oh and totally different thing, another customer just came in with her 12 yr old son who "
    "has a black eye and he said his dad punched him",
    "separate thing but a mum told me her 9 year old daughter is being hit by her stepdad",
)


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize("other", ANOTHER)
def test_a_child_told_during_an_adults_check_is_a_separate_concern(
    tmp_path: Path, other: str
) -> None:
    script = [CASHIER, "check", "yes", other, "yes", "quit"]
    done = run_command(["chat"], command_env(tmp_path), tmp_path, "\n".join(script) + "\n")
    assert done.returncode == 0, done.stderr
    told = done.stdout[done.stdout.index("Key question 2") :]
    assert "This sounds like a separate concern about a child" in told
    assert "follow your child protection procedures for it now" in told
    assert "part of the case you described" not in told
    assert "Key question 3" in told, "the check carries on"


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_same_case_told_again_keeps_its_reminder(tmp_path: Path) -> None:
    again = "the young man threatened her yesterday when she said no"
    script = [CASHIER, "check", "yes", again, "quit"]
    done = run_command(["chat"], command_env(tmp_path), tmp_path, "\n".join(script) + "\n")
    told = done.stdout[done.stdout.index("Key question 2") :]
    assert "separate concern" not in told
