"""Run a bench's servers as separate processes, so load, app and stand-in don't share a core."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]


async def serve_forever(app: web.Application) -> None:
    """Serve `app` on a free loopback port, announce it as ``PORT n`` on stdout, and wait."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(f"PORT {runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()


def start_server(
    module: str, *args: str, prefix: Sequence[str] = ()
) -> tuple[subprocess.Popen[str], str]:
    """Start ``python -m module *args`` (under `prefix`, a command such as valgrind, if given)
    and return the process and the base URL it announced."""
    process = subprocess.Popen(
        [*prefix, sys.executable, "-m", module, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("PORT "):
        process.kill()
        raise RuntimeError(f"{' '.join(args)} did not start")
    return process, f"http://127.0.0.1:{line.split()[1]}/"
