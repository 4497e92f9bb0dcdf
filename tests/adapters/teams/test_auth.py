"""Authentication: with an app id every request needs a valid Bot Framework token; without one
the endpoint serves this machine only.

Tokens are real JWTs signed with a test RSA key. The SDK's own validator checks them against
OpenID metadata and keys served by a local stand-in (the SDK lets those endpoints be configured).
What is not tested: fetching the bot's outbound token from Microsoft Entra ID (MSAL insists on
an https authority), so the outbound credential here is a fixed test token.
"""

from __future__ import annotations

import logging
import socket
import time
from typing import Any

import aiohttp
import jwt
import pytest

from adapters.teams.door import TeamsDoor
from bot.app import Core
from bot.doors import LOCAL_ONLY_WARNING, build_teams_door
from bot.settings import Settings, SettingsError
from bot.stores.memory import MemoryStore
from bot.stores.sqlite import SQLiteStore
from tests.adapters.teams.conftest import (
    TeamsBot,
    local_door,
    make_pipeline,
    secured_door,
    serve,
)
from tests.adapters.teams.hostings import OUTBOUND_TOKEN
from tests.adapters.teams.standins import APP_ID, ISSUER, TENANT_ID, Connector, KeyServer
from tests.support.network import free_port


async def test_a_valid_token_is_accepted_and_replies_carry_the_bots_own_token(
    secured: TeamsBot, keys: KeyServer
) -> None:
    activity = secured.activity("personal_message", text="help")

    response = await secured.post(activity, token=keys.token(secured.connector.url))

    assert response.status == 200
    (reply,) = secured.connector.messages()
    assert reply.authorization == f"Bearer {OUTBOUND_TOKEN}"


@pytest.mark.parametrize(
    "how",
    [
        "missing",
        "garbage",
        "wrong scheme",
        "other signing key",
        "other audience",
        "other issuer",
        "another tenant's issuer",
        "expired",
        "other service url",
        "unknown key id",
    ],
)
async def test_a_request_without_a_valid_token_gets_401_and_does_nothing(
    secured: TeamsBot, keys: KeyServer, how: str
) -> None:
    url = secured.connector.url
    headers: dict[str, str] = {}
    token: str | None = {
        "missing": None,
        "garbage": "not.a.jwt",
        "wrong scheme": None,
        "other signing key": keys.token(url, signed_with_other_key=True),
        "other audience": keys.token(url, aud="11111111-2222-3333-4444-555555555555"),
        "other issuer": keys.token(url, iss="https://sts.example.com/"),
        "another tenant's issuer": keys.token(
            url, iss=f"https://sts.windows.net/{OTHER}/", tid=OTHER
        ),
        "expired": keys.token(url, exp=int(time.time()) - 3600, nbf=int(time.time()) - 7200),
        "other service url": keys.token("https://smba.example.com/"),
        "unknown key id": None,
    }[how]
    if how == "wrong scheme":
        headers["Authorization"] = "Basic " + keys.token(url)
    if how == "unknown key id":
        headers["Authorization"] = "Bearer " + _with_kid(keys, url, "no-such-key")
    activity = secured.activity("personal_message", text="help")

    refused = await secured.post(activity, token=token, headers=headers)

    assert refused.status == 401
    assert refused.body == {
        "status": "refused",
        "reason": "a valid Bot Framework token is required",
    }
    assert secured.connector.sent == []
    # Nothing happened: the same activity with a valid token is still answered (not a repeat).
    accepted = await secured.post(activity, token=keys.token(url))
    assert accepted.status == 200 and len(secured.connector.messages()) == 1


OTHER = "0f0e0d0c-0b0a-4909-8807-060504030201"
"""Another organisation's Entra tenant."""
OTHER_ISSUER = f"https://sts.windows.net/{OTHER}/"


def _with_kid(keys: KeyServer, url: str, kid: str) -> str:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": APP_ID, "serviceurl": url, "nbf": now, "exp": now + 600}
    return jwt.encode(claims, keys.private_key, algorithm="RS256", headers={"kid": kid})


