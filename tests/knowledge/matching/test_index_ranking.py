"""The index's shortcuts for ranking documents pick exactly what sorting or counting them all
would."""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.matching.bitsets import DocBits
from knowledge.matching.index import _best

# Few distinct scores, so that ties at the cut are common.
scores = st.dictionaries(st.integers(0, 300), st.sampled_from([0.0, 0.5, 1.0, 2.5, 7.0]))
DOCUMENTS = 40
postings = st.dictionaries(
    st.text("abcdefgh", min_size=1, max_size=3),
    st.lists(st.integers(0, DOCUMENTS - 1), max_size=60),
    max_size=8,
)


@settings(deadline=None)  # a loaded machine must not fail it
@given(scores, st.integers(1, 60))
def test_the_best_documents_are_those_a_full_sort_puts_first(
    found: dict[int, float], count: int
) -> None:
    by_sorting = sorted(found, key=lambda d: (-found[d], d))[:count]
    assert _best(found, count) == by_sorting


@settings(deadline=None)
@given(postings, st.integers(1, 30))
def test_the_documents_using_most_words_are_the_counters_own_choice(
    found: dict[str, list[int]], count: int
) -> None:
    words = [*found, "typed by a person"]  # a word no document uses counts for none
    runs = {w: array("i", sorted(set(ids))) for w, ids in found.items()}
    bits = DocBits(DOCUMENTS, lambda w: runs.get(w, array("i")))
    counts = Counter(chain.from_iterable(runs.get(w, ()) for w in words))
    chosen = bits.most_common(words, count)
    assert sorted(chosen) == sorted(d for d, _ in counts.most_common(count))
    assert bits.most_common(words, count) == chosen  # and again, from the kept bitsets
