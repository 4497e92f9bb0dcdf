"""Round 34: the record of a check that paused for advice and then went on again. Its "Fill in
the record here" button, pressed while the check is under way, says so (it said the check had
ended or expired: tryout33c finding 9) and writes nothing."""

from __future__ import annotations

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
