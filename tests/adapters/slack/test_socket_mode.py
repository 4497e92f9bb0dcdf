"""Socket Mode against a local stand-in socket server, and how the door is chosen from settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from adapters.slack.door import SlackDoor
from bot.app import Core
from bot.doors import slack_doors
from bot.server import build_web_app
from bot.settings import Settings, SettingsError
from bot.stores.memory import MemoryStore
from tests.adapters.slack.conftest import event_envelope, fixture, make_pipeline
from tests.adapters.slack.fake_slack import FakeSlack


@pytest.fixture
async def socket_door(core: Core, slack: FakeSlack) -> AsyncIterator[SlackDoor]:
    store = MemoryStore()
    door = SlackDoor(
        make_pipeline(core, store),
        bot_token="xoxb-test-token",
        signing_secret=None,
        api_url=slack.api_url,
        app_token="xapp-test-token",
    )
    server = TestServer(build_web_app(store, [door]), host="127.0.0.1")
    await server.start_server()
    yield door
    await server.close()


async def test_socket_mode_takes_events_and_acknowledges_each_envelope(
    socket_door: SlackDoor, slack: FakeSlack
) -> None:
    assert socket_door.socket_mode
    connect = slack.called("apps.connections.open")
    assert connect and connect[0].params == {}  # the app token went in the header, not the body
    body = event_envelope(fixture("message_im")["event"], "Ev0SOCKET1")
    envelope = {
        "envelope_id": "57d6a792-4d35-4d0b-b6aa-3361493e1caf",
        "type": "events_api",
        "payload": body,
        "accepts_response_payload": False,
        "retry_attempt": 0,
        "retry_reason": "",
    }
    ack = await slack.socket_send(envelope)
    assert ack["envelope_id"] == envelope["envelope_id"]
    await socket_door.idle()
    assert [m.channel for m in slack.messages] == ["D0ALICE", "D0ALICE"]
    # A re-sent envelope (Slack's retry) is acknowledged and not answered again.
    again = await slack.socket_send({**envelope, "envelope_id": "e2", "retry_attempt": 1})
    assert again["envelope_id"] == "e2"
    await socket_door.idle()
    assert len(slack.messages) == 2


async def test_socket_mode_takes_slash_commands(socket_door: SlackDoor, slack: FakeSlack) -> None:
    form = fixture("slash_command")
    form["response_url"] = slack.response_url("C0SHARED", "U0ALICE")
    ack = await slack.socket_send(
        {
            "envelope_id": "cmd-1",
            "type": "slash_commands",
            "payload": form,
            "accepts_response_payload": True,
        }
    )
    assert ack["envelope_id"] == "cmd-1"
    await socket_door.idle()
    assert slack.messages and all(m.ephemeral for m in slack.messages)
    assert "The published Q&amp;A answers these" in slack.messages[-1].text


async def test_socket_mode_serves_no_http_events_route(core: Core, slack: FakeSlack) -> None:
    door = SlackDoor(
        make_pipeline(core, MemoryStore()),
        bot_token="xoxb-t",
        signing_secret=None,
        api_url=slack.api_url,
        app_token="xapp-t",
    )
    app = build_web_app(MemoryStore(), [door])
    assert not [r for r in app.router.routes() if r.method == "POST"]


# -- choosing the door from settings -----------------------------------------------------------


def _settings(tmp_path: Path, **values: str) -> Settings:
    env = {"INFOSHARE_DATA_DIR": str(tmp_path), **values}
    return Settings.model_validate(
        {
            k.removeprefix("INFOSHARE_").lower() if k.startswith("INFOSHARE_") else k: v
            for k, v in env.items()
        }
    )


def test_no_slack_settings_means_no_slack_door(core: Core, tmp_path: Path) -> None:
    pipeline = make_pipeline(core, MemoryStore())
    assert slack_doors(_settings(tmp_path), pipeline, dev=False) == []


def test_the_server_refuses_to_start_without_a_signing_secret(core: Core, tmp_path: Path) -> None:
    pipeline = make_pipeline(core, MemoryStore())
    settings = _settings(tmp_path, SLACK_BOT_TOKEN="xoxb-secret-value")
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET") as refused:
        slack_doors(settings, pipeline, dev=False)
    assert "xoxb-secret-value" not in str(refused.value)
    [door] = slack_doors(settings, pipeline, dev=True)  # local development only
    assert not door.socket_mode


def test_a_secret_without_a_bot_token_is_explained(core: Core, tmp_path: Path) -> None:
    pipeline = make_pipeline(core, MemoryStore())
    settings = _settings(tmp_path, SLACK_SIGNING_SECRET="s3cr3t")
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN"):
        slack_doors(settings, pipeline, dev=False)


def test_an_app_token_chooses_socket_mode(core: Core, tmp_path: Path) -> None:
    pipeline = make_pipeline(core, MemoryStore())
    settings = _settings(tmp_path, SLACK_BOT_TOKEN="xoxb-1", SLACK_APP_TOKEN="xapp-1")
    [door] = slack_doors(settings, pipeline, dev=False)
    assert door.socket_mode
