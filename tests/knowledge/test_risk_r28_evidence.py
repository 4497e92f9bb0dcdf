"""Round 28 (miss28): money named as an amount, and pain medication, in the pack's carer items.

Retold in other words, two practice-dev disclosures were quiet on fa75c01: a carer who
"persuaded him to give her thousands of pounds" (the `together` item of a carer getting someone
to pay named money only as "money", "cash", "savings"…) and a nurse "stealing her pain
medication" (the item of belongings stolen by carers named "medication" only just after "her").
The items now name an amount ("pounds", "thousands", "hundreds") and "pain medication", "pain
relief"; a carer or relative named with such words and no taking stays quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "my elderly dad's carer has persuaded him to give her thousands of pounds. who do I tell?",
    "the nurse who visits my step-mum keeps stealing her pain medication. can we report her?",
    "my gran's carers have been stealing her pain relief patches, who can I tell?",
]

QUIET = [
    "my nan's carer asked if she could be paid in cash rather than by bank transfer. is that ok?",
    "the nurse who visits my step-mum keeps changing her pain medication. can I see her notes?",
    "our carers are paid hundreds of pounds less than agency staff. who can I complain to?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_money_and_medication_taken_by_a_carer_is_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None, message
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_carers_named_with_money_or_medication_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
