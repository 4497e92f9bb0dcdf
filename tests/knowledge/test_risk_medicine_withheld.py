"""Staff told not to keep or give a child's life-saving medicine, where the need is grave.

practice-dev20's miss (a daycare worker "told that we were not to keep or give any medication" to
a child "with a severe peanut allergy who could die in moments after exposure") named no harm
word the cues knew: it is medical neglect by a setting. The `neglect` category's group reads the
instruction, the medicine and how grave the need is in one sentence; a medicines policy said or
asked about, and a mild condition, stay ordinary.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector

TOLD = [
    "the nursery manager told us not to give the little boy with the nut allergy his epipen",
    "the head has told staff not to carry the inhaler for a year 2 boy with severe asthma on trips",
    "we've been instructed not to keep her insulin in the office even though she's severely "
    "diabetic",
    "I was told we were not allowed to use the auto injector on the girl with the sesame allergy",
]

ORDINARY = [
    "can we give a child with asthma their inhaler without parental consent?",
    "We don't give medication to children with allergies unless parents sign a form, is that ok?",
    "we were told not to give medication to children with allergies without a signed form",
    "mum told us not to give him his inhaler at school as he has it at home, his asthma is mild",
    "our policy says staff must not administer medication to a pupil with epilepsy without a plan",
    "we've been told not to give any medicine to under 16s without a signed consent form",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_life_saving_medicine_withheld_on_instruction_is_signposted(text: str) -> None:
    found = DETECTOR.detect(text)
    assert found is not None and "neglect" in found.categories


@pytest.mark.parametrize("text", ORDINARY)
def test_a_medicines_policy_or_a_mild_need_is_ordinary(text: str) -> None:
    assert DETECTOR.detect(text) is None
