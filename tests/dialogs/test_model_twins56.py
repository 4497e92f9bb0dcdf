"""Round 56 (model229, issue 11): short ordinary lines the learnt model rang on a few words
("makes", "me", "said", "lads", "till", "baby") are not left to it when the cues judged no harm
(`dialogs.plain_errands`): an errand to school or the shop, a favour promised with no condition,
a want with an ordinary end, a care asked of the reader. Their twins, a theft, a debt or a
threat, a want that lasts or someone gone, a care with a threat, keep the signpost with the model
on; those the cues leave quiet ring by the model alone, as before.
"""

from __future__ import annotations

import pytest

from dialogs.plain_errands import PlainErrands
from dialogs.risk_reading import _ERRAND_MARKERS
from tests.support.cases import cases
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

# Each rang by the model alone before this round (checked below: the model fires on it).
QUIET: dict[str, list[str]] = {
    "errand": [
        "mum makes me take my things to school",
        "my dad makes me take things back to the shop",
        "dad makes me bring the bags back to the shop",
    ],
    "favour": [
        "the lads said theyll do me a favour",
        "my mates said theyll give me a hand",
    ],
    "want": ["no food in the house till the shopping comes"],
    "care": ["try not to wake up the baby", "try not to wake the baby up"],
}

RINGS: dict[str, list[str]] = {
    "errand": [
        "my dad makes me take things from the shop without paying",
        "my dad makes me take packages to a house",
        "my dad makes me take things to the shop and hide them in my coat",
    ],
    "favour": [
        "the lads said theyll do me in if i dont pay",
        "the lads said theyll do me a favour if i hold something for them",
    ],
    "want": [
        "no food in the house for days and mum's not back",
        "no food in the house till mum gets back",
    ],
    "care": ["try not to wake up the baby or he'll hit you"],
}

# The readings themselves say no to these (the cues, or the model, ring them).
NOT_READ = [
    "my dad makes me take things from the shop without paying",
    "my dad makes me take things to the shop and hide them in my coat",
    "mum makes me take stuff to school for her mate and not tell anyone",
    "the lads said theyll do me in if i dont pay",
    "the lads said theyll do me a favour if i hold something for them",
    "my mates said theyll do me a favour and i owe them",
    "some older lads said theyll do me a favour",
    "a man online said he will do me a favour",
    "no food in the house for days and mum's not back",
    "no food in the house till mum gets back",
    "no food in the house till tomorrow again",
    "try not to wake up the baby or he'll hit you",
    "please dont wake him up he gets angry",
]


@pytest.fixture(scope="module")
def errands() -> PlainErrands:
    marked = builtin_knowledge().risk.markers
    return PlainErrands(*(frozenset(marked.get(n, ())) for n in _ERRAND_MARKERS))


@pytest.mark.parametrize("message", cases(QUIET))
def test_the_model_rang_them(message: str) -> None:
    assert builtin_knowledge().risk_model.fires(message)


@pytest.mark.parametrize("message", cases(QUIET))
def test_ordinary_short_lines_get_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize("message", cases(RINGS))
def test_their_twins_keep_the_signpost(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", NOT_READ)
def test_the_readings_leave_the_twins(errands: PlainErrands, message: str) -> None:
    assert not errands.told(message)
    assert not errands.asked_care(message)


def test_a_long_line_is_not_read(errands: PlainErrands) -> None:
    long = "mum makes me take my things to school " + "and then we go home " * 3
    assert errands.told("mum makes me take my things to school")
    assert not errands.told(long)
