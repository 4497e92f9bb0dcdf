"""Round 53 (quoted189): which words of a message stand inside quotation marks
(knowledge/quoted_words.py), the mark the report readings use so that a quoted speaker's "I" is
not taken for the writer's. A mark is kept only where it plainly opens and closes a quotation: an
apostrophe, a dropped letter, a height or a stray mark quotes nothing."""

from __future__ import annotations

import pytest

from knowledge.quoted_words import quoted_spans, quoted_words
from knowledge.risk_words import words_of
from tests.support.linear import grows_in_step

QUOTED = {
    "straight-double": [
        (
            'Ms Green said: "I found a frail little lady." The home closed.',
            "i found a frail little lady",
        ),
        ('she said "he hits me" and "I am scared"', "he hits me i am scared"),
    ],
    "curly-double": [
        (
            "The carer told the inquest: \u201cI could see she had not been fed.\u201d",
            "i could see she had not been fed",
        ),
    ],
    "single": [
        (
            "'He was so old, I remember,' Amy says. 'He was shaking.'",
            "he was so old i remember he was shaking",
        ),
        ("my dad told me 'you're worthless' and hit me", "you are worthless"),
        ("she felt \u2018like a prisoner\u2019 at work", "like a prisoner"),
    ],
    "nested": [
        (
            "\u201che said \u2018I\u2019ll kill you\u2019\u201d she told police",
            "he said i will kill you",
        ),
        ("The court heard: \"she told me 'stop' twice\" in the end", "she told me stop twice"),
    ],
    "none": [
        ("I don't know why mum's boyfriend hits me", ""),
        ("i told 'em the boys' dad hits me", ""),
        ("he is 5'2\" and she is 6'1\" tall and he hits her", ""),
        ('she said "he hits me and I am scared', ""),  # unclosed: a stray mark hides nothing
        ('"he hits me" she said and then "I', ""),  # an odd count of straight marks
        ("\u201che hits me and I am scared", ""),  # a curly mark left open
        ("'he hits me\nand I am scared'", ""),  # a single quote does not run across lines
        ("rock 'n' roll and he hits me", ""),
    ],
}


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        pytest.param(text, inside, id=f"{kind}-{n}")
        for kind, pairs in QUOTED.items()
        for n, (text, inside) in enumerate(pairs)
    ],
)
def test_the_words_inside_quotation_marks_are_marked(text: str, inside: str) -> None:
    raws = words_of(text)
    words = [w for w in raws if w.isalnum()]
    assert " ".join(words[i] for i in sorted(quoted_words(text, raws))) == inside


def test_a_page_of_quotes_is_marked_nowhere() -> None:
    text = " ".join(f'"word {n}"' for n in range(100))
    assert quoted_spans(text) == []
    assert quoted_words(text, words_of(text)) == frozenset()


@pytest.mark.parametrize(
    "unit", ['"a" ', "'a' ", "\u201ca ", "a\u201d ", '"', "'b '", "x'y ", '"a\' "b" ']
)
def test_marking_quotes_grows_in_step_with_the_text(unit: str) -> None:
    fine, small, large = grows_in_step(lambda t: quoted_words(t, words_of(t)), unit)
    assert fine, (small, large)
