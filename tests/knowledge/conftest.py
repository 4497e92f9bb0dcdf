"""Fixtures the knowledge tests use; they are defined in `tests.support`."""

from tests.support.counting import texts_split, typo_lookups

__all__ = ["texts_split", "typo_lookups"]
