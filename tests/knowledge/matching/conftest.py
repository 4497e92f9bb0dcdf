"""Fixtures shared by the matcher's tests in this folder; they are defined in `tests.support`."""

from tests.support.packs import built_in_matcher

__all__ = ["built_in_matcher"]
