"""`find_hits`'s written-out path for a cue of one place (`_one_place`) finds what the general
matcher (`_match`) finds there, for any place and any words, inside or at a sentence's end."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowledge.risk_hits import _match, _one_place
from knowledge.risk_types import Words

_WORD = st.sampled_from(["she", "hit", "her", "mum", "dad", "not"])
_SEQUENCE = st.lists(_WORD, min_size=2, max_size=3).map(tuple)


@given(
    single=st.frozensets(_WORD, max_size=3),
    several=st.lists(_SEQUENCE, max_size=4).map(tuple),
    tokens=st.lists(_WORD, min_size=1, max_size=8),
    data=st.data(),
)
def test_one_place_ends_where_the_general_matcher_ends(
    single: frozenset[str],
    several: tuple[tuple[str, ...], ...],
    tokens: list[str],
    data: st.DataObject,
) -> None:
    i = data.draw(st.integers(0, len(tokens) - 1))
    end = data.draw(st.integers(i + 1, len(tokens)))
    place = Words(single, several)
    assert _one_place(place, tokens, i, end) == _match((place,), 0, tokens, i, end)


def test_one_place_prefers_the_first_listed_sequence_then_a_single_word() -> None:
    place = Words(frozenset({"her"}), (("her", "mum", "dad"), ("her", "mum")))
    assert _one_place(place, ["her", "mum", "dad"], 0, 3) == 3
    assert _one_place(place, ["her", "mum", "dad"], 0, 2) == 2  # the sentence ends at "dad"
    assert _one_place(place, ["her", "dad"], 0, 2) == 1
    assert _one_place(Words(frozenset(), (("her", "mum"),)), ["her", "dad"], 0, 2) == -1
