"""Round 46 (young115, tryout114 #1 and #3): voices and lines of issue 11's kinds.

1. A young person groomed online, in their own words ("someone on fortnite keeps asking me to
   go on discord privately and he said dont tell my mum") found nothing, or got a
   practitioner's procedures: secrecy from the writer's own family or going private, asked by
   someone online, is grooming; the writer is the one asked, and gets the young person's text
   with what to do online (don't go private, CEOP, 999 if they want to meet). A practitioner or
   a parent quoting a child keeps their own text; a secret kept for a present is no alarm.
Written by the helper, not drawn from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_YOUNG = "**If this is happening to you, you've done the right thing telling someone"
_PRACTITIONER = "**What you've described may mean"
_PARENT_OF_CHILD = "**You've done the right thing telling someone: keeping your child safe"
_CEOP = "ceop.police.uk"


def _first(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


@pytest.mark.parametrize(
    "message",
    [
        "someone on fortnite keeps asking me to go on discord privately and he said dont tell "
        "my mum",
        "someone online keeps asking me to go private and said not to tell my mum",
        "someone on fortnite said dont tell my mum",
        "a guy on roblox wants me to message him on snapchat and says not to tell my parents",
        "this person i play minecraft with wants to video call me and said keep it between us",
        "a man on xbox keeps asking me to add him on whatsapp and says my parents wouldnt "
        "understand",
        "someone i game with online keeps asking me what school i go to and says dont tell my mum",
    ],
)
def test_a_young_person_groomed_online_gets_their_own_text(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert first.startswith(_YOUNG), first
    assert _CEOP in first and "protection procedures" not in first, first
    assert chat.state.writer == "child"
    again = texts(chat.send("hes been sending me vbucks"))
    assert "protection procedures" not in again, again


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("the boy said dont tell my mum, someone on roblox sends him vbucks", _PRACTITIONER),
        (
            "a 12 year old at youth club said someone on fortnite told him dont tell my mum",
            _PRACTITIONER,
        ),
        (
            "my son is 11 and a man on roblox told him not to tell his mum about their chats",
            _PARENT_OF_CHILD,
        ),
    ],
)
def test_a_child_quoted_keeps_the_tellers_text(chat: Chat, message: str, lead: str) -> None:
    assert _first(chat, message).startswith(lead)


@pytest.mark.parametrize(
    "message",
    [
        "we play minecraft with my dad, dont tell my mum we stayed up late",
        "my son plays fortnite with his cousin and they keep it between us",
        "i got my mum a present on amazon, dont tell her",
    ],
)
def test_a_family_secret_near_a_game_is_no_alarm(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message)), message
