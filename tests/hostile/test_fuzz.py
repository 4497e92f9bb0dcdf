"""Fuzzing both doors over real HTTP: random JSON, recorded payloads with one field replaced by
random JSON, and random bytes, signed where the door checks signatures so that they reach the
parsers. Never a 500, never a traceback, and `/healthz` answers within a second after each.

The server runs in a thread of its own (with the Slack and Bot Connector stand-ins) so that
hypothesis can drive it from an ordinary test function.
"""

from __future__ import annotations

import asyncio
import copy
import json
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from adapters.slack.door import SlackDoor
from bot.app import Core, build_lookups
from bot.server import build_web_app
from bot.stores.memory import MemoryStore
from tests.support.fake_slack import FakeSlack
from tests.support.pipelines import test_pipeline
from tests.support.slack import SECRET, event_envelope, sign
from tests.support.slack import fixture as slack_fixture
from tests.support.teams import local_door
from tests.support.teams_standins import Connector, start_connector
from tests.support.teams_standins import fixture as teams_fixture

T = TypeVar("T")
EXAMPLES = 200
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


class Running:
    """Both doors on one web server, on loopback, in a thread with its own event loop."""

    def __init__(self, core: Core) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._core = core
        self.call(self._start())

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=60)

    async def _start(self) -> None:
        self.slack = FakeSlack()
        await self.slack.start()
        self.connector = Connector()
        self._connector_server = await start_connector(self.connector)
        store = MemoryStore()
        pipeline = test_pipeline(self._core, store)
        self.slack_door = SlackDoor(
            pipeline,
            bot_token="xoxb-test-token",
            signing_secret=SECRET,
            api_url=self.slack.api_url,
            lookups=build_lookups(self._core, pipeline),
        )
        teams_door = local_door(test_pipeline(self._core, store))
        self._server = TestServer(
            build_web_app(store, [self.slack_door, teams_door]), host="127.0.0.1"
        )
        await self._server.start_server()
        self._session = aiohttp.ClientSession()

    def close(self) -> None:
        async def stop() -> None:
            await self.slack_door.idle()
            await self._session.close()
            await self._server.close()
            await self._connector_server.close()
            await self.slack.close()

        self.call(stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        async def post() -> int:
            url = str(self._server.make_url(path))
            async with self._session.post(url, data=body, headers=headers) as response:
                await response.read()
                status = response.status
            await self.slack_door.idle()
            return status

        return self.call(post())

    def healthy_within_a_second(self) -> bool:
        async def health() -> bool:
            url = str(self._server.make_url("/healthz"))
            timeout = aiohttp.ClientTimeout(total=1.0)
            async with self._session.get(url, timeout=timeout) as response:
                return response.status == 200

        return self.call(health())


@pytest.fixture(scope="module")
def running(core: Core) -> Iterator[Running]:
    server = Running(core)
    yield server
    server.close()


def _replaced(payload: Any, path: list[str | int], value: Any) -> Any:
    """`payload` with the field at `path` (as far as it exists) replaced by `value`."""
    changed = copy.deepcopy(payload)
    node = changed
    for step in path[:-1]:
        if _has(node, step):
            node = node[step]
        else:
            return changed
    last = path[-1]
    if isinstance(node, dict) or _has(node, last):
        node[last] = value
    return changed


def _has(node: Any, step: str | int) -> bool:
    if isinstance(node, dict):
        return step in node
    return isinstance(node, list) and isinstance(step, int) and step < len(node)


def _paths(payload: Any, prefix: tuple[Any, ...] = ()) -> list[list[Any]]:
    found = [list(prefix)] if prefix else []
    if isinstance(payload, dict):
        for key, value in payload.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(payload, list):
        for index, value in enumerate(payload[:3]):
            found += _paths(value, (*prefix, index))
    return found


def _dm() -> dict[str, Any]:
    event = slack_fixture("message_im")["event"]
    event.update(user="UALICE", channel="DALICE", text="help")
    return event_envelope(event)


SLACK_PAYLOADS = {
    "dm": _dm(),
    "mention": event_envelope(slack_fixture("app_mention")["event"]),
    "home": event_envelope(slack_fixture("app_home_opened")["event"]),
    "press": slack_fixture("block_actions"),
    "home press": slack_fixture("block_actions_home"),
    "uninstall": event_envelope({"type": "app_uninstalled"}),
    "pane start": event_envelope(
        {
            "type": "assistant_thread_started",
            "assistant_thread": {
                "user_id": "UALICE",
                "context": {"channel_id": "C0SHARED", "team_id": "T0TEAM"},
                "channel_id": "DALICE",
                "thread_ts": "1700000000.000100",
            },
        }
    ),
    "pane message": event_envelope({**_dm()["event"], "thread_ts": "1700000000.000100"}),
    "share shortcut press": {
        "type": "shortcut",
        "callback_id": "infoshare-share",
        "trigger_id": "trigger-1",
        "team": {"id": "T0TEAM"},
        "user": {"id": "UALICE", "team_id": "T0TEAM"},
    },
    "share message press": {
        "type": "message_action",
        "callback_id": "infoshare-share-message",
        "trigger_id": "trigger-2",
        "team": {"id": "T0TEAM"},
        "user": {"id": "UALICE", "team_id": "T0TEAM"},
        "channel": {"id": "C0SHARED"},
        "message": {"type": "message", "ts": "1700000000.000200", "text": "an ISP?"},
        "response_url": "https://hooks.example.invalid/1",
    },
    "share pick press": {
        **slack_fixture("block_actions"),
        "actions": [{"action_id": "share-confirm", "value": "13|1700000000.000200"}],
        "container": {
            "type": "message",
            "message_ts": "1700000000.000300",
            "channel_id": "C0SHARED",
            "is_ephemeral": True,
        },
        "response_url": "https://hooks.example.invalid/2",
    },
    "share find press": {
        "type": "view_submission",
        "team": {"id": "T0TEAM"},
        "user": {"id": "UALICE", "team_id": "T0TEAM"},
        "view": {
            "id": "V1",
            "type": "modal",
            "callback_id": "infoshare-share-find",
            "state": {
                "values": {
                    "where": {"conversation": {"selected_conversation": "C0SHARED"}},
                    "words": {"words": {"value": "ISP"}},
                }
            },
        },
        "response_urls": [
            {"channel_id": "C0SHARED", "response_url": "https://hooks.example.invalid/3"}
        ],
    },
}
SLACK_PATHS = [(name, path) for name, body in SLACK_PAYLOADS.items() for path in _paths(body)]


def _slack_body(name: str, body: Any) -> tuple[bytes, str]:
    if name.endswith("press"):
        return urlencode(
            {"payload": json.dumps(body)}
        ).encode(), "application/x-www-form-urlencoded"
    return json.dumps(body).encode(), "application/json"


@FUZZ
@given(target=st.sampled_from(SLACK_PATHS), value=json_values)
@example(target=("share find press", ["response_urls"]), value=None)
@example(target=("share find press", ["response_urls"]), value=[{}, {}])
def test_slack_payloads_with_one_field_replaced_never_get_a_500(
    running: Running, target: tuple[str, list[Any]], value: Any
) -> None:
    name, path = target
    if name == "uninstall":
        return  # a signed uninstall is honoured, which would end the fuzzing
    body, content_type = _slack_body(name, _replaced(SLACK_PAYLOADS[name], path, value))

    status = running.post("/slack/events", body, {"Content-Type": content_type, **sign(body)})

    assert status < 500
    assert running.healthy_within_a_second()


@FUZZ
@given(value=json_values, as_form=st.booleans())
def test_slack_random_json_never_gets_a_500(running: Running, value: Any, as_form: bool) -> None:
    if isinstance(value, dict) and value.get("type") == "event_callback":
        return  # could be a signed uninstall
    body, content_type = _slack_body("press" if as_form else "json", value)

    status = running.post("/slack/events", body, {"Content-Type": content_type, **sign(body)})

    assert status < 500
    assert running.healthy_within_a_second()


@FUZZ
@given(
    body=st.binary(max_size=300),
    content_type=st.sampled_from(
        ["application/json", "application/x-www-form-urlencoded", "text/plain"]
    ),
)
def test_slack_random_bytes_never_get_a_500(
    running: Running, body: bytes, content_type: str
) -> None:
    status = running.post("/slack/events", body, {"Content-Type": content_type, **sign(body)})

    assert status < 500
    assert running.healthy_within_a_second()


TEAMS_NAMES = [
    "personal_message",
    "channel_mention",
    "card_submit",
    "bot_added_personal",
    "installation_update",
]


def _teams_paths() -> list[tuple[str, list[Any]]]:
    return [
        (name, path)
        for name in TEAMS_NAMES
        for path in _paths(teams_fixture(name, "http://127.0.0.1:1/"))
    ]


TEAMS_PATHS = _teams_paths()


@FUZZ
@given(target=st.sampled_from(TEAMS_PATHS), value=json_values)
@example(target=("personal_message", ["conversation", "id"]), value="\u0100")
def test_teams_activities_with_one_field_replaced_never_get_a_500(
    running: Running, target: tuple[str, list[Any]], value: Any
) -> None:
    name, path = target
    activity = _replaced(teams_fixture(name, running.connector.url), path, value)

    status = running.post(
        "/api/messages", json.dumps(activity).encode(), {"Content-Type": "application/json"}
    )

    assert status < 500
    assert running.healthy_within_a_second()


@FUZZ
@given(value=json_values | st.binary(max_size=300))
def test_teams_random_json_and_bytes_never_get_a_500(running: Running, value: Any) -> None:
    body = value if isinstance(value, bytes) else json.dumps(value).encode()

    status = running.post("/api/messages", body, {"Content-Type": "application/json"})

    assert status < 500
    assert running.healthy_within_a_second()
