"""The web server drops clients that trickle a request, and never runs out of connections.

Real sockets on loopback against the real application, served the way `infoshare serve` serves
it, with a 1-second request deadline so that the tests are quick.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web

from bot.guard import ConnectionGuard
from bot.server import build_web_app
from bot.stores.memory import MemoryStore

TIMEOUT = 1.0
CAP = 20
HEAD = b"POST /echo HTTP/1.1\r\nHost: infoshare\r\nContent-Type: text/plain\r\n"


@dataclass
class Served:
    port: int
    guard: ConnectionGuard
    clients: list[asyncio.StreamWriter] = field(default_factory=list)

    async def connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.clients.append(writer)
        return reader, writer

    async def health(self) -> tuple[bytes, float]:
        """GET /healthz on a fresh connection: the status line, and how long it took."""
        started = time.monotonic()
        reader, writer = await self.connect()
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: infoshare\r\nConnection: close\r\n\r\n")
        status = await asyncio.wait_for(reader.readline(), 5)
        writer.close()
        return status, time.monotonic() - started


@pytest.fixture
async def served() -> AsyncIterator[Served]:
    guard = ConnectionGuard(request_timeout=TIMEOUT, max_connections=CAP)
    app = build_web_app(MemoryStore(), [], guard)

    async def echo(request: web.Request) -> web.Response:
        return web.Response(body=await request.read())

    app.router.add_post("/echo", echo)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    server = await guard.listen(runner, "127.0.0.1", 0)
    served = Served(server.sockets[0].getsockname()[1], guard)
    yield served
    for writer in served.clients:
        writer.close()
    await asyncio.sleep(0)
    server.close()
    await runner.cleanup()


PADDING = b"".join(b"X-Pad-%d: a\r\n" % n for n in range(100))
"""Valid header lines, enough to trickle for a minute."""


async def _trickle(writer: asyncio.StreamWriter, data: bytes, every: float = 0.2) -> None:
    """Send `data` a byte at a time, until it is all sent or the server hangs up."""
    try:
        for byte in data:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(every)
    except ConnectionError:
        return


async def _until_closed(reader: asyncio.StreamReader, within: float) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection, and when that was."""
    started = time.monotonic()
    received = await asyncio.wait_for(reader.read(), within)
    return received, time.monotonic() - started


async def test_a_client_trickling_its_headers_is_dropped_at_the_deadline(served: Served) -> None:
    reader, writer = await served.connect()
    trickling = asyncio.create_task(_trickle(writer, HEAD + PADDING))

    received, after = await _until_closed(reader, within=TIMEOUT + 3)

    trickling.cancel()
    assert received.startswith(b"HTTP/1.1 408")
    assert after < TIMEOUT + 1


async def test_a_client_trickling_its_body_is_dropped_at_the_deadline(served: Served) -> None:
    reader, writer = await served.connect()
    writer.write(HEAD + b"Content-Length: 1000\r\n\r\n")
    trickling = asyncio.create_task(_trickle(writer, b"x" * 1000))

    received, after = await _until_closed(reader, within=TIMEOUT + 3)

    trickling.cancel()
    assert received.startswith(b"HTTP/1.1 408")
    assert after < TIMEOUT + 1


async def test_a_client_that_connects_and_says_nothing_is_dropped(served: Served) -> None:
    reader, _ = await served.connect()
    received, after = await _until_closed(reader, within=TIMEOUT + 3)
    assert received.startswith(b"HTTP/1.1 408") and after < TIMEOUT + 1


async def test_a_kept_alive_connection_may_rest_between_quick_requests(served: Served) -> None:
    reader, writer = await served.connect()
    for _ in range(2):
        writer.write(HEAD + b"Content-Length: 5\r\n\r\nhello")
        assert await asyncio.wait_for(reader.readline(), 5) == b"HTTP/1.1 200 OK\r\n"
        await asyncio.wait_for(reader.readuntil(b"hello"), 5)
        await asyncio.sleep(TIMEOUT * 1.5)  # idle, not slow: the deadline starts with a request
    writer.close()


async def test_with_every_connection_taken_health_is_refused_at_once_then_answered(
    served: Served,
) -> None:
    slow = [await served.connect() for _ in range(CAP)]
    await asyncio.sleep(0.1)
    assert served.guard.open == CAP

    status, took = await served.health()

    assert status.startswith(b"HTTP/1.1 503") and took < 1
    await asyncio.gather(*(_until_closed(reader, TIMEOUT + 3) for reader, _ in slow))
    status, took = await served.health()
    assert status.startswith(b"HTTP/1.1 200") and took < 1


async def test_many_dropped_clients_make_a_few_log_lines_counting_them_all(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="infoshare.server")
    clients = [await served.connect() for _ in range(15)]

    await asyncio.gather(*(_until_closed(reader, TIMEOUT + 3) for reader, _ in clients))
    await asyncio.sleep(1.2)  # the second line, counting the rest, comes a second later

    dropped = [r for r in caplog.records if r.getMessage() == "slow client dropped"]
    assert 1 <= len(dropped) <= 3
    assert sum(r.__dict__["count"] for r in dropped) == 15
    assert not any(r.exc_info for r in caplog.records)


async def test_a_client_leaving_mid_request_is_one_short_line(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, writer = await served.connect()
    writer.write(HEAD + b"Content-Length: 1000\r\n\r\nonly a little")
    await writer.drain()
    await asyncio.sleep(0.2)
    writer.close()
    await asyncio.sleep(1.2)

    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO] == [
        "client left mid-request"
    ]
    assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.INFO)
    assert (await served.health())[0].startswith(b"HTTP/1.1 200")
