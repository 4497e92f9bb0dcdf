"""The terminal door's converters: a typed line becomes a turn, a reply becomes terminal text.

`infoshare chat` and `ask`, driven over their pipes, are tested with the CLI (tests/bot).
"""

from __future__ import annotations

from adapters.console import line_to_turn, render_reply, render_text
from adapters.console_form import field_move
from dialogs.contract import Choice, Reply
from dialogs.typed import FieldMove, TypedReader
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


def test_choices_a_text_lists_as_bullets_are_shown_once_numbered() -> None:
    # Round 30 (a practitioner trial): "Did you mean one of these?" listed each question twice.
    first, second = Choice("What is an ISP?", "qa:12"), Choice("Who is it for?", "qa:2")
    reply = Reply(
        text="Did you mean one of these?\n- What is an ISP?\n- Who is it for?",
        choices=(first, second),
    )
    shown = render_reply(reply, ansi=False)
    assert shown.count("What is an ISP?") == 1 and shown.count("Who is it for?") == 1
    assert "1) What is an ISP?" in shown and "2) Who is it for?" in shown
    # Bullets that are not all the choices stay, and the choices follow them as before.
    more = Reply(text="Related:\n- What is an ISP?", choices=(first, second))
    assert render_reply(more, ansi=False).count("What is an ISP?") == 2


def test_a_line_at_a_record_field_that_moves_through_the_form_is_told_apart() -> None:
    # tryout33c: "back" and "skip" typed at the terminal's prompts were written into the record.
    typed = TypedReader(KNOWLEDGE.typed_words)
    assert field_move("back\n", typed) is FieldMove.BACK
    assert field_move("go back", typed) is FieldMove.BACK
    assert field_move("Skip\n", typed) is FieldMove.SKIP
    assert field_move("leave it blank", typed) is FieldMove.SKIP
    assert field_move("cancel", typed) is FieldMove.STOP
    assert field_move("bye", typed) is FieldMove.STOP
    for written in ("he said his stepdad punches him", "yesterday", "secure email", "", "\n"):
        assert field_move(written, typed) is None
