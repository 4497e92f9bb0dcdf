"""Round 49 (public149), at the terminal: the first reply leads with the writer's own signpost,
then what their message tells adds. One of the public telling of a neighbour's cold home, or of
a registered sex offender's new partner with children, gets the note in their words (the about
pack's `cold_home_public`, `offender_partner_public`; `dialogs.public_notes`) before any
practitioner's part; a young person afraid that telling brings the police gets a plain answer
(`young_police`; `dialogs.young_police`), with the message or just after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

ABOUT = builtin_knowledge().about
PUBLIC = "If you're worried about someone you know"
YOUNG = "If this is happening to you"
PRACTITIONER = "If you're asking as a practitioner"


def _opening(text: str) -> str:
    """The bold first sentence of a pack text, as the terminal shows it (no markup)."""
    return text.split("**")[1]


def _turns(tmp_path: Path, *lines: str) -> list[str]:
    """What the terminal printed after each of `lines` (the greeting dropped)."""
    done = run_command(["chat"], command_env(tmp_path), tmp_path, "\n".join(lines) + "\nquit\n")
    assert done.returncode == 0, done.stderr
    return done.stdout.split("you> ")[1:]


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize(
    ("lines", "first", "note"),
    [
        (
            [
                "my neighbour is an old man, his flat is full of rubbish and he has no heating, "
                "it's freezing in there"
            ],
            PUBLIC,
            ABOUT.cold_home_public,
        ),
        (
            [
                "my sister's new boyfriend is on the sex offenders register and she has two young "
                "kids, should i tell her?"
            ],
            PUBLIC,
            ABOUT.offender_partner_public,
        ),
        (
            ["im 15 and my stepdad hits me, if i tell someone will they call the police on me?"],
            YOUNG,
            ABOUT.young_police,
        ),
        (
            ["im 14 and my mums boyfriend hurts me", "if i tell my teacher will the police come"],
            YOUNG,
            ABOUT.young_police,
        ),
    ],
)
def test_the_signpost_leads_then_the_note_or_answer(
    tmp_path: Path, lines: list[str], first: str, note: str
) -> None:
    turns = _turns(tmp_path, *lines)
    signposted, answered = turns[0], turns[len(lines) - 1]
    assert signposted.startswith(first), signposted
    at = answered.index(_opening(note))
    if len(lines) == 1:  # the answer in the signposted turn, after the signpost
        assert signposted.index(first) < at
    if PRACTITIONER in answered:
        assert at < answered.index(PRACTITIONER)
