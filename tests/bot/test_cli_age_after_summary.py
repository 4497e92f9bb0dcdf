"""At the terminal, "she's 14" just after the summary of consent is tied back to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_bare_age_after_the_consent_summary_is_tied_back_at_the_terminal(
    tmp_path: Path,
) -> None:
    script = "can a 15 year old consent?\nshe's 14\nbye\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    after = done.stdout.split("you> ")[2]
    assert after.startswith(
        "In summary, from the 2008 guidance (key question 4, for someone aged 14)"
    )
    assert "12 or over are generally expected to understand enough" in after
    assert "couldn't find that" not in after
