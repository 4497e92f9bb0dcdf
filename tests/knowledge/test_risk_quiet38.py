"""Round 38 (fa38): ordinary messages that mention harm words, and the disclosures beside them.

"housing" is a service, not someone's house (tryout37 #12): the light stem folded it into
"house", so a care leaver's own consented housing application passed to her key worker read as
a staff member at "her house" (the allegation's `together` item) and named the LADO. It keeps
a stem of its own (`knowledge.risk_types._OWN_STEMS`); a landlord's claim ("a rent possession
hearing", "rent arrears"), which the folded "housing" had hidden by chance, is a cost of living
(pack `things`). A staff member at someone's house, or a house taken over, still tells.
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
        "care leavers PA - my young person wants me to share her housing application with her "
        "key worker, she signed consent, fine?",
        "my young person wants me to share her housing application with her support worker",
        "care leaver PA - can I send my young person's housing form to her key worker? she "
        "signed consent",
        "the tenant asked me to pass his housing benefit letter to his support worker",
        "housing support worker: my client has a rent possession hearing with her housing "
        "association next week. arrears built up while her universal credit was delayed. what "
        "should she take to court?",
    ],
)
def test_housing_is_no_ones_house(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "her key worker has been staying at her house, she is 16",
        "our support worker keeps going round her house after shifts, she is 15",
        "the carer has taken over her house and moved his mates in",
        "dealers have taken over her housing association flat",
        "my client has rent arrears because her grandson takes her pension",
    ],
)
def test_a_house_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# "nursing" is a course or a place, not a nurse: the allegation's staff word ("<staff>" holds
# "nurse") no longer reads "nursing school" (practice-dev19), "nursing home" stays itself.
@pytest.mark.parametrize(
    "message",
    [
        "A patient's sister is in nursing school and requests to see the patient's medical "
        "record. She states that it would be a great learning opportunity. What should the "
        "nurse do?",
        "my niece is doing her nursing degree and wants to see her gran's notes on the ward",
    ],
)
def test_nursing_is_no_nurse(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "a nurse on the ward slapped a patient with dementia",
        "the nursing home staff leave her in her chair all night",
        "one of the nursing assistants hit a resident",
    ],
)
def test_a_nurse_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# "charge" is a duty or a price, not charged with a crime (the allegation's act): "the charge
# nurse", "the nurse in charge", "free of charge"; "charged", "charges" still fold. A carer
# forceful with the people in their care (practice-dev26, once caught by its "charge nurse")
# has a cue of its own.
@pytest.mark.parametrize(
    "message",
    [
        "what should or shouldnt you report to the charge nurse or DON that you see going on as "
        "far as aides not respecting the patient.",
        "I'm the charge nurse tonight, can I tell a patient's daughter he's stable?",
        "the nurse in charge wants to know if the ward can send a patient's address to the council",
    ],
)
def test_a_charge_is_no_crime(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "our caretaker was arrested and charged, he works with the year 7s",
        "the charge nurse slapped a patient",
        "one of the night carers is heavy handed with the residents",
        "This person would be more than forceful with 80 and 90 year old patients weighing no "
        "more than 90 lbs.",
    ],
)
def test_charged_and_forceful_still_tell(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "our private block has people injecting in the stairwell at night and someone throwing "
        "bags out of a window to a woman shouting for 'Dan'. can the residents' management "
        "company pass our complaints to the police?",
        "she goes to a private school and the head wants her old records",
    ],
)
def test_private_is_no_privates(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "my daughter's been getting inappropriate private messages on roblox",
        "a 4 year old said her uncle touched her private parts",
        "he showed her his privates",
        "she said he touched her private area at bathtime",
    ],
)
def test_privates_still_tell(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
