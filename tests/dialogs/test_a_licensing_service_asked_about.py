"""Whether the guidance applies to a licensing service is a question about the guidance.

Tried in tryout36 (#15): "does the guidance apply to taxi licensing" got "I can only help with
sharing information about people": "taxi" is near the chatter "share a taxi". A licensing
service shares information about people; the question is about the guidance's reach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_takes_it_as_a_question_about_the_guidance(tmp_path: Path) -> None:
    done = run_command(
        ["ask", "does the guidance apply to taxi licensing"], command_env(tmp_path), tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "I can only help with sharing information about people" not in done.stdout
    assert "Does the guidance apply to all instances of information sharing?" in done.stdout
