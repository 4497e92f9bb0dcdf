"""Round 31 (door31): a stale button (a question already answered by typing, a check that has
ended or was cancelled) through the real Slack door on loopback. Nothing is shown as chosen on
the old message, the outcome is never posted a second time, and the person is told once,
briefly, what happened. A "why" press shows no choice either."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack, Message
from tests.support.slack import Person, labels


def _text(messages: list[Message]) -> str:
    return "\n".join(m.text for m in messages)


async def test_a_question_answered_by_typing_is_not_shown_chosen_when_its_button_is_pressed(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    question = alice.message_with("No")
    await alice.dm("yes")  # typed: key question 1 is Yes
    updates = len(slack.called("chat.update"))

    seen = await alice.press("No", question)

    assert len(slack.called("chat.update")) == updates
    assert "You chose" not in question.text
    assert "already been answered as *Yes*" in _text(seen)
    assert "Key question 2" in seen[-1].text


async def test_a_stale_press_after_the_check_ended_does_not_post_the_outcome_again(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    stale = alice.message_with("Yes")
    for _ in range(10):
        ended = await alice.dm("no")
        if "RECORD" in _text(ended) or not any("Key question" in m.text for m in ended):
            break
    updates = len(slack.called("chat.update"))

    seen = await alice.press("Yes", stale)

    assert len(seen) == 1
    assert "check has ended" in seen[0].text
    assert "RECORD" not in seen[0].text and "Here is where" not in seen[0].text
    assert "Show how it ended" in labels(seen[0])
    assert len(slack.called("chat.update")) == updates
    assert "You chose" not in stale.text


async def test_a_button_of_a_cancelled_check_is_not_shown_chosen(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    question = alice.message_with("Yes")
    await alice.dm("cancel")

    seen = await alice.press("Yes", question)

    assert "You chose" not in question.text
    assert "ended or expired" in _text(seen)


async def test_why_am_i_asked_this_is_not_shown_as_a_choice(alice: Person) -> None:
    await alice.dm("check")
    question = alice.message_with("Why am I asked this?")

    seen = await alice.press("Why am I asked this?", question)

    assert "You chose" not in question.text
    assert labels(question) == []  # asked again below, with its buttons
    assert "Key question 1" in seen[-1].text
    assert "Why am I asked this?" in labels(seen[-1])


async def test_after_a_refused_press_the_messages_other_buttons_still_answer(
    alice: Person, slack: FakeSlack
) -> None:
    """A refused press leaves its message as it was, so its other buttons stay live: pressing
    one is answered, never silently dropped (tryout33c finding 9)."""
    await alice.dm("check")
    question = alice.message_with("Yes")
    await alice.dm("cancel")
    first = await alice.press("Yes", question)
    assert "ended or expired" in _text(first)

    second = await alice.press("No", question)

    assert "ended or expired" in _text(second)
    assert "You chose" not in question.text
