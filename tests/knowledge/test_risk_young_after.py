"""One reading of a child named by age for both readings of whom a harm concerns (tidy37): the
cues' (`knowledge.risk_whom.whom`, after the pack's `age-nouns`) and the learnt model's
(`knowledge.risk_learnt_whom.whom_learnt`, after its `kid` set, or run into "yo")."""

from __future__ import annotations

import pytest

from knowledge.risk_whom import young_after

NOUNS = frozenset({"mindee", "girl"})


@pytest.mark.parametrize(
    ("words", "run_in", "young"),
    [
        (["1", "of", "my", "mindee", "4"], False, True),
        (["my", "mindee", "19"], False, False),
        (["my", "assistant", "17"], False, False),
        (["4", "mindee"], False, False),
        (["a", "16yo", "said"], False, False),
        (["a", "16yo", "said"], True, True),
        (["a", "19yo", "girl"], True, False),
        (["the", "girl", "16"], True, True),
        (["the", "girl", "0"], False, True),
    ],
)
def test_a_childs_age_after_a_noun_or_run_in(words: list[str], run_in: bool, young: bool) -> None:
    assert young_after(words, NOUNS, run_in=run_in) is young
