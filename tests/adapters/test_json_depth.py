"""`check_depth` and `nested_deeper_than` refuse exactly the JSON nested deeper than the limit."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.http_guard import (
    MAX_JSON_DEPTH,
    BodyRejected,
    check_depth,
    nested_deeper_than,
    parse_json,
)

# Strings made mostly of the marks a scan of the text must not count: brackets, quotes, escapes.
_MARKY = st.text(st.sampled_from('[]{}"\\ a\u00e9'), max_size=4) | st.text(max_size=3)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | _MARKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_MARKY, inner),
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


@given(_JSON, st.integers(min_value=0, max_value=6), st.booleans(), st.booleans())
def test_the_text_scan_agrees_with_the_decoded_value(
    value: object, limit: int, ascii_only: bool, as_bytes: bool
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    raw: bytes | str = text.encode() if as_bytes else text

    assert nested_deeper_than(raw, limit) == (_nesting(value) > limit)


def test_a_hostile_depth_never_reaches_the_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    # The decoder recursing to the interpreter's limit is what the scan is for: at that depth a
    # finaliser or a warning that runs meanwhile fails too (seen in CI as unraisable errors).
    def no_decoding(_: object) -> None:
        raise AssertionError("json.loads was reached")

    monkeypatch.setattr(json, "loads", no_decoding)
    with pytest.raises(BodyRejected, match="nested too deeply"):
        parse_json(b'{"type": "message", "value": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")
