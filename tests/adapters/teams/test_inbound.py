"""Contract tests on raw JSON, no SDK objects and no network: recorded Teams activities become
`Turn`s."""

from __future__ import annotations

import pytest

from adapters.teams.inbound import (
    Ignored,
    Inbound,
    InvalidActivity,
    Scope,
    read_activity,
)
from adapters.teams.mentions import strip_mentions
from dialogs.choices import WELCOME
from tests.support.teams import SAM, SAM_DIALOG, inbound_of, recorded

# -- activity JSON -> Turn ------------------------------------------------------------------------


def test_a_personal_message_is_a_private_text_turn() -> None:
    got = inbound_of("personal_message")

    assert got.scope is Scope.PERSONAL
    assert got.turn.channel == "teams" and got.turn.private
    assert got.turn.text == "Can I share information without consent?"
    assert got.turn.action is None
    assert got.turn.user_id == SAM and got.turn.conversation_id == SAM_DIALOG
    assert got.turn.event_id == "a:1PersonalChatWithSamAbCdEfGhIjKlMnOpQrStUvWxYz|1764081000123"


def test_a_channel_mention_is_a_shared_turn_of_the_same_persons_dialog() -> None:
    got = inbound_of("channel_mention")

    assert got.scope is Scope.CHANNEL and not got.turn.private
    assert got.turn.text == "what are the golden rules?"
    # One dialog per person, wherever they write: a check started here carries on in private.
    assert got.turn.conversation_id == inbound_of("personal_message").turn.conversation_id
    assert got.conversation_id.endswith(";messageid=1764081070555")
    assert got.activity_id == "1764081070555"


def test_every_mention_is_stripped_not_only_the_assistants() -> None:
    got = inbound_of("group_chat_mention")

    assert got.scope is Scope.GROUP_CHAT
    assert got.turn.text == "check"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        ("<at>infoshare</at> help", (), "help"),
        ("<AT id='0'>infoshare</AT>   help  me", (), "help me"),
        ("help <at>infoshare</at>", (), "help"),
        ("@infoshare help", ("@infoshare",), "help"),
        ("<at>infoshare</at>", (), ""),
        ("can I share &amp; with whom?&nbsp;", (), "can I share & with whom?"),
        ("<p>line one</p>\r\n<p>line two</p>", (), "line one\nline two"),
        ("3 < 4 and 5 > 2", (), "3 < 4 and 5 > 2"),
    ],
)
def test_strip_mentions(text: str, mentions: tuple[str, ...], expected: str) -> None:
    assert strip_mentions(text, mentions) == expected


def test_a_button_press_is_a_neutral_choice() -> None:
    got = inbound_of("card_submit")

    assert got.turn.action == "cmd:check" and got.turn.text is None


def test_a_choice_list_submission_is_the_chosen_value() -> None:
    assert inbound_of("choice_list_submit").turn.action == "topic:4"


@pytest.mark.parametrize("value", [{}, {"choice": 42}, {"input": "choice-9"}, "x", [1], 3])
def test_a_submission_without_a_usable_choice_is_an_empty_choice_for_the_core(
    value: object,
) -> None:
    assert inbound_of("card_submit", value=value).turn.action == ""


def test_the_assistant_being_added_is_one_welcome_turn() -> None:
    personal = inbound_of("bot_added_personal")
    team = inbound_of("bot_added_to_team")

    assert personal.turn.action == WELCOME and personal.turn.private
    assert team.turn.action == WELCOME and not team.turn.private
    assert team.turn.user_id == "29:1TeamOwnerAlexAbCdEfGhIjKlMnOpQrStUvWxYz"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("member_added_to_team", "does not add the assistant"),
        ("conversation_update_no_members", "adds no members"),
        ("message_reaction", "'messageReaction'"),
        ("installation_update", "removes nothing from a personal chat"),
    ],
)
def test_activities_needing_no_answer_are_ignored_with_a_reason(name: str, reason: str) -> None:
    got = read_activity(recorded(name))

    assert isinstance(got, Ignored) and reason in got.reason


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ([], "not a JSON object"),
        ({"text": "hi"}, "no type"),
        ({**recorded("personal_message"), "from": None}, "from.id"),
        ({**recorded("personal_message"), "recipient": {"name": "x"}}, "recipient.id"),
        ({**recorded("personal_message"), "conversation": {}}, "conversation.id"),
        ({**recorded("personal_message"), "conversation": {"id": "a:\u0100"}}, "not a Bot"),
        ({**recorded("personal_message"), "serviceUrl": "ftp://x"}, "serviceUrl"),
        ({**recorded("personal_message"), "text": ["x"]}, "text is not a string"),
    ],
)
def test_what_cannot_be_read_says_why(raw: object, reason: str) -> None:
    with pytest.raises(InvalidActivity, match=reason):
        read_activity(raw)


def test_an_activity_without_an_id_is_answered_but_cannot_be_deduplicated() -> None:
    raw = recorded("personal_message")
    del raw["id"]

    assert inbound_of("personal_message", id=None).turn.event_id is None
    assert isinstance(read_activity(raw), Inbound)
