"""Every cue word is reached by any one slip, whatever context phrase also holds it (round 43).

Until round 43 a cue word also written into a context phrase of the risk pack (`people`, `things`,
`records`, first aid…) stopped being a full target of typo correction: only a slip keeping every
letter typed reached it, so "her partner chocked her" went quiet, and round 42 kept 21 such words
by hand. Here every cue word of the pack, each with one slip of each kind made here (a letter
dropped, doubled, a key beside it, two letters swapped), must come back; a slip that is a real
word in its own right is taken as typed, and the next place is tried. Ordinary words one slip
from a cue word stay as typed (the list of common English words, `knowledge.risk_real_words`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.risk_real_words import BESIDE
from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector
WORDS = sorted(DETECTOR.cue_words)


def _one_cue_word_near(slip: str) -> bool:
    """Whether `slip` is one slip from a single cue word (one slip from two, "baned" for banned
    or banged, can be read as either)."""
    near = process.extract(slip, WORDS, scorer=OSA.distance, score_cutoff=1, limit=None)
    return len([w for w, _, _ in near if w[0] == slip[0]]) == 1


def _slips(word: str, kind: str) -> Iterator[str]:
    """Slips of `kind` after the first letter (typo correction keeps the first letter typed),
    from the middle of the word outwards."""
    middle = len(word) // 2
    for i in sorted(range(1, len(word) - 1), key=lambda i: abs(i - middle)):
        if kind == "dropped":
            yield word[:i] + word[i + 1 :]
        elif kind == "doubled":
            yield word[:i] + word[i] * 2 + word[i + 1 :]
        elif kind == "swapped" and word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "wrong":
            yield from (word[:i] + key + word[i + 1 :] for key in BESIDE[word[i]][:2])


def test_every_cue_word_of_some_length_is_a_target() -> None:
    for word in ("touched", "pinched", "murder", "trafficking", "slavery", "danger", "choked"):
        assert word in DETECTOR.cue_words


@pytest.mark.parametrize("kind", ["dropped", "doubled", "swapped", "wrong"])
def test_every_cue_word_comes_back_from_a_slip_of_each_kind(kind: str) -> None:
    lost = []
    for word in WORDS:
        # a real word ("violet") is taken as typed: the first slip that is no word must come back
        first = next(
            (s for s in _slips(word, kind) if DETECTOR.corrected(s) != s and _one_cue_word_near(s)),
            next((s for s in _slips(word, kind) if _one_cue_word_near(s)), ""),
        )
        if first and DETECTOR.corrected(first) != word:
            lost.append(f"{first}->{DETECTOR.corrected(first)} (for {word})")
    assert not lost, f"{len(lost)} slips not read as meant: {', '.join(lost[:40])}"


@pytest.mark.parametrize(
    "message",
    [
        "her partner chocked her last week",
        "he tuched her when no one was there",
        "they were traficked from romania to work here",
        "she is in dnager and wont go home",
        # a wrong key or a letter dropped from a six-letter word: not read as meant before
        "he toucjed her when no one was there",
        "the boys were tpuching her at the party",
        "she is in dabger and wont go home",
        "she is in dager and wont go home",
        "she says it was murdr and that he'd do it again",
        "he said he would murfer her",
    ],
)
def test_a_misspelt_disclosure_rings(message: str) -> None:
    assert DETECTOR.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        # real words one slip from a cue word: "beach"/bleach, "hated"/hatred, "metal"/mental,
        # "polite"/police, "striking"/stroking, "needless"/needles, "bleed"/bleeds
        "we went to the beach and she hated the metal slide, can I share the trip photos?",
        "the officer was polite when he asked for the pupil's records",
        "the striking thing about the report is how short it is, who do I send it to?",
        "needless to say the hospice got my brothers' details, was that allowed?",
        "she had a brain bleed in 2015 and now gets PIP, can her college see the letter?",
        "the backs of the chairs need fixing, can the caretaker have the rota?",
    ],
)
def test_an_ordinary_word_near_a_cue_word_stays_quiet(message: str) -> None:
    assert DETECTOR.detect(message) is None
