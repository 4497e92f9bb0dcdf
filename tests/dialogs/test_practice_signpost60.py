"""Round 60 (fa276, issue 11 rule one): ordinary questions about checking and about a worker's
own injury that rang the signpost, each read generally, beside twins that tell of someone at risk.

- "key" said of what matters most ("i need to check what the key considerations are") is no door
  key: a `things` phrase ("key considerations", "key dates", ...) takes it out of the cue for a
  partner who checks or keeps someone's keys;
- checking is someone's rule over another only where a doer checks ("my partner checks my phone
  every night"): the writer's own task ("i need to check the bank details the council holds")
  keeps no one from anything;
- what a workplace owes its own worker is a duty, not a debt ("what support my organisation owes
  me after an injury at work"): the money signal "owes" is not read there.

The rings are read with the learnt model off, so the readings make them ring; the look-alikes are
sent with it on, as a user meets them.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

QUIET: dict[str, list[str]] = {
    "key things": [
        "I need to check what the key considerations are",
        "I have to check what the key considerations are",
        "before the meeting I checked the key questions on consent",
        "I need to check the key principles of information sharing",
        "we checked the key factors in the decision",
        "I have to check the key dates for the review",
        "my manager checks the key documents every week",
        "I need to check the key steps of an accident report",
        "can you check the key points of the policy for me?",
        "she checked the key messages from the training before the audit",
    ],
    "own checking": [
        "I have to check my messages from the GP before I share anything",
        "I need to check the bank details the council holds",
        "I should check the location of the records before the audit",
        "I need to check my phone for the referral number",
        "we check the money in the petty cash tin every friday",
        "I checked the passport details on the form before sending it",
    ],
    "owed at work": [
        "What support my organisation owes me after an injury at work",
        "I want to know what support my organisation owes me after an injury at work",
        "I need to check what my employer owes me after my injury at work",
        "what does my employer owe me after I was injured at work?",
        "does my employer owe me sick pay after an accident at work?",
        "what support does my organisation owe me after I was hurt lifting a patient?",
        "what help does the trust owe staff injured on a ward?",
        "is compensation owed to me after I slipped at work and broke my wrist?",
        "I was injured at work last month, what support should I get?",
        "I need to fill in an accident report after I cut my hand at work",
    ],
}

RINGS: dict[str, list[str]] = {
    "checks": [
        "my partner checks my phone every night",
        "my boyfriend checks my messages and location all the time",
        "he always checks my phone",
        "my husband checks my bank account and takes my wages",
        "my ex keeps checking my location",
        "she said her husband has been checking her bank account",
        "my partner is always checking my phone",
        "she is scared because her partner checks her phone",
        "my girlfriend even checks my messages when I am asleep",
        "my husband checks the car keys so I cannot leave",
        "he checks my phone and gets angry if I talk to anyone",
        "my husband checks my messages and I am frightened of him",
        "he tracks my location and reads my messages",
    ],
    "hurt at work": [
        "my colleague pushed me down the stairs at work and I was injured",
        "my boss hit me at work and I have a bruise on my arm",
        "the injury at work was no accident, my supervisor shoved me into a shelf",
        "a colleague punched me during my shift and I needed stitches",
        "the other carer hit me at work and I have bruises",
        "I was injured at work when a colleague attacked me",
        "my boss slapped me in the office in front of everyone",
    ],
    "owed as a debt": [
        "the gangmaster says I owe him for the journey and takes my wages",
        "my boss says I owe him money for my transport and keeps my passport",
    ],
}


@pytest.mark.parametrize("message", cases(RINGS))
def test_a_doer_who_checks_or_hurts_leads_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(QUIET))
def test_checking_and_what_work_owes_get_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))
