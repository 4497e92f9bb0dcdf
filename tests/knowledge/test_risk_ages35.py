"""Round 35 (r1g35, tryout35 findings 1 and 2): an age the message gives decides child or adult.

One reader of a typed age (`knowledge.risk_words.age_in_word`) serves the dialogs and the risk
check.
"""

from __future__ import annotations

import pytest

from knowledge.risk_words import age_in_word


@pytest.mark.parametrize(
    ("word", "age"),
    [("14", 14), ("14yo", 14), ("19yrs", 19), ("84", 84), ("2024", None), ("121", None)],
)
def test_one_reader_reads_an_age_typed_as_one_word(word: str, age: int | None) -> None:
    assert age_in_word(word) == age
