"""Round 35 (r1j35): five quiet disclosures left at the round's end.

Someone who works or volunteers with children named as on the sex offenders register ("the coach
is on the sex offenders register", "our volunteer is a registered sex offender", "one of the
volunteers at our youth club is on…") names someone in particular (`people`) and is a concern for
the LADO (`risk-from-someone-at-work`); "what is the sex offenders register?" names no one.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns or None for any, contacts that must be named)
SIGNPOSTED = [
    ("the coach is on the sex offenders register", "child", {"lado"}),
    ("our volunteer is a registered sex offender", "child", {"lado"}),
    (
        "one of the volunteers at our youth club is on the sex offenders register",
        "child",
        {"lado"},
    ),
    # written here
    ("one of our coaches is a registered sex offender", "child", {"lado"}),
    ("my colleague is on the sex offenders register", "child", {"lado"}),
    # a note's query of a non-accidental injury (concern "either": "6 weeks" alone is no age)
    ("?NAI, 6 weeks, bruise to ear", None, {"childrens-social-care"}),
]

QUIET = [
    "what is the sex offenders register?",
    "who can see the sex offenders register?",
    "what if a volunteer is on the sex offenders register?",
    "can one of the volunteers check the sex offenders register",
    "the FGM training is on Tuesday",
    "what if a pupil has SI",
    "what does SI with plan and means mean?",
    "what does NAI mean",
    "what does ?NAI mean in notes",
    "what should i do if a pupil tells me about FGM?",
    "what do i do if a child discloses abuse?",
    "should I tell my mentee at the start that I'd have to break confidence if they said they "
    "might hurt themselves?",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str | None, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns or None, contacts)


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
