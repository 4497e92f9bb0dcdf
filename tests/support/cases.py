"""Parametrised cases from a table of messages by kind, for the tests that read messages."""

from __future__ import annotations

import pytest


def cases(table: dict[str, list[str]]) -> list[object]:
    """One `pytest.param` for each message of `table`, its id the message's kind and its place
    in the kind's list ("own-life-3")."""
    return [
        pytest.param(text, id=f"{kind}-{n}")
        for kind, texts in table.items()
        for n, text in enumerate(texts)
    ]
