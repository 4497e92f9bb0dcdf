"""A preface before a spaced dash says what prompted the question ("our toolkit says stick to
our own policies - how does the national guidance fit…?"): the gate reads the question after
the dash, with the preface as its story, so the preface's subjects (a toolkit, ICO fines) no
longer hold back the entry the question asks for. A question that points back to the preface
("- does it apply to us?") or names its subject again is still read with it.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.segment import Segment, prefaced, split_preface
from knowledge.matching.text import words


@pytest.mark.parametrize(
    ("message", "number"),
    [
        (
            "our safeguarding toolkit says stick to our own policies - how does the national "
            "guidance fit with my organisation's own procedures?",
            11,
        ),
        (
            "staff are worried about ICO fines - is data protection a barrier to sharing "
            "information about a vulnerable adult?",
            3,
        ),
    ],
)
def test_the_question_after_the_dash_is_answered(
    built_in_matcher: Matcher, message: str, number: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == number


@pytest.mark.parametrize(
    "message",
    [
        # the question names the preface's subject again
        "the toolkit is new - how does the national guidance fit with the toolkit?",
        # where the asker works is still read from the preface
        "nurse in Scotland - does data protection stop us sharing information to keep someone "
        "safe?",
        "working in a care home in Wales - how does the national guidance fit with my "
        "organisation's own policies?",
        # one case, told in the preface
        "the school trip is next week - can I share the medical forms with the coach company?",
        "the mum refused - can I share with the school anyway?",
        # pointing back to the preface
        "we have CCTV of the car park - can we share it with the police?",
        "national data opt-out - does it apply to us?",
    ],
)
def test_near_questions_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("sentence", "preface", "rest"),
    [
        (
            "the toolkit says so - how does the new guidance fit?",
            "the toolkit says so",
            "how does the new guidance fit?",
        ),
        (
            "ICO fines \u2013 why was the guidance updated then?",
            "ICO fines",
            "why was the guidance updated then?",
        ),
    ],
)
def test_split_preface(sentence: str, preface: str, rest: str) -> None:
    assert split_preface(sentence) == (preface, rest)


@pytest.mark.parametrize(
    "sentence",
    [
        "the toolkit says so - how does it fit?",  # points back
        "how do I share - is there a form?",  # the preface asks itself
        "ICO fines - a worry",  # nothing asked after the dash
        "ICO fines - why?",  # too short to stand alone
        "ICO fines-why is data protection a barrier?",  # no spaced dash
    ],
)
def test_no_preface(sentence: str) -> None:
    assert split_preface(sentence) == ("", sentence)


def test_prefaced_adds_the_preface_to_the_story() -> None:
    segment = Segment("ICO fines - does data protection stop us?", "We are a charity.")
    read = prefaced(segment)
    assert read.question == "does data protection stop us?"
    assert read.background == "We are a charity. ICO fines"
    assert words(read.text) == words(segment.text)  # the same words, read as typed
    plain = Segment("does data protection stop us?")
    assert prefaced(plain) is plain
