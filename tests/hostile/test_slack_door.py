"""The Slack door against hostile requests: each one gets a quick 200 (acknowledged and
ignored), 400 or 401 (403 when the door has no signing secret), never a 500, and sends nothing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.stores.memory import MemoryStore
from tests.support.fake_slack import TEAM, FakeSlack
from tests.support.slack import Person, Server, event_envelope, fixture, sign

ALICE_KEY = f"slack|{TEAM}/DALICE|UALICE"


def _dm_event(**changes: Any) -> dict[str, Any]:
    event = fixture("message_im")["event"]
    event.update(user="UALICE", channel="DALICE", text="help", ts="1700000001.000100")
    event.update(changes)
    return event_envelope(event)


async def _still_answers(server: Server, slack: FakeSlack) -> None:
    before = len(slack.messages)
    await Person(server, slack, user="UALICE").dm("help")
    assert len(slack.messages) > before


# -- the timestamp and signature headers -------------------------------------------------------


@pytest.mark.parametrize(
    "timestamp",
    ["1" * 400, "\u00b2", "1700000000\u00b2", "\u0661\u0662\u0663", "-5", " 1700000000", "1e9"],
)
async def test_a_timestamp_that_is_not_plain_ascii_digits_gets_401(
    signed_slack: Server, slack: FakeSlack, timestamp: str
) -> None:
    body = json.dumps(_dm_event()).encode()
    headers = {**sign(body), "X-Slack-Request-Timestamp": timestamp}

    status, _ = await signed_slack.post(body, "application/json", signed=False, headers=headers)

    assert status == 401
    assert slack.messages == []


async def test_a_signature_that_is_not_ascii_gets_401(
    signed_slack: Server, slack: FakeSlack
) -> None:
    body = json.dumps(_dm_event()).encode()
    headers = {**sign(body), "X-Slack-Signature": "v0=\u00e9\u00e9"}

    status, _ = await signed_slack.post(body, "application/json", signed=False, headers=headers)

    assert status == 401
    assert slack.messages == []


async def test_a_body_that_is_not_utf8_is_refused_before_its_signature_is_checked(
    signed_slack: Server, slack: FakeSlack
) -> None:
    body = b'{"type": "event_callback", "text": "\xff\xfe"}'
    forged = {**sign(b"something else"), "Content-Type": "application/json"}

    status, _ = await signed_slack.post(body, "application/json", signed=False, headers=forged)

    assert status == 400
    assert slack.calls == []
    await _still_answers(signed_slack, slack)


# -- deeply nested JSON ------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
async def test_deeply_nested_json_gets_400(
    signed_slack: Server, slack: FakeSlack, depth: int
) -> None:
    nested = "[" * depth + "]" * depth
    as_json = ('{"type": "event_callback", "event": ' + nested + "}").encode()

    status, _ = await signed_slack.post(as_json, "application/json")

    assert status == 400
    await _still_answers(signed_slack, slack)


async def test_deeply_nested_json_in_a_form_payload_gets_400(
    signed_slack: Server, slack: FakeSlack
) -> None:
    status, _ = await signed_slack.post_form({"payload": "[" * 50_000 + "]" * 50_000})

    assert status == 400
    await _still_answers(signed_slack, slack)


# -- signed payloads of the wrong shape ---------------------------------------------------------


def _action(**changes: Any) -> dict[str, Any]:
    payload = fixture("block_actions")
    payload.update(changes)
    return payload


def _command(**changes: Any) -> dict[str, Any]:
    form = fixture("slash_command")
    form.update(changes)
    return {key: value for key, value in form.items() if value is not None}


WRONG_SHAPES: dict[str, dict[str, Any]] = {
    "event is null": {**_dm_event(), "event": None},
    "event is a list": {**_dm_event(), "event": []},
    "event is text": {**_dm_event(), "event": "message"},
    "event without a type": {**_dm_event(), "event": {"text": "help"}},
    "event type is a number": {**_dm_event(), "event": {"type": 5}},
    "authorizations is an object": {**_dm_event(), "authorizations": {"is_bot": True}},
    "authorizations holds a number": {**_dm_event(), "authorizations": [5]},
    "team is a number": {**_dm_event(), "team": 7},
    "user is a list": _dm_event(user=["UALICE"]),
    "channel is an object": _dm_event(channel={"id": "DALICE"}),
    "text is a number": _dm_event(text=5),
    "text is a list": _dm_event(text=["help"]),
    "subtype is a list": _dm_event(subtype=["bot_message"]),
    "ts is an object": _dm_event(ts={"a": 1}),
    "actions is empty": _action(actions=[]),
    "actions is an object": _action(actions={"value": "cmd:help"}),
    "an action is a number": _action(actions=[5]),
    "action_id is a number": _action(actions=[{"action_id": 5, "value": "cmd:help"}]),
    "action value is an object": _action(actions=[{"action_id": "a", "value": {"v": 1}}]),
    "user of an action is text": _action(user="UALICE"),
    "team of an action is a list": _action(team=["T0TEAM"]),
    "container is text": _action(container="message"),
    "message is a list": _action(message=[1, 2]),
    "view is text": _action(view="home", container={"type": "view"}),
    "view blocks is text": _action(view={"id": "V1", "blocks": "x"}, container={"type": "view"}),
    "response_urls is text": _action(response_urls="https://hooks.slack.com/x"),
    "command is a number": {"command": 5, "text": "help", "user_id": "UALICE"},
    "a view submission": {"type": "view_submission", "view": {"callback_id": 5}},
    "a shortcut": {"type": "shortcut", "callback_id": ["x"]},
    "a share shortcut without a trigger": {"type": "shortcut", "callback_id": "infoshare-share"},
    "a message shortcut without a message": {
        "type": "message_action",
        "callback_id": "infoshare-share-message",
        "user": {"id": "UALICE"},
        "channel": {"id": "C0SHARED"},
    },
    "a share press whose value is an object": _action(
        actions=[{"action_id": "share-confirm", "value": {"n": 13}}],
        container={"type": "message", "is_ephemeral": True, "channel_id": "C0SHARED"},
    ),
    "a share find without values": {
        "type": "view_submission",
        "view": {"type": "modal", "callback_id": "infoshare-share-find", "state": "x"},
    },
    "a pane start without its thread": _dm_event(
        type="assistant_thread_started", assistant_thread={"channel_id": "DALICE"}
    ),
    "an interactive message without actions": {"type": "interactive_message", "callback_id": "x"},
    "a dialog submission": {"type": "dialog_submission", "callback_id": {"x": 1}},
    "a type that is a list": {"type": ["event_callback"], "event": {"type": "message"}},
}


@pytest.mark.parametrize("shape", WRONG_SHAPES)
async def test_a_signed_payload_of_the_wrong_shape_is_acknowledged_and_ignored(
    signed_slack: Server, slack: FakeSlack, shape: str
) -> None:
    body = WRONG_SHAPES[shape]
    as_form = body.get("type") in ("block_actions", "view_submission", "shortcut", "message_action")

    if as_form:
        status, _ = await signed_slack.post_form({"payload": json.dumps(body)})
    else:
        status, _ = await signed_slack.post_json(body)

    assert status in (200, 400)
    await _still_answers(signed_slack, slack)


@pytest.mark.parametrize(
    "missing", ["user_id", "channel_id", "team_id", "response_url", "text", "trigger_id"]
)
async def test_a_slash_command_missing_a_field_is_answered_or_ignored_never_a_500(
    signed_slack: Server, slack: FakeSlack, missing: str
) -> None:
    form = _command(response_url=slack.response_url("C0SHARED", "U0ALICE"))
    del form[missing]

    status, _ = await signed_slack.post_form(form)

    assert status == 200
    await _still_answers(signed_slack, slack)


# -- the door without a signing secret (--dev) ---------------------------------------------------

FORWARDING = [
    "Forwarded",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "X-Real-IP",
    "Via",
    "X-Client-IP",
    "True-Client-IP",
    "CF-Connecting-IP",
    "Fastly-Client-IP",
    "X-Original-Forwarded-For",
    "X-Cluster-Client-IP",
]


@pytest.mark.parametrize("header", FORWARDING)
async def test_without_a_signing_secret_a_request_through_any_proxy_gets_403(
    unsigned_slack: Server, slack: FakeSlack, header: str
) -> None:
    status, body = await unsigned_slack.post_json(
        _dm_event(), signed=False, headers={header: "203.0.113.9"}
    )

    assert status == 403 and "this machine only" in body
    assert slack.calls == []


async def test_without_a_signing_secret_a_local_request_is_still_answered(
    unsigned_slack: Server, slack: FakeSlack
) -> None:
    status, _ = await unsigned_slack.post_json(_dm_event(), signed=False)

    assert status == 200
    assert slack.messages


@pytest.mark.parametrize("kind", ["app_uninstalled", "tokens_revoked"])
async def test_an_unsigned_uninstall_or_revocation_deletes_nothing(
    unsigned_slack: Server, slack: FakeSlack, slack_store: MemoryStore, kind: str
) -> None:
    alice = Person(unsigned_slack, slack, user="UALICE")
    await alice.dm("check")
    assert await slack_store.get(ALICE_KEY) is not None
    event = {"type": kind, "tokens": {"oauth": [], "bot": ["UBOT"]}}

    status, _ = await unsigned_slack.post_json(event_envelope(event), signed=False)

    assert status == 200
    assert await slack_store.get(ALICE_KEY) is not None
    assert await alice.dm("help")  # the token was not taken for dead


@pytest.mark.parametrize("tokens", [{"oauth": ["UALICE"]}, {}, {"bot": "UBOT"}, {"bot": None}])
async def test_a_revocation_that_names_no_bot_token_deletes_nothing(
    signed_slack: Server, slack: FakeSlack, slack_store: MemoryStore, tokens: dict[str, Any]
) -> None:
    alice = Person(signed_slack, slack, user="UALICE")
    await alice.dm("check")

    status, _ = await signed_slack.post_json(
        event_envelope({"type": "tokens_revoked", "tokens": tokens})
    )

    assert status == 200
    assert await slack_store.get(ALICE_KEY) is not None
    assert await alice.dm("help")


# -- response URLs ---------------------------------------------------------------------------


@pytest.fixture
async def elsewhere() -> AsyncIterator[tuple[str, list[str]]]:
    """A server that is not Slack, recording what is posted to it."""
    posted: list[str] = []

    async def record(request: web.Request) -> web.Response:
        posted.append(request.path)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/{tail:.*}", record)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("/hook")), posted
    await server.close()


@pytest.mark.parametrize("door", ["signed", "unsigned"])
async def test_a_response_url_that_is_not_slacks_is_never_posted_to(
    signed_slack: Server,
    unsigned_slack: Server,
    slack: FakeSlack,
    elsewhere: tuple[str, list[str]],
    door: str,
) -> None:
    server = signed_slack if door == "signed" else unsigned_slack
    url, posted = elsewhere
    for target in (url, "https://hooks.slack.com.example.org/x", "https://x@hooks.slack.com/x"):
        for text in ("topics", "share ISP"):
            form = _command(response_url=target, trigger_id=f"t-{text}-{target}", text=text)
            status, _ = await server.post_form(form, signed=door == "signed")
            assert status == 200
    payload = copy.deepcopy(_action(response_url=url))
    payload["container"]["is_ephemeral"] = True
    await server.post_form({"payload": json.dumps(payload)}, signed=door == "signed")

    assert posted == []
    assert slack.called("response_url") == []
    assert slack.messages == []
