"""Round 60 (recall268): the readings `segment` gives a question told in a manager's or a
trainer's words: a bracket before it (`split_label`), a report of who wants it answered
(`reported.split_reported_ask`), a question across two lines (`reported.joined_lines`), and a
question after a dash ending on what it would know about (`split_preface`)."""

from __future__ import annotations

import pytest

from knowledge.matching.reported import joined_lines, split_reported_ask
from knowledge.matching.segment import split_label, split_preface


@pytest.mark.parametrize(
    ("sentence", "label", "rest"),
    [
        (
            "(for a staff briefing) why is sharing important?",
            "for a staff briefing",
            "why is sharing important?",
        ),
        ("(trainer) who is the guidance for?", "trainer", "who is the guidance for?"),
        ("(sorry, basic one) what is an ISP?", "", "(sorry, basic one) what is an ISP?"),
        ("(why?) is it?", "", "(why?) is it?"),
    ],
)
def test_a_bracket_before_the_question_is_its_label(sentence: str, label: str, rest: str) -> None:
    assert split_label(sentence) == (label, rest)


@pytest.mark.parametrize(
    ("sentence", "report", "rest"),
    [
        (
            "my manager asked me to find out why we need guidance",
            "my manager asked me to find out",
            "why we need guidance",
        ),
        (
            "I've been asked to check whether the guidance covers volunteers",
            "I've been asked to check",
            "whether the guidance covers volunteers",
        ),
        (
            "she wants me to explain to the whole team why sharing matters",
            "she wants me to explain to the whole team",
            "why sharing matters",
        ),
    ],
)
def test_a_report_of_who_wants_to_know_comes_off(sentence: str, report: str, rest: str) -> None:
    assert split_reported_ask(sentence) == (report, rest)


@pytest.mark.parametrize(
    "sentence",
    [
        "can you help me to find out whether I can share?",  # the report asks itself
        "I rang to find out about it",  # no question word after it
        "Hi, my manager asked me to find out why we share",  # a sentence before it
        "to find out why she left",  # nothing before it
        "i need to check whether we can share this with the police",  # the writer's own step
        "i want to check if i can share something with a school",
        "my manager asked me to check if im allowed to pass this on",
    ],
)
def test_no_report(sentence: str) -> None:
    assert split_reported_ask(sentence) == ("", sentence)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "what do foster carers\nthink about sharing?",
            "what do foster carers think about sharing?",
        ),
        ("Hello\nwhat is an ISP?", "Hello\nwhat is an ISP?"),  # a greeting, then the question
        ("is it ok?\nand who do I ask?", "is it ok?\nand who do I ask?"),  # two questions
        ("what is an ISP\nwhy do we need one?", "what is an ISP\nwhy do we need one?"),
        ("She is 15\nshe told me at lunch", "She is 15\nshe told me at lunch"),  # a story
    ],
)
def test_a_question_across_two_lines_is_one_line(text: str, joined: str) -> None:
    assert joined_lines(text) == joined


def test_a_question_after_a_dash_knowing_about_its_preface_is_not_split() -> None:
    sentence = "dpa and info sharing - what do i need to know?"
    assert split_preface(sentence) == ("", sentence)
    assert split_preface("ICO fines - what does the guidance say?")[0] == "ICO fines"
