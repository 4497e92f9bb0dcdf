"""``POST /api/messages`` under load: the infoshare Teams door beside a like-for-like bare bot.

Processes besides this one: a stand-in for the Bot Connector service (answers every reply with
201 and counts each caller's calls and bytes, by the first part of the ``serviceUrl`` path the
caller was given); infoshare as ``infoshare serve --dev`` runs it without an app id (unsigned
requests from this machine, as with the Bot Framework Emulator), on botbuilder with the shipped
defaults (INFO logs as JSON lines to a file, the insight journal counting) and quiet (warnings
only, no journal), and on the Microsoft 365 Agents SDK with the shipped defaults; and a bare
botbuilder bot: `CloudAdapter.process` on aiohttp with an `ActivityHandler`. Before the
rounds, one activity goes to infoshare and the stand-in hands back the activities it sent for
it; the bare bot sends the same activities for every message (through `send_activity`, which
addresses them to that chat). Every app sends its replies to the Bot Connector before
answering the POST, as botbuilder does.

This process plays personal chats at once, each sending Teams-shaped message activities one
after another, and times every POST; rounds alternate between the apps.
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

CONVERSATIONS = 50
PER_CONVERSATION = 10
WARM_UP = 50
ROUNDS = 5
QUESTION = "Why is information sharing important?"
_HEADERS = {"Content-Type": "application/json"}


# -- the servers, each run as `python -m bench.bench_teams ROLE [ACTIVITIES_FILE]` -------------


async def _stand_in() -> web.Application:
    """The Bot Connector, answering 201; per caller: calls, bytes, and the latest activities."""
    calls: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    latest: dict[str, list[str]] = {}

    async def reply(request: web.Request) -> web.Response:
        caller = request.match_info["caller"]
        body = await request.read()
        calls[caller] += 1
        sent[caller] += len(body)
        kept = latest.setdefault(caller, [])
        kept.append(body.decode("utf-8", "replace"))
        del kept[:-20]
        return web.json_response({"id": f"m{calls[caller]}"}, status=201)

    async def create(request: web.Request) -> web.Response:
        await reply(request)
        return web.json_response({"id": "a:bench-personal"}, status=201)

    async def counts(_: web.Request) -> web.Response:
        return web.json_response({c: [calls[c], sent[c]] for c in calls})

    async def taken(request: web.Request) -> web.Response:
        return web.json_response(latest.pop(request.query["caller"], []))

    app = web.Application()
    app.router.add_post("/{caller}/v3/conversations", create)
    app.router.add_post("/{caller}/v3/conversations/{conversation}/activities", reply)
    app.router.add_post("/{caller}/v3/conversations/{conversation}/activities/{reply_to}", reply)
    app.router.add_get("/counts", counts)
    app.router.add_get("/latest", taken)
    return app


async def _bare(activities_file: Path) -> web.Application:
    """A bare botbuilder bot sending the activities in `activities_file` for each message: those
    infoshare sent for the first message of a chat, or for a later one."""
    from botbuilder.core import ActivityHandler, TurnContext  # type: ignore[import-untyped]  # noqa: PLC0415
    from botbuilder.integration.aiohttp import (  # type: ignore[import-untyped]  # noqa: PLC0415
        CloudAdapter,
        ConfigurationBotFrameworkAuthentication,
    )
    from botbuilder.schema import Activity  # type: ignore[import-untyped]  # noqa: PLC0415

    replies: dict[str, list[dict[str, Any]]] = json.loads(activities_file.read_text())  # noqa: ASYNC240 (at start-up)
    seen: set[str] = set()

    class Config:
        APP_ID = ""
        APP_PASSWORD = ""
        APP_TYPE = "MultiTenant"

    class Bare(ActivityHandler):  # type: ignore[misc]
        async def on_message_activity(self, turn_context: TurnContext) -> None:
            chat = turn_context.activity.conversation.id
            sending = replies["later" if chat in seen else "first"]
            seen.add(chat)
            for reply in sending:
                await turn_context.send_activity(Activity().deserialize(reply))

    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(Config()))
    bot = Bare()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


async def _serve(role: str, activities_file: str) -> None:
    app = await (_stand_in() if role == "stand-in" else _bare(Path(activities_file)))
    await serve_forever(app)


# -- the load ----------------------------------------------------------------------------------


def _activity(n: int, chat: str, service_url: str) -> Request:
    user = f"29:1BenchUser{chat}"
    body = {
        "type": "message",
        "id": f"17640{n:010d}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "text": QUESTION,
        "textFormat": "plain",
        "from": {"id": user, "name": "Bench User"},
        "recipient": {"id": "28:bench-bot", "name": "infoshare"},
        "conversation": {
            "conversationType": "personal",
            "tenantId": "bench-tenant",
            "id": f"a:1BenchChat{chat}",
        },
        "channelData": {"tenant": {"id": "bench-tenant"}},
        "locale": "en-GB",
    }
    return json.dumps(body).encode(), _HEADERS


def _loader(stand_in: str) -> Any:
    def load(app: App, first: int) -> Played:
        first *= 10_000_000
        service = f"{stand_in}{app.name}/"
        conversations = [
            [
                _activity(first + c * PER_CONVERSATION + i, f"{c:05d}", service)
                for i in range(PER_CONVERSATION)
            ]
            for c in range(CONVERSATIONS)
        ]
        warm_up = [_activity(first - WARM_UP + i, "WARM", service) for i in range(WARM_UP)]
        ok = frozenset({200, 201})
        return asyncio.run(play(app.url + "api/messages", conversations, warm_up, ok))

    return load


async def _get(url: str) -> Any:
    async with aiohttp.ClientSession() as session, session.get(url) as r:
        return await r.json()


def _probe(app: App, stand_in: str) -> dict[str, list[dict[str, Any]]]:
    """The activities infoshare sends to the Bot Connector to answer the first message of a
    chat (which carries the one-time privacy reminder), and a later one."""
    asyncio.run(_get(f"{stand_in}latest?caller={app.name}"))
    sent = {}
    for n, which in enumerate(("first", "later")):
        body, headers = _activity(n, "PROBE", f"{stand_in}{app.name}/")

        async def send() -> None:
            async with (
                aiohttp.ClientSession() as session,
                session.post(app.url + "api/messages", data=body, headers=headers) as r,  # noqa: B023
            ):
                await r.read()

        asyncio.run(send())
        taken = asyncio.run(_get(f"{stand_in}latest?caller={app.name}"))
        sent[which] = [json.loads(a) for a in taken]
    return sent


def run(rounds: str = str(ROUNDS), before: str = "") -> str:
    """Alternate rounds between the bare bot and infoshare (shipped defaults, quiet, Agents).

    Args:
        rounds: how many rounds.
        before: a git commit or branch: its infoshare on botbuilder (shipped defaults) joins
            the rounds, to show a change before and after in the same conditions.
    """
    stand_in, stand_in_url = start_server("bench.bench_teams", "stand-in")
    servers: list[subprocess.Popen[Any]] = [stand_in]
    variants = [
        ("defaults", False, "botbuilder", ROOT),
        ("quiet", True, "botbuilder", ROOT),
        ("agents", False, "agents", ROOT),
    ]
    with tempfile.TemporaryDirectory() as scratch:
        if before:
            code = source_tree(before, Path(scratch) / "code")
            variants.insert(0, ("before", False, "botbuilder", code))
        try:
            doors = []
            for name, quiet, sdk, code in variants:
                env = {"INFOSHARE_TEAMS_SDK": sdk}
                data = Path(scratch) / name
                process, url = serve_infoshare(env, data, quiet=quiet, dev=True, code=code)
                servers.append(process)
                doors.append(App(name, url, process.pid))
            replies = _probe(doors[-3], stand_in_url)
            replies_file = Path(scratch) / "replies.json"
            replies_file.write_text(json.dumps(replies))
            bare, bare_url = start_server("bench.bench_teams", "bare", str(replies_file))
            servers.append(bare)
            apps = [App("bare", bare_url, bare.pid), *doors]
            load_before = machine_load()

            def counted(app: App) -> tuple[int, int]:
                calls_made, sent = asyncio.run(_get(stand_in_url + "counts")).get(app.name, [0, 0])
                return int(calls_made), int(sent)

            figures = alternate(apps, int(rounds), _loader(stand_in_url), counted)
        finally:
            for server in servers:
                server.terminate()
                server.wait()
    summaries = [summarise(figures[app.name]) for app in apps]
    names = (
        "bare botbuilder bot, sends infoshare's activities (baseline)",
        *([f"infoshare on botbuilder at {before}, shipped defaults"] if before else []),
        "infoshare on botbuilder, shipped defaults (INFO logs, insight journal)",
        "infoshare on botbuilder, quiet (warnings only, no journal)",
        "infoshare on the Microsoft 365 Agents SDK, shipped defaults (no bare Agents SDK app: "
        "against the botbuilder baseline)",
    )
    rows = list(zip(names, summaries, strict=True))
    kinds = ", ".join(str(a.get("type")) for a in replies["later"])
    return "\n".join(
        [
            f"Teams personal-chat message activities (a Q&A question), {CONVERSATIONS} chats at "
            f"once, {PER_CONVERSATION} each, on loopback, after {WARM_UP} warm-up requests; "
            f"{rounds} rounds alternating between the apps; each cell is the median round "
            f"(lowest-highest). Every app sends the same activities ({kinds}; the first in a "
            "chat carries the one-time privacy reminder) to the Bot Connector stand-in before "
            f"answering the POST. Machine load: {load_before} at the "
            f"start, {machine_load()} at the end.",
            "",
            *table(DOOR_COLUMNS, rows),
            "",
            *ratios(rows[1:], summaries[0]),
        ]
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {"stand-in", "bare"}:
        asyncio.run(_serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
    else:
        print(run(*sys.argv[1:3]))
