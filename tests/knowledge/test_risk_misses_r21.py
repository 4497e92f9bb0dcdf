"""Disclosures the fresh dev sets still missed, by their general sense (round 21, miss21).

harm-dev17, harm-dev18, practice-dev17 and practice-dev18 missed six disclosures whose sense no
cue held: someone in a position of trust patting or grabbing children's bottoms; a young person
made to leave study for a marriage; a child who does everything for an ill or disabled parent; a
parent at pickup with the signs of intoxication named (eyes half closed, nodding off); "behaved
inappropriately with" children by someone who teaches them; an arm or wrists slashed. Each sense
is a pack entry of its own (`knowledge/packs/risk.yaml`, "Round 21 (miss21)"). The wordings here
are new ones, not the dev items; each failed on the round's starting pack, and the ordinary
look-alikes beside them stay quiet through the real core.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

SENSES: dict[str, list[str]] = {
    "allegation-against-staff": [
        "the new coach keeps patting the girls on the bum when they come off the pitch",
        "our cricket coach was stroking one of the younger boys' bottoms in the changing room",
        "a man who runs the children's class at the mosque behaved inappropriately with some of"
        " them",
    ],
    "fgm-forced-marriage-honour": [
        "my parents are making me drop out of uni so I can get married in the summer",
        "met him last week and my family say we're engaged now. I'm being made to leave sixth"
        " form and go and live with him",
        "my dad says I'm getting married in the holidays whether I like it or not",
    ],
    "young-carer": [
        "my 13 year old pupil does everything for his dad who is disabled, he says it's too much",
        "I'm 14 and I do everything for my mum, she has MS and can't get out of bed",
    ],
    "parental-substance": [
        "the mum who collects twins from nursery is often nodding off at the gate, eyes pinned",
        "a parent at school pickup could barely stand and her eyes were half shut",
    ],
    "self-harm-suicide": [
        "a resident had slashed her wrists in the night and staff found her in the morning",
        "my brother slashed his arms again after the row with his girlfriend",
    ],
}
CASES = [(message, category) for category, messages in SENSES.items() for message in messages]

LOOK_ALIKES = [
    "the coach patted my son on the back after the match",
    "my daughter fell on her bum at gymnastics and the coach helped her up",
    "a parent acted inappropriately at the governors meeting by recording it",
    "our volunteer behaved inappropriately in the committee meeting by shouting",
    "my sister is dropping out of uni to marry her boyfriend, our parents are upset but it is"
    " her choice",
    "my parents arranged for me to visit my fiance's family and I'm really excited",
    "we're getting married in june whether my parents like it or not",
    "my 14 year old does the washing up and hoovering every saturday",
    "I do everything for my dad since his stroke, I'm 45 and work part time",
    "a dad at pickup looked exhausted after his night shift",
    "the council has slashed the youth budget by half",
    "the tyres on his car were slashed overnight",
]


@pytest.mark.parametrize(("message", "category"), CASES)
def test_the_sense_is_read_by_its_cue(message: str, category: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and category in finding.categories, finding


@pytest.mark.parametrize("message", [m for m, _ in CASES])
def test_the_disclosure_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_the_look_alike_stays_quiet(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm
