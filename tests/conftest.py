"""Fixtures every test may use; they are defined in `tests.support`."""

from tests.support.core import chat, core

__all__ = ["chat", "core"]
