"""Round 44 (miss67, issue 11): rule-one misses mended, in the helper's own words.

Workers named by their work ("the cleaners", "the pickers") kept where they work with their pay
held are someone, so modern slavery rings with the police; living above a restaurant and
sharing the rent is a home and stays quiet. Drink smelt on a driver about to drive children
is their being drunk: 999 leads the first reply. Every conversation runs through the core the
terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

SIGNPOST = "may mean"
RING_NOW = "Ring 999 now"
POLICE = "police"


@pytest.mark.parametrize(
    "message",
    [
        "the cleaners sleep above the restaurant and never get paid",
        "the pickers sleep in a shed on the farm and never get paid",
        "the cleaners at the hotel sleep in the basement and the manager holds their pay",
    ],
)
def test_workers_kept_where_they_work_unpaid_ring_with_the_police(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert SIGNPOST in first.text
    assert POLICE in first.text.lower()


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(
            "the cleaners live above the restaurant and split the rent",
            marks=pytest.mark.xfail(
                reason="living behind or above a workplace rings again (the lead put 'live' back: "
                "without it, 'four men living in the garage behind the car wash and they never "
                "leave' was missed)",
                strict=True,
            ),
        ),
        "our cleaners stay late and get paid overtime",
        "the social workers never get paid on time",
    ],
)
def test_workers_at_home_or_paid_stay_quiet(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "the minibus driver smelt of drink and is about to drive the kids home",
        "the school run driver reeks of alcohol and is about to drive the children",
        "mum smells of wine and is going to drive them home now",
    ],
)
def test_drink_smelt_on_a_driver_about_to_drive_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{RING_NOW}")
