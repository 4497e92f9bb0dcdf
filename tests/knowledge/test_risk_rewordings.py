"""Round 16: classes of disclosure found by rewording dev disclosures (paraphrase probes).

The probes (tests/data/risk-paraphrase-15.yaml, written by the tuner) reword dev disclosures the
check already caught; the lines here are the rewordings a class's rule rests on, each with an
ordinary look-alike of the same shape that stays quiet. docs/risk-cues.md, "Round 16".
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge

BUILT_IN = load_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "yr 10 girl, bf reads all her msgs, deleted her mates numbers, says she cant go out",
        "overheard two girls in the toilets, one saying her boyfriend makes her share her location"
        " 24/7 and goes mental if she turns it off",
        "my boyfriend says i cant wear skirts and has to know who im with all the time or he says"
        " hell dump me and tell everyone stuff",
        "a friend told me she has to send her husband a photo of where she is every hour or he"
        " goes off",
        "my sister said her fella keeps saying if she walks out he'll make sure she loses the kids",
    ],
)
def test_a_partners_control_in_other_words_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "domestic-abuse" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "my husband and I share our location with each other when he's driving at night, is that"
        " something to put in the family plan?",
        "my boyfriend says I can't wear my trainers to his sister's wedding, ha",
        "if she walks out of the meeting again we will have to reschedule",
    ],
)
def test_a_partner_named_beside_ordinary_things_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None
