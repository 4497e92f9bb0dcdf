"""Round 42 (whom42, trial #1, #2): the signpost of modern slavery names the Modern Slavery &
Exploitation Helpline and the police, and of exploitation the police (999 now, 101 otherwise),
beside the organisation's contacts; other harms name no line."""

from __future__ import annotations

import pytest

from tests.support.core import Chat

ALSO = "You can also call:"
HELPLINE = "Modern Slavery & Exploitation Helpline"
POLICE = "The police (999 if someone is in danger now, 101 otherwise)"


def test_workers_controlled_at_a_nail_bar_get_the_helpline_and_the_police(chat: Chat) -> None:
    said = chat.send(
        "I work at a nail bar, the workers seem controlled, they live above the shop, never "
        "get paid and the boss holds their passports"
    )[0]
    assert said.risk_of_harm
    assert HELPLINE in said.text
    assert "08000 121 700" in said.text
    assert POLICE in said.text
    assert said.text.index("Tell your safeguarding contacts") < said.text.index(ALSO)


def test_exploitation_names_the_police(chat: Chat) -> None:
    said = chat.send(
        "a 14 year old lad is being given free drugs by older men and made to deliver packages"
    )[0]
    assert POLICE in said.text
    assert HELPLINE not in said.text


@pytest.mark.parametrize(
    "text",
    [
        "a 10 year old told me her dad hits her with a belt",
        "care home - a resident has unexplained bruising on her arms",
    ],
)
def test_other_harms_name_no_line(chat: Chat, text: str) -> None:
    said = chat.send(text)[0]
    assert said.risk_of_harm
    assert ALSO not in said.text
