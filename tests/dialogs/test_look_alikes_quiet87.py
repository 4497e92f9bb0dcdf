"""Round 45 (quiet87, issue 11): look-alikes of a harm that nobody is at risk of.

1. The secrecy rule's LADO is for one who works with children asking a child for secrecy: not a
   child or relative asking a grown-up, nor children kept from a surprise.
2. The staff rule's "favourite" is staff having or picking one, not someone's favourite carer.
3. Needles of a jab, a blood test or insulin, or feared, are no drug user's.
4. A young person come to a service on their own for it is a consent question, not neglect.
Near disclosures in each kind are still signposted.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

LADO = "The LADO (local authority designated officer)"


@pytest.mark.parametrize(
    "message",
    [
        "a teacher told me his 13 year old daughter asked him to keep it a secret",
        "the coachs 12 year old son asked him not to tell anyone he failed his exam",
    ],
)
def test_a_child_asking_a_grown_up_for_secrecy_names_no_lado(chat: Chat, message: str) -> None:
    assert not any(LADO in r.text for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "the head says dont tell the kids about the surprise disco yet",
        "our governor said dont tell the pupils about the new headteacher until friday",
        "mrs p smiles whenever her favourite carer comes in",
        "my sons favourite teacher is leaving and hes gutted",
        "the kids love it when their favourite TA reads to them",
        "a resident cries whenever the nurse comes to take her bloods, she hates needles",
        "hes diabetic and does his own needles at lunch, can the TA help",
        "the resident refuses her flu jab because she hates needles",
        "a 14 yr old came in on his own wanting a skin fade, do i need his parents consent",
        "a 15 year old came in on her own for a piercing, do i need her mums consent",
    ],
)
def test_a_look_alike_is_no_alarm(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "the minibus driver gave a 10 year old sweets and asked her to keep it a secret",
        "the driver gives a 10 year old sweets and says dont tell",
        "a parent said her son told her the school taxi driver shows him videos on his phone "
        "and says dont tell",
        "the coach texted a 13 yr old girl telling her to keep it their secret",
        "a 12 year old told me the coach asked her to keep it a secret",
        "the coach has favourites and keeps one 13 yr old girl behind after training",
        "the coach picks a 13 yr old as his favourite and messages her",
    ],
)
def test_staff_asking_a_child_for_secrecy_or_picking_one_gets_the_lado(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "the coach told her its their secret and not to tell her mum",
        "dad leaves his needles on the kitchen table and the baby crawls about",
        "mums boyfriend leaves needles lying around the flat where the toddler plays",
        "a 14 yr old came in on his own and said his stepdad shaved his head as a punishment",
        "a 6 year old came in on his own asking for food, he says mum hasnt been home since "
        "yesterday",
        "a 5 year old is left on her own for hours while mum works",
    ],
)
def test_a_near_disclosure_is_still_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
