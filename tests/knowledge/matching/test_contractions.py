"""A contracted verb is read as its word: "we're" is "we are", never the word "were" that
dropping the apostrophe makes (docs/matcher.md, round 22).

"when we're worried" read as "when were…" asked a date (an ask no entry answers) and held every
quote back; "we'll" read as "well", "she'll" as "shell", "I'd" as "id". Each question here is a
fresh wording, not an item of a labelled set; each whole-assistant test failed before.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.text import words
from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("we're worried", ["we", "are", "worried"]),
        ("We\u2019re worried", ["we", "are", "worried"]),  # a typographic apostrophe
        ("we'll share it", ["we", "will", "share", "it"]),
        ("she'll tell them", ["she", "will", "tell", "them"]),
        ("I'd like to know", ["i", "would", "like", "to", "know"]),
        ("they've agreed", ["they", "have", "agreed"]),
        ("I'm a nurse", ["i", "am", "a", "nurse"]),
    ],
)
def test_a_contracted_verb_is_its_word(typed: str, read: list[str]) -> None:
    assert words(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # typed without the apostrophe, a word is what it is: "were" stays "were"
        ("were worried", ["were", "worried"]),
        ("well done", ["well", "done"]),
        # "n't" as the packs list it typed without the apostrophe; "'s" as before (is, has
        # or a possessive); names and other apostrophes are not contractions
        ("don't", ["dont"]),
        ("can't", ["cant"]),
        ("it's fine", ["it", "fine"]),
        ("the school's policy", ["the", "school", "policy"]),
        ("O'Dell", ["odell"]),
        ("ma'am", ["maam"]),
    ],
)
def test_other_words_are_read_as_before(typed: str, read: list[str]) -> None:
    assert words(typed) == read


def test_we_are_asks_no_date(built_in_matcher: Matcher) -> None:
    gate = built_in_matcher._gate
    asks = gate._t.asks
    assert asks.of(words("why does it matter when we're worried about a child?")) == (
        asks.of(words("why does it matter when we are worried about a child?"))
    )
    assert "date" not in asks.all_of(words("what do families think when we're worried?"))


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("why is information sharing important when we're worried about a child?", 1),
        ("why is there guidance on sharing when we're all professionals anyway?", 2),
        ("what do young people think about sharing when we're worried about them?", 5),
        ("what is an information sharing protocol and when we're meant to use one?", 12),
        ("she'll be fine, but what do families think about information sharing?", 5),
    ],
)
def test_a_contraction_holds_back_no_quote(chat: Chat, question: str, number: int) -> None:
    # each got suggestions (held back by a date ask, or a word it never said) before
    assert quoted(chat.send(question)) == [published_question(number)]
