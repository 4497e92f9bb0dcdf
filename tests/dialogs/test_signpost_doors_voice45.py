"""Round 45 (voice82, tryout75 #1, #3, #9; issue 11, rule one): the signpost names the right door.

1. An adult at risk crying, shaking or gripping whenever one carer or nurse comes in or near is
   an allegation against staff: the adult door with the position-of-trust line.
2. A school's PTA or committee member, governor or parent helper asking a child to keep a secret
   gets the LADO, as staff do.
3. Children asleep on a mattress on the floor at home is neglect: no Modern Slavery Helpline.
Look-alikes keep their present doors or stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

LADO = "The LADO (local authority designated officer)"
TRUST = "position of trust"
SLAVERY = "Modern Slavery & Exploitation Helpline"


@pytest.mark.parametrize(
    "message",
    [
        "im a mobile hairdresser in a care home, one resident cries and grips my arm whenever a "
        "certain carer comes in",
        "one resident goes quiet and shakes whenever a particular carer walks in",
    ],
)
def test_an_adult_afraid_of_one_carer_gets_the_position_of_trust_line(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert "Adult social care" in first.text
    assert TRUST in first.text


@pytest.mark.parametrize(
    "message",
    [
        "one resident cries whenever a certain carer goes home, they are very close",
        "the lady in room 4 gets scared whenever the fire alarm test comes on",
    ],
)
def test_a_resident_fond_of_a_carer_or_startled_is_no_alarm(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "one of the dads on our committee has been snapchatting a 13 yr old from the school "
        "telling her to keep it their secret",
        "a parent helper on the trip told a 9 year old its their little secret",
        "the pta treasurer keeps texting a yr 7 girl and told her not to tell her mum",
    ],
)
def test_a_school_volunteer_asking_a_child_for_secrecy_gets_the_lado(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "two little kids asleep on a mattress on the floor covered in bites, mum seemed off her "
        "face",
        "pest control call out, the children were on a filthy mattress on the floor covered "
        "in flea bites",
    ],
)
def test_children_on_a_mattress_at_home_get_the_child_door_not_slavery(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert "Children's social care" in first.text or "MASH" in first.text
    assert SLAVERY not in first.text
