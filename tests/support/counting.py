"""Counters of the matcher's repeated work within one message (fixtures)."""

from __future__ import annotations

import sys

import pytest

from knowledge.matching import text
from knowledge.matching.typos import Typos


@pytest.fixture
def typo_lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every word any normaliser looks up as a possible typo, in order, during the test."""
    looked_up: list[str] = []
    nearest = Typos.nearest

    def counted(self: Typos, word: str) -> str:
        looked_up.append(word)
        return nearest(self, word)

    monkeypatch.setattr(Typos, "nearest", counted)
    return looked_up


@pytest.fixture
def texts_split(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text any matching module splits into words (`text.words`), in order."""
    split: list[str] = []
    plain = text.words

    def counted(typed: str) -> list[str]:
        split.append(typed)
        return plain(typed)

    for name, module in list(sys.modules.items()):
        if name.startswith("knowledge.matching.") and getattr(module, "words", None) is plain:
            monkeypatch.setattr(module, "words", counted)
    return split
