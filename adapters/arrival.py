"""When a request's first byte arrived: the key the web server's guard records it under.

Apart from `http_guard`, whose checks are pure, because this one needs aiohttp.
"""

from __future__ import annotations

from aiohttp import web

ARRIVED = web.RequestKey("infoshare_arrived", float)
"""`loop.time()` when a request's first byte arrived, set on each request served through the
guard: a door's own deadline (Slack's 3 s) counts from there, not from when its handler ran."""
