"""Round 29 (tidyr29): one reading for words the risk check read twice, and more closed classes
of words from the code made the pack's `markers` (`knowledge.risk_pack.MARKERS`).

The pack's `anyone` marker, which `risk_subjects.passing_on` reads ("report anyone who…"), is
also what makes "when" a supposition in `knowledge.risk_openers` ("whenever someone is worried
about a pupil…"), beside the indefinites "a", "an", "any", "you", "they", "people": an
organisation's word for anyone counts in both places.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.packs import builtin_knowledge, detector_with_risk_pack

BUILT_IN = builtin_knowledge()


# anyone (`knowledge.risk_subjects.passing_on`, `knowledge.risk_openers`)


def test_an_organisations_word_for_anyone_after_when_makes_a_worry_a_supposition(
    tmp_path: Path,
) -> None:
    told = "Whenever sum1 gets worried about a pupil in my class they tell me."
    assert BUILT_IN.risk_detector.detect(told) is not None  # "sum1" is no one: a worry told
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  anyone: [sum1]\n")
    assert ours.detect(told) is None  # whenever anyone is worried: no one in particular
    # the same word still names anyone before "who"
    assert ours.detect("should we report sum1 who discloses abuse?") is None
    # and the built-in words are still there; a worry told still signposts
    assert (
        ours.detect("Whenever someone gets worried about a pupil in my class they tell me.") is None
    )
    assert ours.detect("I am worried about a child in my class.") is not None
