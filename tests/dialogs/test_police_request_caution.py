"""Round 32 (tryout32): "police have asked for a pupil's address, can I give it?" got only the
offer of a consent check, while "police rang asking for a family's new address, do I have to give
it to them?" got the not-covered pack's caution for formal requests (don't release anything yet;
the information-governance or legal team checks the basis). A request told of from the pack's
formal requesters now gets that caution before the offer; never when a risk of harm was described
(sharing to protect someone is not held up), nor when the practitioner asks to share of their own
accord."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CAUTION = "Don't release anything yet"


@pytest.mark.parametrize(
    "message",
    [
        "police have asked for a pupil's address, can I give it?",
        "a detective asked for our notes on a family, can I send them?",
        "the police want copies of our visit notes, can I just send them?",
        "can I share with the police if they ring up asking about a patient",  # tryout33
        "the police have asked for CCTV of a fight outside the school, can we give it?",  # 33b
    ],
)
def test_a_formal_request_told_of_gets_its_caution_before_the_offer(
    chat: Chat, message: str
) -> None:
    said = texts(chat.send(message))

    assert CAUTION in said
    assert said.index(CAUTION) < said.index("decision for your professional judgement")


def test_sharing_of_ones_own_accord_with_the_police_gets_no_such_caution(chat: Chat) -> None:
    assert CAUTION not in texts(
        chat.send("can I share my concerns about a family with the police?")
    )


def test_after_a_disclosure_a_police_request_is_not_held_up(chat: Chat) -> None:
    assert any(r.risk_of_harm for r in chat.send("her stepdad has been hitting her with a belt"))

    said = texts(chat.send("police have asked for her address, can I give it?"))

    assert CAUTION not in said


MEDIA = "Photographs, CCTV, social media and the press"


@pytest.mark.parametrize(
    "message",
    [
        "the police have asked for CCTV of a fight outside the school, can we give it?",
        "the police have asked for cctv footage, can we give it?",
        "police have asked for our cctv from last night, can I give it to them?",
    ],
)
def test_a_formal_request_for_another_topics_things_keeps_its_caution(
    chat: Chat, message: str
) -> None:
    """Round 46 (ask108) scores a topic the message names (CCTV: the media topic) beside the
    formal request's: its reply stands, and the request's caution still comes before the offer."""
    said = texts(chat.send(message))

    assert MEDIA in said
    assert CAUTION in said
    assert said.index(CAUTION) < said.index("decision for your professional judgement")


def test_a_media_question_with_no_request_gets_no_caution(chat: Chat) -> None:
    said = texts(chat.send("can we put cctv footage of the school play on our facebook page?"))

    assert CAUTION not in said
