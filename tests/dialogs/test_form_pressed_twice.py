"""Round 32 (form32): "Fill in the record here" pressed twice while the form it posted is the
last thing shown (a Teams double click: two presses reach the core) answers once: one short
line, no second form. A door that opens the form in a window of its own (`Turn.form_in_modal`,
Slack's modal, which the person may close leaving nothing behind) gets the form at every press."""

from __future__ import annotations

from bot.app import Core
from dialogs.choices import form_value, submit_value
from dialogs.contract import Press, Private, Reply, Turn
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK, Chat, texts


def _finish(chat: Chat) -> int:
    """A check ending at "you can share"; its run."""
    chat.send("check")
    for label in ("Yes", "Yes", "No"):
        chat.press(label)
    check = chat.state.check
    assert check is not None and check.finished
    return check.run


def _forms(replies: list[Reply]) -> int:
    return sum(r.form is not None for r in replies)


def _modal_press(chat: Chat, value: str) -> list[Reply]:
    turn = Turn("test", "c1", "u1", action=value, form_in_modal=True)
    chat.state, replies = chat.core.assistant.respond(chat.state, turn, FIXED_CLOCK)
    return replies


def test_the_form_button_pressed_twice_posts_one_form(chat: Chat) -> None:
    _finish(chat)

    first = chat.press("Fill in the record here")
    second = chat.press("Fill in the record here")
    third = chat.press("Fill in the record here")  # a triple click: the form is still above

    assert _forms(first) == 1
    assert _forms(second) == 0 and _forms(third) == 0
    assert [r.text for r in second] == [
        "The record form is just above, so I haven't opened another."
    ]
    assert second[0].press is Press.REFUSED and not second[0].choices
    assert third == second


def test_the_form_opens_again_once_something_else_was_shown(chat: Chat) -> None:
    _finish(chat)
    chat.press("Fill in the record here")
    chat.send("rules")

    again = chat.press("Fill in the record here")

    assert _forms(again) == 1, "the form may have scrolled away: it is posted again"


def test_fill_it_in_again_double_clicked_posts_one_form(chat: Chat) -> None:
    _finish(chat)
    form = next(r.form for r in chat.press("Fill in the record here") if r.form is not None)
    chat.submit(form.submit_value, {"what": "the referral"})

    first = chat.press("Fill it in again")
    second = chat.press("Fill it in again")

    assert _forms(first) == 1 and _forms(second) == 0
    assert "just above" in texts(second)


def test_an_older_checks_form_button_is_not_just_above(chat: Chat) -> None:
    old = _finish(chat)
    chat.press("Fill in the record here")
    chat.send("restart")
    for label in ("Yes", "Yes", "No"):
        chat.press(label)
    chat.press("Fill in the record here")

    stale = chat.press_value(form_value(old))

    assert "ended or expired" in texts(stale) and "just above" not in texts(stale)


def test_a_form_opened_in_a_modal_opens_at_every_press(chat: Chat) -> None:
    run = _finish(chat)

    first = _modal_press(chat, form_value(run))
    again = _modal_press(chat, form_value(run))  # the modal was closed, the button pressed again

    assert _forms(first) == 1 and _forms(again) == 1
    assert not chat.state.formed


def test_the_refusal_goes_private_with_the_form_in_a_shared_place(core: Core) -> None:
    chat = Chat(core, private=False)
    _finish(chat)
    chat.press("Fill in the record here")

    again = chat.press("Fill in the record here")

    assert [r.private for r in again] == [Private.DECISION_RECORD]


def test_the_mark_survives_the_store() -> None:
    state = ConversationState(formed=True)

    assert ConversationState.from_json(state.to_json()).formed
    assert "formed" not in ConversationState().to_json()


def test_the_record_sent_twice_is_written_once(chat: Chat) -> None:
    run = _finish(chat)
    chat.press("Fill in the record here")
    fields = {"decided-by": "team lead"}

    first = chat.submit(submit_value(run), fields)
    second = chat.submit(submit_value(run), fields)

    assert any(r.record is not None for r in first)
    assert not any(r.record is not None for r in second)
    assert "written just above" in texts(second)
