"""Round 43 (fa47, issue 11): news and court reports of a case a court has dealt with.

A report told in the third person of a case the courts or a coroner have closed ("…was jailed",
"…was sentenced", "the judge ordered…") tells of harm dealt with; the same report with someone
at risk now ("he's out on bail and living next door to her again") still rings.
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
        "A man who beat his partner's toddler to death was jailed for 18 years. The court heard "
        "the little boy had suffered broken ribs weeks before he died.",
        "A stepmother has been jailed for nine years after scalding a seven-year-old girl in a "
        "bath, causing severe burns.",
        "The judge concluded that the father had hit the children with a belt and sentenced him "
        "to three years in prison.",
    ],
)
def test_a_case_the_court_dealt_with_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        # someone at risk now, after the court
        "He was jailed for beating her and he's out on bail and living next door to her again.",
        "Her ex was jailed for hitting her but he was released last week and has been messaging "
        "her.",
        "The judge let him have contact with the kids and she's terrified of him.",
        "Her new boyfriend was jailed in 2015 for abusing a girl.",
        "The man who abused her was sentenced to a community order and still lives on her street.",
        # harm told now beside the court's word
        "Y9 girl's dad was sentenced for assault, he hits her and her mum.",
        "The judge jailed her uncle for touching her. Her cousin says he touches her too.",
        "Her stepdad was jailed for abusing her sister. He hits her.",
        "The coroner said the boy was neglected, his little sister is still in the house with the "
        "parents.",
        # the writer's own case
        "The judge sentenced my stepdad for hitting me and I'm scared he will come back.",
    ],
)
def test_someone_at_risk_now_after_the_court_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
