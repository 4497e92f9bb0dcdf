"""A local stand-in for Slack: its Web API, response URLs and a Socket Mode server, on loopback.

It answers the way Slack does (``{"ok": true, …}`` or ``{"ok": false, "error": …}``), gives every
posted message a timestamp, keeps messages so a test can press their buttons, and records every
call in order so tests assert on what Slack would have received.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer

BOT_USER = "UBOT"
BOT_ID = "BBOT"
TEAM = "T0TEAM"


@dataclass
class Call:
    """One request Slack received."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)  # when it arrived


@dataclass
class Message:
    """A message as Slack holds it."""

    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    user: str | None = None  # for ephemeral messages: who sees it
    thread_ts: str | None = None
    metadata: dict[str, Any] | None = None
    ephemeral: bool = False
    original: dict[str, Any] = field(default_factory=dict)  # as first posted, before updates

    def buttons(self) -> list[dict[str, Any]]:
        """Every button: in ``actions`` blocks, and beside a section's text (its accessory)."""
        found = []
        for block in self.blocks:
            if block.get("type") == "actions":
                found += block["elements"]
            elif (
                isinstance(block.get("accessory"), dict) and block["accessory"]["type"] == "button"
            ):
                found.append(block["accessory"])
        return found


@dataclass
class FakeSlack:
    """The stand-in; start it with `start()`, then point ``SLACK_API_URL`` at `api_url`."""

    calls: list[Call] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    views: list[dict[str, Any]] = field(default_factory=list)
    modals: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, list[Any]] = field(default_factory=dict)
    socket_received: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)
    _server: TestServer | None = None
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _hooks: dict[str, tuple[str, str, Message | None]] = field(default_factory=dict)
    _stalls: dict[str, asyncio.Event] = field(default_factory=dict)
    socket_connected: asyncio.Event = field(default_factory=asyncio.Event)
    gate: asyncio.Event | None = None  # when set, chat.* calls wait for it to open
    retry_after: str = "0"  # the Retry-After header of a 429

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # conversations.history and .replies
        app.router.add_post("/response/{id}", self._response_url)
        app.router.add_get("/socket", self._socket)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()

    async def close(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._server is not None:
            await self._server.close()

    @property
    def base(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("/"))

    @property
    def api_url(self) -> str:
        return self.base + "api/"

    def fail(self, method: str, *outcomes: Any) -> None:
        """Make the next calls of `method` fail: an error code string, or an HTTP status int."""
        self.failures.setdefault(method, []).extend(outcomes)

    def stall(self, method: str) -> asyncio.Event:
        """Make the next call of `method` wait, before Slack acts on it, until the returned
        event is set (a slow Slack, or a process paused mid-delivery)."""
        self._stalls[method] = asyncio.Event()
        return self._stalls[method]

    def called(self, *methods: str) -> list[Call]:
        return [c for c in self.calls if c.method in methods]

    def posted(self) -> list[Message]:
        """Messages a person would see arrive, in order (updates excluded)."""
        return list(self.messages)

    # -- Web API ---------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await _params(request)
        self.calls.append(Call(method, params))
        if self.gate is not None and method.startswith("chat."):
            await self.gate.wait()
        stalled = self._stalls.pop(method, None)
        if stalled is not None:
            await stalled.wait()
        pending = self.failures.get(method)
        if pending:
            outcome = pending.pop(0)
            if outcome == 429:
                return web.json_response(
                    {"ok": False, "error": "ratelimited"},
                    status=429,
                    headers={"Retry-After": self.retry_after},
                )
            if isinstance(outcome, int):
                return web.Response(status=outcome, text="upstream trouble")
            return web.json_response({"ok": False, "error": outcome})
        if not str(request.headers.get("Authorization", "")).startswith("Bearer x"):
            return web.json_response({"ok": False, "error": "not_authed"})
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"})
        result: dict[str, Any] = handler(params)
        return web.json_response({"ok": True, **result})

    def _auth_test(self, _: dict[str, Any]) -> dict[str, Any]:
        return {"user_id": BOT_USER, "bot_id": BOT_ID, "team_id": TEAM, "user": "infoshare"}

    def _conversations_open(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"channel": {"id": "D" + str(params["users"]).lstrip("UW")}}

    def _chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._store(params)
        return {"channel": message.channel, "ts": message.ts, "message": {"text": message.text}}

    def _chat_postEphemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._store(params, user=str(params["user"]))
        message.ephemeral = True
        return {"message_ts": message.ts}

    def _chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        for message in self.messages:
            if message.channel == params["channel"] and message.ts == params["ts"]:
                message.text = str(params.get("text", ""))
                message.blocks = list(params.get("blocks") or [])
                return {"channel": message.channel, "ts": message.ts}
        return {"ok": False, "error": "message_not_found"}

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if not str(params.get("trigger_id") or "").startswith("trigger-"):
            return {"ok": False, "error": "invalid_trigger_id"}
        view = {"id": f"VMODAL{next(self._ids)}", **params["view"]}
        self.modals.append(view)
        return {"view": view}

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        view = {"id": "VHOME", "hash": f"hash-{next(self._ids)}", **params["view"]}
        self.views.append(view)
        return {"view": view}

    def _conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            m
            for m in self.messages
            if m.channel == params["channel"] and not m.ephemeral and m.thread_ts in (None, m.ts)
        ]
        return {"messages": self._as_history(found, params)}

    def _conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            m
            for m in self.messages
            if m.channel == params["channel"]
            and not m.ephemeral
            and params["ts"] in (m.ts, m.thread_ts)
        ]
        return {"messages": self._as_history(found, params)}

    @staticmethod
    def _as_history(found: list[Message], params: dict[str, Any]) -> list[dict[str, Any]]:
        """Newest first, at most `limit`, with metadata only when asked for (as Slack does)."""
        with_metadata = str(params.get("include_all_metadata", "")).lower() in {"1", "true"}
        limit = int(params.get("limit", 100))
        return [
            {
                "type": "message",
                "ts": m.ts,
                "text": m.text,
                **({"metadata": m.metadata} if with_metadata and m.metadata else {}),
            }
            for m in reversed(found)
        ][:limit]

    def _assistant_threads_setSuggestedPrompts(self, _: dict[str, Any]) -> dict[str, Any]:
        return {}

    def _assistant_threads_setStatus(self, _: dict[str, Any]) -> dict[str, Any]:
        return {}

    def _assistant_threads_setTitle(self, _: dict[str, Any]) -> dict[str, Any]:
        return {}

    def _apps_connections_open(self, _: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.base.replace("http://", "ws://") + "socket"}

    def _store(self, params: dict[str, Any], user: str | None = None) -> Message:
        message = Message(
            channel=str(params["channel"]),
            ts=f"1700000000.{next(self._ts):06d}",
            text=str(params.get("text", "")),
            blocks=list(params.get("blocks") or []),
            user=user,
            thread_ts=params.get("thread_ts"),
            metadata=params.get("metadata"),
            original=dict(params),
        )
        self.messages.append(message)
        return message

    # -- response URLs ---------------------------------------------------------------------

    def response_url(self, channel: str, user: str, message: Message | None = None) -> str:
        """A response URL for a slash command or an interaction (`message`: the one pressed)."""
        hook = str(next(self._ids))
        self._hooks[hook] = (channel, user, message)
        return f"{self.base}response/{hook}"

    async def _response_url(self, request: web.Request) -> web.Response:
        hook = request.match_info["id"]
        if hook not in self._hooks:
            return web.Response(status=404, text="no such response_url")
        channel, user, original = self._hooks[hook]
        body = await request.json()
        self.calls.append(Call("response_url", {"hook": hook, **body}))
        pending = self.failures.get("response_url")
        if pending:
            headers = {"Retry-After": self.retry_after}
            return web.Response(status=pending.pop(0), text="no", headers=headers)
        if body.get("replace_original"):
            if original is not None:
                original.text, original.blocks = body.get("text", ""), body.get("blocks", [])
            return web.Response(text="ok")
        self.messages.append(
            Message(
                channel=channel,
                ts=f"1700000000.{next(self._ts):06d}",
                text=str(body.get("text", "")),
                blocks=list(body.get("blocks") or []),
                user=user,
                ephemeral=True,
                original=dict(body),
            )
        )
        return web.Response(text="ok")

    # -- Socket Mode -----------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        self.socket_connected.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                await self.socket_received.put(json.loads(msg.data))
        return ws

    async def socket_send(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Send an envelope to the connected app and return its acknowledgement."""
        await self.socket_connected.wait()
        await self._sockets[-1].send_json(envelope)
        return await self.socket_received.get()


async def _params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        body = await request.json()
        params.update(body if isinstance(body, dict) else {})
    else:
        form = await request.post()
        params.update({k: v for k, v in form.items() if isinstance(v, str)})
    for key in ("blocks", "view", "metadata", "prompts"):
        if isinstance(params.get(key), str):
            params[key] = json.loads(params[key])
    return params
