"""The web server: one aiohttp application that every chat door mounts its routes on."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from aiohttp import web

from bot.stores.protocol import Store

_log = logging.getLogger("infoshare.server")


class WebDoor(Protocol):
    """A chat door served over HTTP (Slack, Teams)."""

    name: str

    def mount(self, app: web.Application) -> None:
        """Add the door's routes to the application."""
        ...

    async def close(self) -> None:
        """Release the door's clients and sessions."""
        ...


def build_web_app(store: Store, doors: Sequence[WebDoor]) -> web.Application:
    """The application: `GET /healthz` for load balancers, plus each door's routes."""
    app = web.Application(client_max_size=1024 * 1024)

    async def healthz(_: web.Request) -> web.Response:
        try:
            await store.ping()
        except Exception as exc:  # the health check reports, it never raises
            _log.warning("store unreachable", extra={"error": type(exc).__name__})
            return web.json_response({"status": "unavailable", "store": "unreachable"}, status=503)
        return web.json_response({"status": "ok", "doors": [d.name for d in doors]})

    app.router.add_get("/healthz", healthz)
    for door in doors:
        door.mount(app)

    async def close_doors(_: web.Application) -> None:
        for door in doors:
            await door.close()

    app.on_cleanup.append(close_doors)
    return app
