"""A real `redis-server` on a free loopback port, for the tests and the reliability suite."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest

from tests.support.network import free_port

MISSING = (
    "redis-server is not installed, so the Redis tests cannot run here; install it with "
    "`apt-get install -y redis-server` (.ci/run does)"
)


def redis_or_skip(directory: Path) -> RedisServer:
    """A (not yet started) server, or a skip with the reason when the binary is missing.

    CI sets ``INFOSHARE_REQUIRE_REDIS=1``, so there a missing binary fails instead: the Redis
    tests must never pass there by being skipped.
    """
    import pytest  # noqa: PLC0415 - only the tests need it; the reliability CLI does not

    try:
        return RedisServer(directory)
    except FileNotFoundError:
        if os.environ.get("INFOSHARE_REQUIRE_REDIS") == "1":
            pytest.fail(MISSING)
        pytest.skip(MISSING)


class RedisServer:
    """Starts, stops and restarts one `redis-server` with its files in `directory`.

    The append-only file is on, so a restart keeps what was written (as a production server
    would be configured), and nothing else on the machine is touched.
    """

    def __init__(self, directory: Path, *, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise FileNotFoundError(MISSING)
        self.binary = binary
        self.directory = directory
        self.port = port or free_port()
        self.options: tuple[str, ...] = ()
        """More of `redis-server`'s options, after those set here."""
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The `INFOSHARE_STORE` URL of this server."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start the server and wait until it answers."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.directory),
                "--appendonly",
                "yes",
                "--save",
                "",
                "--daemonize",
                "no",
                "--loglevel",
                "warning",
                *self.options,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self._process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not answer within 10 s")

    def stop(self) -> None:
        """Stop the server the way a service manager does (SIGTERM), and wait for it."""
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None

    def restart(self) -> None:
        """Stop and start again on the same port, with the same files."""
        self.stop()
        self.start()

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def send_inline(server: RedisServer, inline: str) -> bytes:
    """Send one inline command to `server` on a fresh connection; its first reply's bytes."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as conn:
        conn.sendall(inline.encode() + b"\r\n")
        return conn.recv(4096)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One `redis-server` for the session; tests keep apart by key namespace."""
    with redis_or_skip(tmp_path_factory.mktemp("redis")) as server:
        yield server
