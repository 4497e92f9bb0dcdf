"""Writing up a sharing decision already made gets the recording reply (key question 7), not
the reply about correcting records, and never a quoted entry."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts


@pytest.mark.parametrize(
    "message",
    [
        "what should I write in the case notes after deciding not to share?",
        "I decided not to share, what goes in my notes?",
        "we've decided not to share with the school, what do we put on file?",
        "what do I write on the file when deciding not to share?",
    ],
)
def test_writing_up_a_decision_gets_the_recording_reply(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert quoted(replies) == []
    assert "Record your decision" in said
    assert "Correcting, erasing" not in said


def test_correcting_case_notes_still_gets_the_records_reply(chat: Chat) -> None:
    said = texts(chat.send("how do I correct a mistake in the case notes?"))
    assert "Correcting, erasing" in said
