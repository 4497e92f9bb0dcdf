"""Round 34 (r1c34, from tryout33c): a threat made a condition.

"they said if i dont deliver the parcels theyll come for my sister" found no cue ("…theyll hurt
my sister" did). Someone to come for or after the one threatened or theirs, in a sentence that
makes it a condition ("if I don't…", "unless", "or else"), is a threat; with something carried
or delivered for them it is criminal exploitation too (`together` items of the pack's `threats`
and `exploitation` categories).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, the categories expected among those found)
THREATS = [
    (
        "they said if i dont deliver the parcels theyll come for my sister",
        {"threats", "exploitation"},
    ),
    # written here
    (
        "they told me if I don't hold the bag for them they'll come after my mum",
        {"threats", "exploitation"},
    ),
    ("he said if i dont pay him back by friday hell come for me", {"threats"}),
]

QUIET = [
    "if i dont deliver the parcels on time i get sacked",
    "can our volunteers deliver food parcels to families who are shielding?",
]


@pytest.mark.parametrize(("message", "categories"), THREATS)
def test_a_threat_made_a_condition_is_signposted(
    chat: Chat, message: str, categories: set[str]
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and categories <= set(finding.categories), finding
    assert "childrens-social-care" in finding.contacts
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
