"""Round 55 (tidy213): the words `risk_unnamed_own` reads a short chat line naming no one by
("no point in living", "took a load of pills") are the risk pack's markers `unnamed-when`,
`unnamed-others` and `unnamed-topic`, once lists in its code: validated as every marker is, and
added to by an organisation's pack. The readings the model may not overrule share one reading
of the message (`RiskDetector.reading`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.packs import builtin_knowledge, detector_with_risk_pack, risk_pack_problems

BUILT_IN = builtin_knowledge()


@pytest.mark.parametrize(
    ("message", "marker", "words", "rings"),
    [
        # words of when after the sign are not counted: these make it the writer's state now
        # (round 56 quiet225: not "most days", which `unnamed-lasting` now reads as a want lasting)
        ("no point in living most mornings", "unnamed-when", "[most, mornings]", True),
        ("overdosed most weekends", "unnamed-when", "[most, weekends]", True),
        # a word for someone else names them: the line is no longer the writer's alone
        ("yall no point in living", "unnamed-others", "[yall]", False),
        ("yous took a load of pills", "unnamed-others", "[yous]", False),
        # a word naming the sign as a topic
        ("regarding self harm", "unnamed-topic", "[regarding]", False),
    ],
)
def test_an_organisations_words_are_read(
    tmp_path: Path, message: str, marker: str, words: str, rings: bool
) -> None:
    assert (BUILT_IN.risk_detector.detect(message) is None) is rings
    ours = detector_with_risk_pack(tmp_path, f"kind: risk\nmarkers:\n  {marker}: {words}\n")
    assert (ours.detect(message) is not None) is rings
    # the built-in words stay
    assert ours.detect("no point in living anymore") is not None
    assert ours.detect("took a load of pills") is not None


@pytest.mark.parametrize("marker", ["unnamed-when", "unnamed-others", "unnamed-topic"])
def test_the_markers_are_validated(tmp_path: Path, marker: str) -> None:
    problems = risk_pack_problems(tmp_path, f"kind: risk\nmarkers:\n  {marker}: [last week]\n")
    assert f"marker {marker!r}: members must be single lower-case words" in problems


@pytest.mark.parametrize(
    "message",
    [
        "no point in living",
        "the bruise on his arm was from netball",
        "what to do when a friend tells you they self harm",
        "my dad hits me when he is drunk",
        "her bedroom is always a mess",
    ],
)
def test_one_reading_serves_every_reading_of_the_whole(message: str) -> None:
    detector = BUILT_IN.risk_detector
    read = detector.reading(message)
    assert detector.explained(message, read=read) is detector.explained(message)
    assert detector.holds_signs(read) is (detector.detected(message)[1] is not None)
    assert detector.told_of_no_one(read) is detector.told_of_no_one(detector.reading(message))
