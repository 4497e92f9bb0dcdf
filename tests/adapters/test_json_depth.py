"""`check_depth` refuses exactly the JSON values nested deeper than the limit."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.http_guard import MAX_JSON_DEPTH, BodyRejected, check_depth, parse_json

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=30,
)


def _nesting(value: object) -> int:
    """How many arrays and objects deep `value` is (a scalar: 0), counted recursively."""
    if isinstance(value, dict):
        return 1 + max(map(_nesting, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_nesting, value), default=0)
    return 0


@given(_JSON, st.integers(min_value=0, max_value=6))
def test_refuses_exactly_what_is_nested_deeper_than_the_limit(value: object, limit: int) -> None:
    too_deep = _nesting(value) > limit
    try:
        check_depth(value, max_depth=limit)
    except BodyRejected:
        assert too_deep
    else:
        assert not too_deep


@pytest.mark.parametrize(
    ("depth", "refused"), [(MAX_JSON_DEPTH, False), (MAX_JSON_DEPTH + 1, True)]
)
def test_the_limit_counts_empty_containers_and_objects_alike(depth: int, refused: bool) -> None:
    inner: object = {}  # the innermost container, empty, counts as one level
    for n in range(depth - 1):
        inner = [inner] if n % 2 else {"k": inner, "scalar": "x"}

    if refused:
        with pytest.raises(BodyRejected):
            parse_json(json.dumps(inner))
    else:
        assert parse_json(json.dumps(inner)) == inner


def test_a_scalar_is_never_too_deep() -> None:
    check_depth("text", max_depth=0)
    check_depth(3, max_depth=0)
