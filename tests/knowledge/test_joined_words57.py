"""`joined_words`: the words of a reading with apostrophes dropped (round 57, tidy242)."""

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


def test_a_curly_apostrophe_joins_only_when_asked() -> None:
    assert joined_words("they\u2019ll come") == ["they", "ll", "come"]
    assert joined_words("they\u2019ll come", curly=True) == ["theyll", "come"]
