"""A story's last sentence opening "I" or "we" asks something only when it says it asks ("I was
wondering…", "we need to know…"); otherwise it is more of the story, and nothing is quoted
(knowledge/matching/question_forms.py, `asks_something`)."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.question_forms import asks_something
from knowledge.matching.text import words


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was quoted on main (entries 4, 4, 3 and 13) though it asks nothing.
        "Our nursery asked me to sign a form about sharing. I told them I don't consent to them "
        "sharing information about my daughter without asking me first.",
        "The GP surgery wrote to us about my dad. We do not agree to them sharing information "
        "about him without his consent.",
        "The council has a new policy. I have told my team that data protection is not a barrier "
        "to sharing information.",
        "Our foster carer asked about this. We told her an information sharing protocol is not "
        "needed before sharing.",
    ],
)
def test_a_story_ending_in_a_statement_is_quoted_nothing(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert result.withheld  # the entry stays one press away


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "We have a new volunteer at the youth club. I would like to know why information "
            "sharing is so important.",
            1,
        ),
        (
            "We've just merged with another charity. I'm not sure whether we need an information "
            "sharing protocol before sharing with them.",
            13,
        ),
        (
            "We've just merged with another charity. We need to know whether we need an "
            "information sharing protocol before we share with them.",
            13,
        ),
    ],
)
def test_a_sentence_saying_it_asks_is_still_answered(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("I was wondering if we can share this", True),
        ("we'd like to know what the guidance says", True),
        ("I don't know whether to tell her mum", True),
        ("I do not want my details passed on", False),
        ("I asked her and she said no", False),
        ("We never agreed to it", False),
        ("Is the usual practice.", True),  # a verb opening it asks, as before
        ("What now", True),
    ],
)
def test_which_sentences_ask(sentence: str, asks: bool) -> None:
    assert asks_something(sentence, words(sentence)) is asks
