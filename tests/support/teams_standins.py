"""Stand-ins for Microsoft's services, at their wire: a Bot Connector and an OpenID key server.

The Bot Connector stand-in is a real aiohttp server; the bot sends its replies to it because
each test activity's `serviceUrl` points at it. The OpenID stand-in runs in its own thread, so
that it can be slow (`delay`) without slowing the test's event loop.
"""

from __future__ import annotations

import base64
import copy
import json
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.support.cards import nodes, offered

FIXTURES = Path(__file__).parents[1] / "adapters" / "teams" / "fixtures"
BOT_ID = "28:00000000-1111-2222-3333-444444444444"
APP_ID = "00000000-1111-2222-3333-444444444444"
TENANT_ID = "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
ISSUER = "https://api.botframework.com"


def fixture(name: str, service_url: str, /, **changes: Any) -> dict[str, Any]:
    """A recorded activity, sent to `service_url`, with top-level fields changed."""
    activity = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    activity["serviceUrl"] = service_url
    activity.update(copy.deepcopy(changes))
    return activity


@dataclass
class Sent:
    """One request the bot made to the Bot Connector."""

    method: str
    path: str
    authorization: str | None
    body: dict[str, Any]
    at: float = field(default_factory=time.monotonic)  # when it arrived
    id: str | None = None  # the id the stand-in gave a new message

    @property
    def card(self) -> dict[str, Any]:
        (attachment,) = self.body["attachments"]
        assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
        return attachment["content"]

    @property
    def texts(self) -> str:
        """Every TextBlock and text of the message, joined: what a person reads."""
        if "attachments" not in self.body:
            return self.body.get("text", "")
        found: list[str] = []
        for node in nodes(self.card["body"], skipping=frozenset({"fallback"})):
            if node.get("type") == "TextBlock":
                found.append(node["text"])
            if node.get("type") == "CodeBlock":
                found.append(node["codeSnippet"])
        return "\n".join(found)

    def choices(self) -> dict[str, str]:
        """Button titles and choice-list titles, each with the value it submits."""
        return offered(self.card)


@dataclass
class Connector:
    """The Bot Connector stand-in: records every request; can be told to fail some."""

    url: str = ""
    sent: list[Sent] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)
    refuse_personal_chat: bool = False
    refuse_updates: bool = False
    retry_after: str | None = None  # the Retry-After header sent with a failure
    on_activity: Callable[[Sent], Awaitable[None]] | None = None
    """Awaited as each activity arrives, before it is answered (what else happens meanwhile)."""

    def messages(self) -> list[Sent]:
        """The messages the bot posted or updated in place, in order; typing is not a message."""
        return [
            s
            for s in self.sent
            if s.method in {"POST", "PUT"}
            and "/activities" in s.path
            and s.body.get("type") != "typing"
        ]

    def posted(self) -> list[Sent]:
        """The new messages only (a card updated in place is not a new message)."""
        return [s for s in self.messages() if s.method == "POST"]

    def updates(self) -> list[Sent]:
        """The cards updated in place."""
        return [s for s in self.messages() if s.method == "PUT"]

    def typing(self) -> list[Sent]:
        """The typing indicators sent."""
        return [s for s in self.sent if s.body.get("type") == "typing"]

    def to(self, conversation_id: str) -> list[Sent]:
        """The messages posted into one conversation."""
        prefix = f"/v3/conversations/{conversation_id}/activities"
        return [s for s in self.messages() if s.path.startswith(prefix)]


