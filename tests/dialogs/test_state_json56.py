"""Round 56 (tidy224): `ConversationState.to_json` and `from_json` import `dialogs.state_json`
where they run, as it imports `ConversationState` from `dialogs.state` (a plain import at the top
of `dialogs.state` is a cycle), and `ask` keeps no store (tests/bot/test_ask_start.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import dialogs.state_json
from dialogs.state import ConversationState


def test_state_json_reads_the_state_module_so_the_state_imports_it_late() -> None:
    tree = ast.parse(Path(dialogs.state_json.__file__).read_text(encoding="utf-8"))
    top = [n.module for n in tree.body if isinstance(n, ast.ImportFrom)]
    assert "dialogs.state" in top


def test_a_state_kept_and_read_back_is_the_same() -> None:
    state = ConversationState(said="child")
    assert ConversationState.from_json(state.to_json()) == state
