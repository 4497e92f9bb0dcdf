"""Structured logs: one JSON object a line, carrying only whitelisted fields.

Log calls pass their facts in ``extra``; only the fields named here are written, so message text,
tokens and raw ids cannot reach the log by accident.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import TextIO

SAFE_FIELDS = (
    "channel",
    "conversation",
    "user",
    "replies",
    "outcome",
    "kind",
    "entry",
    "score",
    "suggestions",
    "topic",
    "step",
    "picked",
    "ms",
    "error",
    "host",
    "port",
    "doors",
    "status",
    "risk_of_harm",
)


class JSONLineFormatter(logging.Formatter):
    """Formats a record as a JSON line of its time, level, logger, event and safe fields."""

    def format(self, record: logging.LogRecord) -> str:
        """The JSON line for `record`; exceptions are named by type only, never their text."""
        line: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.msg if isinstance(record.msg, str) else type(record.msg).__name__,
        }
        line.update({f: record.__dict__[f] for f in SAFE_FIELDS if f in record.__dict__})
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__
        return json.dumps(line, default=str)


def configure_logging(level: str, stream: TextIO = sys.stderr) -> None:
    """Send the assistant's logs to `stream` as JSON lines at `level`."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONLineFormatter())
    root = logging.getLogger("infoshare")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
