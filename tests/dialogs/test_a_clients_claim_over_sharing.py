"""A client asking whether she can sue over her information being shared gets who can help.

Tried in tryout36 (#15): "CAB adviser - my client wants to know if she can sue the council for
sharing her info with her ex" was offered entries 4, 1 and 5 ("Did you mean…"). Legal claims
are not covered, and this is no legal advice: the reply says so and who can help (the
organisation's complaints route, the ICO, independent legal advice).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

CLAIM = (
    "CAB adviser - my client wants to know if she can sue the council for sharing her info "
    "with her ex"
)


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_says_it_is_no_legal_advice_and_who_can_help(tmp_path: Path) -> None:
    done = run_command(["ask", CLAIM], command_env(tmp_path), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "can't give legal advice" in done.stdout
    assert "Information Commissioner's Office" in done.stdout
    assert "Did you mean" not in done.stdout


def test_being_sued_oneself_keeps_its_own_reply(chat: Chat) -> None:
    replies = chat.send("can the parents sue me for telling social services?")
    assert quoted(replies) == []
    assert "Sharing in good faith" in texts(replies)
