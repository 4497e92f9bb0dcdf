"""The Slack door under test: the real web server on loopback, the real core and pipeline, and a
stand-in for Slack. `Person` drives it the way someone in a workspace would."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from adapters.slack.door import SlackDoor
from bot.app import Core, build_lookups
from bot.pipeline import TurnPipeline
from bot.server import build_web_app
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Store
from tests.support.fake_slack import BOT_ID, BOT_USER, FakeSlack, Message
from tests.support.pipelines import test_pipeline

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
FIXTURES = Path(__file__).parents[1] / "adapters" / "slack" / "fixtures"
_counter = itertools.count(1)


def press_event(form: dict[str, str]) -> str:
    """The event id the Slack door gives a press sent as `form` (its message, person, button)."""
    payload = json.loads(form["payload"])
    container, action = payload["container"], payload["actions"][0]
    return (
        f"press:{container['channel_id']}:{container['message_ts']}:"
        f"{payload['user']['id']}:{action['action_id']}"
    )


def fixture(name: str) -> dict[str, Any]:
    """A recorded Slack payload from tests/adapters/slack/fixtures."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return data


def sign(body: bytes, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    """The headers Slack sends: ``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + ts.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def make_pipeline(core: Core, store: Store) -> TurnPipeline:
    return test_pipeline(core, store)


class Server:
    """The infoshare web server with the Slack door, serving on 127.0.0.1."""

    def __init__(self, door: SlackDoor, store: Store) -> None:
        self.door = door
        self.app = build_web_app(store, [door])
        self._server = TestServer(self.app, host="127.0.0.1")
        self.session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        await self._server.start_server()
        self.session = aiohttp.ClientSession()

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        await self._server.close()

    def url(self, path: str) -> str:
        return str(self._server.make_url(path))

    async def post(
        self,
        body: bytes,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        signed: bool = True,
        timestamp: int | None = None,
    ) -> tuple[int, str]:
        """POST /slack/events, signed unless told otherwise; waits for the answers to be sent."""
        assert self.session is not None
        sent = {"Content-Type": content_type, **(sign(body, timestamp) if signed else {})}
        async with self.session.post(
            self.url("/slack/events"), data=body, headers={**sent, **(headers or {})}
        ) as response:
            status, text = response.status, await response.text()
        await self.door.idle()
        return status, text

    async def post_json(self, payload: Any, **kwargs: Any) -> tuple[int, str]:
        return await self.post(json.dumps(payload).encode(), "application/json", **kwargs)

    async def post_form(self, fields: dict[str, str], **kwargs: Any) -> tuple[int, str]:
        return await self.post(
            urlencode(fields).encode(), "application/x-www-form-urlencoded", **kwargs
        )


async def start_server(
    core: Core, slack: FakeSlack, store: Store | None = None, *, signed: bool = True
) -> Server:
    store = store or MemoryStore()
    pipeline = make_pipeline(core, store)
    door = SlackDoor(
        pipeline,
        bot_token="xoxb-test-token",
        signing_secret=SECRET if signed else None,
        api_url=slack.api_url,
        lookups=build_lookups(core, pipeline),
    )
    server = Server(door, store)
    await server.start()
    return server


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
async def server(core: Core, slack: FakeSlack) -> AsyncIterator[Server]:
    started = await start_server(core, slack)
    yield started
    await started.close()


def event_envelope(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    """An ``event_callback`` body around `event`, as the Events API sends it."""
    body = fixture("event_callback")
    body["event"] = event
    body["event_id"] = event_id or f"Ev{next(_counter):08d}"
    return body


class Person:
    """Someone in the workspace, talking to the assistant through Slack."""

    def __init__(self, server: Server, slack: FakeSlack, user: str = "U0ALICE") -> None:
        self.server = server
        self.slack = slack
        self.user = user
        self.dm_channel = "D" + user.lstrip("UW")

    def _ts(self) -> str:
        return f"1699999999.{next(_counter):06d}"

    async def _seen_after(self, send: Any) -> list[Message]:
        before = len(self.slack.messages)
        status, _ = await send
        assert status == 200
        return [m for m in self.slack.messages[before:] if self.sees(m)]

    def sees(self, message: Message) -> bool:
        return not message.ephemeral or message.user == self.user

    async def dm(self, text: str, **extra: Any) -> list[Message]:
        event = fixture("message_im")["event"]
        event.update(user=self.user, channel=self.dm_channel, text=text, ts=self._ts(), **extra)
        return await self._seen_after(self.server.post_json(event_envelope(event)))

    async def mention(self, text: str, channel: str = "C0SHARED", **extra: Any) -> list[Message]:
        event = fixture("app_mention")["event"]
        ts = self._ts()
        event.update(
            user=self.user, channel=channel, text=f"<@{BOT_USER}> {text}", ts=ts, event_ts=ts
        )
        event.update(extra)
        return await self._seen_after(self.server.post_json(event_envelope(event)))

    async def command(self, text: str, channel: str = "C0SHARED") -> list[Message]:
        form = fixture("slash_command")
        form.update(
            user_id=self.user,
            channel_id=channel,
            text=text,
            trigger_id=f"trigger-{next(_counter)}",
            response_url=self.slack.response_url(channel, self.user),
        )
        return await self._seen_after(self.server.post_form(form))

    async def open_home(self) -> None:
        event = fixture("app_home_opened")["event"]
        event.update(user=self.user, channel=self.dm_channel)
        status, _ = await self.server.post_json(event_envelope(event))
        assert status == 200

    def message_with(self, label: str) -> Message:
        for message in reversed(self.slack.messages):
            if self.sees(message) and any(b["text"]["text"] == label for b in message.buttons()):
                return message
        raise AssertionError(f"no message shows a button labelled {label!r}")

    def action_payload(self, message: Message, label: str) -> dict[str, Any]:
        """The ``block_actions`` payload Slack sends when this person presses `label`."""
        button = next(b for b in message.buttons() if b["text"]["text"] == label)
        payload = fixture("block_actions")
        payload["user"].update(id=self.user)
        payload["trigger_id"] = f"trigger-{next(_counter)}"
        payload["channel"] = {"id": message.channel, "name": "somewhere"}
        payload["actions"] = [{**button, "block_id": "b", "action_ts": self._ts()}]
        payload["response_url"] = self.slack.response_url(message.channel, self.user, message)
        payload["container"] = {
            "type": "message",
            "message_ts": message.ts,
            "channel_id": message.channel,
            "is_ephemeral": message.ephemeral,
        }
        if message.ephemeral:
            payload.pop("message", None)
        else:
            payload["message"] = {
                "type": "message",
                "user": BOT_USER,
                "bot_id": BOT_ID,
                "text": message.text,
                "ts": message.ts,
                "blocks": message.blocks,
                **({"thread_ts": message.thread_ts} if message.thread_ts else {}),
            }
        return payload

    async def press(self, label: str, message: Message | None = None) -> list[Message]:
        message = message or self.message_with(label)
        payload = self.action_payload(message, label)
        return await self._seen_after(self.server.post_form({"payload": json.dumps(payload)}))

    def submission_payload(self, view: dict[str, Any], typed: dict[str, str]) -> dict[str, Any]:
        """The ``view_submission`` payload Slack sends when this person submits a modal."""
        values: dict[str, Any] = {}
        for block in view["blocks"]:
            if block.get("type") != "input":
                continue
            element = block["element"]
            given = typed.get(block["block_id"].removeprefix("field:"))
            if element["type"] == "static_select":
                option = next((o for o in element["options"] if o["value"] == given), None)
                entered: dict[str, Any] = {"type": "static_select", "selected_option": option}
            else:
                entered = {"type": "plain_text_input", "value": given}
            values[block["block_id"]] = {element["action_id"]: entered}
        return {
            "type": "view_submission",
            "team": {"id": "T0TEAM", "domain": "example"},
            "user": {"id": self.user, "team_id": "T0TEAM"},
            "api_app_id": "A0INFOSHARE",
            "trigger_id": f"trigger-{next(_counter)}",
            "view": {
                **view,
                "team_id": "T0TEAM",
                "hash": f"hash-{next(_counter)}",
                "state": {"values": values},
            },
        }

    async def submit(self, view: dict[str, Any], typed: dict[str, str]) -> list[Message]:
        """Fill in a modal's inputs (by field id) and submit it."""
        payload = self.submission_payload(view, typed)
        return await self._seen_after(self.server.post_form({"payload": json.dumps(payload)}))

    async def press_home(self, label: str) -> list[Message]:
        view = self.slack.views[-1]
        buttons = [e for b in view["blocks"] if b.get("type") == "actions" for e in b["elements"]]
        button = next(b for b in buttons if b["text"]["text"] == label)
        payload = fixture("block_actions_home")
        payload["user"].update(id=self.user)
        payload["view"]["blocks"] = view["blocks"]
        payload["view"]["hash"] = view["hash"]
        payload["actions"] = [{**button, "block_id": "b", "action_ts": self._ts()}]
        return await self._seen_after(self.server.post_form({"payload": json.dumps(payload)}))


@pytest.fixture
def alice(server: Server, slack: FakeSlack) -> Person:
    return Person(server, slack)


def labels(message: Message) -> list[str]:
    return [b["text"]["text"] for b in message.buttons()]
