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

from knowledge.risk_real_words import real_words
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

# Each typed word with the cue word the correction reaches from it.
REAL = {
    "clever": "cleaver",
    "france": "fiance",
    "swapped": "slapped",
    "banking": "backing",
}
# Round 23: "tracing" is "tracking" with a letter left out, a slip people often make, and
# "tracking" is not 20 times rarer: it is read as "tracking" again (test_risk_real_words_r23).
SLIPS = {"chocked": "choked", "rapped": "raped", "stabed": "stabbed"}
TARGETS = {**REAL, **SLIPS}


def _nearest(word: str) -> str:
    return TARGETS.get(word, word)


def _by_start() -> dict[tuple[str, int], list[str]]:
    by_start: dict[tuple[str, int], list[str]] = {}
    for target in TARGETS.values():
        by_start.setdefault((target[0], len(target)), []).append(target)
    return by_start


def test_a_common_word_is_never_corrected_and_a_slip_still_is() -> None:
    kept = real_words(_by_start(), _nearest, frozenset({"kept"}), 6)
    assert set(REAL) <= kept
    assert not set(SLIPS) & kept
    assert "kept" in kept


def test_the_detector_reads_the_common_words_as_typed() -> None:
    kept = real_words(BUILT_IN._by_start, BUILT_IN._nearest, BUILT_IN.known_words, 6)
    assert set(REAL) <= kept
    assert not set(SLIPS) & kept
    # The privacy check's known words are the pack's and the Q&A's only ("banking" is the pack's).
    assert not {"clever", "france", "swapped"} & BUILT_IN.known_words


@pytest.mark.parametrize(
    "message",
    [
        "dad says my sister is too clever for her school and she should move",
        "he swapped classes after a row with his best mate, can I tell his parents?",
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
