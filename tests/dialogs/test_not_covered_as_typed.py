"""Not-covered topics reached as people type them (round 31, a practitioner trial): "clares law"
with no apostrophe, and a letter gone to the wrong patient, got "I couldn't find that", though
"what is clare's law?" and a letter to the wrong address got their topic's reply."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("clares law - does the Q&A cover it?", "Disclosure schemes"),
        ("sarahs law request from a parent", "Disclosure schemes"),
        ("our admin posted a clinic letter to the wrong patient, now what?", "goes astray"),
    ],
)
def test_a_not_covered_topic_typed_plainly_gets_its_reply(
    chat: Chat, message: str, expected: str
) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert expected in texts(replies)
