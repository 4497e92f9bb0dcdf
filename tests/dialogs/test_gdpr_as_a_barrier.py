"""Whether the GDPR stops sharing is what the Data Protection Act entry answers (not a barrier);
what replaced the 1998 Act is not."""

from __future__ import annotations

from tests.support.core import Chat

DATA_PROTECTION = "What are the implications of the Data Protection Act?"


def quoted(replies: list) -> list[str]:
    return [r.card.title for r in replies if r.card is not None]


def test_whether_the_gdpr_stops_sharing_gets_the_data_protection_entry(chat: Chat) -> None:
    replies = chat.send("Does UK GDPR stop us sharing information to protect vulnerable adults?")
    assert quoted(replies) == [DATA_PROTECTION]


def test_whether_the_gdpr_replaced_the_1998_act_is_not_quoted_that_entry(chat: Chat) -> None:
    replies = chat.send(
        "Have the UK GDPR and the Data Protection Act 2018 replaced the Data Protection Act "
        "1998 for information sharing?"
    )
    # The GDPR is now in the Data Protection Act entry's wording: this asks what replaced
    # what, which that entry does not answer (the GDPR topic has the question as a cue).
    assert quoted(replies) == []
