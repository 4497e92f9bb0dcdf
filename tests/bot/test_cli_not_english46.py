"""Round 46 (lang117): at the terminal, a message in another language gets, first, that it
cannot be read, then the signpost as a precaution with the safeguarding contacts, and how to go
on; a Scots line after it is read as English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

FRENCH = (
    "Ma voisine qui vient d'accoucher est victime de violence conjugale. Comment agir en tant "
    "que voisin? Faut-il appeler la police même si son compagnon frappe des meubles ?"
)


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_message_in_french_at_the_terminal(tmp_path: Path) -> None:
    lines = f"{FRENCH}\nthe wee lassie dinnae want tae go hame, can i tell the school nurse\nquit\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, lines)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.split("you> ")[1:3]
    assert first.startswith("I can only read messages in English, so I can't tell what this")
    assert "follow your child or adult protection procedures now" in first
    assert "Your designated safeguarding lead" in first and "call 999" in first
    assert "in English, or type help to see what I can do. Please don't type names" in first
    assert "I can only read messages in English" not in second
