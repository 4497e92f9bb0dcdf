""" "Who is the attendance guidance for?" asks about another guidance, named by the word before
it (docs/matcher.md, round 29, quote29).

The entries' guidance is the information sharing guidance. Between an article or possessive and
a word for a guidance (`guidance_words`), a word the published texts never use, no number and
none of `guidance_qualities` names another guidance: the entry is offered, not quoted. The
published texts' own words for their guidance ("the 2008 guidance", "the government's guidance",
"the new guidance", "the cross-government guidance") still ask about it.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import Matcher
from knowledge.matching.another_topic import AnotherTopic, in_capitals
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.schema import NotCoveredPack as NotCoveredModel
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each quoted (entry 9 or 6) before
        "Who is the attendance guidance for?",
        "Who is the school attendance guidance aimed at?",
        "Why was the safer recruitment guidance updated?",
        "Who are the restraint guidelines for?",
        "Who is the behaviour guidance meant for?",
        "Why was the exclusions guidance changed?",
        # initials the published texts never write in capitals: "send" alone is a word of theirs
        "Who is the SEND guidance for?",
        "Who wrote the SEND guidance?",
    ],
)
def test_another_guidance_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("Who is the guidance for?", 9),
        ("Who is the information sharing guidance for?", 9),
        ("Who is the government's guidance for?", 9),
        ("Why was the new guidance updated?", 6),
        ("Why was the cross-government guidance updated?", 6),
        ("Who is the full guidance for?", 9),
        ("Who is the HM Government guidance for?", 9),
        ("Why was the DCSF guidance updated?", 6),
        ("WHO IS THE GUIDANCE FOR?", 9),
    ],
)
def test_the_guidance_in_its_own_words_is_still_quoted(
    built_in_matcher: Matcher, message: str, number: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == number, result


def test_the_published_texts_say_which_words_describe_their_guidance() -> None:
    entry = QAEntry(number=1, question="Who is the local guidance for?", answer="Everyone.")
    topic = AnotherTopic(
        [entry],
        topic_frames=["guidance on"],
        sharing=PhraseSet(["sharing"]),
        guidance=["guidance"],
        qualities=["main"],
    )

    def named(text: str) -> bool:
        return topic.named(words(text), words(text))

    assert named("who is the parking guidance for")
    assert named("who is the guidance on parking for")
    assert not named("who is the local guidance for")
    assert not named("who is the main guidance for")
    assert not named("who is the 2008 guidance for")
    assert not named("who is the data sharing guidance for")
    assert not named("who is the guidance for")


def test_the_packs_guidance_words_are_single_words() -> None:
    NotCoveredModel.model_validate({"kind": "not-covered", "guidance_words": ["guidance"]})
    with pytest.raises(ValidationError, match="not one word"):
        NotCoveredModel.model_validate({"kind": "not-covered", "guidance_words": ["the guide"]})
    with pytest.raises(ValidationError, match="not one word"):
        NotCoveredModel.model_validate({"kind": "not-covered", "guidance_qualities": ["main one"]})


def test_initials_are_read_from_the_text() -> None:
    assert in_capitals("Who is the SEND guidance for? The HM one") == {"send", "hm"}
    assert in_capitals("WHO IS THE SEND GUIDANCE FOR?") == frozenset()
    entry = QAEntry(number=1, question="Who is the HM guidance for?", answer="We send it out.")
    topic = AnotherTopic(
        [entry], topic_frames=(), sharing=PhraseSet(["sharing"]), guidance=["guidance"]
    )
    ask = "Who is the SEND guidance for?"
    assert topic.named(words(ask), words(ask), ask)
    assert not topic.named(words(ask.lower()), words(ask), ask.lower())
    ask = "Who is the HM guidance for?"
    assert not topic.named(words(ask), words(ask), ask)
