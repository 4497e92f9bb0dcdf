"""A partner listed both as a party and as a subject does not hold back an entry whose answer
holds whoever the sharing is with (round 43, right48).

"MASH" (and "MARAC") are in the case questions' parties and in their subjects. Entry 13 says an
information sharing protocol is never needed before practitioners share, with any partner
(`answers_case_questions`), so a party named is no reason to hold it back; but the subject list
held it back all the same. Only as the one shared with ("with the MASH"): "is an ISP needed
for a MASH?" asks about a standing arrangement, which no entry speaks of. A partner named still
holds back an entry that does not answer for any party, and a subject that is no party still
holds back entry 13, as does a body whose requests have gateways of their own (the case
questions' `requesters`: the Home Office, DWP).
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # offered as "Did you mean" before: "mash" was a subject entry 13 never names
        "Do we need an information sharing protocol with the MASH?",
        "do we need a protocol with the MASH before we share?",
        # quoted before too: a party listed only as a party
        "do we need an information sharing protocol with the police?",
        # offered before: "emergency" is a subject, now named by one of entry 13's alternates
        "do i need an ISP to share with the police in an emergency",
    ],
)
def test_the_protocol_is_never_needed_with_any_partner(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 13


@pytest.mark.parametrize(
    "message",
    [
        # the panel's own rules, which no entry gives
        "Is consent required for a MARAC referral?",
        "What should an information sharing protocol for MARAC cover - partners, legal powers, "
        "consent?",
        # a subject that is no party: consent is entry 4's, not entry 13's
        "Do we need consent and an information sharing protocol with the MASH?",
        # the partner as what a protocol is for, not the one shared with: a standing
        # multi-agency arrangement, which no entry speaks of (labelled so in round 14's probes)
        "is an ISP needed for a MASH?",
        "what is an information sharing protocol for MARAC?",
        "Do we need a data sharing agreement in place for MASH referrals?",
        # a body whose requests have gateways of their own, a party and a subject too
        "does the data protection act stop us sharing information with the home office?",
        # how to refer to the hub is not whether a protocol is needed
        "how do I make a referral to the MASH?",
        # an emergency without a protocol named: consent, entry 4's
        "do i need consent to share in an emergency?",
        "what counts as an emergency?",
    ],
)
def test_near_questions_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None or result.answer.number not in (3, 12, 13)
