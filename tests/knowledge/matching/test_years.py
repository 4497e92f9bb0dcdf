"""The subject check's quick look for years (`may_name_a_year`) never misses one that splitting
the text into words finds, whatever markup, entities or wide characters the text holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowledge.matching.subjects import _years, may_name_a_year
from knowledge.matching.text import words

# Digits as typed and as markup can spell them, and what `clean` removes around them.
_PIECES = st.sampled_from(
    [
        *"0123456789",
        *"a s'\u2019<>&#;:/.",
        "\uff12\uff10",  # full-width "20"
        "\u00b9\u2079",  # superscript "19"
        "&#50;",  # "2"
        "&#x30;",  # "0"
        "<b>",
        "<@U1>",
        "https://x.org/",
        "e\u0301",
    ]
)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_a_text_the_quick_look_passes_over_names_no_year(text: str) -> None:
    if not may_name_a_year(text):
        assert list(_years(words(text))) == []


def test_the_quick_look_passes_over_plain_text_without_those_digits() -> None:
    assert not may_name_a_year("Share with the school from 1898? no: 21 or 2 0")
    assert may_name_a_year("the 2008 guidance")
    assert list(_years(words("&#50;&#48;&#49;&#57; guidance"))) == ["2019"]
    assert may_name_a_year("&#50;&#48;&#49;&#57; guidance")
    assert may_name_a_year("\uff12\uff10\uff11\uff19")
