"""Round 49 (fa145): whose harm, and now (knowledge/risk_whose_now.py, and the stance of
knowledge/risk_stance.py read wider).

A message that tells another's story as a book, a film or a script tells it, or as a news or law
report does, and names no one of the writer's own, tells of nobody at risk now: it is not
signposted; nor is a page told in general that names one person only in a conditional or a
general rule ("if a child may be at risk…") or as a kind ("patient abuse"). Beside each, a
near-miss that names the work or the report but tells of someone of the writer's ("my", "we",
"you"), of one child told of beside general words, or of a film a child was made to watch, still
rings.
"""

from __future__ import annotations

import pytest

from knowledge.risk_types import Tokens, stem_word
from knowledge.risk_whose_now import told_as_press, told_as_work
from tests.support.core import Chat
from tests.support.set_aside49 import WHOSE_QUIET as QUIET
from tests.support.set_aside49 import WHOSE_RINGS as RINGS


@pytest.mark.parametrize("message", QUIET)
def test_another_story_told_as_a_work_or_a_report_is_not_signposted(
    chat: Chat, message: str
) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", RINGS)
def test_a_story_told_of_the_writers_own_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


_MARKERS = {
    "stance-writer": frozenset(map(stem_word, ("i", "my"))),
    "whose-work": frozenset(map(stem_word, ("novel",))),
    "whose-press": frozenset(map(stem_word, ("sheriff",))),
    "whose-near": frozenset(map(stem_word, ("we",))),
}


def _read(text: str) -> Tokens:
    words = [stem_word(w) for w in text.split()]
    n = len(words)
    return Tokens(words=words, sentence_of=[0] * n, clause_of=[0] * n, questions=frozenset())


@pytest.mark.parametrize(
    ("text", "work", "press"),
    [
        ("the novel tells of a beaten girl", True, False),
        ("my novel tells of a beaten girl", False, False),
        ("the sheriff arrested the man", False, True),
        ("we saw the sheriff arrest him", False, False),
        ("i saw the sheriff arrest him", False, False),
        ("the story tells of a beaten girl", False, False),
    ],
)
def test_the_readings_take_their_words_from_the_markers_given(
    text: str, work: bool, press: bool
) -> None:
    read = _read(text)
    assert (told_as_work(read, _MARKERS), told_as_press(read, _MARKERS)) == (work, press)
