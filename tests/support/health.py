"""The assistant's `/healthz` for a store, served for one request over real HTTP on loopback."""

from __future__ import annotations

import aiohttp
from aiohttp import web

from bot.server import build_web_app
from bot.stores.protocol import Store


async def health_status(store: Store) -> int:
    """The status `/healthz` answers with `store` behind the web app (200, or 503 while the
    store cannot be reached)."""
    runner = web.AppRunner(build_web_app(store, []))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/healthz"
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            return response.status
    finally:
        await runner.cleanup()
