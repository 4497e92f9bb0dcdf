"""Logs are JSON lines with whitelisted fields only: no message text, no secrets."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    logger = logging.getLogger("infoshare")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    yield
    logger.handlers[:], logger.level, logger.propagate = saved


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
