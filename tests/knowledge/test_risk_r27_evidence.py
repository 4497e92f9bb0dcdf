"""Round 27 (risk27): the harm itself named, where a disclosure was caught for another reason.

practice-dev23/24's disclosures told inside practice questions were read one by one for the
evidence the cues used. Most are caught by the harm they tell; a few were caught by a word that
named something else ("threatening to leave" for a man persuaded to sign over half his house,
"took screenshots of the message" read as taking her phone, a harassed tenant read by two signal
families), and one was missed (a pupil the bus brought home to an empty house). The kinds of harm
are now named by the pack, in general words rather than those items':
- nobody home, said with a place ("no one was at the property", "found no one at the house");
- an ex named as a "former" partner, showing up or harassing, as one turning up or stalking;
- part of a house or savings signed over ("sign over half of the property");
- a carer or staff stealing medication, or stealing from a resident.
Questions with the same words that tell of no harm stay quiet. Every disclosure below is
missed by the cues before this round, or found there only as another kind of harm.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    (
        "home visit for a 9 year old with autism: the taxi dropped him back and there was "
        "nobody at the house. should we keep him here or call the police?",
        "neglect",
    ),
    (
        "the minibus brought a disabled boy home at 4 and no one was at the flat, his mum's "
        "phone is off. can we give his details to the out of hours team?",
        "neglect",
    ),
    (
        "a tenant's former boyfriend showed up at the block again last night. can I share his "
        "photo with the concierge?",
        "domestic-abuse",
    ),
    (
        "a tenant of mine says her former partner has been harassing her since she moved in. "
        "can I give the police his name?",
        "domestic-abuse",
    ),
    (
        "one of our residents with dementia was persuaded by her lodger to sign over half of "
        "the house to him. can we tell adult social care?",
        "adult-abuse-neglect",
    ),
    (
        "the carer who visits my gran has been stealing her tablets. can I report her to the "
        "agency?",
        "adult-abuse-neglect",
    ),
    (
        "I think one of the night staff is stealing from the residents. can I tell the manager "
        "without proof?",
        "adult-abuse-neglect",
    ),
]

QUIET = [
    "no one at the office answered when I rang about my daughter's referral. who else can I ask?",
    "no one at the house has had covid, can my son come back to nursery?",
    "nobody at the school has told me what happened to my son's coat. who should I ask?",
    "our nursery manager says no one at the setting is allowed to take photos. can parents?",
    "can a former employee ask us to delete everything we hold on her?",
    "is there anyone at the house who can sign for a parcel on her behalf?",
]


@pytest.mark.parametrize(("message", "category"), SIGNPOSTED)
def test_the_harm_told_is_named(chat: Chat, message: str, category: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert category in found.categories
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_the_same_words_without_harm_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
