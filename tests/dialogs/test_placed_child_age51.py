"""Round 43 (fix51, tryout45 #3): an age given after a few words that place the person ("lad on
my caseload is 15") is that person's age, so a child's case, whatever other words come after.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

ADULT_SIGNPOST = "may mean an adult is at risk"
CHILD_SIGNPOST = "may mean a child is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"

YOT = (
    "yot worker. lad on my caseload is 15, keeps turning up with new phones and trainers, been "
    "found in a town 60 miles away twice, says he owes someone money and cant stop"
)


@pytest.mark.parametrize(
    "told",
    [
        YOT,
        "a girl in my class is 14 and she says her stepdad hits her",
        "a boy from my tutor group is 13 and says he owes someone money and cant stop",
    ],
)
def test_a_placed_childs_age_makes_a_childs_case(chat: Chat, told: str) -> None:
    said = chat.send(told)[0].text
    assert CHILD_SIGNPOST in said
    assert MASH in said
    assert ADULT_CARE not in said


@pytest.mark.parametrize(
    "told",
    [
        "a man on my caseload is 45, says his son takes his money and hits him",
        "a resident in flat 4 is 82 and her son takes her pension and shouts at her",
    ],
)
def test_a_placed_adults_age_stays_an_adults_case(chat: Chat, told: str) -> None:
    said = chat.send(told)[0].text
    assert ADULT_SIGNPOST in said
    assert MASH not in said