# -- local development ---------------------------------------------------------------------------


async def test_without_an_app_id_the_door_says_so_at_start_up(
    core: Core, store: SQLiteStore, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    with caplog.at_level(logging.WARNING, logger="infoshare.teams"):
        door = build_teams_door(settings, make_pipeline(core, store))

    assert isinstance(door, TeamsDoor)
    assert [r.getMessage() for r in caplog.records] == [LOCAL_ONLY_WARNING]


async def test_with_an_app_id_there_is_no_warning(
    core: Core, store: SQLiteStore, caplog: pytest.LogCaptureFixture, monkeypatch: Any
) -> None:
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    monkeypatch.setenv("MicrosoftAppPassword", "secret-value")
    monkeypatch.setenv("MicrosoftAppTenantId", TENANT_ID)
    with caplog.at_level(logging.WARNING, logger="infoshare.teams"):
        build_teams_door(Settings(_env_file=None), make_pipeline(core, store))  # type: ignore[call-arg]

    assert caplog.records == []


@pytest.mark.parametrize(
    ("app_type", "env", "missing"),
    [
        ("SingleTenant", {}, "MicrosoftAppPassword and MicrosoftAppTenantId"),
        ("SingleTenant", {"MicrosoftAppPassword": "s"}, "MicrosoftAppTenantId"),
        ("MultiTenant", {}, "MicrosoftAppPassword"),
        ("UserAssignedMSI", {}, "MicrosoftAppTenantId"),
    ],
)
def test_an_app_id_without_what_its_type_needs_is_a_clear_settings_error(
    core: Core, monkeypatch: Any, app_type: str, env: dict[str, str], missing: str
) -> None:
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    monkeypatch.setenv("MicrosoftAppType", app_type)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(SettingsError) as raised:
        build_teams_door(Settings(_env_file=None), make_pipeline(core, MemoryStore()))  # type: ignore[call-arg]

    assert f"{missing} must be set" in str(raised.value)
    assert "secret" not in str(raised.value) and "s." not in str(raised.value)


async def test_local_mode_refuses_a_request_that_came_through_a_proxy(teams: TeamsBot) -> None:
    activity = teams.activity("personal_message", text="help")

    refused = await teams.post(activity, headers={"X-Forwarded-For": "203.0.113.9"})

    assert refused.status == 403 and "this machine only" in refused.body["reason"]
    assert teams.connector.sent == []


async def test_local_mode_sends_replies_only_to_a_local_service_url(teams: TeamsBot) -> None:
    activity = teams.activity("personal_message", text="help")
    activity["serviceUrl"] = "https://smba.trafficmanager.net/uk/"

    refused = await teams.post(activity)

    assert refused.status == 403 and "local serviceUrl" in refused.body["reason"]


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


async def test_local_mode_refuses_a_caller_from_another_machine(
    core: Core, store: SQLiteStore, connector: Connector, hosting: str
) -> None:
    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to call from")
    server = await serve(local_door(make_pipeline(core, store), hosting), store, host="0.0.0.0")
    try:
        async with aiohttp.ClientSession() as session:
            url = f"http://{address}:{server.port}/api/messages"
            activity = TeamsBot("", session, connector).activity("personal_message")
            async with session.post(url, json=activity) as response:
                status, body = response.status, await response.json()
    finally:
        await server.close()

    assert status == 403 and "this machine only" in body["reason"]
    assert connector.sent == []


async def test_when_the_signing_keys_cannot_be_fetched_the_answer_is_503_not_a_crash(
    core: Core, store: SQLiteStore, connector: Connector, keys: KeyServer, hosting: str
) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}/openid"
    door = secured_door(make_pipeline(core, store), hosting, nowhere)
    server = await serve(door, store)
    try:
        async with aiohttp.ClientSession() as session:
            bot = TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
            response = await bot.post(
                bot.activity("personal_message"), token=keys.token(connector.url)
            )
    finally:
        await server.close()

    assert response.status == 503 and "could not be checked" in response.body["reason"]
    assert connector.sent == []