async def start_connector(connector: Connector) -> TestServer:
    """Serve the Bot Connector API paths the bot uses, on 127.0.0.1."""
    counter = iter(range(1, 1_000_000))

    async def record(request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else {}
        connector.sent.append(
            Sent(request.method, request.path, request.headers.get("Authorization"), body)
        )
        if connector.on_activity is not None and "/activities" in request.path:
            await connector.on_activity(connector.sent[-1])
        if connector.fail_next:
            status = connector.fail_next.pop(0)
            headers = {"Retry-After": connector.retry_after} if connector.retry_after else {}
            return web.json_response(
                {"error": {"code": "Throttled"}}, status=status, headers=headers
            )
        if request.method == "PUT" and connector.refuse_updates:
            return web.json_response({"error": {"code": "BadArgument"}}, status=400)
        if request.path == "/v3/conversations":
            if connector.refuse_personal_chat:
                return web.json_response(
                    {"error": {"code": "BotNotInConversationRoster"}}, status=403
                )
            member = body["members"][0]["id"]
            return web.json_response({"id": f"a:personal-{member}"}, status=201)
        if request.method == "PUT":
            return web.json_response({"id": request.match_info["activity_id"]})
        connector.sent[-1].id = f"bot-message-{next(counter)}"
        return web.json_response({"id": connector.sent[-1].id}, status=201)

    app = web.Application()
    app.router.add_post("/v3/conversations", record)
    app.router.add_post("/v3/conversations/{conversation_id}/activities", record)
    app.router.add_post("/v3/conversations/{conversation_id}/activities/{activity_id}", record)
    app.router.add_put("/v3/conversations/{conversation_id}/activities/{activity_id}", record)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    connector.url = str(server.make_url("/"))
    return server


@dataclass(frozen=True)
class SigningKeys:
    """The key a stand-in Bot Framework signs with and publishes, and one it never publishes."""

    private_key: rsa.RSAPrivateKey
    other_key: rsa.RSAPrivateKey


def new_signing_keys() -> SigningKeys:
    """Two new 2048-bit RSA keys (a tenth of a second or more each to make)."""
    return SigningKeys(
        private_key=rsa.generate_private_key(public_exponent=65537, key_size=2048),
        other_key=rsa.generate_private_key(public_exponent=65537, key_size=2048),
    )


class KeyServer:
    """OpenID metadata and signing keys, served from a thread; issues test Bot Framework JWTs."""

    def __init__(self, signing: SigningKeys) -> None:
        self.delay = 0.0  # seconds to wait before answering
        self.broken = False  # answer 500 to everything
        self.requests = 0  # how many requests arrived
        self.received = threading.Event()  # set when a request arrives
        self.answered = threading.Event()  # set when an answer has been sent
        self.private_key = signing.private_key
        self.other_key = signing.other_key
        # The SDK caches keys by metadata URL for a day, process-wide: a fresh path and key id
        # per server keep one test's keys from answering for another's on a reused port.
        self.kid = f"test-key-{uuid.uuid4().hex}"
        self._path = f"/{uuid.uuid4().hex}"
        numbers = self.private_key.public_key().public_numbers()
        self._jwks = {
            "keys": [
                {
                    "kty": "RSA",
                    "use": "sig",
                    "kid": self.kid,
                    "n": _b64(numbers.n),
                    "e": _b64(numbers.e),
                    "endorsements": ["msteams", "emulator"],
                }
            ]
        }
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests += 1
                outer.received.set()
                try:
                    time.sleep(outer.delay)
                    self._answer()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the door gave up waiting on a slow key server: no one to answer
                finally:
                    outer.answered.set()

            def _answer(self) -> None:
                if outer.broken:
                    self.send_error(500)
                    return
                if self.path == f"{outer._path}/openid":
                    payload: Any = {"issuer": ISSUER, "jwks_uri": f"{outer.url}{outer._path}/keys"}
                elif self.path == f"{outer._path}/keys":
                    payload = outer._jwks
                else:
                    self.send_error(404)
                    return
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def metadata_url(self) -> str:
        return f"{self.url}{self._path}/openid"

    def __enter__(self) -> KeyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def token(self, service_url: str, *, signed_with_other_key: bool = False, **claims: Any) -> str:
        """A Bot Framework channel token, as Teams sends it (claims can be overridden)."""
        now = int(time.time())
        payload = {
            "iss": ISSUER,
            "aud": APP_ID,
            "serviceurl": service_url,
            "nbf": now - 60,
            "exp": now + 3600,
            **claims,
        }
        key = self.other_key if signed_with_other_key else self.private_key
        return jwt.encode(payload, key, algorithm="RS256", headers={"kid": self.kid})


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
