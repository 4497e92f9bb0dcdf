"""At the terminal, a short follow-up just after a topic the Q&A doesn't cover stays on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

PHOTOS = "can i share photos of the kids on our private facebook group for parents"


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_follow_up_to_a_declined_topic_is_not_quoted_at_the_terminal(tmp_path: Path) -> None:
    script = f"{PHOTOS}\nwhat if one of the parents says no\nbye\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    after = done.stdout.split("you> ")[2]
    assert after.startswith("That sounds like part of your last question")
    assert "aren't covered by the 2008 Q&A" in after
    assert "question 4" not in after
