"""A threat against the writer is read in one place (`dialogs.threat_voice.threatens_writer`):
the danger follow-up's reply, the danger-now mark and the reading of who wrote a message ask it.
Who wrote a message reads, of the pack's threats, only a plan to kill ("going to kill", "gonna
kill", "wants to kill") from the words alone: "she'll kill me if she knows i told" is said of
anger, and a young person's about a friend stays theirs."""

from __future__ import annotations

import pytest

from dialogs.danger_follow_up import DangerFollowUp
from dialogs.own_voice import voice_of
from dialogs.threat_voice import threat_phrases, threatens_writer
from knowledge.matching.text import words
from knowledge.typed_words import simplify
from tests.support.packs import builtin_knowledge, friend_voice


@pytest.mark.parametrize(
    ("message", "against_writer"),
    [
        ("he said he'll kill me tonight", True),
        ("my boyfriend threatened to stab us", True),
        ("client says her husband will kill her", False),
        ("hes going to kill himself", False),
    ],
)
def test_the_danger_follow_up_reads_the_threat_by_the_one_reading(
    message: str, against_writer: bool
) -> None:
    knowledge = builtin_knowledge()
    threats = threat_phrases(knowledge.typed_words)
    danger = DangerFollowUp(knowledge.typed_words, knowledge.about)
    assert threatens_writer(threats, words(message)) is against_writer
    assert danger.writer_threatened(message) is against_writer


@pytest.mark.parametrize(
    "message", ["my ex is going to kill me tonight", "hes going to kill us", "gonna kill us"]
)
def test_a_plan_to_kill_the_writer_or_their_family_is_harm_to_the_writer(message: str) -> None:
    assert friend_voice().own_harm.tells(simplify(message).split())


@pytest.mark.parametrize(
    "message", ["shell kill me if she knows i told", "my mum will kill me if she finds out"]
)
def test_a_threat_said_of_anger_is_no_harm_read_from_the_words_alone(message: str) -> None:
    assert not friend_voice().own_harm.tells(simplify(message).split())


def test_a_plan_to_kill_us_is_the_writers_own_in_a_search_as_in_a_chat() -> None:
    friend = friend_voice()
    simple = simplify("my dad wants to kill us")
    assert voice_of(simple, friend) == voice_of(simple, friend, threatened=True) == "self"
