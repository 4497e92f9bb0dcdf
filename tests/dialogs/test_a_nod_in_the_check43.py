"""A nod told while a consent check's question waits is an answer, not harm (tryout43 #7).

"i think so, mum kind of nodded" and "mum kind of nodded" at key question 4 brought the child
signpost: "nodded" was read as a parent "nodding" on drugs. While a question waits, a short
remark is read without the risk pack's `agreed-gesture` words; a nod "off", or harm told beside
the nod, is still signposted, and outside a check nothing changes.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.reply_probe import go_to

NODS = [
    "i think so, mum kind of nodded",
    "mum kind of nodded",
    "mum nodded",
    "dad nodded yes",
    "the parent nodded when i asked",
    "her dad nods",
]
STILL_HARM = [
    "mum nodded off with the baby on the sofa",
    "mum nodded but she was slurring and could barely stand",
    "dad nodded and then hit her",
]


@pytest.mark.parametrize("words", NODS)
def test_a_nod_at_the_consent_question_is_no_signpost(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    before = chat.state.check
    replies = chat.send(words)
    assert not any(r.risk_of_harm for r in replies), words
    check = chat.state.check
    assert check is not None and before is not None and check.step == "consent"
    assert check.answers == before.answers


@pytest.mark.parametrize("words", STILL_HARM)
def test_harm_told_beside_a_nod_is_still_signposted(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    replies = chat.send(words)
    assert replies[0].risk_of_harm, words


@pytest.mark.parametrize("words", ["mum nodded off with the baby", "mum keeps nodding off"])
def test_outside_a_check_a_nod_off_is_still_harm(chat: Chat, words: str) -> None:
    replies = chat.send(words)
    assert replies[0].risk_of_harm, words
