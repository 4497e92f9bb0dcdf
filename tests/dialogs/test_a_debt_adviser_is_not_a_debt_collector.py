"""tryout38 #11 (side misfire): "debt adviser - why is it important to tell my client im sharing
with the council" got the outside bodies' caution ("requests from landlords, employers,
insurers…"): the word "debt" in the adviser's role read as a debt collector asking. A debt
collector or recovery agency still gets it."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CAUTION = "requests from landlords, employers"


@pytest.mark.parametrize(
    "question",
    [
        "debt adviser - why is it important to tell my client im sharing with the council",
        "debt adviser - can i share my client's details with the council to stop an eviction",
    ],
)
def test_a_debt_advisers_role_is_no_outside_body(chat: Chat, question: str) -> None:
    assert CAUTION not in texts(chat.send(question))


def test_a_debt_collection_agency_still_is(chat: Chat) -> None:
    replies = chat.send(
        "can the council pass a tenant's details to a debt collection agency for rent arrears?"
    )
    assert CAUTION in texts(replies)
