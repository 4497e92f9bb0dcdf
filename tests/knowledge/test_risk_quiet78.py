"""Round 45 (quiet78, issue 11): ordinary messages that rang, and the near disclosures beside
each that must still ring.

A reference for a former pupil telling a harm of a school year long past, the pupil well now
(`knowledge/risk_safe_now.py`: "back in year 10"); a complaint someone threatens to make about
the writer (`things`: "said hed report me for abuse"); sharps found in a public place
(`records`: "found a needle in the toilets").
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
        # a school year long past, the pupil well now
        "doing a uni reference, is it ok to say he self harmed back in year 9, he's doing "
        "great now",
        "she self harmed in year 10, shes fine now, can i put it in her reference",
        # a threat to complain about the writer
        "a driver i gave a ticket to said he would report me for abuse haha, should i note it",
        "a mum threatened to report me to the head because i kept her son in at break, do i log "
        "that",
        "a patient threatened to complain to the gmc about me, can i send his notes to my union",
        # sharps found in a public place
        "our site manager found a needle in the staff toilets this morning, who do i tell",
        "a volunteer spotted an old syringe in the bushes by the car park",
    ],
)
def test_look_alikes_are_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        # the harm back now, or a child now, or a doer beside
        "she is self harming again this week",
        "doing a reference, she self harmed back in year 10 and has started again, shes fine "
        "now otherwise",
        "he self harmed back in year 9, he is 14 now and fine",
        "she self harmed back in year 10, shes doing great now but her dad still hits her",
        # a threat beside the complaint, or harm told with it
        "a dad threatened to report me to ofsted and then said he knows where i live",
        "the son said he'd report me for abuse but i saw him slap his mum",
        "a dad said he would report me for telling social care he hits her",
        # sharps in someone's things or home, or someone said to own them
        "found a needle in her school bag and shes 13",
        "we found syringes in the bathroom at the family home, the kids are 2 and 4",
        "the caretaker found a needle in the toilets and a year 8 boy says its his",
    ],
)
def test_near_disclosures_still_ring(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
