"""Round 39 (whom39): a follow-up that adds the children of an adult's case widens it, not
splits it (round 38's separate-concern rule read only which front door a harm names).

During the check of a woman's case, "the kids saw him hit her" was "a separate concern about a
child"; it is the same household's case, widened to the children's front door. After her
signpost, "and the kids saw it" got "Did you mean"; it widens the contacts too. A child's own
case told mid-check stays a separate concern (tests/bot/test_cli_separate_concern38.py).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

CASE = (
    "employment adviser - my client (28) came in with a black eye, says her partner did it and "
    "he checks her phone"
)
MASH = "children's social care front door"


def _texts(chat: Chat, message: str) -> str:
    return "\n".join(r.text for r in chat.send(message))


@pytest.mark.parametrize(
    "follow_up",
    [
        "the kids saw him hit her",
        "her two kids were in the room when he hit her",
        "he hit her in front of the kids",
    ],
)
def test_the_children_of_her_case_told_mid_check_widen_it(chat: Chat, follow_up: str) -> None:
    chat.send(CASE)
    chat.send("check")
    chat.send("yes")
    told = _texts(chat, follow_up)
    assert "separate concern" not in told
    assert "part of the case you described" in told
    assert "Adult social care" in told
    assert MASH in told


def test_another_childs_case_mid_check_is_still_separate(chat: Chat) -> None:
    chat.send(CASE)
    chat.send("check")
    chat.send("yes")
    told = _texts(
        chat,
        "oh and totally different thing, another customer just came in with her 12 yr old son "
        "who has a black eye and he said his dad punched him",
    )
    assert "separate concern about a child" in told


@pytest.mark.parametrize(
    "follow_up",
    ["and the kids saw it", "he did it in front of the kids", "the children were there"],
)
def test_children_who_saw_it_after_her_signpost_widen_the_contacts(
    chat: Chat, follow_up: str
) -> None:
    chat.send(CASE)
    told = _texts(chat, follow_up)
    assert "That adds children at risk" in told
    assert MASH in told
