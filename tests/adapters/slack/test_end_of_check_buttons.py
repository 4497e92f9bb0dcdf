"""Round 32 (buttons32): the buttons at a consent check's end, through the real Slack door on
loopback. (A double click on one button is answered once by the door already: a press's event
is its message, person and button.) The same button on two messages, the record and the line a stale
press gets, is applied once: the second is refused briefly and leaves its message as it was.
A command press is never shown as "You chose": that line is for answers to a question."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack, Message
from tests.support.slack import Person, labels


def _text(messages: list[Message]) -> str:
    return "\n".join(m.text for m in messages)


async def _finish_then_press_a_stale_answer(alice: Person) -> tuple[Message, Message]:
    """A check ending at "you can share", then its first question's button pressed again: the
    message with the record, and the line that said the check had ended."""
    await alice.dm("check")
    first = alice.message_with("Not sure")
    for typed in ("yes", "yes", "no"):  # typed: the first question keeps its buttons
        await alice.dm(typed)
    record = alice.message_with("Change my last answer")
    (notice,) = await alice.press("Not sure", first)
    assert "check has ended" in notice.text
    return record, notice


async def test_change_my_last_answer_on_two_messages_goes_back_once(
    alice: Person, slack: FakeSlack
) -> None:
    record, notice = await _finish_then_press_a_stale_answer(alice)
    went = await alice.press("Change my last answer", record)
    assert "Going back one question" in _text(went)
    updates = len(slack.called("chat.update"))

    seen = await alice.press("Change my last answer", notice)

    assert "earlier point of the check" in _text(seen)
    assert "Going back one question" not in _text(seen)
    assert "Key question 3" in seen[-1].text  # where the person is: one step back, not two
    assert len(slack.called("chat.update")) == updates  # a refused press marks nothing
    assert labels(notice)


async def test_start_again_after_start_another_check_starts_nothing_more(alice: Person) -> None:
    record, notice = await _finish_then_press_a_stale_answer(alice)
    started = await alice.press("Start another check", record)
    assert "Key question 1" in started[-1].text

    seen = await alice.press("Start again", notice)

    assert len(seen) == 1 and "already started a new check" in seen[0].text
    assert "Key question" not in seen[0].text and labels(seen[0]) == []


async def test_a_command_press_is_not_shown_as_a_choice(alice: Person) -> None:
    await alice.dm("check")
    for label in ("Yes", "Yes", "No"):
        await alice.press(label)
    record = alice.message_with("Start another check")

    await alice.press("Start another check", record)

    assert "You chose" not in record.text
    assert labels(record) == []  # its buttons go, as for any press taken


async def test_an_answer_is_still_shown_as_chosen(alice: Person) -> None:
    await alice.dm("check")
    question = alice.message_with("Yes")

    await alice.press("Yes", question)

    assert "You chose: *Yes*" in question.text
