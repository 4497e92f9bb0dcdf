"""Asking leave to ring, text, message or inform someone about a person is asking for a decision,
as "can I tell…?" is: the reply offers the consent check, never a list of entries that do not
answer it (issue 11: "is it ok to text a parent…" was offered the entry on what families think)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, quoted

CHECK_BUTTON = "Start a consent check"


@pytest.mark.parametrize(
    "message",
    [
        "is it ok to text a parent about their child's behaviour",
        "a patient missed three appointments, can I ring her next of kin?",
        "can I phone the health visitor about a mum I'm seeing?",
        "should we inform the school that his dad is back in prison?",
        "am I allowed to message her social worker about the missed visit?",
    ],
)
def test_leave_to_reach_someone_offers_the_check(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not quoted(replies)
    assert any(CHECK_BUTTON in labels(reply) for reply in replies), [r.text for r in replies]


@pytest.mark.parametrize(
    "message",
    [
        "what should I say when I ring the MASH?",
        "how do I phone in a referral?",
    ],
)
def test_asking_how_is_not_asking_leave(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not any("That's a decision for your professional judgement" in r.text for r in replies)
