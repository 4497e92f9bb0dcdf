"""Round 34 (tryout33c, finding 13): "what is the difference between the golden rules and the key
questions" was shown the golden rules alone. The rules reply now says, after the rules, how they
differ from the seven key questions (the rules pack's `key_questions`, data)."""

from __future__ import annotations

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge


def test_the_difference_is_said_with_the_rules(chat: Chat) -> None:
    differ = builtin_knowledge().rules.key_questions
    assert differ

    said = texts(chat.send("what is the difference between the golden rules and the key questions"))

    assert "golden rules for information sharing" in said
    assert differ in said
    assert said.index("Keep a record") < said.index(differ)
