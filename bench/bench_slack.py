"""``POST /slack/events`` under load: the infoshare Slack door beside a like-for-like bare app.

Processes besides this one: a stand-in for Slack's Web API (answers every call with ``ok`` and
counts each caller's calls and bytes, by bot token); infoshare twice, each as ``infoshare
serve`` runs it (connection guard, SQLite store, one worker thread for the core), once with the
shipped defaults (INFO logs as JSON lines to a file, the insight journal counting) and once
quiet (warnings only, no journal); and a bare slack-bolt ``AsyncApp`` on aiohttp whose Web API
client has one shared aiohttp session, as infoshare's has. Before the rounds, one event goes to
infoshare and the stand-in hands back the Web API calls it made for it; the bare app makes the
same calls for every event (the same methods and payloads, with that event's channel, thread
and id), then acknowledges, as infoshare acknowledges once its answer is delivered. Every app
verifies signatures and runs its listener before responding (``process_before_response``).

This process plays conversations at once, each sending signed ``app_mention`` events one after
another, and times every acknowledgement; rounds alternate between the apps.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bench._door_bench import (
    DOOR_COLUMNS,
    App,
    Played,
    Request,
    alternate,
    machine_load,
    play,
    ratios,
    serve_infoshare,
    source_tree,
    summarise,
    table,
)
from bench._servers import ROOT, serve_forever, start_server
from bench._slack_events import signed_mention

SECRET = "bench-signing-secret"
CONVERSATIONS = 100
PER_CONVERSATION = 20
WARM_UP = 50
ROUNDS = 5
QUESTION = "Why is information sharing important?"
_PROBE = {"channel": "CPROBE", "ts": "1699999999.000001", "event_id": "EvProbe000001"}
"""The event whose Web API calls the bare app repeats; no event of the load looks like it."""
_BARE_TOKEN = "xoxb-bare"


# -- the servers, run as `python -m bench.bench_slack ROLE [STAND_IN_URL [CALLS_FILE]]` -------


async def _stand_in() -> web.Application:
    """Slack's Web API, answering ``ok``; per bot token: calls, bytes, and the latest calls."""
    calls: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    latest: dict[str, list[tuple[str, str]]] = {}

    async def api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body = await request.read()
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        calls[token] += 1
        sent[token] += len(body)
        kept = latest.setdefault(token, [])
        kept.append((method, body.decode("utf-8", "replace")))
        del kept[:-20]
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT"})
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": "DBENCH"}})
        return web.json_response({"ok": True, "channel": "C1", "ts": "1.0"})

    async def counts(_: web.Request) -> web.Response:
        return web.json_response({t: [calls[t], sent[t]] for t in calls})

    async def taken(request: web.Request) -> web.Response:
        """The calls made with a token since the last time they were taken."""
        return web.json_response(latest.pop(request.query["token"], []))

    app = web.Application()
    app.router.add_post("/api/{method}", api)
    app.router.add_get("/counts", counts)
    app.router.add_get("/latest", taken)
    return app


async def _bare(stand_in: str, calls_file: Path | None) -> web.Application:
    """A bare bolt app: makes the calls in `calls_file` for each mention, then acks (with no
    file, it only acks)."""
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request  # noqa: PLC0415
    from slack_bolt.async_app import AsyncAck, AsyncApp  # noqa: PLC0415
    from slack_sdk.web.async_client import AsyncWebClient  # noqa: PLC0415

    calls: list[tuple[str, str]] = (
        json.loads(calls_file.read_text()) if calls_file else []  # noqa: ASYNC240 (at start-up)
    )
    client = AsyncWebClient(
        token=_BARE_TOKEN, base_url=stand_in + "api/", session=aiohttp.ClientSession()
    )
    bolt = AsyncApp(client=client, signing_secret=SECRET, process_before_response=True)

    @bolt.event("app_mention")
    async def _answer(ack: AsyncAck, body: dict[str, Any], event: dict[str, Any]) -> None:
        for method, template in calls:
            payload = json.loads(
                template.replace(json.dumps(_PROBE["channel"]), json.dumps(event["channel"]))
                .replace(json.dumps(_PROBE["ts"]), json.dumps(event["ts"]))
                .replace(_PROBE["event_id"], body["event_id"])
            )
            if method == "chat.postMessage":
                await client.chat_postMessage(**payload)
            else:
                await client.api_call(method, json=payload)
        await ack()

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    app = web.Application()
    app.router.add_post("/slack/events", events)
    return app


async def _serve(role: str, stand_in: str, calls_file: str) -> None:
    if role == "stand-in":
        app = await _stand_in()
    else:
        app = await _bare(stand_in, Path(calls_file) if calls_file else None)
    await serve_forever(app)


# -- the load ----------------------------------------------------------------------------------


