"""A question on consent that names the law of today (tryout34 #12).

"do I need consent under GDPR to share safeguarding information?" got the 2008 summary on sharing
without consent with no word that the law it rests on was replaced. It now gets a line first: the
UK GDPR and the Data Protection Act 2018 replaced the 1998 Act, consent is usually not the lawful
basis for a safeguarding share; a pointer to the data protection officer, never legal advice.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

LAW = "The law has changed since 2008"
SUMMARY = "In summary, from the 2008 guidance"


@pytest.mark.parametrize(
    "message",
    [
        "do I need consent under GDPR to share safeguarding information?",
        "can I share without consent under the data protection act 2018?",
    ],
)
def test_the_new_law_named_gets_the_line_before_the_summary(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert LAW in said and SUMMARY in said
    assert said.index(LAW) < said.index(SUMMARY)
    assert "not legal advice" in said
    # not the everyday "ask first" opening beside "consent is usually not the lawful basis"
    assert "The starting point is to be open" not in said


def test_the_offer_still_stands_after_it(chat: Chat) -> None:
    chat.send("do I need consent under GDPR to share safeguarding information?")
    assert "Key question 1" in texts(chat.send("yes"))


def test_no_law_named_no_line(chat: Chat) -> None:
    said = texts(chat.send("do I need consent to share with the police?"))
    assert SUMMARY in said and LAW not in said
