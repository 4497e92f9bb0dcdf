"""The terminal door's converters: a typed line becomes a turn, a reply becomes terminal text.

`infoshare chat` and `ask`, driven over their pipes, are tested with the CLI (tests/bot).
"""

from __future__ import annotations

from adapters.console import line_to_turn, render_reply, render_text
from dialogs.contract import Choice, Reply
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
CHOICES = (Choice("Yes", "check:1:purpose:yes"), Choice("Not sure", "check:1:purpose:not-sure"))


def test_a_number_or_label_picks_a_choice_and_anything_else_is_text() -> None:
    assert line_to_turn("2\n", CHOICES, "c").action == "check:1:purpose:not-sure"
    assert line_to_turn("  NOT SURE ", CHOICES, "c").action == "check:1:purpose:not-sure"
    assert line_to_turn("3", CHOICES, "c").text == "3"
    assert line_to_turn("yes please", CHOICES, "c").text == "yes please"


def test_markup_renders_as_plain_terminal_text() -> None:
    text = render_text("**Bold** and *italic*\n- item\n[site](https://example.org)", ansi=False)
    assert text == "Bold and italic\n  • item\nsite (https://example.org)"
    assert "\033[1mBold\033[0m" in render_text("**Bold**", ansi=True)
    shown = render_reply(Reply("Pick", choices=CHOICES), ansi=False)
    assert shown.endswith("  1) Yes\n  2) Not sure")
