"""Round 28 (miss28): a question asking whether the writer may pass a fact on tells that fact.

"is it ok to tell the GP my neighbour's son hits him?" asks about telling, and what is told is a
fact: yet the `permission` phrase ("ok to", "allowed to") made its clause a question about an act,
as in "is it legal to smack my child?", unless "that" followed the act. English drops the "that"
("am I allowed to tell her social worker she's being attacked by her boyfriend?"), or says
"about" ("is it ok to tell the school about her dad hitting her?"), and every such wording was
quiet on fa75c01. When the act a permission phrase asks about is passing something on (tell,
share, report, refer, pass, disclose, inform, let… know, warn, mention, notify, alert), the clause
is no longer general; who is named and what harm still decide. So is a clause a `general` phrase
opens ("is there a duty to tell anyone that…") when the passing on is followed by "that" ("my duty
to report FGM to the police" asks about a duty). A permission question about any other act, or
about passing on something that is no harm, stays quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "is it ok to tell the GP the man next door's son hits him?",
    "am I allowed to tell her social worker she's being attacked by her boyfriend?",
    "is it alright to tell the nursery the baby's dad shakes him when he cries?",
    "is it ok to let the school know his stepdad beats him?",
    "am I allowed to warn her the ex has threatened to kill her?",
    "is it ok to tell the school about her dad hitting her?",
    "is it ok to report my neighbour's boyfriend strangled her last night?",
    "is there a duty to tell anyone that my patient's partner strangled her?",
    "do I have a duty to report that a 13 year old is having sex with a 19 year old?",
]

QUIET = [
    "is it legal to smack my child?",
    "is it ok to leave my 12 year old home alone for an hour?",
    "is it ok to tell the GP my neighbour's son has moved back home?",
    "am I allowed to tell her social worker she's moving house next month?",
    "is it ok to tell parents a child in the class has head lice?",
    "am I allowed to tell a colleague a pupil is on a child protection plan?",
    "is it ok to tell the police a parent shouted at me in the car park?",
    "as a nurse is it my duty to report FGM to the police only for under 18s?",
    "is there a duty to tell the school that a pupil's dad has moved out?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_a_harm_passed_on_in_a_permission_question_is_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None, message
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_other_acts_and_other_facts_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_the_reading_grows_in_step_with_the_message() -> None:
    unit = "is it ok to tell the school her dad hits her? "
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
