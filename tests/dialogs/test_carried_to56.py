"""Round 56 (issue 11): things carried for others ring where they are carried to, not at any "to".

The county-lines cue "take|carry|deliver|drop … packages|bags|drugs|stuff … to|houses|people|town"
rang on a child's errand ("my mum makes me take my stuff to school") at its bare "to". It now
needs where the things go: houses, people, a town, a flat, an address, an estate, a city.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

CARRIED = [
    "im 14 and they make me take drugs to a flat in another town",
    "a lad pays me to drop bags off to people all day, im 15",
    "i have to carry packages to houses for my cousin's mates, im 13",
    "my older mates make me deliver stuff to addresses after school",
]
ERRANDS = [
    "my mum makes me take my stuff to school",
    "i take my bags to school every day",
    "i carry my stuff to the bus stop in the mornings",
]


@pytest.mark.parametrize("message", CARRIED)
def test_things_carried_to_houses_or_people_lead_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", ERRANDS)
def test_ones_own_things_carried_to_school_get_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))
