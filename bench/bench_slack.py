"""``POST /slack/events`` under load: the infoshare Slack door beside bare slack-bolt apps.

Four processes besides this one: a stand-in for Slack's Web API (answers every call with
``ok``), the infoshare web server with the Slack door (real core, SQLite store in a temporary
directory), and two bare slack-bolt ``AsyncApp``s on aiohttp: one whose listener only
acknowledges ``app_mention``, and one that first posts two fixed messages in the thread, as
infoshare does (the privacy reminder and the answer), then acknowledges. infoshare acknowledges
only after its answer is delivered, so that a crash leaves the event for Slack to send again;
the second bare app is the baseline for that, the first shows what it costs. All verify
signatures and run their listener inline (``process_before_response``). This process plays 200
conversations at once, each sending signed ``app_mention`` events one after another, and times
every acknowledgement.
"""

from __future__ import annotations

import asyncio
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
from bench._slack_events import signed_mention

SECRET = "bench-signing-secret"
CONVERSATIONS = 200
PER_CONVERSATION = 25
WARM_UP = 50
ROUNDS = 3
QUESTION = "Why is information sharing important?"


# -- the four servers, each run as `python -m bench.bench_slack ROLE [STAND_IN_URL]` ----------


async def _stand_in() -> web.Application:
    posted = {"count": 0}

    async def api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        await request.read()
        if method == "chat.postMessage":
            posted["count"] += 1
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT"})
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": "DBENCH"}})
        return web.json_response({"ok": True, "channel": "C1", "ts": "1.0"})

    async def count(_: web.Request) -> web.Response:
        return web.json_response(posted)

    app = web.Application()
    app.router.add_post("/api/{method}", api)
    app.router.add_get("/count", count)
    return app


async def _infoshare(stand_in: str, data: Path) -> web.Application:
    from adapters.slack.door import SlackDoor  # noqa: PLC0415
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
    door = SlackDoor(
        pipeline, bot_token="xoxb-bench", signing_secret=SECRET, api_url=stand_in + "api/"
    )
    return build_web_app(store, [door])


async def _bare(stand_in: str, *, answering: bool) -> web.Application:
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request  # noqa: PLC0415
    from slack_bolt.async_app import AsyncAck, AsyncApp  # noqa: PLC0415
    from slack_sdk.web.async_client import AsyncWebClient  # noqa: PLC0415

    client = AsyncWebClient(token="xoxb-bench", base_url=stand_in + "api/")
    bolt = AsyncApp(client=client, signing_secret=SECRET, process_before_response=True)

    @bolt.event("app_mention")
    async def _ack(ack: AsyncAck, event: dict[str, Any]) -> None:
        if answering:
            for text in ("A fixed reminder.", "A fixed answer."):
                await client.chat_postMessage(
                    channel=event["channel"], thread_ts=event["ts"], text=text
                )
        await ack()

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    app = web.Application()
    app.router.add_post("/slack/events", events)
    return app


async def _serve(role: str, stand_in: str) -> None:
    with tempfile.TemporaryDirectory() as data:
        if role == "stand-in":
            app = await _stand_in()
        elif role == "infoshare":
            app = await _infoshare(stand_in, Path(data))
        else:
            app = await _bare(stand_in, answering=role == "bare-answering")
        await serve_forever(app)


def _start(role: str, stand_in: str = "") -> tuple[subprocess.Popen[str], str]:
    return start_server("bench.bench_slack", role, stand_in)


# -- the load ----------------------------------------------------------------------------------


def _signed(n: int, conversation: int) -> tuple[bytes, dict[str, str]]:
    return signed_mention(
        SECRET,
        QUESTION,
        event_id=f"EvBench{n:08d}",
        ts=f"1700000000.{n:06d}",
        person=f"{conversation:05d}",
    )


async def _load(url: str, first: int) -> dict[str, Any]:
    """200 conversations at once; returns ack latencies (ms), wall time and failures."""
    bodies = [
        [_signed(first + c * PER_CONVERSATION + i, c) for i in range(PER_CONVERSATION)]
        for c in range(CONVERSATIONS)
    ]
    latencies: list[float] = []
    failures = 0
    connector = aiohttp.TCPConnector(limit=CONVERSATIONS)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def converse(requests: list[tuple[bytes, dict[str, str]]]) -> None:
            nonlocal failures
            for body, headers in requests:
                started = time.perf_counter()
                async with session.post(url + "slack/events", data=body, headers=headers) as r:
                    await r.read()
                    failures += r.status != 200
                latencies.append((time.perf_counter() - started) * 1000)

        await converse([_signed(first - WARM_UP + i, 0) for i in range(WARM_UP)])
        latencies.clear()
        began = time.perf_counter()
        await asyncio.gather(*(converse(b) for b in bodies))
        wall = time.perf_counter() - began
    return {"latencies": latencies, "wall": wall, "failures": failures}


