"""Round 49 (fa152): a harm only named in a question or a rule about practice
(knowledge/risk_practice_asked.py).

A practitioner's question about procedure, or a policy page, that names a harm and tells of no
one harmed is not signposted: "the person at risk", "suspicions of domestic abuse", "if a child
may be at risk" are words of procedure there. Beside each, a near-identical telling of a
particular person (the writer, a "he" or "she", "a pupil" told of, a time of now) still rings.
Every quiet message here rang before this round.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

QUIET = [
    # a question about practice: the harm is a kind named, "the person at risk"
    "housing officer here: does the person at risk always have to consent before we can share "
    "a worry with the council?",
    "To report suspicions of domestic abuse involving tenants, talk to your supervisor and follow "
    "the workplace policy for reporting abuse.",
    "If unsure whether a child is at risk of harm, any practitioner should seek advice from the "
    "safeguarding lead rather than wait for further evidence.",
    # a policy page: procedure words, no one in particular
    "Information will only be given to the person thought to be at risk, unless that person may "
    "not understand it. Staff should explain the policy on sharing information, and consent "
    "should be sought where it is safe to do so, following the local safeguarding procedures.",
]
RINGS = [
    # the same words beside a particular person harmed now
    "housing officer here: a tenant told me her partner hits her. does the person at risk always "
    "have to consent before we can share a worry with the council?",
    "To report suspicions of domestic abuse, talk to your supervisor. My neighbour's husband "
    "beats her every night.",
    "If unsure whether a child is at risk of harm, any practitioner should seek advice. A pupil "
    "told me today that her dad hits her.",
    "Information will only be given to the person at risk. Staff should explain the policy on "
    "sharing information. She said her stepdad hurt her last night and she is scared to go home.",
    # the writer's own harm in a question about procedure
    "should I report it to the police if my partner hits me?",
    "what is the procedure for reporting abuse? my stepdad hits me every night",
    "our policy says we should share concerns with consent. I am being abused at home by my "
    "partner.",
]


@pytest.mark.parametrize("message", QUIET)
def test_a_harm_only_named_in_a_question_or_rule_about_practice_is_not_signposted(
    chat: Chat, message: str
) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", RINGS)
def test_a_particular_person_harmed_beside_practice_words_is_signposted(
    chat: Chat, message: str
) -> None:
    assert chat.send(message)[0].risk_of_harm
