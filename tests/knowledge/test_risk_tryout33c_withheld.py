"""Round 34 (r1c34, from tryout33c): medicine withheld by someone at home.

"a patient told the nurse her husband has been withholding her pain medication", on its own or
as the third point of a list in a practice question, found no cue: the adult-abuse cue wanted
"withholding giving…". Withholding someone's medication is now a cue of its own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

WITHHELD = [
    "I've been asked to review our sharing protocol with the local hospice. Points: 1. consent "
    "forms 2. secure email 3. a patient told the nurse her husband has been withholding her pain "
    "medication 4. retention",
    "a patient told the nurse her husband has been withholding her pain medication",
    # written here
    "her son keeps withholding her medication",
]

QUIET = [
    "can a nurse withhold a patient's medication if they refuse to eat?",
    "our policy on withholding medication from residents who are asleep",
]


@pytest.mark.parametrize("message", WITHHELD)
def test_medication_withheld_is_signposted_to_adult_contacts(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "adult")


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
