"""A solicitor's request for records is a formal request (tryout35b finding 12): "a solicitor has
written asking for my patients records on behalf of her ex-husband, with a form he signed. can i
send them?" got the consent-check offer alone; the pack's caution for formal requests (police,
courts, solicitors: don't release anything yet) now comes before it."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CAUTION = "Don't release anything yet"


@pytest.mark.parametrize(
    "message",
    [
        "a solicitor has written asking for my patients records on behalf of her ex-husband, "
        "with a form he signed. can i send them?",
        "a solicitor has asked for a patient's records, can i send them?",
        "the family's lawyer wants copies of our notes, can we send them?",
    ],
)
def test_a_solicitors_request_gets_the_formal_caution_first(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))

    assert CAUTION in said
    assert said.index(CAUTION) < said.index("decision for your professional judgement")


def test_sharing_with_a_solicitor_of_ones_own_accord_gets_no_such_caution(chat: Chat) -> None:
    assert CAUTION not in texts(chat.send("can I share my notes with my own solicitor?"))
