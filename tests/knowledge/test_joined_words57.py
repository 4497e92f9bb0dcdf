"""`joined_words`: the words of a reading with apostrophes dropped (round 57, tidy242)."""

from dialogs.clean_input import clean_input
from knowledge.matching.text import joined_words


def test_a_straight_apostrophe_joins_its_word() -> None:
    assert joined_words("They'll DROP it off, don't worry") == [
        "theyll",
        "drop",
        "it",
        "off",
        "dont",
        "worry",
    ]


def test_a_curly_apostrophe_is_made_straight_before_any_reading() -> None:
    # Round 57 (curly244): the readings read typed text through `clean_input`, which makes a
    # phone's apostrophe the ASCII one, so no reading needs its own handling of it.
    assert joined_words(clean_input("they\u2019ll come")) == ["theyll", "come"]
