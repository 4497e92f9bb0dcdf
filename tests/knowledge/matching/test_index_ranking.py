"""The index's shortcuts for ranking documents pick exactly what sorting them all would."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from knowledge.matching.index import _best, _most_common

# Few distinct scores, so that ties at the cut are common.
scores = st.dictionaries(st.integers(0, 300), st.sampled_from([0.0, 0.5, 1.0, 2.5, 7.0]))
counted = st.lists(st.integers(0, 60), max_size=400)


@given(scores, st.integers(1, 60))
def test_the_best_documents_are_those_a_full_sort_puts_first(
    found: dict[int, float], count: int
) -> None:
    by_sorting = sorted(found, key=lambda d: (-found[d], d))[:count]
    assert _best(found, count) == by_sorting


@given(counted, st.integers(1, 50))
def test_the_most_common_documents_are_the_counters_own_choice(ids: list[int], count: int) -> None:
    counts = Counter(ids)
    chosen = _most_common(counts, count)
    assert sorted(chosen) == sorted(d for d, _ in counts.most_common(count))
