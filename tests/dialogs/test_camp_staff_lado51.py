"""Round 43 (fix51, tryout45 #5): a camp counsellor or leader sleeping where the children sleep,
or telling them something is their little secret, is an allegation against someone who works
with children: the LADO is named, and "hes still here tonight" next gets the allegation steps.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

CHILD_SIGNPOST = "may mean a child is at risk"
LADO = "LADO"
CAMP = (
    "summer camp counsellor. one of the other counsellors has been sleeping in the kids cabin "
    "and told the kids its their little secret"
)


@pytest.mark.parametrize(
    "told", [CAMP, "one of the other leaders at scout camp has been sleeping in the girls tent"]
)
def test_a_camp_worker_with_the_children_is_the_lados(chat: Chat, told: str) -> None:
    said = chat.send(told)[0].text
    assert CHILD_SIGNPOST in said
    assert LADO in said


@pytest.mark.parametrize(
    "told",
    [
        "my mum has been sleeping in the kids room since dad left",
        "the teacher said the surprise party is our little secret",
    ],
)
def test_no_lado_without_a_sign_of_harm(chat: Chat, told: str) -> None:
    assert not any(LADO in r.text for r in chat.send(told))


def test_still_here_tonight_gets_the_allegation_steps(chat: Chat) -> None:
    chat.send(CAMP)
    said = " ".join(r.text for r in chat.send("hes still here tonight"))
    assert "LADO" in said
    assert "kept away from children" in said
    assert "999" in said
