"""The deployment under test: one Redis and several `infoshare serve` processes on loopback."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from tests.support.network import free_port
from tests.support.redis_server import RedisServer

SIGNING_SECRET = "reliability-signing-secret"
BOT_TOKEN = "xoxb-reliability-suite"
LEASE_SECONDS = 2.0
"""Short, so that a re-delivery after a crash is replayed within the suite's few minutes."""
START_SECONDS = 120.0
"""How long an instance may take to report healthy. It builds its knowledge cold (a fresh data
directory): 30 s was too short with the machine loaded to 8-10 (round 56: 4 runs of 12 ended
before their first user); a process that exits is still reported at once."""


@dataclass
class Instance:
    """One `infoshare serve` process."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Fleet:
    """Redis plus `size` instances sharing it, pointed at the Slack stand-in's Web API."""

    workdir: Path
    slack_api_url: str
    size: int = 2
    redis: RedisServer = field(init=False)
    instances: list[Instance] = field(default_factory=list)
    alive: list[Instance] = field(default_factory=list)
    killed: dict[str, float] = field(default_factory=dict)
    """When each killed instance was killed (monotonic clock)."""

    def __post_init__(self) -> None:
        self.redis = RedisServer(self.workdir / "redis")

    async def start(self) -> None:
        """Start Redis and every instance, and wait until each one reports healthy."""
        self.redis.start()
        for number in range(self.size):
            self.instances.append(self._spawn(chr(ord("A") + number)))
        self.alive = list(self.instances)
        await asyncio.gather(*(self._healthy(i) for i in self.instances))

    def _spawn(self, name: str) -> Instance:
        port = free_port()
        log = self.workdir / f"instance-{name}.log"
        env = {
            **os.environ,
            "INFOSHARE_STORE": self.redis.url,
            "INFOSHARE_DATA_DIR": str(self.workdir / f"data-{name}"),
            "INFOSHARE_TURN_LEASE_SECONDS": str(LEASE_SECONDS),
            # INFO logs every turn (hashed ids only), to trace a missed reply.
            "INFOSHARE_LOG_LEVEL": os.environ.get("RELIABILITY_LOG_LEVEL", "WARNING"),
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": self.slack_api_url,
        }
        for unset in ("SLACK_APP_TOKEN", "MicrosoftAppId", "MicrosoftAppPassword"):
            env.pop(unset, None)
        infoshare = Path(sys.executable).with_name("infoshare")
        with log.open("wb") as out:
            process = subprocess.Popen(
                # --dev mounts the Teams door without MicrosoftAppId (this machine only).
                [str(infoshare), "serve", "--dev", "--host", "127.0.0.1", "--port", str(port)],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        return Instance(name, port, process, log)

    async def _healthy(self, instance: Instance, within: float = START_SECONDS) -> None:
        deadline = time.monotonic() + within
        async with aiohttp.ClientSession() as session:
            while time.monotonic() < deadline:
                if instance.process.poll() is not None:
                    raise RuntimeError(
                        f"instance {instance.name} exited: {instance.log.read_text()[-2000:]}"
                    )
                try:
                    async with session.get(instance.url + "/healthz") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise RuntimeError(f"instance {instance.name} was not healthy within {within} s")

    def pick(self, rng: random.Random, among: list[Instance] | None = None) -> Instance:
        """An instance to send to, at random, as a load balancer would."""
        live = [i for i in (among or self.alive) if i in self.alive]
        return rng.choice(live or self.alive)

    def kill(self, instance: Instance) -> None:
        """SIGKILL: no clean-up, no flushing, requests in flight are cut off."""
        self.alive.remove(instance)
        self.killed[instance.name] = time.monotonic()
        instance.process.send_signal(signal.SIGKILL)
        instance.process.wait(timeout=10)

    def stop(self) -> None:
        """Stop every instance still running, then Redis."""
        for instance in self.instances:
            if instance.process.poll() is None:
                instance.process.terminate()
                try:
                    instance.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    instance.process.kill()
        self.redis.stop()
