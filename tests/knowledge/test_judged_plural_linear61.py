"""The plural reading after a judging "if" (`knowledge/risk_judged_plural.py`) is asked at every
word of a message, so its look for a placing word is bounded: a long clause with no stop (text a
hostile sender may type) costs in step with its length (round 61, the lead's read-over)."""

from __future__ import annotations

from knowledge.risk_judged_plural import judged_plural
from tests.support.linear import cpu_seconds, repeated

_MARKERS = {
    "judged-plural-verbs": ("are", "have"),
    "judged-plural-not": ("you",),
    "judged-plural-here": ("upstairs",),
}


def _every_word(text: str) -> None:
    raws = text.split()
    for at in range(len(raws)):
        judged_plural(raws, at, _MARKERS)


def test_a_clause_with_no_stop_costs_in_step_with_its_length() -> None:
    # 4,000 characters (one window the detector reads) against 40,000 (all it reads of a
    # message): ten times the text at most 25 times the CPU (a walk to the clause's end from
    # every word would be 100).
    unit = "kids are playing outside "
    small = cpu_seconds(_every_word, repeated(unit, 4_000))
    large = cpu_seconds(_every_word, repeated(unit, 40_000))
    assert large <= 25 * small + 0.01, f"4,000 characters {small:.4f} s, 40,000 {large:.4f} s"


def test_a_placing_word_within_the_clause_still_places_the_case() -> None:
    raws = ["is", "it", "neglect", "if", "kids", "are", "left", "alone", "upstairs", "all", "night"]
    assert judged_plural(raws, raws.index("kids"), _MARKERS)
    assert not judged_plural(raws[:-3], raws.index("kids"), _MARKERS)