async def _drained(stand_in: str, expected: int) -> float:
    """Seconds until the stand-in has received `expected` chat.postMessage calls."""
    began = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(stand_in + "count") as r:
                if (await r.json())["count"] >= expected:
                    return time.perf_counter() - began
            await asyncio.sleep(0.05)


def _summary(results: list[dict[str, Any]]) -> dict[str, float]:
    """Per round: acks/s, p50, p99 and max; then the median round of each figure."""
    rounds = []
    for result in results:
        lat = sorted(result["latencies"])
        rounds.append(
            {
                "rps": len(lat) / result["wall"],
                "p50": statistics.median(lat),
                "p99": lat[int(len(lat) * 0.99) - 1],
                "max": lat[-1],
                "failures": result["failures"],
            }
        )
    return {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}


def _row(name: str, s: dict[str, float]) -> str:
    return (
        f"| {name} | {s['rps']:,.0f} | {s['p50']:.1f} | {s['p99']:.1f} | {s['max']:.1f} "
        f"| {s['failures']:.0f} |"
    )


def run() -> str:
    """Run both apps under the same load, alternating for `ROUNDS` rounds, and report medians."""
    stand_in, stand_in_url = _start("stand-in")
    servers: list[subprocess.Popen[str]] = [stand_in]
    bare_results: list[dict[str, Any]] = []
    answering_results: list[dict[str, Any]] = []
    ours_results: list[dict[str, Any]] = []
    drains: list[float] = []
    try:
        bare, bare_url = _start("bare", stand_in_url)
        answering, answering_url = _start("bare-answering", stand_in_url)
        ours, ours_url = _start("infoshare", stand_in_url)
        servers += [bare, answering, ours]
        posted = 0
        for n in range(ROUNDS):
            bare_results.append(asyncio.run(_load(bare_url, (3 * n + 1) * 10_000_000)))
            answering_results.append(asyncio.run(_load(answering_url, (3 * n + 2) * 10_000_000)))
            ours_results.append(asyncio.run(_load(ours_url, (3 * n + 3) * 10_000_000)))
            # Each mention starts its own thread, so it gets the core's one-time privacy
            # reminder as well as its answer: two messages, from each answering app.
            posted += 2 * 2 * (CONVERSATIONS * PER_CONVERSATION + WARM_UP)
            drains.append(asyncio.run(_drained(stand_in_url, posted)))
    finally:
        for server in servers:
            server.terminate()
            server.wait()
    bare_s, answering_s = _summary(bare_results), _summary(answering_results)
    ours_s = _summary(ours_results)
    share = ours_s["rps"] / answering_s["rps"]
    return "\n".join(
        [
            f"Signed `app_mention` events on loopback: {CONVERSATIONS} conversations at once, "
            f"{PER_CONVERSATION} events each, after {WARM_UP} warm-up requests; {ROUNDS} rounds "
            "alternating between the three apps, median round shown.",
            "",
            "| app | acks/s | p50 ms | p99 ms | max ms | non-200 |",
            "|---|---:|---:|---:|---:|---:|",
            _row("bare slack-bolt, ack only", bare_s),
            _row("bare slack-bolt, posts two messages then acks (baseline)", answering_s),
            _row("infoshare Slack door (answers, then acks)", ours_s),
            "",
            f"infoshare acknowledges at {share:.0%} of the answering bare app's rate (target: "
            f"at least 80%), and at {ours_s['rps'] / bare_s['rps']:.0%} of the ack-only one's, "
            "the price of acknowledging only delivered answers; Slack allows 3,000 ms for an "
            "acknowledgement.",
            f"Each round's answers were all posted within {max(drains):.1f} s of its load ending "
            f"(median {statistics.median(drains):.1f} s).",
        ]
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {"stand-in", "infoshare", "bare", "bare-answering"}:
        asyncio.run(_serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
    else:
        print(run())
