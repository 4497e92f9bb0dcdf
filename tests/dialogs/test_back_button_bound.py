"""Round 32 (buttons32): the buttons of a consent check's end answer once, and only where they
were shown. "Change my last answer" is bound to the run and its answers when shown; "Start
another check", "Start again", "Show how it ended" and "I've had the advice" to the run. A second
press (a Teams double click, an old message) is refused briefly, never applied in a newer place
and never a second copy of the question or the record. Typed **back** is as it was."""

from __future__ import annotations

from bot.app import Core
from dialogs.choices import Command, bound_value, command_value, parse_choice
from dialogs.contract import Private, Reply
from tests.support.core import Chat, texts


def _finish(chat: Chat, *answers: str) -> list[Reply]:
    """Start a check and press `answers` in turn (the labels of the buttons)."""
    chat.send("check")
    replies: list[Reply] = []
    for label in answers:
        replies = chat.press(label)
    assert chat.state.check is not None and chat.state.check.finished, texts(replies)
    return replies


def _shares(chat: Chat) -> list[Reply]:
    """A check ending at "you can share": yes, yes, no (not confidential)."""
    return _finish(chat, "Yes", "Yes", "No")


def _asked_step(chat: Chat) -> tuple[int, int]:
    check = chat.state.check
    assert check is not None
    return check.run, len(check.answers)


def test_change_my_last_answer_goes_back_one_question(chat: Chat) -> None:
    ended = _shares(chat)
    back = ended[-1].choices[[c.label for c in ended[-1].choices].index("Change my last answer")]

    seen = chat.press_value(back.value)

    assert "Going back one question" in texts(seen)
    assert _asked_step(chat) == (1, 2)
    assert chat.state.check is not None and not chat.state.check.finished


def test_change_my_last_answer_pressed_twice_goes_back_only_once(chat: Chat) -> None:
    ended = _shares(chat)
    back = next(c for c in ended[-1].choices if c.label == "Change my last answer")
    chat.press_value(back.value)

    again = chat.press_value(back.value)  # a double click, or the old message's button

    assert _asked_step(chat) == (1, 2)  # still one back from the end, not two
    assert again[0].text.startswith("That button is from an earlier point of the check")
    assert "haven't gone back again" in again[0].text
    assert "Key question 3" in again[-1].text  # where the person is now, with its buttons
    assert {"Yes", "No"} <= {c.label for c in again[-1].choices}


def test_change_my_last_answer_from_an_old_check_does_not_touch_a_newer_one(chat: Chat) -> None:
    ended = _shares(chat)
    back = next(c for c in ended[-1].choices if c.label == "Change my last answer")
    chat.send("check")  # a new check: run 2
    chat.press("Yes")
    before = chat.state.check

    seen = chat.press_value(back.value)

    assert chat.state.check == before
    assert "belongs to a consent check that has ended or expired" in seen[0].text
    assert "Key question 2" in seen[-1].text


def test_typed_back_still_goes_back_each_time(chat: Chat) -> None:
    _shares(chat)

    chat.send("back")
    chat.send("back")

    assert _asked_step(chat) == (1, 1)


def test_start_another_check_pressed_twice_starts_one_check(chat: Chat) -> None:
    ended = _shares(chat)
    start = next(c for c in ended[-1].choices if c.label == "Start another check")
    first = chat.press_value(start.value)
    assert "Key question 1" in first[-1].text
    assert chat.state.runs == 2

    again = chat.press_value(start.value)

    assert chat.state.runs == 2
    assert len(again) == 1
    assert "already started a new check" in again[0].text
    assert "Key question" not in again[0].text and not again[0].choices  # no second question


def test_start_another_check_from_an_old_record_starts_one_when_none_is_under_way(
    chat: Chat,
) -> None:
    ended = _shares(chat)
    start = next(c for c in ended[-1].choices if c.label == "Start another check")
    _shares(chat)  # run 2, finished too

    seen = chat.press_value(start.value)

    assert chat.state.runs == 3 and chat.state.in_check()
    assert "Key question 1" in seen[-1].text


