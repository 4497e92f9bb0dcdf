"""Round 34: buttons of older messages of a check (tryout33c findings 9 and 14). The record of a
check that paused for advice and then went on again: its "Fill in the record here", pressed while
the check is under way, says so (it said the check had ended or expired) and writes nothing. An
older question's "Why am I asked this?" is explained below, its message left as it was (it
replaced that message, as the pending question's "why" does)."""

from __future__ import annotations

from dialogs.contract import Press
from tests.support.core import Chat, texts


def _paused_then_resumed(chat: Chat) -> None:
    chat.send("check")
    chat.press("Yes")
    chat.press("Not sure")  # the check pauses for advice, with a record
    chat.press("I've had the advice")
    chat.press("Yes")
    assert chat.state.check is not None and not chat.state.check.finished


def test_the_paused_records_button_says_the_check_is_still_under_way(chat: Chat) -> None:
    _paused_then_resumed(chat)

    replies = chat.press("Fill in the record here")

    said = texts(replies)
    assert "still under way" in said and "ended or expired" not in said
    assert all(r.form is None and r.record is None for r in replies)
    assert "Key question 3" in replies[-1].text


def test_the_record_of_a_check_that_ended_is_still_filled_in(chat: Chat) -> None:
    _paused_then_resumed(chat)
    for label in ("No", "Yes"):  # not confidential: the check ends
        if chat.state.check is not None and chat.state.check.finished:
            break
        chat.press(label)
    assert chat.state.check is not None and chat.state.check.finished

    replies = chat.press("Fill in the record here")

    assert any(r.form is not None for r in replies)


def test_an_older_questions_why_is_explained_and_leaves_its_message(chat: Chat) -> None:
    chat.send("check")
    older_why = chat.choice("Why am I asked this?").value
    chat.press("Yes")
    chat.press("Not sure")  # the check pauses for advice

    replies = chat.press_value(older_why)

    assert "Why key question 1?" in replies[0].text
    assert all(r.press is Press.REFUSED and not r.replaces_pressed for r in replies)


def test_the_pending_questions_why_still_takes_its_place(chat: Chat) -> None:
    chat.send("check")

    replies = chat.press("Why am I asked this?")

    assert "Why key question 1?" in replies[0].text
    assert all(r.press is Press.EXPLAINED for r in replies)
