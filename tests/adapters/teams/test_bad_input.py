"""Bad input over real HTTP: a quick, clear answer every time, never a traceback, and nothing
sent unless there is something to say."""

from __future__ import annotations

import logging

import pytest

from tests.support.teams import TeamsBot, new_id, one


@pytest.fixture(autouse=True)
def _no_tracebacks(caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    yield
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "the body is not JSON"),
        (b"\xff\xfe\x00binary", "the body is not JSON"),
        (b"[1, 2, 3]", "not a Bot Framework activity: the body is not an activity with a type"),
        (
            b'{"text": "hi"}',
            "not a Bot Framework activity: the body is not an activity with a type",
        ),
        (b'{"type": 5}', "not a Bot Framework activity: the body is not an activity with a type"),
    ],
)
async def test_a_body_that_is_not_an_activity_gets_400(
    teams: TeamsBot, body: bytes, reason: str
) -> None:
    response = await teams.post(raw=body)

    assert response.status == 400
    assert response.body == {"status": "refused", "reason": reason}
    assert teams.connector.sent == []


async def test_a_message_without_a_sender_gets_400_naming_what_is_missing(
    teams: TeamsBot,
) -> None:
    activity = teams.activity("personal_message", id=new_id())
    del activity["from"]

    response = await teams.post(activity)

    assert response.status == 400 and "from.id" in response.body["reason"]
    assert teams.connector.sent == []


@pytest.mark.parametrize(
    ("name", "changes", "reason"),
    [
        ("message_reaction", {}, "activities of type 'messageReaction' need no answer"),
        ("installation_update", {}, "removes nothing from a personal chat"),
        ("personal_message", {"type": "somethingNew"}, "type 'somethingNew' need no answer"),
        ("personal_message", {"type": "invoke", "name": "task/fetch"}, "type 'invoke'"),
        ("conversation_update_no_members", {}, "the conversation update adds no members"),
        (
            "conversation_update_no_members",
            {"membersAdded": []},
            "the conversation update adds no members",
        ),
        (
            "member_added_to_team",
            {},
            "the conversation update does not add the assistant",
        ),
    ],
)
async def test_activities_that_need_no_answer_are_acknowledged_and_ignored(
    teams: TeamsBot, name: str, changes: dict[str, object], reason: str
) -> None:
    response = await teams.post(teams.activity(name, **changes))

    assert response.status == 200
    assert response.body["status"] == "ignored" and reason in response.body["reason"]
    assert teams.connector.sent == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"choice": "check:999:purpose:yes"}, "consent check that has ended or expired"),
        ({"choice": "topic:99999"}, "didn't recognise that choice"),
        ({"choice": "cmd:format-disk"}, "didn't recognise that choice"),
        ({"choice": 42}, "didn't recognise that choice"),
        ({"input": "choice-1"}, "didn't recognise that choice"),  # an empty choice list
        ({}, "didn't recognise that choice"),
        ("a string", "didn't recognise that choice"),
    ],
)
async def test_a_card_value_the_core_never_offered_gets_a_guided_reply(
    teams: TeamsBot, value: object, expected: str
) -> None:
    reply = one(await teams.send("card_submit", id=new_id(), value=value))

    assert expected in reply.texts
    assert reply.choices()  # never a dead end: there is always something to press


async def test_a_huge_message_is_answered_like_any_other(teams: TeamsBot) -> None:
    reply = one(await teams.send("personal_message", id=new_id(), text="share? " * 20_000))

    assert reply.texts


async def test_a_message_with_no_text_at_all_gets_a_guided_reply(teams: TeamsBot) -> None:
    activity = teams.activity("personal_message", id=new_id())
    del activity["text"]
    activity["attachments"] = [{"contentType": "image/png", "contentUrl": "https://x/y.png"}]

    response = await teams.post(activity)

    assert response.status == 200
    (reply,) = teams.connector.messages()
    assert "help" in reply.texts


async def test_a_body_over_the_size_limit_is_refused_before_it_is_read(teams: TeamsBot) -> None:
    response = await teams.post(raw=b'{"type": "message", "text": "' + b"a" * 2_000_000 + b'"}')

    assert response.status == 413
    assert teams.connector.sent == []


async def test_fields_of_the_wrong_type_get_400(teams: TeamsBot) -> None:
    activity = teams.activity("personal_message", id=new_id(), text={"not": "text"})

    response = await teams.post(activity)

    assert response.status == 400
    assert teams.connector.sent == []
