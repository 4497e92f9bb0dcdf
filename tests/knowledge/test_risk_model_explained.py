"""The learnt second opinion does not overrule the cues' reading of an injury's ordinary cause.

A practitioner trial (round 30) had "she's fine now, the bruise was from netball and mum has been
great" signposted: the cues read the bruise as a netball mishap (`knowledge.risk_causes`), but
the learnt model, which cannot read a cause, fired on the words. When every sign of harm the cues
find is an injury given an ordinary cause, the model is not asked; a doubt, a threat or a fear
beside the cause still counts.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

EXPLAINED = [
    "she's fine now, the bruise was from netball and mum has been great",
    "he's ok, the bruising was from a fall at football and mum has been brilliant",
    "the bruise on her leg came from netball and she is fine, mum has been great",
    "he's fine, the bruise was from trampolining and mum has been great",
]

STILL_TOLD = [
    "the bruise was from netball but she flinches whenever her stepdad comes in",
    "she had a black eye from hockey and her dad said she deserved it",
]


@pytest.mark.parametrize("text", EXPLAINED)
def test_an_injury_with_an_ordinary_cause_is_not_signposted_on_the_model_alone(
    chat: Chat, text: str
) -> None:
    assert KNOWLEDGE.risk_model is not None and KNOWLEDGE.risk_model.fires(text)
    assert KNOWLEDGE.risk_detector.explained(text)
    assert not any(r.risk_of_harm for r in chat.send(text))


@pytest.mark.parametrize("text", STILL_TOLD)
def test_a_sign_beside_the_cause_is_still_signposted(chat: Chat, text: str) -> None:
    assert not KNOWLEDGE.risk_detector.explained(text)
    assert chat.send(text)[0].risk_of_harm


def test_a_message_with_no_sign_of_harm_is_not_explained() -> None:
    assert not KNOWLEDGE.risk_detector.explained(
        "can I share a pupil's reading age with the tutor?"
    )
