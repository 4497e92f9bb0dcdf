"""**back** from a question that shares its key question's number with the one before (tryout43
#9): after **Not asked yet** at key question 4 the check asks key question 4 again in other
words, and **back** said only "Going back one question" and showed key question 4: it looked
like no move. It now says which answer is open again; back between two numbers is unchanged.
"""

from __future__ import annotations

from tests.support.core import Chat, texts
from tests.support.reply_probe import go_to


def test_back_after_not_asked_yet_says_which_answer_is_open(chat: Chat) -> None:
    go_to(chat, "consent")
    chat.send("not asked yet")
    check = chat.state.check
    assert check is not None and check.step == "ask-first"
    said = texts(chat.send("back"))
    assert "Going back to key question 4: you answered **Not asked yet**" in said
    assert "Going back one question" not in said
    check = chat.state.check
    assert check is not None and check.step == "consent" and check.answered("consent") is None


def test_back_pressed_after_not_asked_yet_says_the_same(chat: Chat) -> None:
    go_to(chat, "consent")
    chat.press("Not asked yet")
    said = texts(chat.send("go back"))
    assert "you answered **Not asked yet**" in said, said


def test_back_between_two_key_questions_is_unchanged(chat: Chat) -> None:
    go_to(chat, "consent")
    said = texts(chat.send("back"))
    assert "Going back one question" in said and "**Key question 3**" in said
    assert "you answered" not in said
