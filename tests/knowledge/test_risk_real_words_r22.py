"""Typo correction takes a common English word as typed (round 22, docs/risk-cues.md "Round 22:
real words are not typos").

Correction towards the cue words read "clever" as "cleaver", "France" as "fiance", "swapped" as
"slapped", "tracing" as "tracking" and "banking" as "backing". The word counts of pyspellchecker
now keep a common word as typed unless the cue word it is near is far more common, so the
misspellings people really type ("chocked" for "choked", "beated", "hitted", "stabed") are still
read as meant.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

REAL = ["clever", "france", "swapped", "tracing", "banking"]
SLIPS = ["chocked", "stabed", "rapped"]  # ("beated", "hitted" are cue words themselves)


@pytest.mark.parametrize("word", REAL)
def test_a_common_word_is_never_corrected(word: str) -> None:
    assert word in BUILT_IN.known_words


@pytest.mark.parametrize("word", SLIPS)
def test_a_misspelling_people_type_is_still_corrected(word: str) -> None:
    assert word not in BUILT_IN.known_words


@pytest.mark.parametrize(
    "message",
    [
        "dad says my sister is too clever for her school and she should move",
        "he swapped classes after a row with his best mate, can I tell his parents?",
        "the council is tracing the father of the child to ask about a school place",
    ],
)
def test_an_ordinary_message_with_a_real_word_is_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he chocked her until she passed out",
        "her partner chocked her last week",
        "he beated me with a belt last night",
        "her boyfriend hitted her again",
        "he was stabed outside the chip shop",
    ],
)
def test_a_misspelt_harm_word_is_still_read_as_meant(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
