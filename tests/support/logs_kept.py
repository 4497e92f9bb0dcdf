"""The logs' set-up as it was before a test configured them (`bot.logs.configure_logging`)."""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator


@contextlib.contextmanager
def logs_kept() -> Iterator[None]:
    """Restore, on leaving, the handlers and levels of the assistant's and the root logger, the
    last-resort handler and `warnings.showwarning`, all of which `configure_logging` sets."""
    logger, root = logging.getLogger("infoshare"), logging.getLogger()
    saved = (logger.handlers[:], logger.level, logger.propagate, root.handlers[:], root.level)
    last_resort = logging.lastResort
    try:
        with warnings.catch_warnings():  # restores warnings.showwarning
            yield
    finally:
        logger.handlers[:], logger.level, logger.propagate, root.handlers[:], root.level = saved
        logging.lastResort = last_resort
