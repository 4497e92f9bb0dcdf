"""Round 38 (r1q38, tryout37 #4): just after a signpost, a short "again" is read by the learnt
model only when it points back at the harm told.

r1o37 let the model read a short remark telling the harm happened again ("he has done it
again"); the model reads almost any short "again" as harm ("she's crying again", "he's late
again"). Only a remark pointing back at it ("done it", "it happened", the pack's
`told-anew-back` words) is the model's now; one naming what happened is the cues' ("he's hit her
again" rings by its cue).
"""

from __future__ import annotations

import pytest

from dialogs.remark_readings import points_back
from tests.support.core import Chat

MINDEE = (
    "hi all childminder here, 1 of my mindees (4) has had 3 burns on her hand this month, mum "
    "says its the radiator. do i need mums consent to ring the MASH?"
)
HOME = "my neighbour's boyfriend hits her and the kids see it"


@pytest.mark.parametrize("first", [MINDEE, HOME])
@pytest.mark.parametrize(
    "follow_up",
    [
        "he's hit her again",
        "he has done it again",
        "it happened again last night",
        "she has a new bruise again",
        "dad hit him again",
        "he's done the same again",
    ],
)
def test_the_harm_told_again_is_signposted(chat: Chat, first: str, follow_up: str) -> None:
    assert chat.send(first)[0].risk_of_harm
    assert chat.send(follow_up)[0].risk_of_harm


@pytest.mark.parametrize("first", [MINDEE, HOME])
@pytest.mark.parametrize(
    "follow_up",
    [
        "she's crying again",
        "he's late again",
        "shes off sick again",
        "she forgot her pe kit again",
        "she's been crying again all morning",
        "hes been sent home again",
    ],
)
def test_an_ordinary_again_stays_quiet(chat: Chat, first: str, follow_up: str) -> None:
    assert chat.send(first)[0].risk_of_harm
    assert not chat.send(follow_up)[0].risk_of_harm


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("he has done it again", True),
        ("it's happened again.", True),
        ("same again", True),
        ("she's crying again", False),
        ("its raining again", False),
    ],
)
def test_what_points_back(text: str, back: bool) -> None:
    assert points_back(text, frozenset({"it", "happened", "same"})) is back
