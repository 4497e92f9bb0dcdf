"""Disclosures the fresh dev sets still missed, by their general sense (round 22, miss22).

harm-dev19 keeps its writers' own words, and six of its disclosures held a sense no cue read: a
marriage someone is being forced into, said plainly; a young person's wish to kill people at
school, told in a nurse's vignette about "an adolescent"; a toddler outside alone; a carer who
gets a woman with dementia to pay for the carer's treats; a partner who must come into the
examination room while she is withdrawn; a blow witnessed, asked as a question. Each sense is a
pack entry of its own (`knowledge/packs/risk.yaml`, "Round 22 (miss22)"). The wordings here are
new ones, not the dev items; each failed on the round's starting pack, and the ordinary
look-alikes beside them stay quiet through the real core.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

SENSES: dict[str, list[str]] = {
    "fgm-forced-marriage-honour": [
        "my best friend is being pressured into a marriage by her uncles and she's terrified",
        "our student says she is being rushed into a marriage over the summer and has stopped"
        " eating",
    ],
    "threats": [
        "an adolescent in clinic told me about his plans to shoot people in his year group",
        "a year 10 boy confided he has urges to shoot the lads who bully him and the PE teacher",
    ],
    "neglect": [
        "their 20 month old is outside alone in the yard most mornings",
        "a 1 year old was sitting outside the shop by herself for twenty minutes",
    ],
    "adult-abuse-neglect": [
        "my aunt has dementia and her carer gets her to buy the carer's cigarettes and lottery"
        " tickets every day",
        "her carer talked her into paying for the carer's holiday, she has alzheimers",
    ],
    "domestic-abuse": [
        "she was very subdued at the clinic and her husband insisted on being in the room for"
        " the whole consultation",
        "her boyfriend must come into every appointment and she looks frightened whenever he"
        " speaks",
    ],
}
CASES = [(message, category) for category, messages in SENSES.items() for message in messages]

# Asked as a question about a blow someone saw, with who struck whom: signposted through the
# core, whatever category the cues name for it.
WITNESSED = [
    "What should a care assistant do if they witness a patient's daughter slap the patient?",
    "What should a support worker do if they witness a tenant's brother punch the tenant?",
]

LOOK_ALIKES = [
    "is it true that a forced marriage protection order can be made for an adult?",
    "my manager pushed me into taking the promotion and I'm glad she did",
    "is it normal to feel pushed into marriage counselling by your family?",
    "the hero of my son's favourite film has a desire to kill the evil king",
    "my son has plans to shoot a short film at his school for his media project",
    "our 2 year old loves being outside, we take her to the park every afternoon",
    "my 2 year old can now play outside on his own for a few minutes while I cook, is that ok?",
    "my mum's carer gets her to do a crossword every morning to keep her mind active",
    "we had a lovely meal out, my mum's carer came too and mum insisted on paying",
    "my wife wants me to come into her antenatal appointments, can I take time off work for them?",
    "can my partner be present at my smear test appointment?",
    "what should a carer do if they witness a resident fall out of bed?",
    "what should I do if I witness a car accident on the way to a home visit?",
]


@pytest.mark.parametrize(("message", "category"), CASES)
def test_the_sense_is_read_by_its_cue(message: str, category: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and category in finding.categories, finding


@pytest.mark.parametrize("message", [m for m, _ in CASES] + WITNESSED)
def test_the_disclosure_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_the_look_alike_stays_quiet(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm
