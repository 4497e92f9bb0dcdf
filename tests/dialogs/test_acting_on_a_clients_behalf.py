"""Contacting an organisation at a client's own request is not an outside body's request.

Tried in tryout36 (#15): "citizens advice - client wants us to ring DWP on her behalf about her
UC. she gave verbal ok. can i share her details" got "doesn't cover requests from landlords,
employers, insurers or other outside bodies": it is her own request, with her agreement. A
request from the DWP itself keeps the outside bodies' caution.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command

OUTSIDE = "doesn't cover requests from landlords, employers, insurers or other outside bodies"


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_reads_her_own_request(tmp_path: Path) -> None:
    message = (
        "citizens advice - client wants us to ring DWP on her behalf about her UC. she gave "
        "verbal ok. can i share her details"
    )
    done = run_command(["ask", message], command_env(tmp_path), tmp_path)
    assert done.returncode == 0, done.stderr
    assert OUTSIDE not in done.stdout
    assert "at their own request" in done.stdout


def test_a_request_from_the_dwp_is_still_an_outside_bodys(chat: Chat) -> None:
    assert OUTSIDE in texts(chat.send("the dwp has asked about a client, can I tell them?"))
