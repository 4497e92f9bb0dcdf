"""Logs are JSON lines with whitelisted fields only: no message text, no secrets."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging
from dialogs.facts import TurnFacts, TurnKind


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
