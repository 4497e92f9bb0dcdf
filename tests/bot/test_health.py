"""`/healthz` tells the truth: 503, naming the part, when a door is dead or the store's file is."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import Core
from bot.server import build_web_app
from bot.stores.sqlite import SQLiteStore
from tests.support.fake_slack import FakeSlack
from tests.support.slack import event_envelope, start_server


async def _health(url: str) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


@pytest.fixture
async def sqlite_server(tmp_path: Path) -> AsyncIterator[tuple[SQLiteStore, str]]:
    store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    for n in range(500):  # a few hundred conversations: a file of many pages
        await store.put(
            f"slack|T1/D{n}|U{n}", {"step": "x" * 200}, expected_version=None, ttl_seconds=3600
        )
    server = TestServer(build_web_app(store, []), host="127.0.0.1")
    await server.start_server()
    yield store, str(server.make_url("/healthz"))
    await server.close()
    await store.close()


async def test_a_healthy_store_is_200(sqlite_server: tuple[SQLiteStore, str]) -> None:
    _, url = sqlite_server
    assert await _health(url) == (200, {"status": "ok", "doors": []})


@pytest.mark.parametrize("damage", ["truncated", "emptied", "overwritten", "deleted"])
async def test_a_damaged_sqlite_file_is_503_naming_the_store(
    sqlite_server: tuple[SQLiteStore, str], tmp_path: Path, damage: str
) -> None:
    store, url = sqlite_server
    path = tmp_path / "state.sqlite3"
    await store.get("slack|T1/D1|U1")  # the store's connection has the file in its cache
    if damage == "truncated":
        os.truncate(path, 3 * 4096)
    elif damage == "emptied":
        os.truncate(path, 0)
    elif damage == "overwritten":
        with path.open("r+b") as file:
            file.seek(4096)
            file.write(b"\xa5" * 4096 * 8)
    else:
        path.unlink()

    status, body = await _health(url)

    assert status == 503
    assert body["down"] == {"store": "unreachable"}


async def test_a_read_only_sqlite_file_is_503_naming_the_store(
    sqlite_server: tuple[SQLiteStore, str], tmp_path: Path
) -> None:
    _, url = sqlite_server
    (tmp_path / "state.sqlite3").chmod(0o444)
    if os.access(tmp_path / "state.sqlite3", os.W_OK):
        pytest.skip("running as root: permissions do not stop writes")

    status, body = await _health(url)

    assert status == 503 and body["down"] == {"store": "unreachable"}


async def test_a_slack_door_whose_token_was_revoked_is_503_naming_slack(core: Core) -> None:
    slack = FakeSlack()
    await slack.start()
    server = await start_server(core, slack)
    try:
        assert (await _health(server.url("/healthz")))[0] == 200
        revoked = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOT"]}}
        assert (await server.post_json(event_envelope(revoked)))[0] == 200

        status, body = await _health(server.url("/healthz"))
    finally:
        await server.close()
        await slack.close()

    assert status == 503
    assert body["down"] == {"slack": "bot token revoked"}
