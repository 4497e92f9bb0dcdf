"""Naming the MASH is not asking how to make a referral (tryout35b finding 7): "does the guidance
apply to sharing within a MASH" and "what is the MASH" got "How to make a safeguarding referral
isn't in the Q&A", which answers neither."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, published_question, texts

_REFERRAL = "How to make a safeguarding referral isn't in the Q&A"


def test_whether_the_guidance_applies_within_a_mash_offers_its_scope(chat: Chat) -> None:
    replies = chat.send("does the guidance apply to sharing within a MASH")

    assert _REFERRAL not in texts(replies)
    offered = [label for r in replies for label in labels(r)]
    assert published_question(10) in offered


@pytest.mark.parametrize("message", ["what is the MASH", "what's the MASH?"])
def test_what_the_mash_is_gets_the_contacts(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))

    assert _REFERRAL not in said
    assert "front door (MASH)" in said


@pytest.mark.parametrize(
    "message", ["how do I refer to the MASH", "how do I make a safeguarding referral?"]
)
def test_how_to_refer_is_still_the_referral_reply(chat: Chat, message: str) -> None:
    assert _REFERRAL in texts(chat.send(message))


def test_a_protocol_for_mash_referrals_offers_the_protocol_entry(chat: Chat) -> None:
    # Entry 13 answers whether a practitioner needs an ISP to share, not whether a MASH (a
    # standing multi-agency arrangement) needs one ("is an ISP needed for a MASH?" is labelled
    # no quote in test_probes_14): offered, never quoted, and not the referral line.
    replies = chat.send("Do we need a data sharing agreement in place for MASH referrals?")

    assert _REFERRAL not in texts(replies)
    offered = [label for r in replies for label in labels(r)]
    assert published_question(13) in offered


def test_objecting_under_article_21_gets_the_newer_law_reply(chat: Chat) -> None:
    said = texts(
        chat.send("can a patient object under article 21 and stop us sharing with the MASH?")
    )

    assert _REFERRAL not in said
    assert "predates the UK GDPR" in said
