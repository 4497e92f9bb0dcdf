"""Round 35 (tryout34 finding 15, misreads): questions that got a reply about something else, or
the consent check alone where the pack has a topic's reply."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_DECEASED = "Information about people who have died"


@pytest.mark.parametrize(
    "message",
    [
        "can I share information about a client who has died?",
        "a client who has died, can we give his daughter his notes?",
        "one of our service users died last week, can we share his file with the coroner?",
    ],
)
def test_a_person_who_has_died_gets_the_deceased_reply(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))

    assert _DECEASED in said, said
    assert "consent check" in said


def test_asking_a_gp_for_a_new_address_is_no_transfer_of_records(chat: Chat) -> None:
    message = (
        "mum has moved to another area and I don't have her new address, can I ask the GP for it?"
    )

    said = texts(chat.send(message))

    assert "Transferring records" not in said
    assert "consent check" in said


def test_a_transfer_of_records_keeps_its_reply(chat: Chat) -> None:
    said = texts(chat.send("the family moved to another area, do we transfer the file?"))

    assert "Transferring records" in said


@pytest.mark.parametrize(
    "message",
    [
        "Clare's law request - can we share?",
        "Clares law - can we share?",
        "DBS request - can we share?",
        "MARAC request - can we share?",
    ],
)
def test_a_disclosure_scheme_gets_its_own_rules_line(chat: Chat, message: str) -> None:
    # tryout34: Clare's law got "professional judgement…" alone where DBS and MARAC got the
    # disclosure-schemes line (mended by a1c25ec0's cues; kept here with the round's misreads).
    said = texts(chat.send(message))

    assert "Disclosure schemes and multi-agency panels" in said
