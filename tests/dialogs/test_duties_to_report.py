"""A question about a legal duty to report gets the not-covered reply naming such duties and whom
to ask (tryout35 #15): "is it illegal for me not to report FGM im a midwife" was offered "What are
the implications of the Data Protection Act?", with no word of the duty or of the safeguarding
lead."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts


@pytest.mark.parametrize(
    "asked",
    [
        "is it illegal for me not to report FGM im a midwife",
        "do I have a legal duty to report if a client tells me about sexual abuse?",
        "when did the FGM mandatory reporting duty come into force?",
    ],
)
def test_a_duty_to_report_gets_whom_to_ask(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    said = texts(replies)
    assert "Legal duties to report" in said
    assert "designated safeguarding lead" in said
    assert "Data Protection Act?" not in said
    assert quoted(replies) == []


def test_fgm_told_of_is_still_signposted(chat: Chat) -> None:
    replies = chat.send("on examination shes had FGM type 3, she has a 2 yr old daughter")
    assert replies[0].risk_of_harm
