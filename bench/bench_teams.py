"""``POST /api/messages`` under load: the infoshare Teams door beside a bare botbuilder echo bot.

Four processes besides this one: a stand-in for the Bot Connector service (answers every
reply with 201), the infoshare web server with the Teams door on each SDK in turn, botbuilder
and the Microsoft 365 Agents SDK (real core, SQLite store in a temporary directory), and a bare
botbuilder bot: `CloudAdapter.process` on aiohttp with an
`ActivityHandler` that echoes each message back. Both run without an app id (no token checks,
as with the Bot Framework Emulator), and both send their reply to the Bot Connector before
answering the POST, as botbuilder does. This process plays 100 personal chats at once, each
sending Teams-shaped message activities one after another, and times every POST.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bench._servers import serve_forever, start_server

CONVERSATIONS = 100
PER_CONVERSATION = 20
WARM_UP = 50
QUESTION = "Why is information sharing important?"


# -- the three servers, each run as `python -m bench.bench_teams ROLE` -------------------------


async def _stand_in() -> web.Application:
    count = {"posted": 0}

    async def reply(request: web.Request) -> web.Response:
        await request.read()
        count["posted"] += 1
        return web.json_response({"id": f"m{count['posted']}"}, status=201)

    app = web.Application()
    app.router.add_post("/v3/conversations/{conversation}/activities", reply)
    app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", reply)
    return app


async def _infoshare(data: Path, sdk: str = "botbuilder") -> web.Application:
    from adapters.teams.config import SdkConfiguration, build_auth  # noqa: PLC0415
    from adapters.teams.door import TeamsDoor  # noqa: PLC0415
    from bot.app import build_core, record_clock  # noqa: PLC0415
    from bot.pipeline import TurnPipeline  # noqa: PLC0415
    from bot.server import build_web_app  # noqa: PLC0415
    from bot.stores.sqlite import SQLiteStore  # noqa: PLC0415

    store = await SQLiteStore.open(data / "bench.sqlite3")
    pipeline = TurnPipeline(
        build_core().assistant,
        store,
        clock=record_clock,
        dialog_ttl_seconds=3600,
        event_ttl_seconds=3600,
    )
    if sdk == "agents":
        from adapters.teams.agents_door import AgentsTeamsDoor  # noqa: PLC0415
        from adapters.teams.agents_settings import AgentsConnection, connections  # noqa: PLC0415

        door = AgentsTeamsDoor(pipeline, None, connections(AgentsConnection(None)), local_only=True)
        return build_web_app(store, [door])
    auth = build_auth(SdkConfiguration(None, None, None, "SingleTenant"))
    return build_web_app(store, [TeamsDoor(pipeline, auth, local_only=True)])


async def _bare() -> web.Application:
    from botbuilder.core import (  # type: ignore[import-untyped]  # noqa: PLC0415
        ActivityHandler,
        MessageFactory,
        TurnContext,
    )
    from botbuilder.integration.aiohttp import (  # type: ignore[import-untyped]  # noqa: PLC0415
        CloudAdapter,
        ConfigurationBotFrameworkAuthentication,
    )

    class Config:
        APP_ID = ""
        APP_PASSWORD = ""
        APP_TYPE = "MultiTenant"

    class Echo(ActivityHandler):  # type: ignore[misc]
        async def on_message_activity(self, turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.text(turn_context.activity.text))

    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(Config()))
    bot = Echo()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


async def _serve(role: str) -> None:
    with tempfile.TemporaryDirectory() as data:
        if role == "stand-in":
            app = await _stand_in()
        elif role == "infoshare":
            app = await _infoshare(Path(data))
        elif role == "infoshare-agents":
            app = await _infoshare(Path(data), "agents")
        else:
            app = await _bare()
        await serve_forever(app)


def _start(role: str) -> tuple[subprocess.Popen[str], str]:
    return start_server("bench.bench_teams", role)


# -- the load ----------------------------------------------------------------------------------


def _activity(n: int, conversation: int, service_url: str) -> bytes:
    user = f"29:1BenchUser{conversation:05d}"
    return json.dumps(
        {
            "type": "message",
            "id": f"17640{n:08d}",
            "channelId": "msteams",
            "serviceUrl": service_url,
            "text": QUESTION,
            "textFormat": "plain",
            "from": {"id": user, "name": "Bench User"},
            "recipient": {"id": "28:bench-bot", "name": "infoshare"},
            "conversation": {
                "conversationType": "personal",
                "tenantId": "bench-tenant",
                "id": f"a:1BenchChat{conversation:05d}",
            },
            "channelData": {"tenant": {"id": "bench-tenant"}},
            "locale": "en-GB",
        }
    ).encode()


async def _load(url: str, service_url: str, first: int) -> dict[str, Any]:
    """100 conversations at once; returns POST latencies (ms), wall time and failures."""
    bodies = [
        [
            _activity(first + c * PER_CONVERSATION + i, c, service_url)
            for i in range(PER_CONVERSATION)
        ]
        for c in range(CONVERSATIONS)
    ]
    latencies: list[float] = []
    failures = 0
    headers = {"Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=CONVERSATIONS)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def converse(requests: list[bytes]) -> None:
            nonlocal failures
            for body in requests:
                started = time.perf_counter()
                async with session.post(url + "api/messages", data=body, headers=headers) as r:
                    await r.read()
                    failures += r.status not in {200, 201}
                latencies.append((time.perf_counter() - started) * 1000)

        await converse(
            [_activity(first - WARM_UP + i, 99_999, service_url) for i in range(WARM_UP)]
        )
        latencies.clear()
        began = time.perf_counter()
        await asyncio.gather(*(converse(b) for b in bodies))
        wall = time.perf_counter() - began
    return {"latencies": latencies, "wall": wall, "failures": failures}


def _row(name: str, result: dict[str, Any]) -> str:
    lat = sorted(result["latencies"])
    p99 = lat[int(len(lat) * 0.99) - 1]
    rps = len(lat) / result["wall"]
    result["rps"] = rps
    return (
        f"| {name} | {len(lat)} | {rps:,.0f} | {statistics.median(lat):.1f} | {p99:.1f} "
        f"| {lat[-1]:.1f} | {result['failures']} |"
    )


def run() -> str:
    """Run both bots under the same load, one after the other, and report."""
    stand_in, stand_in_url = _start("stand-in")
    servers: list[subprocess.Popen[str]] = [stand_in]
    try:
        bare, bare_url = _start("bare")
        servers.append(bare)
        bare_result = asyncio.run(_load(bare_url, stand_in_url, 10_000_000))
        bare.terminate()
        ours, ours_url = _start("infoshare")
        servers.append(ours)
        ours_result = asyncio.run(_load(ours_url, stand_in_url, 20_000_000))
        ours.terminate()
        agents, agents_url = _start("infoshare-agents")
        servers.append(agents)
        agents_result = asyncio.run(_load(agents_url, stand_in_url, 30_000_000))
    finally:
        for server in servers:
            server.terminate()
            server.wait()
    rows = [
        _row("bare botbuilder echo bot", bare_result),
        _row("infoshare on botbuilder", ours_result),
        _row("infoshare on the Microsoft 365 Agents SDK", agents_result),
    ]
    share = ours_result["rps"] / bare_result["rps"]
    agents_share = agents_result["rps"] / bare_result["rps"]
    return "\n".join(
        [
            f"Teams personal-chat message activities (a Q&A question), {CONVERSATIONS} chats at "
            f"once, {PER_CONVERSATION} each, on loopback (after {WARM_UP} warm-up requests); "
            "each POST returns after the reply reached the Bot Connector stand-in.",
            "",
            "| bot | requests | activities/s | p50 ms | p99 ms | max ms | failed |",
            "|---|---:|---:|---:|---:|---:|---:|",
            *rows,
            "",
            f"infoshare handles {share:.0%} of the bare bot's rate on botbuilder and "
            f"{agents_share:.0%} on the Agents SDK (target: at least 80% each).",
        ]
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {"stand-in", "infoshare", "infoshare-agents", "bare"}:
        asyncio.run(_serve(sys.argv[1]))
    else:
        print(run())
