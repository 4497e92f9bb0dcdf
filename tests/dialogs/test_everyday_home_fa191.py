"""Round 53 (fa191, issue 11): a young person's everyday life at home that rang, beside near
twins that must.

1. Help with a sibling told alone ("i look after my little sister sometimes"): the neglect
   `near` item pairs looking after or babysitting with a time, a parent away or a burden, and a
   sibling only with being left or in charge (knowledge/packs/risk.yaml, "round 53 fa191").
2. A drink told with only a harmless act after it ("when my dad gets drunk he sings karaoke"):
   the parental-substance signs are set aside, and the learnt model does not overrule
   (knowledge/risk_drunk_harmless.py).
3. A help with a chore at home ("i help my mum with the washing up"), the cues reading no harm:
   the learnt model does not overrule (dialogs/plain_chores.py).

Through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from dialogs.plain_chores import PlainChores
from tests.support.core import Chat

QUIET = [
    "i look after my little sister sometimes",
    "i babysit my brother on saturdays",
    "when my dad gets drunk he sings karaoke",
    "after he drinks he falls asleep on the sofa",
    "when my dad is drunk he dances in the kitchen",
    "im 12 and i help my mum with the washing up every day",
    "i help my dad with the shopping on saturdays",
]

RINGING = [
    "i look after my little sister every night because mum is out",
    "i'm being made to look after my siblings instead of going to school",
    "i have to look after my little brother",
    "mum leaves me in charge of my little brother",
    "i look after my little brother when mum is drunk",
    "when my dad gets drunk he shouts at us",
    "after he drinks he falls asleep and we cant wake him and theres no food",
    "my mum drinks every day and falls asleep on the sofa",
    "when my mum is drunk she laughs at me",
    "when dad gets drunk he sings and then hits mum",
    "when my dad gets drunk i fall asleep crying",
    "i have to do all the cooking and mum cant get up",
    "i help my mum with everything because dad left and she cries all day",
    "i help my mum with the washing up and she hits me if i break a plate",
]


@pytest.mark.parametrize("message", QUIET)
def test_everyday_home_life_is_not_signposted(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert not first.risk_of_harm, first.text


@pytest.mark.parametrize("message", RINGING)
def test_a_burden_an_absence_or_a_harm_told_still_rings(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text


_CHORES = PlainChores(
    helps=frozenset({"help"}),
    helpers=frozenset({"mum"}),
    chores=frozenset({"washing"}),
    not_words=frozenset(),
)


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("i help", False),
        ("please help my", False),
        ("i help my mum", False),
        ("i help my mum with", False),
        ("i help my mum with the washing", True),
    ],
)
def test_a_help_near_the_end_is_read_without_running_past_the_words(
    message: str, told: bool
) -> None:
    """ "help" among the last words: the helper is looked for only among the words there are."""
    assert _CHORES.told(message) is told
