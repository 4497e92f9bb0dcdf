"""Round 43 (quiet47, issue 11; tryout44 #3 and the round's own finds): look-alikes read in a
general way, and the near disclosures beside each that must still ring.

(a) A tenancy matter: a tenant gone owing rent is a debt, not someone missing; someone who fled
a person still rings. (b) An accident with its account: an injury in a tackle, a vehicle's near
miss at a crossing. (c) Ordinary care of the sick: a medicine taken for an everyday ailment.
(d) A staff bank's nurse is no bank account. (e) A room's state is not someone in their room.
(f) A figure of speech: feeling suffocated. (g) A recovery told as past, as the story someone
wants to tell at an event.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "landlord. my tenant hasnt paid rent for 3 months and has disappeared, can I ask the "
        "council or police for her new address",
        "my lodger vanished owing six weeks rent, can the council tell me where he went",
        "a player got a nasty head injury in a tackle today, can i tell his parents what happened",
        "one of the under 12s got a cut lip in a collision during the match, can i tell his mum",
        "a car nearly hit a kid on my crossing this morning, can i give the police the number "
        "plate",
        "a van went through my crossing on red and nearly hit two kids, can I give the police the "
        "reg",
        "she took some paracetamol for her headache",
        "he took two paracetamol for his toothache before school",
        "our bank nurse fell asleep on nights and no patients were hurt",
        "his room is dirty.",
        "I feel suffocated in my house",
        "a client is 3 years clean from crack and wants to tell her story at our open day",
    ],
)
def test_the_look_alikes_are_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "the landlord wants her new address and she's fled him",
        "my tenant has disappeared and her door was left open, she is vulnerable",
        "he hit his head when dad threw him",
        "he got a head injury in a tackle and then his dad hit him after the match",
        "the bus driver hit a kid on the bus this morning",
        "dad nearly hit the baby last night",
        "she took all her paracetamol and wont wake up",
        "she took 30 paracetamol for her headache",
        "our bank nurse fell asleep on nights and a patient was left on the floor all night",
        "her room is dirty and she is always hungry",
        "he put a pillow over my face and i felt suffocated",
        "a client is 3 years clean from crack and wants to tell her story at our open day but "
        "she is using again",
    ],
)
def test_the_near_disclosures_still_ring(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


def test_a_bank_card_gone_is_still_money_taken() -> None:
    finding = BUILT_IN.detect("her son keeps taking her bank card and her pension has gone")
    assert finding is not None and "adult-abuse-neglect" in finding.categories, finding


def test_a_form_naming_past_abuse_of_a_child_now_fostered_is_a_record() -> None:
    assert (
        BUILT_IN.detect(
            "an access arrangements form mentions a pupil was abused years ago and is in foster "
            "care now, who in school can see that form"
        )
        is None
    )
    assert BUILT_IN.detect(
        "an access arrangements form mentions a pupil was abused years ago and is still at risk now"
    )
