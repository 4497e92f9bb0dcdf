"""Misspelt harm words typed in a hurry: a letter left out or two swapped ("slaped", "stabed",
"mising", "strangeld", "sucide"). Typo correction reached only the cue words, one changed letter
first ("slaped" became "shaped", "stabed" "stared"); now the nearest word holding every letter
typed comes first, and the signal families' words are reached only so. Each disclosure here was
not signposted before; real words one letter short of a harm word stay as typed."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "the carer slaped her",
        "his dad slaped him across the face",
        "he was stabed last week",
        "he strangeld her last nite",
        "he tryed to sucide",
        "she's gone mising",
        "our 14 year old resident has been mising since friday",
    ],
)
def test_a_misspelt_harm_word_is_read_as_meant(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "he stared out of the window all lesson",
        "the pupil was shaped by a great teacher",
        "we offered mediation to both parents after the separation",
        "he is waking up early for his paper round",
        "she leaned on the table while we talked",
        "he relies on his daughter for lifts to the hospital",
        "can I interpret the guidance as allowing this?",
        "he is coping well since the move",
        "she teaches year 4 at the school next door",
    ],
)
def test_a_real_word_near_a_harm_word_stays_as_typed(message: str) -> None:
    assert BUILT_IN.detect(message) is None
