"""A question in quotation marks is someone else's ("my manager asked, "Why…?""), not the
writer's ask: its question mark neither makes its sentence the question nor keeps the sentence
from ending there (knowledge/matching/segment.py, `without_quoted_asks`)."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.segment import question_parts, without_quoted_asks


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # Quoted on main (entries 13 at 63 and 3 at 66): the writer asks nothing.
        (
            'The quiz at the end of the course asked, "Do you need an information sharing '
            'protocol to share information?" Most of us got it right.',
            13,
        ),
        (
            'The trainer opened the session with "Is data protection a barrier to sharing '
            'information?" and then moved on to fire safety.',
            3,
        ),
    ],
)
def test_a_quoted_question_is_not_the_writers_ask(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert [m.number for m in result.suggestions] == [entry]


def test_a_message_all_in_quotes_is_still_answered(matcher: Matcher) -> None:
    result = matcher.match('"Why is information sharing important?"')
    assert result.answer is not None and result.answer.number == 1, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She said \u201cwhy don\u2019t you leave?\u201d and I left.",
            "She said \u201cwhy don\u2019t you leave.\u201d and I left.",
        ),
        (
            'I asked, "Can you keep a secret?" She nodded.',
            'I asked, "Can you keep a secret." She nodded.',
        ),
        # the writer's own question with a quotation inside it keeps its mark
        (
            'Can I just write "consent refused?" on the form?',
            'Can I just write "consent refused?" on the form?',
        ),
        ('"Can I share this?"', '"Can I share this?"'),
    ],
)
def test_which_question_marks_are_dropped(text: str, expected: str) -> None:
    assert without_quoted_asks(text) == expected


def test_the_sentence_ends_after_a_quoted_question() -> None:
    parts = question_parts(
        'My manager asked, "Why do we share?" I had no answer. Can I share it with the nurse now?'
    )
    assert parts[0].question == "Can I share it with the nurse now?"
    assert parts[0].background == 'My manager asked, "Why do we share." I had no answer.'
