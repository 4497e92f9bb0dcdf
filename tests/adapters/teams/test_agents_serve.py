"""`INFOSHARE_TEAMS_SDK=agents infoshare serve`, started as a person would, answers a signed
activity end to end: the token is checked against the stand-in key server, the bot's own token
is fetched by MSAL as a managed identity (App Service's local endpoint, stood in here), and the
answer reaches the stand-in Bot Connector."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from tests.support.environment import command_env
from tests.support.network import free_port
from tests.support.teams import TeamsBot, new_id
from tests.support.teams_hostings import keys_url
from tests.support.teams_standins import APP_ID, TENANT_ID, Connector, KeyServer

MSI_TOKEN = "token-from-the-managed-identity-endpoint"
IDENTITY_HEADER = "stand-in-identity-header"


@pytest.fixture
async def identity_endpoint() -> AsyncIterator[tuple[str, list[web.Request]]]:
    """App Service's managed identity endpoint, as MSAL calls it (IDENTITY_ENDPOINT)."""
    asked: list[web.Request] = []

    async def token(request: web.Request) -> web.Response:
        asked.append(request)
        if request.headers.get("X-IDENTITY-HEADER") != IDENTITY_HEADER:
            return web.json_response({"error": "unauthorized"}, status=401)
        expires = str(int(time.time()) + 3600)
        body = {"access_token": MSI_TOKEN, "expires_on": expires, "token_type": "Bearer"}
        return web.json_response({**body, "resource": request.query.get("resource")})

    app = web.Application()
    app.router.add_get("/msi/token", token)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("/msi/token")), asked
    await server.close()


@pytest.mark.usefixtures("warm_tmp_path")
async def test_infoshare_serve_on_the_agents_sdk_answers_a_signed_activity(
    tmp_path: Path,
    connector: Connector,
    keys: KeyServer,
    identity_endpoint: tuple[str, list[web.Request]],
) -> None:
    endpoint, asked = identity_endpoint
    port = free_port()
    env = command_env(tmp_path)  # this checkout's code, no Slack or Teams setting kept
    env.update(
        INFOSHARE_DATA_DIR=str(tmp_path),
        INFOSHARE_TEAMS_SDK="agents",
        INFOSHARE_TEAMS_KEYS_URL=keys_url(keys),
        MicrosoftAppId=APP_ID,
        MicrosoftAppType="UserAssignedMSI",
        MicrosoftAppTenantId=TENANT_ID,
        IDENTITY_ENDPOINT=endpoint,
        IDENTITY_HEADER=IDENTITY_HEADER,
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "serve", "--port", str(port),
        env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        async with aiohttp.ClientSession() as session:
            bot = TeamsBot(f"http://127.0.0.1:{port}", session, connector, keys)
            assert await _healthy(session, bot.url, process) == {
                "status": "ok",
                "doors": ["teams"],
            }
            unsigned = await bot.post(bot.activity("personal_message", text="help", id=new_id()))
            sent = await bot.send("personal_message", text="help", id=new_id())
    finally:
        process.terminate()
        _, stderr = await process.communicate()

    assert unsigned.status == 401
    (reply,) = sent
    assert "What I can do" in reply.texts
    assert reply.authorization == f"Bearer {MSI_TOKEN}"
    assert asked and asked[0].query.get("client_id") == APP_ID
    assert b"Traceback" not in stderr


async def _healthy(
    session: aiohttp.ClientSession, url: str, process: asyncio.subprocess.Process
) -> object:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.returncode is None, "infoshare serve stopped"
        try:
            async with session.get(f"{url}/healthz") as response:
                return await response.json()
        except aiohttp.ClientConnectionError:
            await asyncio.sleep(0.1)
    raise AssertionError("infoshare serve did not start in 30 s")
