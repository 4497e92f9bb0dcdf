"""Round 35 (tryout34 finding 3, after round 34's own-voice signpost): the person at risk who
writes on after their signpost keeps being answered as themselves while what they write reads
as theirs; the practitioner's words (the privacy reminder, the next steps) are not theirs, and
who they are is forgotten once the conversation moves on."""

from __future__ import annotations

import re

from dialogs.contract import Reply
from tests.support.core import Chat

_FIRST = "im 14 and my dad hits me, who can i tell"


def _last_sentence(reply: Reply) -> str:
    return re.split(r"(?<=[.!?])\s+", reply.text)[-1]


def test_what_the_tool_cannot_do_is_said_in_one_wording(chat: Chat) -> None:
    closing = _last_sentence(chat.send(_FIRST)[-1])

    again = chat.send("i dont know what to do")

    assert _last_sentence(again[-1]) == closing
    assert again[-1].text.count("people above") == 1
