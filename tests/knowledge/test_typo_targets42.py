"""The harm words typo correction reaches by any one slip, kept so (round 42).

A word of the risk pack's cues that is also written into a context phrase (`people`, `things`,
`records`, …) stops being a full target of typo correction: afterwards only a slip that keeps
every letter typed reaches it. In round 42 a first-aid phrase holding "choked" made "her partner
chocked her last week" go quiet, and about fifty cue words left full correction with no labelled
item moving. If this test fails, a context phrase now holds one of these words: write the phrase
without it (as fa43's first-aid phrase keeps only "choking|choke"), or say here why the word may
go.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector
KEPT = (
    "choked",
    "chokes",
    "strangled",
    "strangling",
    "slapped",
    "stabbed",
    "stabbing",
    "punches",
    "kicking",
    "beaten",
    "burned",
    "abused",
    "neglected",
    "groomed",
    "threatened",
    "threatening",
    "bruised",
    "molested",
    "assaulted",
    "trafficked",
    "exploited",
)


def _full_targets() -> frozenset[str]:
    return frozenset(
        w for (start, _), found in DETECTOR._by_start.items() if start.isalpha() for w in found
    )


@pytest.mark.parametrize("word", KEPT)
def test_a_harm_word_is_reached_by_any_one_slip(word: str) -> None:
    assert word in _full_targets(), f"{word!r} is reached only by slips that keep every letter"


@pytest.mark.parametrize(
    "message",
    ["her partner chocked her last week", "he slappped her across the face", "she was stabbbed"],
)
def test_a_slip_that_adds_a_letter_still_rings(message: str) -> None:
    assert DETECTOR.detect(message) is not None
