"""Structured logs: one JSON object a line, carrying only whitelisted fields.

Log calls pass their facts in ``extra``; only the fields named here are written, so message text,
tokens and raw ids cannot reach the log by accident. Every other library's logs, and Python's
warnings, go through the same formatter, and of those only the logger, the level and the names of
exception and warning types are kept: a library's message may quote a request.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
import warnings
from pathlib import Path
from types import TracebackType
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
    "where",
    "count",
    "host",
    "port",
    "doors",
    "status",
    "risk_of_harm",
)
LIBRARY_FLOOR = logging.WARNING
"""Other libraries log below this only to debug them (slack_sdk's DEBUG lines hold whole bodies)."""
_ROOT = Path(__file__).resolve().parents[1]
_WITHHELD = "library message (text withheld)"
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
SDK_LOGGERS = ("microsoft_agents", "botbuilder", "botframework")
"""SDK loggers that can be given handlers of their own; they write through ours instead."""


_OUR_PACKAGES = frozenset({"bot", "adapters", "dialogs", "knowledge", "tests", "bench"})


@functools.lru_cache(maxsize=512)
def _is_ours(pathname: str) -> bool:
    """Whether a log call was made in this project's code (not an installed library's).

    Judged by the top-level package the file is in, beside this one: that holds whether the
    project runs from its folder (libraries then live in ``.venv/``) or is installed beside them.
    """
    try:
        parts = Path(pathname).resolve().relative_to(_ROOT).parts
    except (ValueError, OSError):
        return False
    return bool(parts) and parts[0] in _OUR_PACKAGES


def _innermost(tb: TracebackType | None) -> str | None:
    """Where an exception was raised, as ``file.py:line`` (no values, no source text)."""
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"


class JSONLineFormatter(logging.Formatter):
    """Formats a record as a JSON line of its time, level, logger, event and safe fields."""

    def __init__(self) -> None:
        super().__init__()
        self._second = -1
        self._stamp = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """The record's local time to the millisecond (the second worked out once per second):
        enough to put two instances' lines about one event in order."""
        second = int(record.created)
        if second != self._second or datefmt is not None:
            stamp = super().formatTime(record, datefmt or _TIME_FORMAT)
            if datefmt is not None:
                return stamp
            self._second, self._stamp = second, stamp
        return f"{self._stamp}.{int(record.created * 1000) % 1000:03d}"

    def format(self, record: logging.LogRecord) -> str:
        """The JSON line for `record`; exceptions are named by type only, never their text.

        A record logged by this project's code keeps its event (a fixed string) and safe
        fields; one logged by a library keeps its message only when that is a template
        whose values were passed apart (they are dropped), and no other field.
        """
        ours = _is_ours(record.pathname)
        msg = record.msg
        if ours:
            event = msg if isinstance(msg, str) else type(msg).__name__
        elif isinstance(msg, str) and record.args and "\n" not in msg:
            event = msg[:200]
        else:
            event = _WITHHELD
        line: dict[str, object] = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "event": event,
        }
        if ours or record.name == _WARNINGS_LOGGER:
            line.update({f: record.__dict__[f] for f in SAFE_FIELDS if f in record.__dict__})
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__
            if where := _innermost(record.exc_info[2]):
                line["where"] = where
        return json.dumps(line, default=str)


_WARNINGS_LOGGER = "py.warnings"


def _log_warning(  # noqa: PLR0917 (the signature of warnings.showwarning)
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """`warnings.showwarning` replaced: the warning's type and place, never its text."""
    del message, file, line
    logging.getLogger(_WARNINGS_LOGGER).warning(
        "warning", extra={"error": category.__name__, "where": f"{Path(filename).name}:{lineno}"}
    )


def configure_logging(level: str, stream: TextIO = sys.stderr) -> None:
    """Send every log, the assistant's and every library's, to `stream` as JSON lines.

    The assistant's own loggers log at `level`; other libraries at `level` or `LIBRARY_FLOOR`,
    whichever is higher. Python's warnings are logged too (``py.warnings``).
    """
    # A line carries none of the thread and process names a record would otherwise look up.
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONLineFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(logging.getLevelName(level), LIBRARY_FLOOR))
    ours = logging.getLogger("infoshare")
    ours.handlers.clear()
    ours.setLevel(level)
    ours.propagate = True
    for name in SDK_LOGGERS:  # an SDK's own console handler would print what it was given
        sdk = logging.getLogger(name)
        sdk.handlers.clear()
        sdk.propagate = True
    logging.lastResort = handler  # loggers that do not propagate and have no handler
    warnings.showwarning = _log_warning
