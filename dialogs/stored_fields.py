"""Checks of the fields of a conversation state read back from the store
(`dialogs.state.ConversationState.from_json`): a field that is not what the state writes either
raises ValueError (the state is then read as a fresh one) or, where it may be left out, reads
as None. Set lookups and short anchored patterns only.
"""

from __future__ import annotations

from dialogs.facts import REF_PATTERN
from dialogs.numbered import Listed
from knowledge.lazy_pattern import LazyPattern

_LISTS = frozenset(kind.value for kind in Listed)
_STEP_ID = LazyPattern(r"^[a-z][a-z0-9-]{0,30}$")  # compiled when a stored state is read
_PLACE = LazyPattern(r"^[0-9a-f]{16}$")
_MOST_ROLES = 12
_MOST_SUGGESTED = 3  # "Did you mean" offers up to three entries


def place_field(value: object) -> str | None:
    """The digest of a place (`dialogs.state.place_of`), or None when it is not one."""
    return value if isinstance(value, str) and _PLACE.match(value) else None


def roles_field(value: object) -> tuple[str, ...]:
    """Contact roles, marks or lines: a list of at most 12 step ids; ValueError if not."""
    if not isinstance(value, list | tuple) or len(value) > _MOST_ROLES:
        raise ValueError("bad contact roles")
    return tuple(step_field(v) for v in value)


def suggested_field(value: object) -> tuple[int, ...]:
    """The entry numbers a "Did you mean" offered (at most three); ValueError if not."""
    if not isinstance(value, list | tuple) or len(value) > _MOST_SUGGESTED:
        raise ValueError("bad suggestions")
    return tuple(int_field(v) for v in value)


def listed_field(value: object) -> Listed | None:
    """The kind of list last shown, or None when it is not one."""
    return Listed(value) if isinstance(value, str) and value in _LISTS else None


def ref_field(value: object) -> str | None:
    """A reference of 32 hex digits (`dialogs.facts.REF_PATTERN`), or None when it is not one."""
    return value if isinstance(value, str) and REF_PATTERN.match(value) else None


def step_field(value: object) -> str:
    """A step id (lower-case letters, digits and hyphens); ValueError if not."""
    if not isinstance(value, str) or not _STEP_ID.match(value):
        raise ValueError("bad step id")
    return value


def int_field(value: object) -> int:
    """A whole number from 0 to under a billion (not a bool); ValueError if not."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise ValueError("bad integer")
    return value
