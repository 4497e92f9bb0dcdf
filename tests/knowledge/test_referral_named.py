"""A referral named as a noun is an act of sharing ("a MASH referral"), as "disclos*" names a
disclosure (docs/matcher.md, round 22).

"do I need consent to make a MASH referral?" asks whether one may share without consent: it got
"How to make a safeguarding referral isn't in the Q&A", which answers how to refer, not whether
consent is needed, because the without-consent route reads only questions that name an act of
sharing, and "make a MASH referral" held none of the pack's phrases ("make a referral").
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

_HOW_TO_REFER = "How to make a safeguarding referral isn't in the Q&A"


@pytest.mark.parametrize(
    "question",
    [
        "do I need consent to make a MASH referral?",
        "is parental consent needed for an early help referral?",
        "can a child protection referral go in without consent?",
    ],
)
def test_consent_for_a_named_referral_gets_the_without_consent_summary(
    chat: Chat, question: str
) -> None:
    texts = [r.text for r in chat.send(question)]
    assert any(
        t.startswith("**In summary, from the 2008 guidance** (sharing without") for t in texts
    )
    assert not any(_HOW_TO_REFER in t for t in texts)


def test_how_to_refer_keeps_its_topic_reply(chat: Chat) -> None:
    assert any(_HOW_TO_REFER in r.text for r in chat.send("how do I make a MASH referral?"))


def test_consent_needed_in_the_passive_is_asked_as_in_the_active(chat: Chat) -> None:
    passive = [r.text for r in chat.send("Is patient consent needed to disclose information?")]
    active = [r.text for r in chat.send("Do I need patient consent to disclose information?")]
    assert passive[-1] == active[-1]
    # Round 35: whether consent is needed, with no recipient or harm named, asks about consent.
    assert passive[-1].startswith("**In summary, from the 2008 guidance** (asking for consent)")
