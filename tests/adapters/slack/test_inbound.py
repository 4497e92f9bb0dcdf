"""Contract tests: recorded Slack payloads in, neutral turns (and where to answer) out."""

from __future__ import annotations

import pytest

from adapters.slack import inbound
from adapters.slack.inbound import DirectMessage, Ephemeral, Post
from adapters.slack.mrkdwn import from_slack
from dialogs.choices import HOME
from dialogs.contract import Turn
from tests.support.slack import fixture

BOT = "UBOT"


def test_a_direct_message_is_a_private_turn_answered_in_the_dm() -> None:
    found = inbound.from_event(fixture("message_im"), BOT)
    assert found is not None
    assert found.turn == Turn(
        "slack",
        "T0TEAM/D0ALICE",
        "U0ALICE",
        text="Can I share information without consent?",
        event_id="Ev0MSG0001",
        private=True,
    )
    assert found.reply_to == Post("D0ALICE")


def test_a_mention_is_a_shared_turn_answered_in_a_thread_under_it() -> None:
    found = inbound.from_event(fixture("app_mention"), BOT)
    assert found is not None
    assert found.turn.text == "are we allowed to pass this on to the school nurse?"
    assert found.turn.private is False
    assert found.turn.conversation_id == "T0TEAM/C0SHARED/1699999999.000300"
    assert found.reply_to == Post("C0SHARED", "1699999999.000300")


def test_a_mention_inside_a_thread_belongs_to_that_thread() -> None:
    found = inbound.from_event(fixture("app_mention_in_thread"), BOT)
    assert found is not None
    assert found.turn.text == "and what about the seven golden rules?"
    assert found.turn.conversation_id == "T0TEAM/C0SHARED/1699999999.000300"
    assert found.turn.user_id == "U0BOB"
    assert found.reply_to == Post("C0SHARED", "1699999999.000300")


@pytest.mark.parametrize("name", ["bot_message", "channel_join"])
def test_bots_and_joins_are_not_a_person_talking(name: str) -> None:
    assert inbound.from_event(fixture(name), BOT) is None


def test_an_edit_in_the_dm_is_a_turn_the_core_reads_only_for_risk() -> None:
    found = inbound.from_event(fixture("message_changed"), BOT)

    assert found is not None
    assert found.turn.edited
    assert found.turn.text == "edited question"
    assert found.turn.earlier_text == "question"
    assert found.turn.conversation_id == "T0TEAM/D0ALICE"
    assert found.turn.event_id == "Ev0EDIT0001"
    assert found.reply_to == Post("D0ALICE", None)


def test_a_change_slack_made_itself_is_not_an_edit() -> None:
    body = fixture("message_changed")
    del body["event"]["message"]["edited"]  # an unfurl, or a thread's reply count
    assert inbound.from_event(body, BOT) is None


def test_an_edit_of_the_bots_own_message_is_ignored() -> None:
    body = fixture("message_changed")
    body["event"]["message"].update(user=BOT, bot_id="B0BOT")
    assert inbound.from_event(body, BOT) is None


def test_the_bots_own_message_is_ignored_even_without_a_bot_id() -> None:
    body = fixture("message_im")
    body["event"]["user"] = BOT
    assert inbound.from_event(body, BOT) is None


@pytest.mark.parametrize(
    "change",
    [
        {"channel_type": "channel"},  # a channel message that does not mention the app
        {"text": None},
        {"user": None},
        {"channel": ""},
        {"subtype": "message_deleted"},
        {"user": "U" * 500},
    ],
)
def test_incomplete_or_foreign_messages_are_ignored(change: dict[str, object]) -> None:
    body = fixture("message_im")
    body["event"].update(change)
    assert inbound.from_event(body, BOT) is None


def test_a_file_shared_with_a_question_still_counts_as_talking() -> None:
    body = fixture("message_im")
    body["event"]["subtype"] = "file_share"
    assert inbound.from_event(body, BOT) is not None


def test_an_event_without_an_event_body_is_ignored() -> None:
    assert inbound.from_event({"type": "event_callback"}, BOT) is None
    assert inbound.from_event({"event": "nonsense"}, BOT) is None


def test_slack_markup_in_what_people_type_becomes_plain_words() -> None:
    typed = (
        "<@UBOT> can I share &lt;this&gt; &amp; that with <https://nhs.uk|the NHS>, "
        "<#C1|safeguarding>, <!here> or <mailto:a@b.org|a@b.org>?"
    )
    assert " ".join(from_slack(typed).split()) == (
        "can I share <this> & that with the NHS, #safeguarding, or a@b.org?"
    )


def test_a_slash_command_is_answered_only_to_its_sender() -> None:
    found = inbound.from_command(fixture("slash_command"))
    assert found is not None
    assert found.turn.text == "topics"
    assert found.turn.private is False
    assert found.turn.conversation_id == "T0TEAM/C0SHARED"
    assert found.turn.event_id == "command:13345224609.738474920.8088930838d88f008e0"
    assert found.reply_to == Ephemeral(
        "C0SHARED",
        "U0ALICE",
        response_url="https://hooks.slack.com/commands/T0TEAM/1234567890/abcdefghijklmnop",
    )


