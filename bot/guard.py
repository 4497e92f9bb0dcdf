"""Connection limits for the web server: a deadline for each request, and a cap on connections.

aiohttp waits as long as a client likes for the rest of a request, so a few hundred clients that
trickle bytes hold their connections, and file descriptors, forever. `ConnectionGuard` wraps the
protocol aiohttp builds for each connection and gives every request a deadline: it must arrive
whole, head and body, within `request_timeout` seconds of the connection opening, or of its
first byte on a kept-alive connection (how long an idle one stays open is aiohttp's own
``keepalive_timeout``). A late client gets a 408 and is disconnected. Past `max_connections`
open connections a new one gets a 503 at once, so the process never runs out of file
descriptors and `/healthz` is answered or refused at once rather than left hanging. Each is
logged as one line, at most once a second per kind, with the number of clients since the last.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from collections import Counter
from collections.abc import Awaitable, Callable

from aiohttp import web

from adapters.http_guard import ARRIVED

_log = logging.getLogger("infoshare.server")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

KEEPALIVE_TIMEOUT_SECONDS = 75.0
"""How long an idle kept-alive connection stays open: longer than load balancers' usual 60 s, so
that the balancer, not the server, closes it (a server closing first races the next request)."""
LISTEN_BACKLOG = 2048
"""Connections the kernel may queue before they are accepted (it caps this at somaxconn).
aiohttp's default of 128 drops the rest of a burst: their clients retry a SYN after 1 s, then
3 s, so a thousand Slack events at once were acknowledged in over 3 s before any code ran."""
FILES_KEPT_BACK = 200
"""File descriptors never given to clients: the store, the insight journal, and calls out to Slack
and the Bot Connector (up to 100 per client session) need theirs."""

_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
)
_BUSY_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n"
    b"Content-Length: 0\r\n\r\n"
)


def connection_cap(wanted: int) -> int:
    """`wanted`, lowered if need be to leave `FILES_KEPT_BACK` of the process's open-file limit."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(1, min(wanted, soft - FILES_KEPT_BACK))


class _Tally:
    """Logs each kind of event at most once per `interval`, with how many happened since."""

    def __init__(self, interval: float = 1.0) -> None:
        self._interval = interval
        self._pending: Counter[str] = Counter()
        self._last: dict[str, float] = {}
        self._flushing: set[str] = set()

    def note(self, event: str, level: int = logging.WARNING) -> None:
        self._pending[event] += 1
        if event in self._flushing:
            return
        wait = self._last.get(event, -self._interval) + self._interval - time.monotonic()
        if wait <= 0:
            self._flush(event, level)
        else:
            self._flushing.add(event)
            asyncio.get_running_loop().call_later(wait, self._flush, event, level)

    def _flush(self, event: str, level: int) -> None:
        self._flushing.discard(event)
        self._last[event] = time.monotonic()
        _log.log(level, event, extra={"count": self._pending.pop(event, 0)})


class _Watched(asyncio.Protocol):
    """aiohttp's protocol for one connection, with the request deadline around it."""

    def __init__(self, inner: asyncio.Protocol, guard: ConnectionGuard) -> None:
        self._inner = inner
        self._guard = guard
        self._transport: asyncio.Transport | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._busy = False
        self._idle = False
        self._early = False
        self.dropped = False
        self.first_byte: float | None = None
        # Counted from here, not from connection_made: asyncio accepts a whole batch of
        # connections, building each one's protocol, before any of them is made.
        guard.open += 1

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._arm()
        self._inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self._guard.open -= 1
        self._disarm()
        self._transport = None
        self._inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.first_byte is None:
            self.first_byte = asyncio.get_running_loop().time()
        if self._idle:
            self._idle = False
            self._arm()
        elif self._busy:
            self._early = True
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received()

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()

    def received(self) -> None:
        """The whole request (head and body) is in: the deadline no longer applies."""
        self._disarm()
        self._busy, self._early = True, False

    def answered(self) -> None:
        """The response is out: the next request's deadline starts with its first byte."""
        self._busy = False
        self.first_byte = None
        if self._early:
            self._arm()
        else:
            self._idle = True

    def _arm(self) -> None:
        self._disarm()
        loop = asyncio.get_running_loop()
        self._deadline = loop.call_later(self._guard.request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if self._transport is None or self._transport.is_closing():
            return
        self.dropped = True
        self._guard.tally.note("slow client dropped")
        self._transport.write(_TIMEOUT_RESPONSE)
        self._transport.close()


class _Refused(asyncio.Protocol):
    """A connection over the cap: told 503 and closed before anything is read."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        transport.write(_BUSY_RESPONSE)
        transport.close()


class ConnectionGuard:
    """The request deadline and the connection cap, for one web server.

    Args:
        request_timeout: seconds a client has to send a whole request.
        max_connections: connections open at once; more are refused with 503.
    """

    def __init__(self, *, request_timeout: float, max_connections: int) -> None:
        self.request_timeout = request_timeout
        self.max_connections = max_connections
        self.open = 0
        self.tally = _Tally()

    def protocol_factory(self, server: Callable[[], asyncio.Protocol]) -> asyncio.Protocol:
        """A protocol for a new connection: aiohttp's (`server`) watched, or a refusal."""
        if self.open >= self.max_connections:
            self.tally.note("connection refused: too many open")
            return _Refused()
        return _Watched(server(), self)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Read the whole body under the deadline before the handler runs."""
        transport = request.transport
        watched = transport.get_protocol() if transport is not None else None
        if not isinstance(watched, _Watched):
            return await handler(request)
        request[ARRIVED] = watched.first_byte or asyncio.get_running_loop().time()
        try:
            await request.read()  # kept by aiohttp: the handler's own read() returns it
        except ConnectionError:
            if not watched.dropped:
                self.tally.note("client left mid-request", logging.INFO)
            return web.Response(status=400)  # nobody is left to read it
        watched.received()
        try:
            return await handler(request)
        finally:
            watched.answered()

    async def listen(self, runner: web.AppRunner, host: str, port: int) -> asyncio.Server:
        """Accept connections on `host`:`port` for `runner` (set up already), guarded.

        Close the returned server before `runner.cleanup()`.

        Raises:
            OSError: the address is taken, unknown, or not this machine's.
        """
        server = runner.server
        assert server is not None, "set the runner up first"
        loop = asyncio.get_running_loop()
        return await loop.create_server(
            lambda: self.protocol_factory(server),
            host,
            port,
            reuse_address=True,
            backlog=LISTEN_BACKLOG,
        )
