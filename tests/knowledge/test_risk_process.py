""" "…, or is that a myth?": a question about sharing itself names no one.

The `people` phrase "is|was this|that" makes "my dad hits me, is this abuse?" about someone. After
"or" or a comma inside a sentence that asks, it points at what was asked ("can I report an adult
missing straight away, or is that a myth?"), so it names no one (`risk_subjects.a_class`). A
sentence opening "is this CSE?" still points at what was told, and a question passing on what the
writer knows ("can we tell social services that her dad hits her, or is that a breach?") still
tells of someone. Probes written before the change: 6 of the 7 ordinary lines were signposted.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "is there a waiting period before you can report an adult missing to the police, or is"
        " that a myth?",
        "can I report a child missing straight away, or is that only after 24 hours?",
        "do we have to tell the police about every domestic abuse disclosure, or is that just"
        " for high risk cases?",
        "can we share a referral about neglect without consent, or is that a breach?",
        "should I report a missing adult to the council or is that the police's job?",
        "can you tell a GP about a suspected overdose, is that allowed?",
        "do I need to refer a young person's self-harm to CAMHS, or is that up to the parents?",
    ],
)
def test_a_question_about_sharing_itself_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "can I tell the police that a girl in my youth club has gone missing again?",
        "should I report that my neighbour's kids are left alone every night?",
        "can we tell social services that her dad hits her, or is that a breach?",
        "do I report that a pupil has been self-harming, she showed me cuts?",
        "I need to tell someone that my mum's boyfriend hits her",
        "can I report that the man next door is selling drugs to kids from his flat?",
        "should I tell the school that my son's friend says his dad beats him?",
        "can I tell his social worker that he has been going missing at night?",
        "my dad hits me when he is drunk, is that abuse?",
        "she has bruises on her arms again. is this physical abuse?",
    ],
)
def test_a_question_passing_on_what_is_known_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
