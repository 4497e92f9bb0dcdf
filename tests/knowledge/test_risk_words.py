"""The risk check's reading of words (`words_of`) with its apostrophe patterns written to start
at the apostrophe reads every text as the look-behind-first patterns it replaced did."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from knowledge import risk_words
from knowledge.risk import words_of

# The patterns as they were: a look-behind tried at every character.
_OLD = {
    "_CONTRACTION": re.compile(r"(?<=[A-Za-z])['\u2019](ll|d|re|ve|m|s)\b", re.IGNORECASE),
    "_POSSESSIVE": re.compile(r"(?<=[a-z])'s\b"),
    "_APOSTROPHE": re.compile(r"(?<=[a-z])'(?=[a-z])"),
}
_PIECES = st.sampled_from(
    [*"aAsSdDlmrevt I'\u2019.,?-_1\u00e9\u0130\u017f\u212a", "ll", "LL", "re", "ve", "'s"]
)


@given(st.lists(_PIECES, max_size=16).map("".join))
def test_each_apostrophe_pattern_matches_where_the_old_one_did(text: str) -> None:
    for name, old in _OLD.items():
        new: re.Pattern[str] = getattr(risk_words, name)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        assert [m.groups() for m in new.finditer(text)] == [m.groups() for m in old.finditer(text)]


def test_contractions_possessives_and_apostrophes_read_as_before() -> None:
    assert words_of("She'll say it's Sam's, they're OK'd, I'M sure ISN'T") == [
        "she", "will", "say", "it", "sam", ",", "they", "are", "ok", "would", ",",
        "i", "am", "sure", "isnt",
    ]  # fmt: skip