def test_an_empty_slash_command_asks_for_help() -> None:
    form = fixture("slash_command")
    form["text"] = "   "
    found = inbound.from_command(form)
    assert found is not None and found.turn.text == "help"


def test_a_slash_command_without_a_response_url_is_ignored() -> None:
    form = fixture("slash_command")
    del form["response_url"]
    assert inbound.from_command(form) is None


def test_a_button_press_is_a_choice_keyed_by_message_person_and_button() -> None:
    found = inbound.from_action(fixture("block_actions"))
    assert found is not None
    assert found.turn.action == "check:1:purpose:yes"
    assert found.turn.text is None
    assert found.turn.conversation_id == "T0TEAM/D0ALICE"
    assert found.turn.event_id == "press:D0ALICE:1700000000.000002:U0ALICE:choice-1-0"
    assert found.reply_to == Post("D0ALICE")
    assert found.pressed is not None
    assert (found.pressed.label, found.pressed.channel, found.pressed.ts) == (
        "Yes",
        "D0ALICE",
        "1700000000.000002",
    )


def test_two_buttons_of_one_message_share_an_event_id_so_only_one_counts() -> None:
    first, second = fixture("block_actions"), fixture("block_actions")
    second["actions"][0].update(value="check:1:purpose:no", action_ts="1700000001.000900")
    a, b = inbound.from_action(first), inbound.from_action(second)
    assert a is not None and b is not None
    assert a.turn.event_id == b.turn.event_id


def test_a_press_in_a_channel_thread_answers_in_that_thread() -> None:
    body = fixture("block_actions")
    body["container"]["channel_id"] = "C0SHARED"
    body["message"]["thread_ts"] = "1699999999.000300"
    found = inbound.from_action(body)
    assert found is not None
    assert found.turn.private is False
    assert found.turn.conversation_id == "T0TEAM/C0SHARED/1699999999.000300"
    assert found.reply_to == Post("C0SHARED", "1699999999.000300")


def test_a_press_on_an_ephemeral_message_answers_through_its_response_url() -> None:
    body = fixture("block_actions")
    body["container"].update(channel_id="C0SHARED", is_ephemeral=True)
    del body["message"]
    found = inbound.from_action(body)
    assert found is not None
    assert found.turn.conversation_id == "T0TEAM/C0SHARED"
    assert isinstance(found.reply_to, Ephemeral)
    assert found.reply_to.response_url == body["response_url"]
    assert found.pressed is not None and found.pressed.ephemeral


def test_a_home_tab_press_goes_to_the_dm_and_is_keyed_by_view_version() -> None:
    found = inbound.from_action(fixture("block_actions_home"))
    assert found is not None
    assert found.turn.action == "cmd:check"
    assert found.turn.event_id == "press:VHOME:1700000000.abcdef12:U0ALICE"
    assert found.reply_to == DirectMessage("U0ALICE")
    moved = inbound.in_direct_message(found, "D0ALICE")
    assert moved.turn.conversation_id == "T0TEAM/D0ALICE"
    assert moved.reply_to == Post("D0ALICE")


@pytest.mark.parametrize(
    "actions",
    [[], None, [{"type": "datepicker", "selected_date": "2020-01-01"}], ["x"], [{"value": ""}]],
)
def test_actions_without_a_value_are_ignored(actions: object) -> None:
    body = fixture("block_actions")
    body["actions"] = actions
    assert inbound.from_action(body) is None


def test_a_select_menu_choice_counts_like_a_button() -> None:
    body = fixture("block_actions")
    body["actions"] = [
        {
            "type": "static_select",
            "action_id": "x",
            "selected_option": {"text": {"type": "plain_text", "text": "Q7"}, "value": "topic:7"},
        }
    ]
    found = inbound.from_action(body)
    assert found is not None and found.turn.action == "topic:7"


def test_opening_the_home_tab_asks_for_the_welcome() -> None:
    turn = inbound.home_opened(fixture("app_home_opened"))
    assert turn is not None
    assert (turn.action, turn.user_id, turn.event_id) == (HOME, "U0ALICE", "Ev0HOME0001")
    messages_tab = fixture("app_home_opened")
    messages_tab["event"]["tab"] = "messages"
    assert inbound.home_opened(messages_tab) is None


def test_the_apps_own_id_comes_from_the_events_authorizations() -> None:
    own = fixture("message_im")
    own["event"]["user"] = "UBOT"
    assert inbound.from_event(own) is None
    mention = fixture("app_mention")
    mention["event"]["text"] = "so <@UBOT> can we share?"
    found = inbound.from_event(mention)
    assert found is not None and found.turn.text is not None
    assert found.turn.text.split() == ["so", "can", "we", "share?"]
