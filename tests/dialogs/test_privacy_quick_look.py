"""`looks_identifying` searches a message only with the patterns that can match it (none that
needs a digit in a message without one, nor the e-mail pattern without an "@"), and so says
what searching with every pattern says, whatever the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dialogs.privacy import _PATTERNS, _names_a_person, looks_identifying

_PIECES = st.sampled_from(
    [
        *"0123456789 -/.,@+",
        "\u0663",  # an Arabic-Indic digit: `\\d` in both the quick look and the patterns
        "07700 900",
        "SW1A 1AA",
        "AB 12 34 56 C",
        "12 Acacia Avenue",
        "born",
        "born on 3",
        " March",
        "Mrs Patel",
        "Jane Smith",
        "sam@example.org",
        "a.b",
        "share",
    ]
)


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_the_quick_look_answers_as_every_pattern_would(text: str) -> None:
    every = any(p.search(text) for p in _PATTERNS) or _names_a_person(
        text, frozenset(), frozenset()
    )
    assert looks_identifying(text) == every


def test_each_kind_is_still_found() -> None:
    assert looks_identifying("call 07700 900123")
    assert looks_identifying("she lives at SW1A 1AA")
    assert looks_identifying("mail sam@example.org")
    assert looks_identifying("Mrs Patel said")
    assert looks_identifying("date of birth: 3 May")
    assert looks_identifying("DOB 2015")
    assert looks_identifying("she was born in March")
    assert not looks_identifying("can I share with the school nurse?")


def test_a_date_of_birth_named_but_not_given_is_not_personal_data() -> None:
    assert not looks_identifying("can I email a child's dob to the nurse?")
    assert not looks_identifying("can I share her date of birth with the GP?")
    assert not looks_identifying("the baby was born early")
