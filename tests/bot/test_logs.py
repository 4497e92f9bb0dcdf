"""Logs are JSON lines with whitelisted fields only: no message text, no secrets."""

from __future__ import annotations

import asyncio
import gc
import io
import json
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.logs import JSONLineFormatter, configure_logging
from dialogs.facts import TurnFacts, TurnKind
from tests.support.logs_kept import logs_kept


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    with logs_kept():
        yield


def test_only_safe_fields_reach_the_log() -> None:
    stream = io.StringIO()
    configure_logging("INFO", stream)
    log = logging.getLogger("infoshare.test")
    log.info("answered", extra={"entry": 13, "score": 91.5, "text": "Jo Bloggs, NHS 943 476 5919"})
    log.info("token", extra={"token": "xoxb-123-secret"})
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines[0]["event"] == "answered"
    assert lines[0]["entry"] == 13
    assert lines[0]["score"] == 91.5
    assert "Bloggs" not in stream.getvalue()
    assert "xoxb" not in stream.getvalue()


def test_exceptions_are_named_by_type_not_text() -> None:
    stream = io.StringIO()
    configure_logging("INFO", stream)
    try:
        raise ValueError("contains the user's text: Jo Bloggs")
    except ValueError:
        logging.getLogger("infoshare.test").exception("turn failed")
    line = json.loads(stream.getvalue())
    assert line["error"] == "ValueError"
    assert "Bloggs" not in stream.getvalue()


def test_turn_facts_reach_the_log_and_text_does_not() -> None:
    stream = io.StringIO()
    configure_logging("INFO", stream)
    facts = TurnFacts(TurnKind.SUGGESTED, score=71.5, suggestions=(4, 5), question_ref="a" * 32)
    logging.getLogger("infoshare.test").info(
        "answered", extra={**facts.log_fields(), "question": "Jo Bloggs, 943 476 5919"}
    )
    line = json.loads(stream.getvalue())
    assert line["kind"] == "suggested"
    assert line["suggestions"] == [4, 5]
    assert line["score"] == 71.5
    assert "a" * 32 not in stream.getvalue()  # the question's id is not logged either
    assert "Bloggs" not in stream.getvalue()


PAYLOAD = "Jo Bloggs, NHS 943 476 5919"


async def _libraries_that_quote_a_payload() -> None:
    """Real library code logging (or warning) with `PAYLOAD` in its message."""
    # asyncio: a failed future nobody awaited is logged with the exception's text.
    future = asyncio.get_running_loop().create_future()
    future.set_exception(ValueError(PAYLOAD))
    del future
    gc.collect()

    # slack_bolt: a request no listener handles is logged with its whole body.
    async def authorize(**_: object) -> AuthorizeResult:
        return AuthorizeResult(enterprise_id=None, team_id="T1", bot_token="xoxb-not-used")

    bolt = AsyncApp(
        signing_secret="not-used", request_verification_enabled=False, authorize=authorize
    )
    body = {"type": "event_callback", "event": {"type": "message", "text": PAYLOAD}}
    await bolt.async_dispatch(AsyncBoltRequest(body=json.dumps(body), headers={}))

    # aiohttp's server: a handler's exception quoting a request header is logged with it.
    async def fails(request: web.Request) -> web.Response:
        raise RuntimeError(f"bad header: {request.headers['X-Case']}")

    app = web.Application()
    app.router.add_get("/", fails)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    url, headers = f"http://127.0.0.1:{port}/", {"X-Case": PAYLOAD}
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        assert response.status == 500
    await runner.cleanup()
    # Python's warnings, which libraries use for their own complaints.
    warnings.warn(f"could not parse {PAYLOAD}", UserWarning, stacklevel=1)


def test_every_librarys_logs_are_json_lines_without_their_text(
    capfd: pytest.CaptureFixture[str],
) -> None:
    stream = io.StringIO()
    configure_logging("INFO", stream)
    warnings.simplefilter("always")

    asyncio.run(_libraries_that_quote_a_payload())

    written = stream.getvalue()
    lines = [json.loads(line) for line in written.splitlines()]
    by_logger = {line["logger"]: line for line in lines}
    assert by_logger["asyncio"]["error"] == "ValueError"
    assert by_logger["aiohttp.server"]["error"] == "RuntimeError"
    assert by_logger["aiohttp.server"]["where"].startswith("test_logs.py:")
    assert by_logger["slack_bolt.AsyncApp"]["level"] == "WARNING"
    assert by_logger["py.warnings"]["error"] == "UserWarning"
    assert "Bloggs" not in written
    assert "943 476" not in written
    terminal = capfd.readouterr()
    assert "Bloggs" not in terminal.err + terminal.out
    assert "Traceback" not in terminal.err


@pytest.mark.parametrize(
    ("where", "kept"),
    [
        ("bot/pipeline.py", True),
        ("adapters/slack/door.py", True),
        (".venv/lib/python3.11/site-packages/slack_bolt/app/async_app.py", False),
        ("slack_bolt/app/async_app.py", False),  # the project installed beside its libraries
        ("/usr/lib/python3.11/asyncio/base_events.py", False),
    ],
)
def test_an_event_name_is_kept_only_when_the_projects_own_code_logged_it(
    where: str, kept: bool
) -> None:
    root = Path(__file__).resolve().parents[2]
    record = logging.LogRecord(
        "infoshare.slack.bolt", logging.WARNING, str(root / where), 1, PAYLOAD, None, None
    )
    event = json.loads(JSONLineFormatter().format(record))["event"]
    assert (event == PAYLOAD) is kept


def test_each_line_carries_the_millisecond_it_was_logged_in() -> None:
    formatter = JSONLineFormatter()

    def time_of(created: float) -> str:
        record = logging.LogRecord("infoshare.test", logging.INFO, __file__, 1, "e", None, None)
        record.created = created
        return str(json.loads(formatter.format(record))["time"])

    first, later, next_second = (
        time_of(1_795_000_000.125),
        time_of(1_795_000_000.9),
        time_of(1_795_000_001.0),
    )
    assert first[:-4] == later[:-4] != next_second[:-4]  # the same second, then the next
    assert (first[-4:], later[-4:], next_second[-4:]) == (".125", ".900", ".000")
    assert next_second[:-4] == time_of(1_795_000_001.5)[:-4]
    assert time_of(1_795_000_000.2)[:-4] == first[:-4]  # an older line gets its own second
