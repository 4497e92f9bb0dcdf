"""harm-dev13's miss and false alarms fixed by class, after its untouched measurement (52/53
signposted, 23/50 false alarms; its header), each with lines both ways.

- a fall said with where from after the injury is its cause (tests in test_risk_causes.py);
- care that stopped coming ("no carer's been for months") is adult neglect;
- a harm named to be explained ("how do I explain what sextortion is to my 12 yr old"), a
  question for a debate, a problem raised as a policy matter are not a disclosure.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my gran has dementia and no carers have visited in weeks, she's not eating",
        "how do I explain to my 12 yr old that what her uncle did to her was sextortion?",
        "my son is being made to sell drugs in county lines, I can't debate it with him anymore",
    ],
)
def test_told_harm_beside_these_words_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "no carer has been needed for months, she's doing great since the op",
        "how do I explain what sextortion is to my 12 yr old without frightening her?",
        "genuine question for a debate: aren't most teenagers in county lines choosing it for"
        " the money rather than being exploited?",
        "former hostel manager: residents we moved on after two years keep getting cuckooed in"
        " their new flats. who should hear about that as a policy problem?",
    ],
)
def test_harm_named_to_explain_or_debate_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None
