"""`find_hits`'s written-out path for a cue of one place (`_one_place`) finds what the general
matcher (`_match`) finds there, for any place and any words, inside or at a sentence's end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.loader import qa_words
from knowledge.risk import RiskDetector
from knowledge.risk_hits import PhraseStarts, _match, _one_place, find_hits
from knowledge.risk_types import Words
from tests.support.packs import builtin_knowledge

_KNOWLEDGE = builtin_knowledge()
_DETECTOR = RiskDetector(_KNOWLEDGE.risk, qa_words(_KNOWLEDGE.entries))

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


@pytest.mark.parametrize(
    "message",
    [
        "My neighbour's boy says his dad hits him with a belt and he is scared to go home.",
        "She has not been eating, and I am not sure she is safe with him. Is that abuse?",
        "Can I share a pupil's address with the school nurse? Not without consent, surely.",
        # negations before many cues ("not", "never", "didnt"…: 130-190 phrases start with each)
        "He never lets her eat, she didn't tell anyone and nobody can't stop him hitting her.",
    ],
)
def test_the_hits_are_those_of_every_possible_phrase_matched_at_every_place(message: str) -> None:
    # The need filter written out in `find_hits` keeps what `Phrase.possible` keeps (a phrase
    # of one place needs nothing), and the written-out paths match as `_match` does.
    read = _DETECTOR._tokens(message)
    words, sentence_of = read.words, read.sentence_of
    present = frozenset(words)
    ends = [
        next((j for j in range(i + 1, len(words)) if sentence_of[j] != sentence_of[i]), len(words))
        for i in range(len(words))
    ]
    for index in (_DETECTOR._harm_index, _DETECTOR._context_index):
        expected = [
            (i, phrase.text, stop)
            for i, token in enumerate(words)
            for phrase in index.get(token, ())
            if phrase.possible(present)
            and (stop := _match(phrase.slots, 0, words, i, ends[i])) >= 0
        ]
        found = [(hit.position, hit.phrase.text, hit.end) for hit in find_hits(read, index)]
        assert found == expected
        # The phrases filed by what they need find the same, first filed or filed already
        # (by this message, then by the others: the words they share are filed once).
        starts = _STARTS[id(index)]
        for _ in range(2):
            filed = find_hits(read, index, starts)
            assert [(hit.position, hit.phrase.text, hit.end) for hit in filed] == expected
    assert found  # the context cues: "share", "consent"


_STARTS = {id(_DETECTOR._harm_index): PhraseStarts(), id(_DETECTOR._context_index): PhraseStarts()}
"""Kept from message to message, as the detector keeps them."""
