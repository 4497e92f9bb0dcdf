"""A scuffle with a classmate: a noun that names a child as one of others by itself.

Round 11 set aside a scuffle's blow struck by "another child" or "a boy in his class"; "a
classmate", "a teammate", "a schoolmate" say the same by the noun alone (the pack's `peer` set),
so "a classmate punched my son, do I report it?" is behaviour, not protection. An older or a gang
of classmates, a relative of one, a worse blow than a scuffle's, a sentence that repeats or fears,
and every other sign in the message still count. Lines written before the rule (Round 12).
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a classmate punched my son, do I report it?",
        "my son says a classmate kicked him at break, should the school tell me?",
        "a classmate slapped her in the corridor, the school dealt with it",
        "a schoolmate shoved him into a wall at lunch",
        "a classmate pushed him in the lunch queue",
        "a teammate elbowed him in the face during the match",
        "he had a scuffle with a classmate",
    ],
)
def test_a_classmates_scuffle_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "a classmate's dad punched my son at the school gate",
        "a classmate keeps punching him every day and he's scared to go to school",
        "a classmate stabbed him with a compass and he needed stitches",
        "his classmate's older brother beat him up",
        "a classmate punched my son and his dad watched and laughed",
        "a classmate kicked her in the stomach and she's terrified of going back",
        "a gang of classmates kicked him on the ground",
        "a classmate pushed him and now he won't go home, he says his dad will hit him",
    ],
)
def test_a_classmates_worse_or_repeated_blow_or_a_relative_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
