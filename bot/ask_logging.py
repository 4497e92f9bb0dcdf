"""`infoshare ask`'s logs, set up when something first needs them.

`ask` sends its logs through `bot.logs`, as every command does (`configure_logging("WARNING")`:
the answer shares its screen with them), but nothing a later `ask` runs imports `logging`
(`tests/bot/test_ask_start.py`), so only Python's warnings could reach the log. Importing
`logging` (with `string`, `threading` and `traceback`) and configuring it was about 3% of a
later `ask`. So the warnings' hook is installed alone, and the first warning configures the logs
as `configure_logging` does before it is logged through them; and should anything `ask` runs
have imported `logging` after all (a first start checking the packs), `configure_if_imported`
configures them at once.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any


def log_warnings_when_they_come(level: str) -> None:
    """`bot.logs.configure_logging(level)` at the first warning, which is then logged."""

    def first_warning(*args: Any, **kwargs: Any) -> None:  # as warnings.showwarning
        configure(level)
        warnings.showwarning(*args, **kwargs)

    warnings.showwarning = first_warning


def configure_if_imported(level: str) -> None:
    """Configure the logs now if anything has imported `logging` (it may log)."""
    if "logging" in sys.modules:
        configure(level)


def configure(level: str) -> None:
    """`bot.logs.configure_logging(level)`, to the standard error stream of the moment."""
    from bot.logs import configure_logging  # noqa: PLC0415 (logging: only when needed)

    configure_logging(level, sys.stderr)
