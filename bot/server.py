"""The web server: one aiohttp application that every chat door mounts its routes on."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Protocol

from aiohttp import web

from bot.guard import ConnectionGuard
from bot.stores.protocol import Store

_log = logging.getLogger("infoshare.server")
HEALTH_TIMEOUT_SECONDS = 3.0
"""How long `/healthz` waits for the store before calling it down (load balancers wait ~5 s)."""


class WebDoor(Protocol):
    """A chat door served over HTTP (Slack, Teams)."""

    name: str

    def mount(self, app: web.Application) -> None:
        """Add the door's routes to the application."""
        ...

    def health(self) -> str | None:
        """None while the door can serve; otherwise why it cannot (a few words, no secrets)."""
        ...

    async def close(self) -> None:
        """Release the door's clients and sessions."""
        ...


def build_web_app(
    store: Store, doors: Sequence[WebDoor], guard: ConnectionGuard | None = None
) -> web.Application:
    """The application: `GET /healthz` for load balancers, plus each door's routes.

    `/healthz` answers 200 when the store can really be read and written and every door can
    serve, and 503 otherwise, its JSON naming each part that is down under ``down``. With a
    `guard`, serve it with `ConnectionGuard.listen`.
    """
    middlewares = [guard.middleware] if guard is not None else []
    app = web.Application(client_max_size=1024 * 1024, middlewares=middlewares)

    async def healthz(_: web.Request) -> web.Response:
        down = {door.name: why for door in doors if (why := door.health()) is not None}
        try:
            await asyncio.wait_for(store.ping(), HEALTH_TIMEOUT_SECONDS)
        except Exception as exc:  # the health check reports, it never raises
            _log.warning("store unreachable", extra={"error": type(exc).__name__})
            down["store"] = "unreachable"
        names = [d.name for d in doors]
        if down:
            body = {"status": "unavailable", "doors": names, "down": down}
            return web.json_response(body, status=503)
        return web.json_response({"status": "ok", "doors": names})

    app.router.add_get("/healthz", healthz)
    for door in doors:
        door.mount(app)

    async def close_doors(_: web.Application) -> None:
        for door in doors:
            await door.close()

    app.on_cleanup.append(close_doors)
    return app
