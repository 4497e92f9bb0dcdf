"""The composition root: the one place that builds the assistant from settings."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from pydantic import SecretStr

from bot.core import Core, build_core, record_clock
from bot.doors import build_teams_door, slack_doors
from bot.lookups import CoreLookups
from bot.settings import Settings
from bot.stores.factory import open_store
from bot.stores.protocol import Store
from dialogs.contract import Lookups
from knowledge.loader import Knowledge

if TYPE_CHECKING:
    from bot.insight.observer import Insight
    from bot.pipeline import TurnPipeline
    from bot.server import WebDoor

__all__ = [
    "CannotListen",
    "Core",
    "build_core",
    "build_doors",
    "build_lookups",
    "is_loopback",
    "open_insight",
    "open_pipeline",
    "record_clock",
    "serve",
    "unauthenticated_doors",
]
_log = logging.getLogger("infoshare.app")


class CannotListen(Exception):
    """The web server could not listen where it was asked to; the message says where and why."""


def build_lookups(core: Core, pipeline: TurnPipeline) -> Lookups:
    """The doors' search of the published questions, run on the pipeline's core thread."""
    return CoreLookups(core.search, pipeline.decisions.run_core)


@asynccontextmanager
async def open_pipeline(
    settings: Settings, core: Core, *, check_store: bool = False
) -> AsyncIterator[TurnPipeline]:
    """Open the configured store and yield a turn pipeline over it; close the store after.

    Raises:
        StoreUnavailable: the store cannot be opened (with `check_store`: or does not answer).
    """
    # Imported here, as the web stack is below: `infoshare ask` starts without asyncio.
    from bot.pipeline import TurnPipeline  # noqa: PLC0415

    store = await open_store(
        settings.store,
        data_dir=settings.data_dir,
        check=check_store,
        redis_max_connections=settings.redis_max_connections,
        redis_pool_timeout_seconds=settings.redis_pool_timeout,
        redis_cluster=settings.redis_cluster,
    )
    try:
        async with open_insight(settings, store, core.knowledge) as observer:
            yield TurnPipeline(
                core.assistant,
                store,
                clock=record_clock,
                dialog_ttl_seconds=settings.dialog_ttl_seconds,
                event_ttl_seconds=settings.event_ttl_seconds,
                lease_seconds=settings.turn_lease_seconds,
                observer=observer,
            )
    finally:
        await store.close()


@asynccontextmanager
async def open_insight(
    settings: Settings, store: Store, knowledge: Knowledge
) -> AsyncIterator[Insight | None]:
    """The insight journal and record keeping the settings ask for; None when both are off.

    A journal that cannot be opened is logged and left out: the assistant answers without it.
    """
    # Imported here so that `infoshare ask` starts without the journal's SQLite stack.
    from bot.insight.journal import Journal, knowledge_words  # noqa: PLC0415
    from bot.insight.observer import Insight, RecordKeeper  # noqa: PLC0415

    journal = None
    if settings.insight != "off":
        try:
            journal = await Journal.open(
                settings.journal_path,
                keep_text=settings.insight == "text",
                keep_days=settings.insight_days,
                known_words=knowledge_words(knowledge),
            )
        except Exception as exc:  # a bad journal file must not stop the assistant
            _log.warning("insight journal unavailable", extra={"error": type(exc).__name__})
    records = RecordKeeper(store, keep_days=settings.record_days) if settings.keep_records else None
    try:
        yield Insight(journal, records) if journal or records else None
    finally:
        if journal is not None:
            await journal.close()


def build_doors(
    settings: Settings, pipeline: TurnPipeline, *, dev: bool, lookups: Lookups | None = None
) -> list[WebDoor]:
    """The chat doors the settings ask for, ready to mount on the web server.

    The Teams door is mounted when ``MicrosoftAppId`` is set, or with `dev` (then, without an
    app id, it serves this machine only): a Slack-only install has no Teams endpoint at all.
    With `lookups`, the doors also offer the search that shares published answers into a
    conversation.
    """
    doors: list[WebDoor] = []
    # Imported here, as the pipeline is: `infoshare ask` starts without asyncio.
    from bot.parking import ParkedEvents, sealing_key  # noqa: PLC0415

    secret = settings.slack_signing_secret
    parking = ParkedEvents(
        pipeline.store,
        key=sealing_key(secret.get_secret_value() if secret is not None else None),
        lease_seconds=settings.turn_lease_seconds,
    )
    doors += slack_doors(settings, pipeline, dev=dev, lookups=lookups, parking=parking)
    if _teams_configured(settings) or dev:
        doors.append(build_teams_door(settings, pipeline, dev=dev, lookups=lookups))
    return doors


def unauthenticated_doors(settings: Settings, *, dev: bool) -> list[str]:
    """The HTTP doors `build_doors` would mount with no way to tell who is calling, and why."""
    open_doors = []
    slack_over_http = _is_set(settings.slack_bot_token) and not _is_set(settings.slack_app_token)
    if dev and slack_over_http and not _is_set(settings.slack_signing_secret):
        open_doors.append("Slack (no SLACK_SIGNING_SECRET)")
    if dev and not _teams_configured(settings):
        open_doors.append("Teams (no MicrosoftAppId)")
    return open_doors


def is_loopback(host: str) -> bool:
    """Whether listening on `host` serves this machine only."""
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name, or "" (every address): assume it can be reached from outside
        return False


def _teams_configured(settings: Settings) -> bool:
    app_id = settings.microsoft_app_id or settings.agents_client_id
    return bool((app_id or "").strip())


def _is_set(secret: SecretStr | None) -> bool:
    return secret is not None and bool(secret.get_secret_value().strip())


async def serve(settings: Settings, core: Core, *, host: str, port: int, dev: bool) -> None:
    """Run the web server until cancelled (Ctrl-C or SIGTERM).

    Raises:
        CannotListen: the address is taken, unknown, or not this machine's.
        StoreUnavailable: the store cannot be opened.
    """
    # Imported here so that `infoshare ask` and `chat` start without loading the web stack.
    import asyncio  # noqa: PLC0415

    from aiohttp import web  # noqa: PLC0415

    from bot.guard import KEEPALIVE_TIMEOUT_SECONDS, ConnectionGuard, connection_cap  # noqa: PLC0415
    from bot.server import build_web_app  # noqa: PLC0415

    guard = ConnectionGuard(
        request_timeout=settings.request_timeout_seconds,
        max_connections=connection_cap(settings.max_connections),
    )
    async with open_pipeline(settings, core) as pipeline:
        doors = build_doors(settings, pipeline, dev=dev, lookups=build_lookups(core, pipeline))
        app = build_web_app(pipeline.store, doors, guard)
        runner = web.AppRunner(app, access_log=None, keepalive_timeout=KEEPALIVE_TIMEOUT_SECONDS)
        await runner.setup()
        try:
            server = await guard.listen(runner, host, port)
        except OSError as exc:
            await runner.cleanup()
            why = exc.strerror or type(exc).__name__
            raise CannotListen(f"cannot listen on {host}:{port} ({why})") from None
        except BaseException:
            await runner.cleanup()
            raise
        _log.info("serving", extra={"host": host, "port": port, "doors": [d.name for d in doors]})
        try:
            await asyncio.Event().wait()
        finally:
            server.close()
            await runner.cleanup()
            await server.wait_closed()
