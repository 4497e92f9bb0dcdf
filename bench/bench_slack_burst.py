"""A burst at ``POST /slack/events``: 1,000 signed events at once, and how soon each is acked.

Slack sends an event again if it is not acknowledged within 3 seconds. The Slack door
acknowledges once the answer is delivered, or at its deadline while the answer carries on; this
bench checks that the deadline holds when a thousand events arrive in the same instant (each
from a different person, so none waits on another's turn). Three servers besides this process,
as in ``bench_slack``: a stand-in for Slack's Web API, a bare slack-bolt ``AsyncApp`` that only
acknowledges (the baseline: what the machine allows at all), served once with aiohttp's
default listen backlog and once with infoshare's, and infoshare, served as
``infoshare serve`` serves it (connection guard included) with a SQLite store. Each round opens a
thousand connections at once and times every acknowledgement from the moment its request was
sent; rounds alternate between the two apps.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bench._door_bench import Column, latency_figures, ratio, summarise, table
from bench._servers import start_server
from bench._slack_events import signed_mention
from bench.bench_slack import SECRET, _bare, _stand_in
from bot.guard import LISTEN_BACKLOG

BURST = 1000
ROUNDS = 3
SLACK_LIMIT_MS = 3000.0
QUESTION = "Why is information sharing important?"


async def _infoshare(stand_in: str, data: Path) -> None:
    """The infoshare web server with the Slack door, as `bot.app.serve` runs it."""
    from adapters.slack.door import SlackDoor  # noqa: PLC0415
    from bot.app import build_core, record_clock  # noqa: PLC0415
    from bot.guard import KEEPALIVE_TIMEOUT_SECONDS, ConnectionGuard, connection_cap  # noqa: PLC0415
    from bot.pipeline import TurnPipeline  # noqa: PLC0415
    from bot.server import build_web_app  # noqa: PLC0415
    from bot.settings import Settings  # noqa: PLC0415
    from bot.stores.sqlite import SQLiteStore  # noqa: PLC0415

    defaults = Settings.model_fields
    guard = ConnectionGuard(
        request_timeout=defaults["request_timeout_seconds"].default,
        max_connections=connection_cap(defaults["max_connections"].default),
    )
    store = await SQLiteStore.open(data / "bench.sqlite3")
    pipeline = TurnPipeline(
        build_core().assistant,
        store,
        clock=record_clock,
        dialog_ttl_seconds=3600,
        event_ttl_seconds=3600,
    )
    door = SlackDoor(
        pipeline, bot_token="xoxb-bench", signing_secret=SECRET, api_url=stand_in + "api/"
    )
    runner = web.AppRunner(
        build_web_app(store, [door], guard),
        access_log=None,
        keepalive_timeout=KEEPALIVE_TIMEOUT_SECONDS,
    )
    await runner.setup()
    server = await guard.listen(runner, "127.0.0.1", 0)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await asyncio.Event().wait()


async def _serve_bare(stand_in: str, backlog: int) -> None:
    runner = web.AppRunner(await _bare(stand_in, None), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=backlog)
    await site.start()
    print(f"PORT {runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()


async def _serve(role: str, stand_in: str) -> None:
    from bench._servers import serve_forever  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as data:
        if role == "stand-in":
            await serve_forever(await _stand_in())
        elif role == "infoshare":
            await _infoshare(stand_in, Path(data))
        else:
            await _serve_bare(stand_in, LISTEN_BACKLOG if role == "bare-backlog" else 128)


def _signed(n: int) -> tuple[bytes, dict[str, str]]:
    return signed_mention(
        SECRET,
        QUESTION,
        event_id=f"EvBurst{n:08d}",
        ts=f"1700000000.{n:06d}",
        person=f"{n:08d}",
    )


async def _burst(url: str, first: int) -> dict[str, Any]:
    """`BURST` events at once, each on its own connection; ack latencies in ms, and failures."""
    requests = [_signed(first + i) for i in range(BURST)]
    latencies: list[float] = []
    failures = 0
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one(body: bytes, headers: dict[str, str]) -> None:
            nonlocal failures
            started = time.perf_counter()
            try:
                async with session.post(url + "slack/events", data=body, headers=headers) as r:
                    await r.read()
                    failures += r.status != 200
            except aiohttp.ClientError:
                failures += 1
            latencies.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(one(body, headers) for body, headers in requests))
    return {"latencies": latencies, "failures": failures}


COLUMNS = (
    Column("p50", "p50 ms", "{:,.0f}"),
    Column("p99", "p99 ms", "{:,.0f}"),
    Column("max", "max ms", "{:,.0f}"),
    Column("in_time", "acked within 3 s", "{:.1%}"),
    Column("failures", "non-200", "{:.0f}"),
)


def _figures(result: dict[str, Any]) -> dict[str, float]:
    """One round's p50, p99, max, the share acked within Slack's 3 s, and failures."""
    lat = result["latencies"]
    return {
        **latency_figures(lat),
        "in_time": sum(x < SLACK_LIMIT_MS for x in lat) / len(lat),
        "failures": result["failures"],
    }


def run() -> str:
    """Alternate bursts at the bare app and at infoshare; report the median round of each."""
    stand_in, stand_in_url = start_server("bench.bench_slack_burst", "stand-in", "")
    servers: list[subprocess.Popen[str]] = [stand_in]
    roles = ("bare", "bare-backlog", "infoshare")
    results: dict[str, list[dict[str, Any]]] = {role: [] for role in roles}
    try:
        urls = {}
        for role in roles:
            server, urls[role] = start_server("bench.bench_slack_burst", role, stand_in_url)
            servers.append(server)
        asyncio.run(_burst(urls["infoshare"], 0))  # warm-up: the matcher's caches fill
        for n in range(ROUNDS):
            for i, role in enumerate(roles):
                first = (len(roles) * n + i + 1) * 10_000_000
                results[role].append(asyncio.run(_burst(urls[role], first)))
    finally:
        for server in servers:
            server.terminate()
            server.wait()
    aiohttp_f, bare_f, ours_f = (summarise([_figures(r) for r in results[role]]) for role in roles)
    return "\n".join(
        [
            f"{BURST:,} signed `app_mention` events sent at once, each on its own connection and "
            f"from a different person; {ROUNDS} rounds alternating between the apps, median round "
            "shown (lowest-highest). Latency is from sending the request to reading the "
            "acknowledgement.",
            "",
            *table(
                COLUMNS,
                [
                    ("bare slack-bolt, ack only, aiohttp's listen backlog (128)", aiohttp_f),
                    (f"bare slack-bolt, ack only, backlog {LISTEN_BACKLOG:,} (baseline)", bare_f),
                    ("infoshare Slack door (answers, or acks at its deadline)", ours_f),
                ],
            ),
            "",
            f"Ratios to the baseline: {ratio(ours_f, bare_f, 'p50'):.1f}x at p50, "
            f"{ratio(ours_f, bare_f, 'p99'):.1f}x at p99.",
        ]
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {"stand-in", "infoshare", "bare", "bare-backlog"}:
        asyncio.run(_serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
    else:
        print(run())
