"""Young people's shorthand for suicide ("i wanna die tbh", "gonna kms", "unalive myself",
telling someone to "kys") and "doesn't see the point in living": none had a cue before Round 14
(all seven failed). "kms" as kilometres and "living wills" stay quiet."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "i wanna die tbh",
        "im gonna kms",
        "i want to unalive myself",
        "she keeps saying she wants to unalive herself",
        "people in the group chat keep telling her to kys",
        "i dont see the point in living",
        "he said he doesn't see the point in living anymore",
    ],
)
def test_slang_for_suicide_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "self-harm-suicide" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "we ran 5 kms for charity last weekend",
        "the kids walked 3 kms to the farm",
        "I don't see the point in this form, can I skip it?",
        "I can't see the point of living wills for young people",
    ],
)
def test_the_same_letters_in_an_ordinary_line_stay_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
