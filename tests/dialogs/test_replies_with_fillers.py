"""Replies as typed in a hurry: a filler before the answer ("actually she agreed", "sorry,
no"), texting spellings ("yh", "yess") and the question's own verb in another tense ("it would",
"it wasn't"). They were asked again; they are read and confirmed now."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("consent", "actually she agreed", AnswerKey.YES),
        ("consent", "wait, she refused", AnswerKey.REFUSED),
        ("purpose", "sorry, no", AnswerKey.NO),
        ("purpose", "yh", AnswerKey.YES),
        ("purpose", "yess", AnswerKey.YES),
        ("identifiable", "it would", AnswerKey.YES),
        ("identifiable", "it wouldn't", AnswerKey.NO),
        ("confidential", "it was", AnswerKey.YES),
        ("confidential", "it wasn't", AnswerKey.NO),
        ("confidential", "i'd say it is", AnswerKey.YES),
    ],
)
def test_a_hurried_reply_is_read(chat: Chat, step: str, words: str, meant: AnswerKey) -> None:
    answer, _ = answered(chat, step, words)
    assert answer is meant


def test_a_filler_alone_is_no_answer(chat: Chat) -> None:
    answer, _ = answered(chat, "purpose", "well")
    assert answer is None


@pytest.mark.parametrize("sound", ["hmm", "erm", "umm", "hmm ok"])
def test_a_sound_of_thinking_is_taken_as_an_acknowledgement(chat: Chat, sound: str) -> None:
    # Round 30 (a practitioner trial): "hmm" got "I couldn't find that in the published Q&A"
    # and the seek-advice list, as if it were a question.
    said = " ".join(r.text for r in chat.send(sound))
    assert "Whenever you're ready" in said
    assert "couldn't find" not in said
    answer, _ = answered(chat, "purpose", sound)
    assert answer is None
