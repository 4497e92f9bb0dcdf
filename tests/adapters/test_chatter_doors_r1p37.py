"""Round 37 (r1p37, tryout37 finding 2), through the doors: a message the risk check signposts
never gets the off-topic chatter reply instead, nor does a follow-up after the signpost; the
Slack direct message and the Teams personal chat say what the terminal says."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import Core
from tests.adapters.test_conformance import DOORS, Send, Step, play_console

CHATTER = "I can only help with sharing information about people"
SIGNPOST = "may mean a child"
SCRIPTS: dict[str, list[Step]] = {
    "an order's subject asking for the lesson times": [
        Send(
            "leisure centre - a mum asked us to not let her ex know when the kids have swimming "
            "lessons, he's got a non-molestation order. he's just phoned asking for the lesson "
            "times"
        )
    ],
    "a man filming children, then a follow-up": [
        Send("a man was filming kids at the park on his phone, do we tell anyone?"),
        Send("is that right? what now"),
    ],
}
PRIVATE_DOORS = ("slack direct message", "teams personal chat")


@pytest.fixture
def hosting() -> str:
    """The Teams SDK the Teams door runs on: botbuilder (the shared fixture asks a parameter)."""
    return "botbuilder"


@pytest.fixture
def door_stand_in(request: pytest.FixtureRequest, door: str) -> Any:
    """The fixture the door's player plays against."""
    return request.getfixturevalue(DOORS[door].fixture)


@pytest.mark.parametrize("door", PRIVATE_DOORS)
@pytest.mark.parametrize("script", SCRIPTS)
async def test_no_door_gives_chatter_for_a_disclosure(
    core: Core, door_stand_in: Any, script: str, door: str
) -> None:
    expected = await play_console(core, SCRIPTS[script])
    got = await DOORS[door].play(core, door_stand_in, SCRIPTS[script])

    assert [s.text for s in got] == [s.text for s in expected]
    assert SIGNPOST in "\n".join(s.text for s in got)
    assert all(CHATTER not in s.text for s in got)
