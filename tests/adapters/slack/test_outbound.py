"""The Slack delivery plan, pure: an inbound turn and the core's answer in, where each message
goes out. No server, no stand-in, no event loop."""

from __future__ import annotations

from adapters.slack import inbound, outbound
from adapters.slack.blocks import replies_to_messages
from adapters.slack.inbound import DirectMessage, Ephemeral, Inbound, Post
from dialogs.contract import Answer, Outcome, Private, Reply
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.slack import fixture

BOT = "UBOT"
ANSWER = Answer([Reply(text="An answer"), Reply(text="Shared", outcome=Outcome.SHARE)])


def _in_dm(text: str = "what is consent?") -> Inbound:
    body = fixture("message_im")
    body["event"]["text"] = text
    found = inbound.from_event(body, BOT)
    assert found is not None
    return found


def _mention(text: str) -> Inbound:
    body = fixture("app_mention")
    body["event"]["text"] = f"<@{BOT}> {text}"
    found = inbound.from_event(body, BOT)
    assert found is not None
    return found


def _command(text: str) -> Inbound:
    form = fixture("slash_command")
    form["text"] = text
    found = inbound.from_command(form)
    assert found is not None
    return found


def test_a_question_in_a_dm_is_answered_there_and_finishes_the_event() -> None:
    found = _in_dm()

    plan = outbound.plan_delivery(ANSWER, found)

    assert not outbound.needs_direct_message(found, None)
    assert plan is not None
    assert plan.answer.to == Post("D0ALICE")
    assert plan.answer.messages == tuple(replies_to_messages(ANSWER.replies))
    assert plan.event == "Ev0MSG0001"
    assert plan.finish and not plan.read_back
    assert plan.pointer is None and plan.mark_pressed is None


def test_a_question_in_a_channel_is_answered_in_its_thread() -> None:
    found = _mention("what is consent?")

    plan = outbound.plan_delivery(ANSWER, found)

    assert not outbound.needs_direct_message(found, None)
    assert plan is not None
    assert plan.answer.to == Post("C0SHARED", "1699999999.000300")


def test_a_check_asked_for_in_a_channel_moves_to_the_dm_with_a_private_pointer() -> None:
    found = _mention("check")

    assert outbound.needs_direct_message(found, Private.CONSENT_CHECK)
    moved, pointer_to = outbound.moved_to_direct_message(found, "D0ALICE")
    plan = outbound.plan_delivery(ANSWER, moved, pointer_to=pointer_to)

    assert moved.turn.private and moved.turn.conversation_id == "T0TEAM/D0ALICE"
    assert plan is not None
    assert plan.answer.to == Post("D0ALICE")
    assert plan.pointer is not None
    assert plan.pointer.to == Ephemeral("C0SHARED", "U0ALICE", "1699999999.000300")
    assert "direct message" in plan.pointer.messages[0].text


def test_a_home_tab_press_is_answered_in_the_dm_whatever_the_core_says() -> None:
    found = _in_dm()
    from_home = Inbound(found.team, found.turn, DirectMessage("U0ALICE"))

    assert outbound.needs_direct_message(from_home, None)


def test_a_slash_command_check_points_through_its_response_url() -> None:
    found = _command("check")

    moved, pointer_to = outbound.moved_to_direct_message(found, "D0ALICE")

    assert isinstance(pointer_to, Ephemeral) and pointer_to.response_url is not None
    assert outbound.response_urls(found) == [pointer_to.response_url]
    assert moved.reply_to == Post("D0ALICE")


def test_a_replay_reads_back_what_arrived_and_points_nowhere_again() -> None:
    moved, pointer_to = outbound.moved_to_direct_message(_mention("check"), "D0ALICE")

    plan = outbound.plan_delivery(
        Answer(ANSWER.replies, replayed=True), moved, pointer_to=pointer_to
    )

    assert plan is not None
    assert plan.read_back and plan.event == moved.turn.event_id
    assert plan.pointer is None


def test_an_apology_carries_no_event_and_leaves_the_event_open() -> None:
    plan = outbound.plan_delivery(Answer([UNAVAILABLE_REPLY], apology=True), _in_dm())

    assert plan is not None
    assert plan.event is None and not plan.finish and not plan.read_back


def test_a_repeat_sends_nothing() -> None:
    assert outbound.plan_delivery(Answer([]), _in_dm()) is None


def test_a_failed_channel_answer_is_apologised_for_in_the_dm_saying_why() -> None:
    sorry = outbound.plan_apology(_mention("what is consent?"), "not_in_channel")

    assert sorry.to == DirectMessage("U0ALICE")
    assert "/invite @infoshare" in sorry.messages[0].text


def test_a_failed_dm_answer_is_apologised_for_in_the_dm_itself() -> None:
    sorry = outbound.plan_apology(_in_dm(), None)

    assert sorry.to == Post("D0ALICE")
    assert sorry.messages[0].text.startswith("Sorry, something went wrong")


def test_replies_shown_as_a_modal_are_not_posted_but_the_turn_still_finishes() -> None:
    plan = outbound.plan_delivery(ANSWER, _in_dm(), as_messages=[])

    assert plan is not None
    assert plan.answer.messages == () and plan.finish