def _signed(n: int, person: str, **probe: str) -> Request:
    return signed_mention(
        SECRET,
        QUESTION,
        event_id=probe.get("event_id", f"EvBench{n:09d}"),
        ts=probe.get("ts", f"1700000000.{n:09d}"),
        person=person,
    )


def _load(app: App, first: int) -> Played:
    first *= 10_000_000
    conversations = [
        [_signed(first + c * PER_CONVERSATION + i, f"{c:05d}") for i in range(PER_CONVERSATION)]
        for c in range(CONVERSATIONS)
    ]
    warm_up = [_signed(first - WARM_UP + i, "WARM") for i in range(WARM_UP)]
    return asyncio.run(play(app.url + "slack/events", conversations, warm_up))


async def _get(url: str) -> Any:
    async with aiohttp.ClientSession() as session, session.get(url) as r:
        return await r.json()


def _probe(url: str, stand_in: str, token: str) -> list[tuple[str, str]]:
    """The Web API calls infoshare makes to answer one mention (after start-up's own)."""
    asyncio.run(_get(f"{stand_in}latest?token={token}"))
    body, headers = _signed(0, "PROBE", **_PROBE)

    async def send() -> None:
        async with (
            aiohttp.ClientSession() as session,
            session.post(url + "slack/events", data=body, headers=headers) as r,
        ):
            await r.read()

    asyncio.run(send())
    taken = asyncio.run(_get(f"{stand_in}latest?token={token}"))
    return [(method, payload) for method, payload in taken if method != "auth.test"]


def run(rounds: str = str(ROUNDS), before: str = "") -> str:
    """Alternate rounds between the bare app and infoshare (shipped defaults, and quiet).

    Args:
        rounds: how many rounds.
        before: a git commit or branch: its infoshare (shipped defaults) joins the rounds, to
            show a change before and after in the same conditions.
    """
    stand_in, stand_in_url = start_server("bench.bench_slack", "stand-in")
    servers: list[subprocess.Popen[Any]] = [stand_in]
    variants = [("defaults", False, ROOT), ("quiet", True, ROOT)]
    with tempfile.TemporaryDirectory() as scratch:
        if before:
            variants.insert(0, ("before", False, source_tree(before, Path(scratch) / "code")))
        try:
            doors = []
            for name, quiet, code in variants:
                env = {
                    "SLACK_BOT_TOKEN": f"xoxb-{name}",
                    "SLACK_SIGNING_SECRET": SECRET,
                    "SLACK_API_URL": stand_in_url + "api/",
                }
                data = Path(scratch) / name
                process, url = serve_infoshare(env, data, quiet=quiet, code=code)
                servers.append(process)
                doors.append(App(f"xoxb-{name}", url, process.pid))
            calls = _probe(doors[-2].url, stand_in_url, "xoxb-defaults")
            calls_file = Path(scratch) / "calls.json"
            calls_file.write_text(json.dumps(calls))
            bare, bare_url = start_server(
                "bench.bench_slack", "bare", stand_in_url, str(calls_file)
            )
            servers.append(bare)
            apps = [App(_BARE_TOKEN, bare_url, bare.pid), *doors]
            load_before = machine_load()

            def counted(app: App) -> tuple[int, int]:
                counts = asyncio.run(_get(stand_in_url + "counts"))
                calls_made, sent = counts.get(app.name, [0, 0])
                return int(calls_made), int(sent)

            figures = alternate(apps, int(rounds), _load, counted)
        finally:
            for server in servers:
                server.terminate()
                server.wait()
    summaries = [summarise(figures[app.name]) for app in apps]
    names = [
        "bare slack-bolt, shared session, makes infoshare's calls then acks (baseline)",
        *([f"infoshare Slack door at {before}, shipped defaults"] if before else []),
        "infoshare Slack door, shipped defaults (INFO logs, insight journal)",
        "infoshare Slack door, quiet (warnings only, no journal)",
    ]
    rows = list(zip(names, summaries, strict=True))
    methods = ", ".join(method for method, _ in calls)
    return "\n".join(
        [
            f"Signed `app_mention` events on loopback: {CONVERSATIONS} conversations at once, "
            f"{PER_CONVERSATION} events each, after {WARM_UP} warm-up requests; "
            f"{rounds} rounds alternating between the apps; each cell is the median round "
            "(lowest-highest). Every app answers each event with the same Web API calls "
            f"({methods}) before acknowledging. Machine load: {load_before} at the start, "
            f"{machine_load()} at the end.",
            "",
            *table(DOOR_COLUMNS, rows),
            "",
            *ratios(rows[1:], summaries[0]),
        ]
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {"stand-in", "bare"}:
        args = [*sys.argv[2:], "", ""]
        asyncio.run(_serve(sys.argv[1], args[0], args[1]))
    else:
        print(run(*sys.argv[1:3]))
