"""Round 34 (r1c34, from tryout33c finding 6): all of someone's money handed over.

"our tenant's nephew has moved in and she now gives him all her money, can we tell adult social
care?" was read only by a grooming cue (gifts or money given to a child) and sent to children's
contacts alone. Handing someone all, most or half of one's money, pension or benefits is now an
adult-abuse cue, so the adult contacts are shown.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

HANDED_OVER = [
    "our tenant's nephew has moved in and she now gives him all her money, can we tell adult "
    "social care?",
    # written here
    "my client hands her grandson most of her pension every week",
]


@pytest.mark.parametrize("message", HANDED_OVER)
def test_money_handed_over_gets_the_adult_contacts(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "adult-abuse-neglect" in finding.categories, finding
    assert "adult-social-care" in finding.contacts
    assert chat.send(message)[0].risk_of_harm


def test_a_gift_to_charity_stays_quiet(chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, "can a tenant give all her money to charity?")
