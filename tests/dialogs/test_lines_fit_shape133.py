"""Which lines fit the case: one condition on the contacts pack's line (round 48, shape133).

A line may be named only when the message tells one of the risk pack's markers
(`Line.only_when_told`), beside a kind of harm or a marker told: the Modern Slavery Helpline,
beside domestic abuse (round 47's `kin_control`) or carers named, only where slavery is told. A
foster carer telling that a child's last carers "made her sleep in the garage" named it; told
with work for no pay, or a sale, it still is; and slavery told with no carer or partner keeps
it, whatever its words ("the people who brought him over … he still owes them"). The police
stay: slavery's other line fits any case.

Through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from tests.support.core import Chat

SLAVERY_LINE = "Modern Slavery & Exploitation Helpline"
POLICE_LINE = "The police (999 if someone is in danger now"


def first(chat: Chat, told: str) -> Reply:
    """The first reply to `told` that is not the privacy reminder."""
    return next(r for r in chat.send(told) if not r.text.startswith("A quick reminder"))


@pytest.mark.parametrize(
    ("told", "slavery"),
    [
        ("our foster child told me her last carers made her sleep in the garage", False),
        (
            "a foster child in my care says her last foster carers made her sleep in the shed "
            "and locked her in",
            False,
        ),
        (
            "our foster child said her last carers made her sleep in the garage and work on "
            "their farm for no pay",
            True,
        ),
        ("our foster child said her last carers made her sleep in the garage and sold her", True),
        (
            "food bank volunteer. a Czech man says the people who brought him over keep his "
            "passport, he still owes them for the journey",
            True,
        ),
    ],
)
def test_the_slavery_helpline_only_where_slavery_is_told(
    chat: Chat, told: str, slavery: bool
) -> None:
    said = first(chat, told)
    assert said.risk_of_harm, said.text
    assert (SLAVERY_LINE in said.text) is slavery, said.text
    assert POLICE_LINE in said.text, said.text
