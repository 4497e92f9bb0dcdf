"""Round 33 (tryout33c): young people write "bf" and "gf"; "im 14 and my bf is 19" was not
read as "my boyfriend is 19" is."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize("message", ["im 14 and my bf is 19", "my gf is 19 and im 15"])
def test_an_older_bf_or_gf_is_read_as_an_older_boyfriend_or_girlfriend(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and "grooming-online" in found.categories


def test_a_bf_of_the_same_age_is_not() -> None:
    assert DETECTOR.detect("my bf is 16 and im 15") is None