def test_start_again_after_a_stale_press_restarts_once(chat: Chat) -> None:
    chat.send("check")
    first = chat.choice("Yes").value
    chat.press("Yes")
    chat.press("Yes")
    chat.press("No")
    notice = chat.press_value(first)  # a stale question button: the check has ended
    restart = next(c for c in notice[0].choices if c.label == "Start again")
    chat.press_value(restart.value)
    assert chat.state.runs == 2

    again = chat.press_value(restart.value)

    assert chat.state.runs == 2
    assert "already started a new check" in texts(again) and len(again) == 1


def test_show_how_it_ended_pressed_twice_shows_the_record_once(chat: Chat) -> None:
    chat.send("check")
    first = chat.choice("Yes").value
    _finish(chat, "Yes", "Yes", "No")
    notice = chat.press_value(first)
    show = next(c for c in notice[0].choices if c.label == "Show how it ended")
    shown = chat.press_value(show.value)
    assert any(r.record is not None for r in shown)

    again = chat.press_value(show.value)

    assert len(again) == 1 and again[0].record is None
    assert "just above" in again[0].text


def test_show_how_it_ended_shows_it_again_after_something_else(chat: Chat) -> None:
    chat.send("check")
    first = chat.choice("Yes").value
    _finish(chat, "Yes", "Yes", "No")
    show = next(c for c in chat.press_value(first)[0].choices if c.label == "Show how it ended")
    chat.press_value(show.value)
    chat.send("rules")

    seen = chat.press_value(show.value)

    assert any(r.record is not None for r in seen)


def test_show_how_it_ended_of_an_older_check_is_refused(chat: Chat) -> None:
    chat.send("check")
    first = chat.choice("Yes").value
    _finish(chat, "Yes", "Yes", "No")
    show = next(c for c in chat.press_value(first)[0].choices if c.label == "Show how it ended")
    chat.send("check")

    seen = chat.press_value(show.value)

    assert not any(r.record is not None for r in seen)
    assert "ended or expired" in seen[0].text
    assert "Key question 1" in seen[-1].text  # the newer check's place, kept


def _seeks_advice(chat: Chat) -> list[Reply]:
    """A check ending at "seek advice": not sure whether there is a clear purpose."""
    return _finish(chat, "Not sure")


def test_ive_had_the_advice_pressed_twice_goes_back_once(chat: Chat) -> None:
    ended = _seeks_advice(chat)
    resume = next(c for c in ended[-1].choices if c.label == "I've had the advice")
    chat.press_value(resume.value)
    at = chat.state.check

    again = chat.press_value(resume.value)

    assert chat.state.check == at
    assert len(again) == 1 and "already back in that check" in again[0].text
    assert not again[0].choices


def test_ive_had_the_advice_from_an_older_check_resumes_nothing_newer(chat: Chat) -> None:
    ended = _seeks_advice(chat)
    resume = next(c for c in ended[-1].choices if c.label == "I've had the advice")
    _seeks_advice(chat)  # run 2 ends at seek advice too
    before = chat.state.check

    seen = chat.press_value(resume.value)

    assert chat.state.check == before  # run 2 is not picked up by run 1's button
    assert "ended or expired" in seen[0].text


def test_the_end_buttons_name_their_run() -> None:
    assert parse_choice(bound_value(Command.CHECK, 4)) is not None
    assert parse_choice("cmd:help:4") is None  # only the end-of-check commands are bound
    assert parse_choice("back:4:x") is None


def test_start_a_consent_check_pressed_in_a_check_gives_one_line_not_the_question(
    chat: Chat,
) -> None:
    chat.send("check")
    chat.press("Yes")
    before = chat.state.check

    seen = chat.press_value(command_value(Command.CHECK))  # a double click, an older message

    assert chat.state.check == before
    assert len(seen) == 1 and "already part-way" in seen[0].text
    assert "Key question" not in seen[0].text and not seen[0].choices


def test_check_typed_in_a_check_still_asks_the_question_again(chat: Chat) -> None:
    chat.send("check")

    seen = chat.send("check")

    assert "already part-way" in seen[-1].text and "Key question 1" in seen[-1].text


def test_a_refusal_about_a_check_stays_private_in_a_shared_place(core: Core) -> None:
    chat = Chat(core, private=False)
    chat.send("cancel")
    chat.send("check")
    chat.send("cancel")
    start = chat.choice("Start a new check").value
    chat.press_value(start)

    seen = chat.press_value(start)

    assert "already started a new check" in seen[0].text
    assert all(r.private is Private.CONSENT_CHECK for r in seen)
