"""Typo correction keeps every catch of a misspelling (round 23, docs/risk-cues.md "Round 23:
misspellings and real words").

Round 22 kept a common English word as typed unless the cue word it is near was 20 times
commoner, so "sacred" (for scared), "violet" (violent) and "tables" (tablets) were no longer read
as meant. A slip people often make (a letter left out or added, two letters swapped, a key beside
the one meant) is now assumed unless the word typed is 20 times commoner; a real word is read as
the cue word anyway when the message already holds a sign of harm; a harm word done to someone
("he rapped her") is read as typed; ages in shorthand ("18mo", "14 y/o") are people.
"""

from __future__ import annotations

import pytest

from knowledge.risk import words_of
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        # a common slip making a real word: read as the cue word
        "i am sacred of my carer",
        "she's been saving her tables to take them all together",
        # a harm word done to someone, a letter typed twice
        "my mate says her stepdad rapped her when she was 12",
        "i was rapped by my ex last year",
        # ages in shorthand are people
        "my 18mo has bruises all over",
        "my 18 mths old has bruises all over",
        "my 2 y/o has bruises all over",
        "our 20mo was left alone all night",
    ],
)
def test_a_misspelt_disclosure_is_caught(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_a_real_word_in_a_message_with_harm_is_read_as_the_cue_word() -> None:
    # "violet" alone is a colour; beside "drunk" it is the violence of a drinking parent.
    finding = BUILT_IN.detect("dad is violet when hes drunk")
    assert finding is not None
    assert "domestic-abuse" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "my son rapped at the school talent show, can they post the video?",
        "he rapped at the leavers assembly and the video is on the school page, can we post it?",
        "our sacred heart school wants to share records with the parish",
        "dad says my sister is too clever for her school and she should move",
        "the year 7s swapped their lunch boxes, can I tell the parents whose had nuts?",
        "my daughter is bitter about not getting into the play, can the teacher tell me who did?",
    ],
)
def test_an_ordinary_message_with_a_real_word_is_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my 18mo", ["my", "18mo"]),
        ("a 14 y/o boy", ["a", "14yo", "boy"]),
        ("a 3 y.o. boy", ["a", "3yo", "boy"]),
        ("18 mths old", ["18mo", "old"]),
        ("9m/o baby", ["9mo", "baby"]),
        ("the 14yrs old girl", ["the", "14", "yr", "old", "girl"]),  # round 37: as "yr old"
        ("he was 2 months", ["he", "was", "2", "months"]),
        ("5 most", ["5", "most"]),
    ],
)
def test_an_age_in_shorthand_is_one_word_the_pack_reads(text: str, words: list[str]) -> None:
    assert words_of(text) == words
