"""Sharing with a body whose name holds an everyday word is still information sharing (tryout35
#15): "does the guidance cover sharing with the home office" got "I can only help with sharing
information about people", near the chatter cues "out of office" and "working from home"."""

from __future__ import annotations

from tests.support.core import Chat, quoted, texts

CHATTER = "I can only help with sharing information about people"


def test_sharing_with_the_home_office_is_not_chatter(chat: Chat) -> None:
    replies = chat.send("does the guidance cover sharing with the home office")
    assert CHATTER not in texts(replies)
    assert quoted(replies) == []


def test_the_office_itself_is_still_chatter(chat: Chat) -> None:
    assert CHATTER in texts(chat.send("is the office closed on monday"))
