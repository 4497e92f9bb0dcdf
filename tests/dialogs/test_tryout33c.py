"""Round 34: what a trial by someone who tunes nothing (tryout33c) found in the dialogs.
"is anyone there" got "I couldn't find that in the published Q&A" and the seek-advice list."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "message", ["is anyone there", "Is anyone there?", "hello, anyone there?", "are you there"]
)
def test_asking_whether_anyone_is_there_is_greeted(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))

    assert "Hello" in said
    assert "couldn't find" not in said
